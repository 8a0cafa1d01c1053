// The notebooks in docs/notebooks/, against the built package (docs/notebooks/deno.json maps the
// package name to dist/, whose ESM file names its declarations for Deno):
// - `deno check` type-checks every code cell, in order, as one module;
// - every code cell runs under Deno, in order, as one module; a cell that throws fails the run;
// - every cell that shows something has saved outputs in the file (so the notebook reads well on
//   GitHub and npm without running it). `node test/package/notebook.mjs --write` refreshes them: the
//   text a cell prints, and its last value as Jupyter's Deno kernel would display it (a result's
//   `Symbol.for('Jupyter.display')` bundle, else `Deno.inspect`).
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const dir = join(root, 'docs/notebooks');
const deno = join(root, 'node_modules/.bin/deno');
const write = process.argv.includes('--write');
const MARK = '\u001e';

const PRELUDE = `
function __cell(n: number): void { console.log('${MARK}cell:' + n); }
function __show(n: number, value: unknown): void {
  if (value === undefined) return;
  const display = (value as Record<symbol, unknown> | null)?.[Symbol.for('Jupyter.display')];
  const bundle = typeof display === 'function' ? display.call(value) : { 'text/plain': Deno.inspect(value, { colors: false, depth: 6 }) };
  console.log('${MARK}result:' + n + ':' + JSON.stringify(bundle));
}
`;

/** The cell with its last statement, if an expression, passed to __show (what Jupyter displays). */
function instrument(source, n) {
  const file = ts.createSourceFile(`cell${n}.ts`, source, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const last = file.statements[file.statements.length - 1];
  let body = source;
  if (last && ts.isExpressionStatement(last)) {
    body = `${source.slice(0, last.getStart(file))}__show(${n}, (${last.expression.getText(file)}));${source.slice(last.end)}`;
  }
  return `__cell(${n});\n${body}\n`;
}

function lines(text) {
  const parts = text.split('\n');
  return parts.map((line, i) => (i < parts.length - 1 ? `${line}\n` : line)).filter((line) => line !== '');
}

/** Outputs per code cell (1-based), parsed from the instrumented run's stdout. */
function outputsOf(stdout) {
  const outputs = new Map();
  let cell = 0;
  let text = '';
  const flush = () => {
    if (cell > 0 && text !== '') outputs.get(cell).unshift({ name: 'stdout', output_type: 'stream', text: lines(text) });
    text = '';
  };
  for (const line of stdout.split('\n')) {
    if (line.startsWith(`${MARK}cell:`)) {
      flush();
      cell = Number(line.slice(`${MARK}cell:`.length));
      outputs.set(cell, []);
    } else if (line.startsWith(`${MARK}result:`)) {
      const rest = line.slice(`${MARK}result:`.length);
      const n = Number(rest.slice(0, rest.indexOf(':')));
      const data = JSON.parse(rest.slice(rest.indexOf(':') + 1));
      for (const [mime, value] of Object.entries(data)) if (typeof value === 'string') data[mime] = lines(value);
      outputs.get(n).push({ data, execution_count: n, metadata: {}, output_type: 'execute_result' });
    } else text += `${line}\n`;
  }
  flush();
  for (const list of outputs.values()) {
    const last = list[list.length - 1];
    if (last?.output_type === 'stream') last.text[last.text.length - 1] = last.text[last.text.length - 1].replace(/\n$/, '');
  }
  return outputs;
}

const notebooks = readdirSync(dir).filter((n) => n.endsWith('.ipynb'));
if (notebooks.length === 0) throw new Error(`no notebook in ${dir}`);
for (const name of notebooks) {
  const path = join(dir, name);
  const notebook = JSON.parse(readFileSync(path, 'utf8'));
  if (notebook.metadata?.kernelspec?.name !== 'deno') throw new Error(`${name}: kernel is not Deno`);
  const codeCells = notebook.cells.filter((c) => c.cell_type === 'code');
  const sources = codeCells.map((c) => (Array.isArray(c.source) ? c.source.join('') : c.source));
  const base = join(dir, `.run-${name.replace(/\.ipynb$/, '')}`);
  const plain = `${base}.check.ts`;
  const instrumented = `${base}.run.ts`;
  writeFileSync(plain, sources.map((s, i) => `// ---- cell ${i + 1} ----\n${s}\n`).join('\n'));
  writeFileSync(instrumented, PRELUDE + sources.map((s, i) => instrument(s, i + 1)).join('\n'));
  let stdout;
  try {
    execFileSync(deno, ['check', '--quiet', '--config', join(dir, 'deno.json'), plain], { stdio: ['ignore', 'pipe', 'inherit'] });
    stdout = execFileSync(deno, ['run', '--quiet', '--allow-read', '--allow-env', '--config', join(dir, 'deno.json'), instrumented], {
      stdio: ['ignore', 'pipe', 'inherit'],
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });
  } finally {
    rmSync(plain, { force: true });
    rmSync(instrumented, { force: true });
  }
  const fresh = outputsOf(stdout);
  if (write) {
    codeCells.forEach((cell, i) => {
      cell.execution_count = i + 1;
      cell.outputs = fresh.get(i + 1) ?? [];
    });
    writeFileSync(path, `${JSON.stringify(notebook, null, 1)}\n`);
    console.log(`notebook ${name}: ${codeCells.length} code cells type-checked and ran under Deno; outputs saved`);
  } else {
    const stale = codeCells
      .map((cell, i) => ((fresh.get(i + 1) ?? []).length > 0 && !(cell.outputs?.length > 0) ? i + 1 : 0))
      .filter((n) => n > 0);
    if (stale.length > 0) {
      throw new Error(`${name}: code cells ${stale.join(', ')} show output but have none saved; run node test/package/notebook.mjs --write`);
    }
    console.log(`notebook ${name}: ${codeCells.length} code cells type-checked and ran under Deno; saved outputs present`);
  }
}
