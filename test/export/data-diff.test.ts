import { execFileSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { diffData, formatDataDiff, isEmptyDiff, type DataSnapshot, type SnapshotRecord } from '../../scripts/lib/data-diff.js';

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

function snapshot(label: string, parts: Partial<DataSnapshot>): DataSnapshot {
  return { label, releases: [], catalog: [], hitRates: [], q2052: [], ...parts };
}

describe('diffData', () => {
  it('finds nothing between equal snapshots, whatever the record order', () => {
    const a = snapshot('a', { releases: ['2020-anweb'], catalog: [j1559, g0068a, g0068b] });
    const b = snapshot('b', { releases: ['2020-anweb'], catalog: [g0068b, j1559, g0068a] });
    const diff = diffData(a, b);
    expect(isEmptyDiff(diff)).toBe(true);
    expect(formatDataDiff(diff)).toBe('Data changes from a to b\n\nNo data changes.\n');
  });

  it('reports codes added and removed with their periods and latest descriptor', () => {
    const diff = diffData(snapshot('old', { catalog: [j1559] }), snapshot('new', { catalog: [g0068a, g0068b] }));
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

  it('reports a split period as a period change and compares only records starting the same day', () => {
    // Before: one open-ended record. After: it ends 2020-12-31 and a new record starts 2021-01-01.
    const before = snapshot('old', { catalog: [{ ...g0068a, effective: { from: '2019-01-01' } }] });
    const after = snapshot('new', { catalog: [g0068a, g0068b] });
    const diff = diffData(before, after);
    expect(diff.periodChanges).toEqual([
      { code: 'G0068', before: [{ from: '2019-01-01' }], after: [{ from: '2019-01-01', to: '2020-12-31' }, { from: '2021-01-01' }] },
    ]);
    // The 2019 record's fields are unchanged; the 2021 record has no counterpart, so no field change.
    expect(diff.fieldChanges).toEqual([]);
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
    const diff = diffData(snapshot('old', { catalog: [j1559] }), snapshot('new', { catalog: [changed] }));
    // Citations compare as the set of ids: order and repeats are not changes.
    expect(diff.fieldChanges).toEqual([
      { code: 'J1559', from: '2011-01-01', field: 'descriptor', before: 'Injection, immune globulin (hizentra), 100 mg', after: 'Injection, immune globulin (hizentra), 50 mg' },
      { code: 'J1559', from: '2011-01-01', field: 'unit', before: '100 mg', after: '50 mg' },
      { code: 'J1559', from: '2011-01-01', field: 'benefits', before: 'part-b-dme', after: 'part-b-dme, part-d' },
      { code: 'J1559', from: '2011-01-01', field: 'billTo', before: 'dme-mac' },
      { code: 'J1559', from: '2011-01-01', field: 'hitCategory', after: '3' },
    ]);
    const text = formatDataDiff(diff);
    expect(text).toContain('Descriptor changes (1):');
    expect(text).toContain('Classification changes (system, kind, unit, payable, benefits, contractor, HIT category) (4):');
    expect(text).toContain('  J1559 (from 2011-01-01) billTo:\n      before: dme-mac\n      after:  (none)');
  });

  it('reports HIT rate changes per year and G-code, and table status', () => {
    const before = snapshot('old', { hitRates: [{ year: 2024, status: 'derived', rates: { G0088: 100, G0068: 50 } }] });
    const after = snapshot('new', {
      hitRates: [
        { year: 2024, status: 'published', rates: { G0088: 150, G0068: 50 } },
        { year: 2025, rates: { G0089: 12345 } },
      ],
    });
    const diff = diffData(before, after);
    expect(diff.hitRateChanges).toEqual([
      { year: 2024, code: 'status', before: 'derived', after: 'published' },
      { year: 2024, code: 'G0088', before: 100, after: 150 },
      { year: 2025, code: 'G0089', after: 12345 },
    ]);
    // 150 cents = $1.50; 12345 cents = $123.45.
    const text = formatDataDiff(diff);
    expect(text).toContain('  2024 G0088: $1.00 -> $1.50');
    expect(text).toContain('  2025 G0089: (none) -> $123.45');
  });

  it('reports Q2052 periods added, removed and re-priced', () => {
    const p2021 = { from: '2021-01-01', to: '2021-12-31', cents: 38157, program: 'demonstration' };
    const p2023 = { from: '2023-01-01', to: '2023-12-31', cents: 40823, program: 'demonstration' };
    const p2024 = { from: '2024-01-01', to: '2024-12-31', cents: 42048, program: 'permanent-benefit' };
    const diff = diffData(
      snapshot('old', { q2052: [p2021, p2023] }),
      snapshot('new', { q2052: [p2021, { ...p2023, cents: 40900 }, p2024] }),
    );
    expect(diff.q2052Changes).toEqual([
      { from: '2023-01-01', before: p2023, after: { ...p2023, cents: 40900 } },
      { from: '2024-01-01', after: p2024 },
    ]);
    expect(formatDataDiff(diff)).toContain(
      '  from 2024-01-01: (none) -> 2024-01-01..2024-12-31 $420.48 (permanent-benefit)',
    );
  });

  it('reports HCPCS releases added and removed', () => {
    const diff = diffData(snapshot('old', { releases: ['2020-anweb'] }), snapshot('new', { releases: ['2020-anweb', '2026-jan-anweb'] }));
    expect(diff.releasesAdded).toEqual(['2026-jan-anweb']);
    expect(diff.releasesRemoved).toEqual([]);
  });
});

describe('npm run data:diff (CLI against this repository)', () => {
  const hasHistory = (() => {
    try {
      execFileSync('git', ['cat-file', '-e', '442c425^{commit}'], { cwd: root, stdio: 'ignore' });
      execFileSync('git', ['cat-file', '-e', '4e45cc8^{commit}'], { cwd: root, stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  })();

  // Commit 4e45cc8 added 14 IV anti-infectives under Part D to the catalog (442c425 is its parent).
  it.skipIf(!hasHistory)('prints the 14 codes 4e45cc8 added', () => {
    const out = execFileSync(join(root, 'node_modules/.bin/tsx'), ['scripts/data-diff.ts', '442c425', '4e45cc8', '--json'], {
      cwd: root,
      encoding: 'utf8',
    });
    const diff = JSON.parse(out) as ReturnType<typeof diffData>;
    expect(diff.codesAdded.map((c) => c.code)).toEqual([
      'J0290', 'J0295', 'J0456', 'J0637', 'J0692', 'J0713', 'J0743', 'J1450', 'J1580', 'J1956', 'J2020', 'J2540', 'J2700', 'J3260',
    ]);
    expect(diff.codesRemoved).toEqual([]);
    expect(diff.codesAdded.find((c) => c.code === 'J0295')?.descriptor).toBe('Injection, ampicillin sodium/sulbactam sodium, per 1.5 gm');
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
