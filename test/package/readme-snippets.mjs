// Runs every code block of the README's "Quick start" exactly as pasted, against the built package:
// ESM and CommonJS blocks with Node (the package name resolves to this package by self-reference),
// the Deno block with Deno (its `npm:` specifier pointed at the built dist/index.js, offline).
// A block that throws fails the run, with the block's heading.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const start = readme.indexOf('## Quick start');
const end = readme.indexOf('\n## ', start + 1);
const section = readme.slice(start, end);

const blocks = [];
let heading = '';
const fence = /^### (.+)$|^```(js|ts)\n([\s\S]*?)^```$/gm;
for (const match of section.matchAll(fence)) {
  if (match[1]) heading = match[1];
  else blocks.push({ heading, lang: match[2], code: match[3] });
}
if (blocks.length < 3) throw new Error(`README Quick start: expected the ESM, CommonJS and Deno blocks, found ${blocks.length}`);

const dir = join(root, 'test/package/.readme-snippets');
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
// The 837 block reads `claims.837` from where it runs: the 837P guide's home infusion example 10.3.
writeFileSync(join(dir, 'claims.837'), readFileSync(join(root, 'examples/x12/guide-example-10.3.837')));
try {
  blocks.forEach((block, i) => {
    const deno = block.code.includes("'npm:medicare-home-infusion'");
    const cjs = block.code.includes('require(');
    const file = join(dir, `snippet-${i + 1}.${deno ? 'ts' : cjs ? 'cjs' : 'mjs'}`);
    const code = deno
      ? block.code.replaceAll("'npm:medicare-home-infusion'", `'${pathToFileURL(join(root, 'dist/index.js')).href}'`)
      : block.code;
    writeFileSync(file, code);
    try {
      if (deno) execFileSync(join(root, 'node_modules/.bin/deno'), ['run', '--quiet', '--allow-read', '--allow-env', file], { stdio: 'pipe' });
      else execFileSync(process.execPath, [file], { stdio: 'pipe', cwd: dir });
    } catch (error) {
      throw new Error(`README Quick start, "${block.heading}" block fails as pasted:\n${error.stderr?.toString() ?? error.message}`);
    }
    console.log(`readme-snippets: "${block.heading}" runs as pasted`);
  });
} finally {
  rmSync(dir, { recursive: true, force: true });
}
