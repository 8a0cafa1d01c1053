// Cold import time: fresh Node processes that import the package, against fresh bare Node
// processes, run alternately many times; the difference of the medians is the package's cost.
// An empty package (no code, same exports map shape) is measured the same way: what Node itself
// spends to resolve, read and link any ESM or CJS package, which no package can avoid. Both packages
// are imported by name from a scratch app's node_modules, as an installed dependency is.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

function timeProcess(args, cwd) {
  const start = process.hrtime.bigint();
  execFileSync(process.execPath, args, { stdio: 'ignore', cwd });
  return Number(process.hrtime.bigint() - start) / 1e6;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** A scratch app whose node_modules holds this package (a link to the repo) and an empty package. */
function scratchApp() {
  const app = mkdtempSync(join(tmpdir(), 'mhi-import-'));
  mkdirSync(join(app, 'node_modules', 'empty-package'), { recursive: true });
  symlinkSync(root, join(app, 'node_modules', 'medicare-home-infusion'), 'dir');
  const empty = join(app, 'node_modules', 'empty-package');
  writeFileSync(join(empty, 'package.json'), JSON.stringify({ name: 'empty-package', type: 'module', exports: { '.': { import: './index.js', require: './index.cjs' } } }));
  writeFileSync(join(empty, 'index.js'), 'export {};\n');
  writeFileSync(join(empty, 'index.cjs'), 'module.exports = {};\n');
  return app;
}

export function measureImportTime(runs = 41) {
  const app = scratchApp();
  const esmOf = (name) => ['--input-type=module', '-e', `await import('${name}')`];
  const cjsOf = (name) => ['-e', `require('${name}')`];
  const variants = {
    bare: ['--input-type=module', '-e', ''],
    esm: esmOf('medicare-home-infusion'),
    cjs: cjsOf('medicare-home-infusion'),
    emptyEsm: esmOf('empty-package'),
    emptyCjs: cjsOf('empty-package'),
  };
  const times = Object.fromEntries(Object.keys(variants).map((key) => [key, []]));
  // A process started right after a heavier one runs measurably slower on a shared machine, so a
  // fixed order would favour whichever variant follows a light one: each round runs the variants in
  // a new order (a fixed-seed shuffle, so runs are comparable).
  let seed = 0x2f6b1d;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  try {
    for (let i = 0; i < runs; i++) {
      const order = Object.keys(variants);
      for (let k = order.length - 1; k > 0; k--) {
        const j = Math.floor(random() * (k + 1));
        [order[k], order[j]] = [order[j], order[k]];
      }
      for (const key of order) times[key].push(timeProcess(variants[key], app));
    }
  } finally {
    rmSync(app, { recursive: true, force: true });
  }
  const bare = median(times.bare);
  const above = (key) => median(times[key]) - bare;
  return { bareMs: bare, esmMs: above('esm'), cjsMs: above('cjs'), emptyEsmMs: above('emptyEsm'), emptyCjsMs: above('emptyCjs'), runs };
}

/** One line for the console and docs/performance.md. */
export function describeImportTime(r) {
  return (
    `Cold import (median of ${r.runs} fresh processes, imported by name from an app's node_modules): bare Node ` +
    `${r.bareMs.toFixed(1)} ms; the package adds ${r.esmMs.toFixed(1)} ms (ESM) and ${r.cjsMs.toFixed(1)} ms (CJS); ` +
    `target <= 25 ms (${Math.max(r.esmMs, r.cjsMs) <= 25 ? 'met' : 'missed'}). For scale, an empty package adds ` +
    `${r.emptyEsmMs.toFixed(1)} ms (ESM) and ${r.emptyCjsMs.toFixed(1)} ms (CJS): Node's own cost of loading any package.`
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(describeImportTime(measureImportTime()));
}
