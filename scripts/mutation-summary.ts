/**
 * Summarises a StrykerJS JSON report (reports/mutation/mutation.json) per folder: the table in
 * docs/mutation.md. Score = (killed + timed out) / (killed + timed out + survived + no coverage),
 * Stryker's own definition; ignored (static) mutants and compile errors are left out.
 *
 *   npx tsx scripts/mutation-summary.ts [reports/mutation/mutation.json ...] [--files]
 *
 * Several reports (one StrykerJS run per folder, each with its own `--mutate`) are summed as one:
 * each file is counted from the last report that holds it.
 */
import { readFileSync } from 'node:fs';

interface Mutant { status: string; mutatorName: string; location: { start: { line: number } }; replacement?: string }
interface Report { files: Record<string, { mutants: Mutant[] }> }

const paths = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const report: Report = { files: {} };
for (const path of paths.length > 0 ? paths : ['reports/mutation/mutation.json']) {
  Object.assign(report.files, (JSON.parse(readFileSync(path, 'utf8')) as Report).files);
}

function folderOf(file: string): string {
  const parts = file.replace(/\\/g, '/').replace(/^.*?src\//, 'src/').split('/');
  // src/claims/rules is reported on its own; every other folder at its first level.
  return parts[1] === 'claims' && parts[2] === 'rules' ? 'src/claims/rules' : parts.slice(0, 2).join('/');
}

type Counts = Record<'killed' | 'timeout' | 'survived' | 'noCoverage' | 'ignored' | 'errors', number>;
const empty = (): Counts => ({ killed: 0, timeout: 0, survived: 0, noCoverage: 0, ignored: 0, errors: 0 });
const byFolder = new Map<string, Counts>();
const byFile = new Map<string, Counts>();
const total = empty();
for (const [file, { mutants }] of Object.entries(report.files)) {
  for (const m of mutants) {
    for (const c of [byFolder.get(folderOf(file)) ?? byFolder.set(folderOf(file), empty()).get(folderOf(file))!, byFile.get(file) ?? byFile.set(file, empty()).get(file)!, total]) {
      if (m.status === 'Killed') c.killed++;
      else if (m.status === 'Timeout') c.timeout++;
      else if (m.status === 'Survived') c.survived++;
      else if (m.status === 'NoCoverage') c.noCoverage++;
      else if (m.status === 'Ignored') c.ignored++;
      else c.errors++;
    }
  }
}
const score = (c: Counts): string => {
  const detected = c.killed + c.timeout;
  const valid = detected + c.survived + c.noCoverage;
  return valid === 0 ? 'n/a' : `${((100 * detected) / valid).toFixed(2)}%`;
};
const row = (name: string, c: Counts): string =>
  `| ${name} | ${score(c)} | ${c.killed} | ${c.timeout} | ${c.survived} | ${c.noCoverage} | ${c.ignored} | ${c.errors} |`;
console.log('| Folder | Score | Killed | Timed out | Survived | No coverage | Ignored (static) | Errors |');
console.log('|---|---:|---:|---:|---:|---:|---:|---:|');
for (const [folder, c] of [...byFolder].sort()) console.log(row(folder, c));
console.log(row('**all mutated files**', total));
if (process.argv.includes('--files')) {
  console.log('\n| File | Score | Killed | Timed out | Survived | No coverage | Ignored (static) | Errors |');
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|');
  for (const [file, c] of [...byFile].sort()) console.log(row(file, c));
}
