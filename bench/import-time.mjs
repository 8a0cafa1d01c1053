// Cold import time: a fresh Node process that imports the package, against a fresh bare Node
// process, each run many times alternately; the medians' difference is the package's cost.
import { execFileSync } from 'node:child_process';

function timeProcess(args) {
  const start = process.hrtime.bigint();
  execFileSync(process.execPath, args, { stdio: 'ignore' });
  return Number(process.hrtime.bigint() - start) / 1e6;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

export function measureImportTime(runs = 41) {
  const bare = [];
  const esm = [];
  const cjs = [];
  for (let i = 0; i < runs; i++) {
    bare.push(timeProcess(['--input-type=module', '-e', '']));
    esm.push(timeProcess(['--input-type=module', '-e', "await import('medicare-home-infusion')"]));
    cjs.push(timeProcess(['-e', "require('medicare-home-infusion')"]));
  }
  return { bareMs: median(bare), esmMs: median(esm) - median(bare), cjsMs: median(cjs) - median(bare), runs };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = measureImportTime();
  console.log(`cold import (median of ${r.runs}): bare node ${r.bareMs.toFixed(1)} ms; ESM +${r.esmMs.toFixed(1)} ms; CJS +${r.cjsMs.toFixed(1)} ms (target <= 25 ms)`);
}
