// `npm run bench`: runs every bench/*.bench.mjs against the built package and prints a table.
import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { formatRate, runCases } from './harness.mjs';

const dir = fileURLToPath(new URL('.', import.meta.url));
const rows = [];
for (const name of readdirSync(dir).filter((n) => n.endsWith('.bench.mjs')).sort()) {
  const { cases } = await import(pathToFileURL(join(dir, name)).href);
  rows.push(...(await runCases(cases)));
}
console.log('| benchmark | library | naive baseline | ratio | target |');
console.log('|---|---|---|---|---|');
for (const r of rows) {
  const target = r.target ? `${formatRate(r.target)} ${r.unit}/s${r.fast >= r.target ? ' (met)' : ' (MISSED)'}` : '';
  console.log(`| ${r.name} | ${formatRate(r.fast)} ${r.unit}/s | ${formatRate(r.naive)} ${r.unit}/s | ${r.ratio.toFixed(1)}x | ${target} |`);
}

const { measureImportTime } = await import('./import-time.mjs');
const importTime = measureImportTime();
console.log(`\ncold import (median of ${importTime.runs} fresh processes): bare node ${importTime.bareMs.toFixed(1)} ms; package adds ESM ${importTime.esmMs.toFixed(1)} ms, CJS ${importTime.cjsMs.toFixed(1)} ms (target <= 25 ms)`);
