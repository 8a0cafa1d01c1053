/**
 * Prints what changed in the bundled data between two revisions: HCPCS releases, codes added and
 * removed, effective periods, descriptors, classification (kind, unit, benefits, contractor, HIT
 * category, payable, citations), HIT rates and Q2052 rates. For a release review.
 *
 * Usage:
 *   npm run data:diff -- <old-rev> [<new-rev> | --working] [--json]
 *
 * `<new-rev>` defaults to `--working`: the working tree as it is now (uncommitted data included).
 * Each git revision is exported with `git archive` into a temporary directory (node_modules linked
 * from this checkout) and built there with that revision's own `scripts/build-data.ts`; the
 * working tree is built in place (as `npm run build:data` does). The generated modules are then
 * loaded and compared by scripts/lib/data-diff.ts. Exit code 0 on success (changes or not), 2 on
 * a usage error, 1 when a revision cannot be built.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { diffData, formatDataDiff, type DataSnapshot } from './lib/data-diff.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

class UsageError extends Error {}

function git(args: string[]): string {
  return execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}

function resolveRev(rev: string): string {
  try {
    return git(['rev-parse', '--verify', '--quiet', `${rev}^{commit}`]);
  } catch {
    throw new UsageError(`'${rev}' is not a git revision of this repository`);
  }
}

function runBuild(dir: string): void {
  try {
    execFileSync(join(root, 'node_modules/.bin/tsx'), ['scripts/build-data.ts'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    const stderr = (error as { stderr?: Buffer }).stderr?.toString() ?? '';
    throw new Error(`data build failed in ${dir}:\n${stderr.trim()}`);
  }
}

async function optionalExport<T>(dir: string, module: string, name: string, fallback: T): Promise<T> {
  const path = join(dir, 'src/generated', module);
  if (!existsSync(path)) return fallback;
  const loaded = (await import(pathToFileURL(path).href)) as Record<string, unknown>;
  return (loaded[name] as T | undefined) ?? fallback;
}

/** Loads the generated modules of a built tree as a snapshot (modules an old revision lacks are empty). */
async function loadSnapshot(dir: string, label: string): Promise<DataSnapshot> {
  const catalogPath = join(dir, 'src/generated/catalog.ts');
  if (!existsSync(catalogPath)) throw new Error(`${label}: the build wrote no src/generated/catalog.ts (no catalog at that revision?)`);
  const releases = await optionalExport<readonly { release: string }[]>(dir, 'hcpcs-releases.ts', 'HCPCS_RELEASES', []);
  return {
    label,
    releases: releases.map((r) => r.release),
    catalog: await optionalExport(dir, 'catalog.ts', 'CATALOG', []),
    hitRates: await optionalExport(dir, 'hit-rates.ts', 'HIT_RATE_TABLES', []),
    q2052: await optionalExport(dir, 'q2052.ts', 'Q2052_PERIODS', []),
  };
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
    runBuild(dir);
    return await loadSnapshot(dir, `${rev} (${sha.slice(0, 7)})`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function snapshotOfWorkingTree(): Promise<DataSnapshot> {
  runBuild(root);
  return loadSnapshot(root, 'working tree');
}

async function main(argv: string[]): Promise<void> {
  const json = argv.includes('--json');
  const args = argv.filter((a) => a !== '--json');
  if (args.length < 1 || args.length > 2 || args[0]!.startsWith('-')) {
    throw new UsageError('usage: npm run data:diff -- <old-rev> [<new-rev> | --working] [--json]');
  }
  const before = await snapshotOfRevision(args[0]!);
  const after = args[1] === undefined || args[1] === '--working' ? await snapshotOfWorkingTree() : await snapshotOfRevision(args[1]);
  const diff = diffData(before, after);
  process.stdout.write(json ? `${JSON.stringify(diff, null, 2)}\n` : formatDataDiff(diff));
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`data-diff: ${(error as Error).message}\n`);
  process.exit(error instanceof UsageError ? 2 : 1);
});
