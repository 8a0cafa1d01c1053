// Runs every code cell of every notebook in docs/notebooks/, in order, as one module under the
// `deno` binary, against the built package (docs/notebooks/deno.json maps the package name to dist/).
// A cell that throws fails the run.
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = 'docs/notebooks';
const notebooks = readdirSync(dir).filter((n) => n.endsWith('.ipynb'));
if (notebooks.length === 0) throw new Error(`no notebook in ${dir}`);
for (const name of notebooks) {
  const notebook = JSON.parse(readFileSync(join(dir, name), 'utf8'));
  if (notebook.metadata?.kernelspec?.name !== 'deno') throw new Error(`${name}: kernel is not Deno`);
  const cells = notebook.cells.filter((c) => c.cell_type === 'code').map((c) => (Array.isArray(c.source) ? c.source.join('') : c.source));
  const body = cells.map((source, i) => `// ---- cell ${i + 1} ----\n${source}\n`).join('\n');
  // Each cell's last value is what Jupyter would display: the runner only needs the cells to run.
  const script = join(dir, `.run-${name.replace(/\.ipynb$/, '')}.ts`);
  writeFileSync(script, body);
  try {
    execFileSync('deno', ['run', '--quiet', '--allow-read', '--allow-env', '--config', join(dir, 'deno.json'), script], {
      stdio: ['ignore', process.env.NOTEBOOK_OUTPUT ? 'inherit' : 'pipe', 'inherit'],
      encoding: 'utf8',
    });
  } finally {
    rmSync(script, { force: true });
  }
  console.log(`notebook ${name}: ${cells.length} code cells ran under Deno`);
}
