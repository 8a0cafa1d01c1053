import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDatasets, loadDatasets } from '../../scripts/build-data.js';
import {
  diffCatalog,
  diffData,
  diffValues,
  formatDataDiff,
  isEmptyDiff,
  type DataDiff,
  type DataSnapshot,
  type SnapshotRecord,
} from '../../scripts/lib/data-diff.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

const j1559: SnapshotRecord = {
  code: 'J1559',
  system: 'HCPCS',
  kind: 'drug',
  descriptor: 'Injection, immune globulin (hizentra), 100 mg',
  shortDescriptor: 'Hizentra injection',
  unit: { amount: 100, unit: 'mg' },
  effective: { from: '2011-01-01' },
  medicarePayable: true,
  benefits: ['part-b-dme'],
  billTo: 'dme-mac',
  citations: [{ id: 'lcd-l33794' }, { id: 'article-a52507' }],
};
const g0068a: SnapshotRecord = {
  code: 'G0068',
  descriptor: 'Old text',
  effective: { from: '2019-01-01', to: '2020-12-31' },
  benefits: ['part-b-dme'],
  billTo: 'dme-mac',
};
const g0068b: SnapshotRecord = {
  code: 'G0068',
  descriptor: 'New text',
  effective: { from: '2021-01-01' },
  benefits: ['part-b-hit'],
  billTo: 'ab-mac',
  hitCategory: 1,
};

function snapshot(label: string, datasets: Record<string, unknown>): DataSnapshot {
  return { label, datasets };
}

describe('diffCatalog (the catalog, record by record)', () => {
  it('finds nothing between equal snapshots, whatever the record order', () => {
    const a = snapshot('a', { catalog: [j1559, g0068a, g0068b], hcpcs: [{ release: '2020-anweb' }] });
    const b = snapshot('b', { catalog: [g0068b, j1559, g0068a], hcpcs: [{ release: '2020-anweb' }] });
    const diff = diffData(a, b);
    expect(isEmptyDiff(diff)).toBe(true);
    expect(formatDataDiff(diff)).toBe('Data changes from a to b\n\nNo data changes.\n');
  });

  it('reports codes added and removed with their periods and latest descriptor', () => {
    const diff = diffCatalog([j1559], [g0068a, g0068b]);
    expect(diff.codesAdded).toEqual([
      {
        code: 'G0068',
        system: 'HCPCS',
        descriptor: 'New text',
        periods: [{ from: '2019-01-01', to: '2020-12-31' }, { from: '2021-01-01' }],
      },
    ]);
    expect(diff.codesRemoved.map((c) => c.code)).toEqual(['J1559']);
    expect(diff.periodChanges).toEqual([]);
    expect(diff.fieldChanges).toEqual([]);
  });

  it('reports a split period as a period change, and the new record against the text it replaces', () => {
    // Before: one open-ended record. After: it ends 2020-12-31 and a new record starts 2021-01-01.
    const diff = diffCatalog([{ ...g0068a, effective: { from: '2019-01-01' } }], [g0068a, g0068b]);
    expect(diff.periodChanges).toEqual([
      { code: 'G0068', before: [{ from: '2019-01-01' }], after: [{ from: '2019-01-01', to: '2020-12-31' }, { from: '2021-01-01' }] },
    ]);
    expect(diff.codesEnded).toEqual([]);
    // The 2019 record's fields are unchanged; the 2021 record is compared with the 2019 record, in
    // force on 2021-01-01 before the change.
    expect(diff.fieldChanges.filter((c) => c.from === '2019-01-01')).toEqual([]);
    expect(diff.fieldChanges).toContainEqual({ code: 'G0068', from: '2021-01-01', field: 'descriptor', before: 'Old text', after: 'New text' });
  });

  it('reports descriptor, unit, benefit, contractor, category and citation changes field by field', () => {
    const changed: SnapshotRecord = {
      ...j1559,
      descriptor: 'Injection, immune globulin (hizentra), 50 mg',
      unit: { amount: 50, unit: 'mg' },
      benefits: ['part-b-dme', 'part-d'],
      billTo: undefined,
      hitCategory: 3,
      citations: [{ id: 'article-a52507' }, { id: 'lcd-l33794' }, { id: 'lcd-l33794' }],
    };
    const diff = diffData(snapshot('old', { catalog: [j1559] }), snapshot('new', { catalog: [changed] })).catalog;
    // Citations compare as the set of ids: order and repeats are not changes.
    expect(diff.fieldChanges).toEqual([
      { code: 'J1559', from: '2011-01-01', field: 'descriptor', before: 'Injection, immune globulin (hizentra), 100 mg', after: 'Injection, immune globulin (hizentra), 50 mg' },
      { code: 'J1559', from: '2011-01-01', field: 'unit', before: '100 mg', after: '50 mg' },
      { code: 'J1559', from: '2011-01-01', field: 'benefits', before: 'part-b-dme', after: 'part-b-dme, part-d' },
      { code: 'J1559', from: '2011-01-01', field: 'billTo', before: 'dme-mac' },
      { code: 'J1559', from: '2011-01-01', field: 'hitCategory', after: '3' },
    ]);
    const text = formatDataDiff(diffData(snapshot('old', { catalog: [j1559] }), snapshot('new', { catalog: [changed] })));
    expect(text).toContain('Descriptor changes (1):');
    expect(text).toContain('Billing unit changes (1):');
    expect(text).toContain('Classification changes (system, kind, payable, benefits, contractor, HIT category) (3):');
    expect(text).toContain('  J1559 (from 2011-01-01) billTo:\n      before: dme-mac\n      after:  (none)');
  });

  it('ends a code when its last period gains an end date', () => {
    const diff = diffCatalog([j1559], [{ ...j1559, effective: { from: '2011-01-01', to: '2026-03-31' } }]);
    expect(diff.codesEnded).toEqual([{ code: 'J1559', to: '2026-03-31' }]);
    expect(diff.periodChanges).toHaveLength(1);
  });

  it('reports HCPCS releases added and removed (from the hcpcs dataset)', () => {
    const diff = diffData(
      snapshot('old', { hcpcs: [{ release: '2020-anweb' }] }),
      snapshot('new', { hcpcs: [{ release: '2020-anweb' }, { release: '2026-jan-anweb' }] }),
    );
    expect(diff.catalog.releasesAdded).toEqual(['2026-jan-anweb']);
    expect(diff.catalog.releasesRemoved).toEqual([]);
    expect(formatDataDiff(diff)).toContain('HCPCS releases added (1):\n  + 2026-jan-anweb');
  });
});

describe('diffValues (any dataset, path by path)', () => {
  it('matches records by year, id or start date and names the changed leaf; cents also read as dollars', () => {
    const before = [{ year: 2025, partB: { deductible: { cents: 25700 } } }, { year: 2026, partB: { deductible: { cents: 28300 } } }];
    const after = [{ year: 2026, partB: { deductible: { cents: 28400 } } }, { year: 2025, partB: { deductible: { cents: 25700 } } }];
    expect(diffValues('parameters', before, after)).toEqual([{ path: 'parameters[2026].partB.deductible.cents', before: 28300, after: 28400 }]);
    const diff = diffData(snapshot('a', { parameters: before }), snapshot('b', { parameters: after }));
    expect(formatDataDiff(diff)).toContain('  ~ parameters[2026].partB.deductible.cents: 28300 ($283.00) -> 28400 ($284.00)');
  });

  it('reports a record added or removed once, at its own path', () => {
    const p2021 = { from: '2021-01-01', to: '2021-12-31', cents: 38157 };
    const p2024 = { from: '2024-01-01', to: '2024-12-31', cents: 42048 };
    expect(diffValues('q2052', [p2021], [p2021, p2024])).toEqual([{ path: 'q2052[2024-01-01]', after: p2024 }]);
    expect(diffValues('q2052', [p2021, p2024], [p2024])).toEqual([{ path: 'q2052[2021-01-01]', before: p2021 }]);
  });

  it('compares a list of plain values as one change, and records without an identity by position', () => {
    expect(diffValues('x', { modifiers: ['KX', 'GA'] }, { modifiers: ['KX'] })).toEqual([
      { path: 'x.modifiers', before: ['KX', 'GA'], after: ['KX'] },
    ]);
    expect(diffValues('x', [{ a: 1 }, { a: 2 }], [{ a: 1 }, { a: 3 }])).toEqual([{ path: 'x[1].a', before: 2, after: 3 }]);
  });

  it('lists a dataset new to the registry, and one gone from it', () => {
    const diff = diffData(snapshot('a', { old: [1] }), snapshot('b', { 'pricing-quarters': [{ quarter: '2026Q1' }] }));
    expect(diff.datasets.map((d) => [d.name, d.status])).toEqual([
      ['old', 'removed'],
      ['pricing-quarters', 'added'],
    ]);
    expect(formatDataDiff(diff)).toContain('Dataset pricing-quarters (dataset added): changes (1):');
  });

  it('falls back to path by path for the catalog when its record view sees nothing (a new shape is never "no change")', () => {
    const diff = diffData(snapshot('a', { catalog: [{ entries: [1] }] }), snapshot('b', { catalog: [{ entries: [2] }] }));
    expect(isEmptyDiff(diff)).toBe(false);
    expect(diff.datasets[0]!.changes).toEqual([{ path: 'catalog[0].entries', before: [1], after: [2] }]);
  });
});

/**
 * Every dataset of the build registry, changed in a scratch copy of data/: the diff must name the
 * change. A dataset registered later without an entry here is still checked below on its built
 * value (the diff sees every dataset with no edit to the diff script).
 */
interface ScratchChange {
  /** Edits the scratch copy (paths relative to its root). */
  edit(edit: (file: string, change: (json: any) => void) => void): void;
  /** The dataset the change must show in, and text its path must contain. */
  dataset: string;
  path: string[];
}

const SCRATCH_CHANGES: Record<string, ScratchChange> = {
  sources: {
    edit: (edit) => edit('data/sources/common.json', (list) => (list.find((s: any) => s.id === 'hcpcs-2020-anweb').note += ' Rehearsal.')),
    dataset: 'sources',
    path: ['sources[hcpcs-2020-anweb].note'],
  },
  hcpcs: {
    // Both releases, as a correction of the imported text would (the build refuses a descriptor that
    // differs between releases without a cited descriptorChanges entry).
    edit: (edit) => {
      edit('data/hcpcs/2020-anweb.json', (r) => (r.codes.J1559.shortDescriptor = 'Hizentra inj'));
      edit('data/hcpcs/2025-oct-anweb.json', (r) => (r.codes.J1559.shortDescriptor = 'Hizentra inj'));
    },
    dataset: 'hcpcs',
    path: ['hcpcs[2025-oct-anweb].codes.J1559.shortDescriptor'],
  },
  'hit-rates': {
    edit: (edit) =>
      edit('data/hit-rates/2021.json', () => ({
        year: 2021,
        status: 'published',
        rates: { G0068: 100, G0069: 100, G0070: 100, G0088: 200, G0089: 200, G0090: 200 },
        citations: ['cms-hit-overview'],
      })),
    dataset: 'hit-rates',
    path: ['hit-rates[2021]'],
  },
  q2052: {
    edit: (edit) => edit('data/q2052.json', (f) => (f.periods[0].cents += 1)),
    dataset: 'q2052',
    path: ['q2052[2021-01-01].cents'],
  },
  parameters: {
    edit: (edit) => edit('data/parameters/2026.json', (f) => (f.partB.deductible.cents += 100)),
    dataset: 'parameters',
    path: ['parameters[2026].partB.deductible.cents'],
  },
  'aic-thresholds': {
    edit: (edit) => edit('data/deadlines/aic-thresholds.json', (list) => (list.find((r: any) => r.year === 2020).courtCents += 1000)),
    dataset: 'aic-thresholds',
    path: ['aic-thresholds[2020].courtCents'],
  },
  'deadline-rules': {
    edit: (edit) => edit('data/deadlines/rules.json', (f) => (f.appealLevels[0].title += ' (rehearsal)')),
    dataset: 'deadline-rules',
    path: ['redetermination', 'title'],
  },
  'negotiated-drugs': {
    edit: (edit) => edit('data/negotiated-drugs/2026.json', (f) => (f.drugs.find((d: any) => d.name === 'Eliquis').maximumFairPriceCents += 1)),
    dataset: 'negotiated-drugs',
    path: ['Eliquis', 'maximumFairPrice'],
  },
  claims: {
    edit: (edit) => edit('data/claims/rules.json', (f) => (f.modifiers.find((m: any) => m.code === 'KX').descriptor += ' (rehearsal)')),
    dataset: 'claims',
    path: ['KX', 'descriptor'],
  },
  coverage: {
    edit: (edit) => edit('data/coverage/l33794.json', (f) => (f.rules.find((r: any) => r.id === 'eip-deferoxamine').label += ' (rehearsal)')),
    dataset: 'coverage',
    path: ['eip-deferoxamine', 'label'],
  },
  documentation: {
    edit: (edit) => edit('data/documentation/requirements.json', (list) => (list.find((r: any) => r.id === 'standard-written-order').title += ' (rehearsal)')),
    dataset: 'documentation',
    path: ['standard-written-order', 'title'],
  },
  // The catalog joins data/catalog/ with the HCPCS file: the hcpcs edit above changes J1559's record.
  catalog: { edit: () => {}, dataset: 'catalog', path: [] },
};

describe('data:diff on a scratch copy of data/ names a change in every dataset', () => {
  let scratch: string;
  let registry: string[];
  let diff: DataDiff;
  let before: DataSnapshot;

  const snapshotOf = async (dir: string, label: string): Promise<DataSnapshot> => {
    const built = await buildDatasets(dir);
    return { label, datasets: Object.fromEntries(built.map((d) => [d.definition.name, JSON.parse(JSON.stringify(d.value ?? null))])) };
  };

  beforeAll(async () => {
    scratch = mkdtempSync(join(tmpdir(), 'mhi-diff-scratch-'));
    cpSync(join(root, 'data'), join(scratch, 'data'), { recursive: true });
    registry = (await loadDatasets()).map((d) => d.name);
    before = await snapshotOf(scratch, 'before');
    const edit = (file: string, change: (json: any) => unknown): void => {
      const path = join(scratch, file);
      let json: unknown;
      try {
        json = JSON.parse(readFileSync(path, 'utf8'));
      } catch {
        json = undefined;
      }
      const replaced = change(json);
      writeFileSync(path, JSON.stringify(replaced !== undefined && json === undefined ? replaced : json, null, 2));
    };
    for (const change of Object.values(SCRATCH_CHANGES)) change.edit(edit);
    diff = diffData(before, await snapshotOf(scratch, 'after'));
  }, 60_000);

  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it.each(Object.entries(SCRATCH_CHANGES).filter(([name]) => name !== 'catalog'))('%s', (_name, change) => {
    const dataset = diff.datasets.find((d) => d.name === change.dataset);
    expect(dataset, `no changes listed for ${change.dataset}`).toBeDefined();
    const paths = dataset!.changes.map((c) => c.path);
    expect(paths.some((p) => change.path.every((part) => p.includes(part))), paths.join('\n')).toBe(true);
    expect(formatDataDiff(diff)).toContain(`Dataset ${change.dataset}: changes`);
  });

  it('catalog: the descriptor change imported from the HCPCS file shows on the record', () => {
    expect(diff.catalog.fieldChanges).toContainEqual({
      code: 'J1559',
      from: expect.any(String),
      field: 'shortDescriptor',
      before: 'Hizentra injection',
      after: 'Hizentra inj',
    });
  });

  it('every registered dataset is in the snapshot, and a change of its built value is named', () => {
    for (const name of registry) {
      expect(before.datasets, name).toHaveProperty([name]);
      if (name in SCRATCH_CHANGES) continue;
      // A dataset added to the registry after this test was written: change one leaf of its value.
      const value = JSON.parse(JSON.stringify(before.datasets[name]));
      const changedPath = changeFirstLeaf(value);
      expect(changedPath, `${name}: no leaf to change`).toBeDefined();
      const changed = diffData(before, { label: 'after', datasets: { ...before.datasets, [name]: value } });
      expect(changed.datasets.map((d) => d.name)).toEqual([name]);
      expect(changed.datasets[0]!.changes.length).toBeGreaterThan(0);
    }
  });
});

/** Changes the first string or number found in `value` (in place); returns whether one was found. */
function changeFirstLeaf(value: any): boolean | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  for (const key of Object.keys(value)) {
    const v = value[key];
    if (typeof v === 'string') {
      value[key] = `${v} (changed)`;
      return true;
    }
    if (typeof v === 'number') {
      value[key] = v + 1;
      return true;
    }
    if (changeFirstLeaf(v)) return true;
  }
  return undefined;
}

describe('npm run data:diff (CLI against this repository)', () => {
  // Needs a git checkout whose history holds both commits. A copy of the project inside an ignored
  // directory (StrykerJS's .stryker-tmp sandbox) sees the history but is not tracked, and
  // `git archive` refuses to run there ("current working directory is untracked"): skip there too.
  const hasHistory = (() => {
    try {
      execFileSync('git', ['ls-files', '--error-unmatch', 'package.json'], { cwd: root, stdio: 'ignore' });
      execFileSync('git', ['cat-file', '-e', '442c425^{commit}'], { cwd: root, stdio: 'ignore' });
      execFileSync('git', ['cat-file', '-e', '4e45cc8^{commit}'], { cwd: root, stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  })();

  // Commit 4e45cc8 added 14 IV anti-infectives under Part D to the catalog (442c425 is its parent);
  // both revisions predate buildDatasets, so this also runs an old registry through today's loop.
  it.skipIf(!hasHistory)('prints the 14 codes 4e45cc8 added', () => {
    const out = execFileSync(join(root, 'node_modules/.bin/tsx'), ['scripts/data-diff.ts', '442c425', '4e45cc8', '--json'], {
      cwd: root,
      encoding: 'utf8',
    });
    const diff = JSON.parse(out) as DataDiff;
    expect(diff.catalog.codesAdded.map((c) => c.code)).toEqual([
      'J0290', 'J0295', 'J0456', 'J0637', 'J0692', 'J0713', 'J0743', 'J1450', 'J1580', 'J1956', 'J2020', 'J2540', 'J2700', 'J3260',
    ]);
    expect(diff.catalog.codesRemoved).toEqual([]);
    expect(diff.catalog.codesAdded.find((c) => c.code === 'J0295')?.descriptor).toBe('Injection, ampicillin sodium/sulbactam sodium, per 1.5 gm');
  });

  it('compares two directories holding data/', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mhi-diff-cli-'));
    try {
      cpSync(join(root, 'data'), join(dir, 'data'), { recursive: true });
      const file = join(dir, 'data/parameters/2026.json');
      const json = JSON.parse(readFileSync(file, 'utf8'));
      json.partA.deductible.cents = 173700;
      writeFileSync(file, JSON.stringify(json));
      const out = execFileSync(join(root, 'node_modules/.bin/tsx'), ['scripts/data-diff.ts', root, dir], { cwd: root, encoding: 'utf8' });
      expect(out).toContain('  ~ parameters[2026].partA.deductible.cents: 173600 ($1,736.00) -> 173700 ($1,737.00)');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('fails with exit code 2 and a message on an unknown revision', () => {
    let status: number | null = null;
    let stderr = '';
    try {
      execFileSync(join(root, 'node_modules/.bin/tsx'), ['scripts/data-diff.ts', 'no-such-revision'], { cwd: root, stdio: 'pipe' });
    } catch (error) {
      status = (error as { status: number }).status;
      stderr = String((error as { stderr: Buffer }).stderr);
    }
    expect(status).toBe(2);
    expect(stderr).toContain("'no-such-revision' is not a git revision");
  });
});
