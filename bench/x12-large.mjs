// The large-file X12 benchmark: generated 837P files of 10k, 100k and 1M service lines (the last
// about 100 MB), each read by readX12Claims and by the naive split-everything reader, then checked
// with checkClaim claim by claim. Each run is a fresh Node process, so its peak resident memory
// (maxRSS) is its own. Cost per line should stay flat as the file grows (linear cost).
//   npm run build && node bench/x12-large.mjs            (also run by `npm run bench`)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SIZES = [10_000, 100_000, 1_000_000];

/** In the child: read one file with one reader, check every claim, report time and memory. */
async function child(reader, file) {
  const { checkClaim } = await import('medicare-home-infusion');
  const { readX12Claims } = await import('medicare-home-infusion/x12');
  const { naiveReadX12Claims } = await import('./x12-file.mjs');
  const read = reader === 'library' ? readX12Claims : naiveReadX12Claims;
  const edi = readFileSync(file, 'utf8');
  let t = performance.now();
  const claims = read(edi);
  const readMs = performance.now() - t;
  t = performance.now();
  let findings = 0;
  let lines = 0;
  for (const claim of claims) {
    findings += checkClaim(claim.lines).length;
    lines += claim.lines.length;
  }
  const checkMs = performance.now() - t;
  process.stdout.write(JSON.stringify({ readMs, checkMs, lines, claims: claims.length, findings, maxRssMiB: process.resourceUsage().maxRSS / 1024 }));
}

/** Runs every size and reader; returns the markdown table (also printed). */
export async function runLargeX12() {
  const { generate837 } = await import('./x12-file.mjs');
  const dir = mkdtempSync(join(tmpdir(), 'x12-bench-'));
  const rows = ['| service lines | file | reader | read | read per line | checkClaim | peak memory (maxRSS) |', '|---|---|---|---|---|---|---|'];
  try {
    for (const lines of SIZES) {
      const file = join(dir, `${lines}.837`);
      writeFileSync(file, generate837(lines));
      const mib = statSync(file).size / 2 ** 20;
      for (const reader of ['library', 'naive']) {
        const run = spawnSync(process.execPath, ['--max-old-space-size=8192', fileURLToPath(import.meta.url), '--child', reader, file], { encoding: 'utf8' });
        if (run.status !== 0) {
          rows.push(`| ${lines.toLocaleString('en-US')} | ${mib.toFixed(1)} MiB | ${reader} | failed: ${(run.stderr.split('\n').find((l) => /Error|heap/.test(l)) ?? `exit ${run.status}`).trim()} | | | |`);
          continue;
        }
        const r = JSON.parse(run.stdout);
        if (r.lines !== lines) throw new Error(`${reader} read ${r.lines} lines of ${lines}`);
        rows.push(`| ${lines.toLocaleString('en-US')} | ${mib.toFixed(1)} MiB | ${reader === 'library' ? 'readX12Claims' : 'naive split-everything'} | ${(r.readMs / 1000).toFixed(2)} s | ${((r.readMs * 1000) / lines).toFixed(1)} µs | ${(r.checkMs / 1000).toFixed(2)} s (${r.claims.toLocaleString('en-US')} claims, ${r.findings.toLocaleString('en-US')} findings) | ${r.maxRssMiB.toFixed(0)} MiB |`);
        console.error(rows[rows.length - 1]);
      }
      rmSync(file);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return rows.join('\n');
}

if (process.argv[2] === '--child') {
  await child(process.argv[3], process.argv[4]);
} else if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(await runLargeX12());
}
