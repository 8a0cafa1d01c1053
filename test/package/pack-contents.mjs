// The published tarball holds only the build and the package's own papers.
import { execFileSync } from 'node:child_process';
import assert from 'node:assert/strict';

const [pack] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' }));
const allowed = /^(dist\/.+|package\.json|README\.md|LICENSE|CHANGELOG\.md)$/;
const stray = pack.files.map((f) => f.path).filter((p) => !allowed.test(p));
assert.deepEqual(stray, [], `unexpected files in the package: ${stray.join(', ')}`);
for (const required of ['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md', 'dist/index.js', 'dist/index.cjs', 'dist/index.d.ts', 'dist/index.d.cts']) {
  assert.ok(pack.files.some((f) => f.path === required), `missing from the package: ${required}`);
}
console.log(`pack contents: ok (${pack.files.length} files, ${(pack.size / 1024).toFixed(1)} KiB packed, ${(pack.unpackedSize / 1024).toFixed(1)} KiB unpacked)`);
