/**
 * The difference between two data releases of the library, as a pure function over two snapshots
 * of the built data (catalog records, HIT rate tables, Q2052 periods, HCPCS releases). The
 * snapshot types are structural and minimal so snapshots of older revisions, whose generated
 * modules may lack newer fields, still compare. scripts/data-diff.ts builds the snapshots from git
 * revisions; this module never touches the file system.
 */

/** One dated catalog record, as much of it as the diff compares. */
export interface SnapshotRecord {
  readonly code: string;
  readonly system?: string;
  readonly kind?: string;
  readonly descriptor: string;
  readonly shortDescriptor?: string;
  readonly unit?: { readonly amount: number; readonly unit: string };
  readonly effective: { readonly from: string; readonly to?: string };
  readonly medicarePayable?: boolean;
  readonly benefits?: readonly string[];
  readonly billTo?: string;
  readonly hitCategory?: number;
  readonly citations?: readonly { readonly id: string }[];
}

export interface SnapshotHitRateTable {
  readonly year: number;
  readonly rates: Readonly<Record<string, number>>;
  readonly status?: string;
}

export interface SnapshotQ2052Period {
  readonly from: string;
  readonly to: string;
  readonly cents: number;
  readonly program?: string;
}

/** The built data of one revision. */
export interface DataSnapshot {
  /** What the snapshot is of, e.g. a commit id or `working tree`. */
  readonly label: string;
  /** HCPCS release ids the catalog was imported from, e.g. `2025-oct-anweb`. */
  readonly releases: readonly string[];
  readonly catalog: readonly SnapshotRecord[];
  readonly hitRates: readonly SnapshotHitRateTable[];
  readonly q2052: readonly SnapshotQ2052Period[];
}

export interface Period {
  readonly from: string;
  readonly to?: string;
}

export interface CodeSummary {
  readonly code: string;
  readonly system: string;
  readonly descriptor: string;
  readonly periods: readonly Period[];
}

/** Fields compared between records of one code that start on the same date. */
export const COMPARED_FIELDS = [
  'descriptor',
  'shortDescriptor',
  'system',
  'kind',
  'unit',
  'medicarePayable',
  'benefits',
  'billTo',
  'hitCategory',
  'citations',
] as const;
export type ComparedField = (typeof COMPARED_FIELDS)[number];

export interface FieldChange {
  readonly code: string;
  /** `effective.from` of the record in both snapshots. */
  readonly from: string;
  readonly field: ComparedField;
  /** Rendered value (`undefined`: absent). */
  readonly before?: string;
  readonly after?: string;
}

export interface PeriodChange {
  readonly code: string;
  readonly before: readonly Period[];
  readonly after: readonly Period[];
}

export interface HitRateChange {
  readonly year: number;
  /** A G-code, or `status` for the table's published/derived status. */
  readonly code: string;
  readonly before?: number | string;
  readonly after?: number | string;
}

export interface Q2052Change {
  readonly from: string;
  readonly before?: SnapshotQ2052Period;
  readonly after?: SnapshotQ2052Period;
}

export interface DataDiff {
  readonly before: string;
  readonly after: string;
  readonly releasesAdded: readonly string[];
  readonly releasesRemoved: readonly string[];
  readonly codesAdded: readonly CodeSummary[];
  readonly codesRemoved: readonly CodeSummary[];
  /** Codes in both snapshots whose list of effective periods changed. */
  readonly periodChanges: readonly PeriodChange[];
  /** Changes within records present in both snapshots (same code and `effective.from`). */
  readonly fieldChanges: readonly FieldChange[];
  readonly hitRateChanges: readonly HitRateChange[];
  readonly q2052Changes: readonly Q2052Change[];
}

function byCode(records: readonly SnapshotRecord[]): Map<string, SnapshotRecord[]> {
  const map = new Map<string, SnapshotRecord[]>();
  for (const record of records) {
    const list = map.get(record.code);
    if (list) list.push(record);
    else map.set(record.code, [record]);
  }
  for (const list of map.values()) list.sort((a, b) => compare(a.effective.from, b.effective.from));
  return map;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function periods(records: readonly SnapshotRecord[]): Period[] {
  return records.map((r) => (r.effective.to === undefined ? { from: r.effective.from } : { from: r.effective.from, to: r.effective.to }));
}

function summary(records: readonly SnapshotRecord[]): CodeSummary {
  const latest = records[records.length - 1]!;
  return { code: latest.code, system: latest.system ?? 'HCPCS', descriptor: latest.descriptor, periods: periods(records) };
}

/** A field's value as text, so arrays and units compare by content. */
export function renderField(record: SnapshotRecord, field: ComparedField): string | undefined {
  switch (field) {
    case 'unit':
      return record.unit === undefined ? undefined : `${record.unit.amount} ${record.unit.unit}`;
    case 'benefits':
      return record.benefits === undefined ? undefined : record.benefits.join(', ');
    case 'citations':
      return record.citations === undefined ? undefined : [...new Set(record.citations.map((c) => c.id))].sort().join(', ');
    case 'medicarePayable':
    case 'hitCategory':
      return record[field] === undefined ? undefined : String(record[field]);
    default:
      return record[field];
  }
}

function samePeriods(a: readonly Period[], b: readonly Period[]): boolean {
  return a.length === b.length && a.every((p, i) => p.from === b[i]!.from && p.to === b[i]!.to);
}

/** Compares two snapshots; the result is sorted (by code, date, field) so it reads and tests stably. */
export function diffData(before: DataSnapshot, after: DataSnapshot): DataDiff {
  const old = byCode(before.catalog);
  const now = byCode(after.catalog);
  const codes = [...new Set([...old.keys(), ...now.keys()])].sort();
  const codesAdded: CodeSummary[] = [];
  const codesRemoved: CodeSummary[] = [];
  const periodChanges: PeriodChange[] = [];
  const fieldChanges: FieldChange[] = [];
  for (const code of codes) {
    const a = old.get(code);
    const b = now.get(code);
    if (a === undefined) {
      codesAdded.push(summary(b!));
      continue;
    }
    if (b === undefined) {
      codesRemoved.push(summary(a));
      continue;
    }
    const pa = periods(a);
    const pb = periods(b);
    if (!samePeriods(pa, pb)) periodChanges.push({ code, before: pa, after: pb });
    for (const recordAfter of b) {
      const recordBefore = a.find((r) => r.effective.from === recordAfter.effective.from);
      if (recordBefore === undefined) continue;
      for (const field of COMPARED_FIELDS) {
        const x = renderField(recordBefore, field);
        const y = renderField(recordAfter, field);
        if (x !== y) {
          fieldChanges.push({
            code,
            from: recordAfter.effective.from,
            field,
            ...(x === undefined ? {} : { before: x }),
            ...(y === undefined ? {} : { after: y }),
          });
        }
      }
    }
  }

  const hitRateChanges: HitRateChange[] = [];
  const years = [...new Set([...before.hitRates, ...after.hitRates].map((t) => t.year))].sort((x, y) => x - y);
  for (const year of years) {
    const a = before.hitRates.find((t) => t.year === year);
    const b = after.hitRates.find((t) => t.year === year);
    if (a?.status !== b?.status) {
      hitRateChanges.push({ year, code: 'status', ...(a?.status === undefined ? {} : { before: a.status }), ...(b?.status === undefined ? {} : { after: b.status }) });
    }
    const gcodes = [...new Set([...Object.keys(a?.rates ?? {}), ...Object.keys(b?.rates ?? {})])].sort();
    for (const code of gcodes) {
      const x = a?.rates[code];
      const y = b?.rates[code];
      if (x !== y) hitRateChanges.push({ year, code, ...(x === undefined ? {} : { before: x }), ...(y === undefined ? {} : { after: y }) });
    }
  }

  const q2052Changes: Q2052Change[] = [];
  const starts = [...new Set([...before.q2052, ...after.q2052].map((p) => p.from))].sort();
  for (const from of starts) {
    const a = before.q2052.find((p) => p.from === from);
    const b = after.q2052.find((p) => p.from === from);
    if (a === undefined || b === undefined || a.to !== b.to || a.cents !== b.cents || a.program !== b.program) {
      q2052Changes.push({ from, ...(a === undefined ? {} : { before: a }), ...(b === undefined ? {} : { after: b }) });
    }
  }

  return {
    before: before.label,
    after: after.label,
    releasesAdded: after.releases.filter((r) => !before.releases.includes(r)),
    releasesRemoved: before.releases.filter((r) => !after.releases.includes(r)),
    codesAdded,
    codesRemoved,
    periodChanges,
    fieldChanges,
    hitRateChanges,
    q2052Changes,
  };
}

/** Whether two snapshots hold the same data (as far as the diff compares). */
export function isEmptyDiff(diff: DataDiff): boolean {
  return (
    diff.releasesAdded.length + diff.releasesRemoved.length + diff.codesAdded.length + diff.codesRemoved.length +
      diff.periodChanges.length + diff.fieldChanges.length + diff.hitRateChanges.length + diff.q2052Changes.length ===
    0
  );
}

function formatPeriods(list: readonly Period[]): string {
  return list.map((p) => `${p.from}..${p.to ?? ''}`).join(', ');
}

function formatCents(cents: number | string | undefined): string {
  if (cents === undefined) return '(none)';
  if (typeof cents === 'string') return cents;
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}$${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

function formatQ2052(p: SnapshotQ2052Period | undefined): string {
  return p === undefined ? '(none)' : `${p.from}..${p.to} ${formatCents(p.cents)}${p.program ? ` (${p.program})` : ''}`;
}

/** The diff as readable text for a release review (one section per kind of change). */
export function formatDataDiff(diff: DataDiff): string {
  const lines: string[] = [`Data changes from ${diff.before} to ${diff.after}`];
  if (isEmptyDiff(diff)) {
    lines.push('', 'No data changes.');
    return `${lines.join('\n')}\n`;
  }
  const section = (title: string, count: number, body: string[]): void => {
    if (count === 0) return;
    lines.push('', `${title} (${count}):`, ...body);
  };
  section('HCPCS releases added', diff.releasesAdded.length, diff.releasesAdded.map((r) => `  + ${r}`));
  section('HCPCS releases removed', diff.releasesRemoved.length, diff.releasesRemoved.map((r) => `  - ${r}`));
  section('Codes added', diff.codesAdded.length, diff.codesAdded.map((c) => `  + ${c.code} [${formatPeriods(c.periods)}] ${c.descriptor}`));
  section('Codes removed', diff.codesRemoved.length, diff.codesRemoved.map((c) => `  - ${c.code} [${formatPeriods(c.periods)}] ${c.descriptor}`));
  section(
    'Effective periods changed',
    diff.periodChanges.length,
    diff.periodChanges.map((c) => `  ${c.code}: ${formatPeriods(c.before)}  ->  ${formatPeriods(c.after)}`),
  );
  const descriptorFields = new Set<ComparedField>(['descriptor', 'shortDescriptor']);
  const descriptor = diff.fieldChanges.filter((c) => descriptorFields.has(c.field));
  const citations = diff.fieldChanges.filter((c) => c.field === 'citations');
  const other = diff.fieldChanges.filter((c) => !descriptorFields.has(c.field) && c.field !== 'citations');
  const change = (c: FieldChange): string[] => [
    `  ${c.code} (from ${c.from}) ${c.field}:`,
    `      before: ${c.before ?? '(none)'}`,
    `      after:  ${c.after ?? '(none)'}`,
  ];
  section('Descriptor changes', descriptor.length, descriptor.flatMap(change));
  section('Classification changes (system, kind, unit, payable, benefits, contractor, HIT category)', other.length, other.flatMap(change));
  section('Citation changes (source ids)', citations.length, citations.flatMap(change));
  section(
    'HIT rate changes',
    diff.hitRateChanges.length,
    diff.hitRateChanges.map((c) => `  ${c.year} ${c.code}: ${formatCents(c.before)} -> ${formatCents(c.after)}`),
  );
  section(
    'Q2052 rate changes',
    diff.q2052Changes.length,
    diff.q2052Changes.map((c) => `  from ${c.from}: ${formatQ2052(c.before)} -> ${formatQ2052(c.after)}`),
  );
  return `${lines.join('\n')}\n`;
}
