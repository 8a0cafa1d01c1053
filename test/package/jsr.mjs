// JSR: jsr.json names the same version and entries as package.json, and `deno publish --dry-run`
// accepts the built package (JavaScript entries typed by their .d.ts through @ts-self-types, so JSR
// needs no type inference: no slow types).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const jsr = JSON.parse(readFileSync(join(root, 'jsr.json'), 'utf8'));
assert.equal(jsr.version, pkg.version, 'jsr.json version must equal package.json version');
assert.deepEqual(Object.keys(jsr.exports).sort(), Object.keys(pkg.exports).filter((k) => k !== './package.json').sort(), 'jsr.json exports the same entries as package.json');
for (const file of ['dist/index.js', 'dist/x12.js']) {
  const types = file.replace(/\.js$/, '.d.ts').replace('dist/', './');
  assert.ok(readFileSync(join(root, file), 'utf8').startsWith(`/* @ts-self-types="${types}" */`), `${file} names its declarations for Deno and JSR`);
}
const run = spawnSync(join(root, 'node_modules/.bin/deno'), ['publish', '--dry-run', '--allow-dirty'], { cwd: root, encoding: 'utf8' });
const log = `${run.stdout}${run.stderr}`.replace(/\x1b\[[0-9;]*m/g, '');
assert.equal(run.status, 0, `deno publish --dry-run failed:\n${log}`);
assert.ok(!/warning/i.test(log), `deno publish --dry-run warned:\n${log}`);
console.log('JSR: deno publish --dry-run ok (no slow types), version and entries match package.json');
