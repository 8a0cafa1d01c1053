// The published tarball holds only the build and the package's own papers.
import { execFileSync } from 'node:child_process';
import assert from 'node:assert/strict';

const [pack] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' }));
// x12/package.json points TypeScript's node10 resolution (and old tools without `exports`) at dist/x12.*.
const allowed = /^(dist\/.+|package\.json|x12\/package\.json|README\.md|LICENSE|CHANGELOG\.md)$/;
const stray = pack.files.map((f) => f.path).filter((p) => !allowed.test(p));
assert.deepEqual(stray, [], `unexpected files in the package: ${stray.join(', ')}`);
for (const required of ['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md', 'dist/index.js', 'dist/index.cjs', 'dist/index.d.ts', 'dist/index.d.cts', 'dist/x12.js', 'dist/x12.cjs', 'dist/x12.d.ts', 'dist/x12.d.cts', 'dist/cli.js', 'x12/package.json']) {
  assert.ok(pack.files.some((f) => f.path === required), `missing from the package: ${required}`);
}
console.log(`pack contents: ok (${pack.files.length} files, ${(pack.size / 1024).toFixed(1)} KiB packed, ${(pack.unpackedSize / 1024).toFixed(1)} KiB unpacked)`);

// No runtime dependencies: package.json declares none, and the built files import nothing but
// Node built-ins (a package imported here would be a dependency the app must install). esbuild
// reads the imports, as an app's bundler would, so text inside the bundled data cannot fool it.
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';
const manifest = JSON.parse(readFileSync('package.json', 'utf8'));
assert.deepEqual(Object.keys(manifest.dependencies ?? {}), [], 'package.json declares runtime dependencies');
for (const file of ['dist/index.js', 'dist/index.cjs']) {
  const { metafile } = await build({ entryPoints: [file], bundle: true, packages: 'external', platform: 'node', write: false, metafile: true, logLevel: 'silent' });
  const imported = Object.values(metafile.inputs).flatMap((input) => input.imports.filter((i) => i.external).map((i) => i.path));
  const packages = imported.filter((path) => !path.startsWith('node:'));
  assert.deepEqual(packages, [], `${file} imports packages: ${packages.join(', ')}`);
  assert.deepEqual(Object.keys(metafile.inputs), [file], `${file} is not a single self-contained file`);
}
console.log('runtime dependencies: none (dist/index.js and dist/index.cjs import no package and no other file)');

// The x12 subpath is dependency-free too: its only import is the root entry beside it (./index.js,
// ./index.cjs), so an error it throws is the root's MedicareInputError class, not a second copy.
for (const [file, root] of [['dist/x12.js', './index.js'], ['dist/x12.cjs', './index.cjs']]) {
  const { metafile } = await build({ entryPoints: [file], bundle: true, packages: 'external', external: ['./index.js', './index.cjs'], platform: 'node', write: false, metafile: true, logLevel: 'silent' });
  const imported = [...new Set(Object.values(metafile.inputs).flatMap((input) => input.imports.filter((i) => i.external).map((i) => i.path)))];
  assert.deepEqual(imported, [root], `${file} imports ${imported.join(', ')}, expected only ${root}`);
}
console.log('x12 subpath: imports only the root entry beside it (dist/x12.js -> ./index.js, dist/x12.cjs -> ./index.cjs)');

// The CLI (bin) reads files, so it may import Node built-ins; otherwise only the two entries beside it.
{
  const { metafile } = await build({ entryPoints: ['dist/cli.js'], bundle: true, packages: 'external', external: ['./index.js', './x12.js'], platform: 'node', write: false, metafile: true, logLevel: 'silent' });
  const imported = [...new Set(Object.values(metafile.inputs).flatMap((input) => input.imports.filter((i) => i.external).map((i) => i.path)))];
  const packages = imported.filter((path) => !path.startsWith('node:') && path !== './index.js' && path !== './x12.js');
  assert.deepEqual(packages, [], `dist/cli.js imports ${packages.join(', ')}`);
  console.log(`CLI: imports ${imported.join(', ')}`);
}

// Declarations import no package either: a type imported from a dev dependency (such as the FHIR
// types the tests use) would leave users without it with `any` or a compile error. attw does not
// catch this, so check the text: only relative imports between our own .d.ts files.
for (const file of ['dist/index.d.ts', 'dist/index.d.cts', 'dist/x12.d.ts', 'dist/x12.d.cts']) {
  const text = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, ''); // code, not comments
  const specifiers = [...text.matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)].map((m) => m[1]);
  const packages = specifiers.filter((s) => !s.startsWith('.'));
  assert.deepEqual(packages, [], `${file} imports types from packages: ${packages.join(', ')}`);
}
console.log('declarations: self-contained (no .d.ts imports a package)');
