// The CLI (package.json `bin`) against the built package: findings with their segments, and the
// exit status a CI step or a clearinghouse script branches on.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const manifest = JSON.parse(readFileSync('package.json', 'utf8'));
const bin = manifest.bin['medicare-home-infusion'];
const run = (...args) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });

// The 837P guide's home infusion example 10.3: an S-code (error) on line 1, segment 24.
const guide = run('check', 'test/fixtures/x12/demo.drug.example10.3.837');
assert.equal(guide.status, 1, guide.stderr);
assert.match(guide.stdout, /claim CLMNO12345 \(CLM at segment 21\)/);
assert.match(guide.stdout, /line 1 \(segment 24\) S9500 ERROR S_CODE_NOT_MEDICARE/);

const json = JSON.parse(run('check', 'test/fixtures/x12/demo.drug.example10.3.837', '--json').stdout);
assert.deepEqual(json[0].findings.filter((f) => f.code === 'GY_MISSING_J3490').map((f) => f.segment), [44, 52, 60]);

// Only warnings: exit 0.
const clean = run('check', 'test/fixtures/x12/institutional-claim.837i');
assert.equal(clean.status, 0, clean.stdout + clean.stderr);

// Malformed (the file declares ':' but writes '>'): exit 2, the segment and element named.
const bad = run('check', 'test/fixtures/x12/demo.example6.837');
assert.equal(bad.status, 2);
assert.match(bad.stderr, /segment 21 CLM-05-1/);
assert.equal(run('check').status, 2);
assert.equal(run('check', 'no-such-file.837').status, 2);
console.log('CLI: ok (exit 1 on error findings, 0 on warnings only, 2 on malformed input)');
