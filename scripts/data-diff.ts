/**
 * Prints what changed in the bundled data between two trees, for a release review: every dataset
 * the build registers (scripts/datasets/), path by path, and the catalog record by record (HCPCS
 * releases, codes added, ended and removed, descriptor, billing-unit and classification changes).
 *
 * Usage:
 *   npm run data:diff -- <old> [<new> | --working] [--json]
 *
 * `<old>` and `<new>` are git revisions or directories holding a `data/` folder (a scratch copy);
 * `<new>` defaults to `--working`: this checkout as it is now (uncommitted data included).
 *
 * Every tree is read through one interface, `buildDatasets` in scripts/build-data.ts: the values the
 * build validated, by dataset name. A git revision is exported with `git archive` into a temporary
 * directory (node_modules linked from this checkout) and built with its own registry (a revision
 * older than `buildDatasets` runs its own dataset definitions through this checkout's build loop);
 * a directory is built with this checkout's registry. Nothing is written to src/generated/.
 * Exit code 0 on success (changes or not), 2 on a usage error, 1 when a tree cannot be built.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildDatasets, type BuiltDataset } from './build-data.js';
import type { DatasetDefinition } from './lib/dataset.js';
import { diffData, formatDataDiff, type DataSnapshot } from './lib/data-diff.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const USAGE = `usage: npm run data:diff -- <old> [<new> | --working] [--json]

  <old>, <new>  a git revision (main, v1.2.0, a commit) or a directory holding data/
  --working     this checkout as it is now (the default for <new>)
  --json        the diff as JSON instead of text`;

class UsageError extends Error {}

function git(args: string[]): string {
  return execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}

function resolveRev(rev: string): string {
  try {
    return git(['rev-parse', '--verify', '--quiet', `${rev}^{commit}`]);
  } catch {
    throw new UsageError(`'${rev}' is not a git revision of this repository nor a directory holding data/`);
  }
}

/** Dataset values by name, as plain JSON (the diff compares content, not object identity). */
function toSnapshot(label: string, built: readonly BuiltDataset[]): DataSnapshot {
  const datasets: Record<string, unknown> = {};
  for (const { definition, value } of built) datasets[definition.name] = JSON.parse(JSON.stringify(value ?? null));
  return { label, datasets };
}

async function build(dir: string, definitions?: readonly DatasetDefinition[]): Promise<BuiltDataset[]> {
  try {
    return await buildDatasets(dir, definitions);
  } catch (error) {
    throw new Error(`data build failed in ${dir}:\n${(error as Error).message}`);
  }
}

/** A directory holding data/, built with this checkout's dataset registry. */
export async function snapshotOfDirectory(dir: string, label = dir): Promise<DataSnapshot> {
  return toSnapshot(label, await build(dir));
}

async function snapshotOfRevision(rev: string): Promise<DataSnapshot> {
  const sha = resolveRev(rev);
  const dir = mkdtempSync(join(tmpdir(), 'mhi-data-diff-'));
  try {
    const tar = join(dir, 'tree.tar');
    git(['archive', '--format=tar', '-o', tar, sha]);
    execFileSync('tar', ['-xf', tar, '-C', dir]);
    rmSync(tar);
    symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
    const theirs = (await import(pathToFileURL(join(dir, 'scripts/build-data.ts')).href)) as {
      buildDatasets?: typeof buildDatasets;
      loadDatasets?: () => Promise<DatasetDefinition[]>;
    };
    const label = `${rev} (${sha.slice(0, 7)})`;
    if (theirs.buildDatasets) return toSnapshot(label, await theirs.buildDatasets(dir));
    if (theirs.loadDatasets) return toSnapshot(label, await build(dir, await theirs.loadDatasets()));
    throw new Error(`${label}: scripts/build-data.ts has no dataset registry to read`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function isDataDirectory(arg: string): boolean {
  return existsSync(join(arg, 'data')) && statSync(join(arg, 'data')).isDirectory();
}

async function snapshotOf(arg: string): Promise<DataSnapshot> {
  if (arg === '--working') return snapshotOfDirectory(root, 'working tree');
  if (isDataDirectory(arg)) return snapshotOfDirectory(resolve(arg), arg);
  return snapshotOfRevision(arg);
}

async function main(argv: string[]): Promise<void> {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const json = argv.includes('--json');
  const args = argv.filter((a) => a !== '--json');
  const unknown = args.find((a) => a.startsWith('-') && a !== '--working');
  if (unknown) throw new UsageError(`unknown option ${unknown}\n${USAGE}`);
  if (args.length < 1 || args.length > 2 || args[0] === '--working') throw new UsageError(USAGE);
  const before = await snapshotOf(args[0]!);
  const after = await snapshotOf(args[1] ?? '--working');
  const diff = diffData(before, after);
  process.stdout.write(json ? `${JSON.stringify(diff, null, 2)}\n` : formatDataDiff(diff));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    process.stderr.write(`data-diff: ${(error as Error).message}\n`);
    process.exit(error instanceof UsageError ? 2 : 1);
  });
}
