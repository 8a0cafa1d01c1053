// `npm run mutate:folders [-- <folder> ...]`: the mutation run of docs/mutation.md's runs 3 and 4,
// one StrykerJS run per folder (each with its own incremental file, so a re-run re-tests only what
// changed), then one summary table over all the folders' reports. Same config as `npm run mutate`;
// only `--mutate` and the incremental file differ. Use it when one run over all six folders would
// not finish in the time at hand: each folder has its score as soon as its run ends.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';

/** Folder name (for file names) and the glob StrykerJS mutates; src/claims/rules apart from the rest of src/claims. */
const FOLDERS = {
  hit: 'src/hit/**/*.ts',
  pricing: 'src/pricing/**/*.ts',
  claims: 'src/claims/*.ts',
  'claims-rules': 'src/claims/rules/**/*.ts',
  coverage: 'src/coverage/**/*.ts',
  classify: 'src/classify/**/*.ts',
  core: 'src/core/**/*.ts',
};

const asked = process.argv.slice(2);
const unknown = asked.filter((name) => !(name in FOLDERS));
if (unknown.length > 0) {
  console.error(`unknown folder(s): ${unknown.join(', ')}; known: ${Object.keys(FOLDERS).join(', ')}`);
  process.exit(2);
}
const run = (command, args) => {
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

mkdirSync('reports/mutation', { recursive: true });
run('npm', ['run', '-s', 'build:data']);
for (const name of asked.length > 0 ? asked : Object.keys(FOLDERS)) {
  console.log(`\n=== ${name}: ${FOLDERS[name]} (${new Date().toISOString()})`);
  run('npx', ['stryker', 'run', '--mutate', FOLDERS[name], '--incrementalFile', `reports/stryker-incremental-${name}.json`]);
  copyFileSync('reports/mutation/mutation.json', `reports/mutation/folder-${name}.json`);
}
// The table sums every folder's latest report, including folders not re-run this time.
run('npx', ['tsx', 'scripts/mutation-summary.ts', ...Object.keys(FOLDERS).map((name) => `reports/mutation/folder-${name}.json`).filter((path) => existsSync(path))]);
