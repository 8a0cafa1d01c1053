/**
 * The difference between two data releases of the library, as a pure function over two snapshots
 * of the built data. A snapshot holds every dataset of the build registry (scripts/datasets/) by
 * name, with the value the build validated: scripts/data-diff.ts takes it from `buildDatasets` in
 * scripts/build-data.ts, never from the generated modules, so a change of module shape cannot hide
 * a change. Every dataset is compared generically (path by path, array records matched by their
 * id, code, year or start date); the catalog also gets a record-level view (codes added, ended,
 * removed; descriptor and billing-unit changes). This module never touches the file system.
 */
import { isDeepStrictEqual } from 'node:util';

/** The built data of one tree: dataset name → the value its build produced. */
export interface DataSnapshot {
  /** What the snapshot is of, e.g. a commit id, `working tree` or a directory. */
  readonly label: string;
  readonly datasets: Readonly<Record<string, unknown>>;
}

/** One dated catalog record, as much of it as the catalog view compares. */
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

/** Fields compared between catalog records of one code that start on the same date. */
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
  /** `effective.from` of the record in the new snapshot: the day the change takes effect. */
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

/** A code whose last period was open and now ends (CMS terminated it). */
export interface CodeEnded {
  readonly code: string;
  readonly to: string;
}

/** The catalog, record by record. */
export interface CatalogDiff {
  /** HCPCS release ids (from the `hcpcs` dataset), e.g. `2026-jan-anweb`. */
  readonly releasesAdded: readonly string[];
  readonly releasesRemoved: readonly string[];
  readonly codesAdded: readonly CodeSummary[];
  readonly codesRemoved: readonly CodeSummary[];
  readonly codesEnded: readonly CodeEnded[];
  /** Codes in both snapshots whose list of effective periods changed (ends included). */
  readonly periodChanges: readonly PeriodChange[];
  /**
   * Changes within a code's records: each record of the new snapshot against the record of the old
   * one that starts the same day, or else was in force on its start day.
   */
  readonly fieldChanges: readonly FieldChange[];
}

/** One difference inside a dataset's value. `before` absent: added; `after` absent: removed. */
export interface ValueChange {
  /** Where, e.g. `parameters[2026].partB.deductible.cents`. */
  readonly path: string;
  readonly before?: unknown;
  readonly after?: unknown;
}

export interface DatasetDiff {
  readonly name: string;
  /** `added`/`removed`: the dataset exists in one snapshot only (a dataset new to the registry). */
  readonly status: 'added' | 'removed' | 'changed';
  readonly changes: readonly ValueChange[];
}

export interface DataDiff {
  readonly before: string;
  readonly after: string;
  readonly catalog: CatalogDiff;
  /** Every dataset whose value differs, by name, in name order. */
  readonly datasets: readonly DatasetDiff[];
}

/** Datasets shown through their own view instead of path by path (when that view sees the change). */
const RECORD_VIEWS = new Set(['catalog']);

// ---------------------------------------------------------------- generic, path by path

type Json = unknown;

function isPlainObject(value: Json): value is Record<string, Json> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** How to name one element of an array of records, tried in order. */
const IDENTITIES: readonly ((item: Record<string, Json>) => string | undefined)[] = [
  (item) => primitive(item.id),
  (item) => primitive(item.release),
  (item) => {
    const code = primitive(item.code);
    const effective = item.effective;
    if (code !== undefined && isPlainObject(effective) && typeof effective.from === 'string') return `${code} from ${effective.from}`;
    return code;
  },
  (item) => {
    const year = primitive(item.year);
    const quarter = primitive(item.quarter);
    return year !== undefined && quarter !== undefined ? `${year} ${quarter}` : year;
  },
  (item) => primitive(item.quarter),
  (item) => {
    const from = primitive(item.from);
    const key = primitive(item.code) ?? primitive(item.hcpcs) ?? primitive(item.name);
    return from !== undefined && key !== undefined ? `${key} from ${from}` : from;
  },
  (item) => primitive(item.name),
  (item) => primitive(item.hcpcs),
  (item) => primitive(item.key),
  (item) => primitive(item.level),
  (item) => primitive(item.title),
];

function primitive(value: Json): string | undefined {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
}

/** Names for the elements of both arrays, if one identity names every element uniquely in each. */
function identify(a: readonly Json[], b: readonly Json[]): [string[], string[]] | undefined {
  if (![...a, ...b].every(isPlainObject)) return undefined;
  for (const identity of IDENTITIES) {
    const names = [a, b].map((list) => list.map((item) => identity(item as Record<string, Json>)));
    const usable = names.every((list) => list.every((n) => n !== undefined) && new Set(list).size === list.length);
    if (usable) return names as [string[], string[]];
  }
  return undefined;
}

function diffValue(a: Json, b: Json, path: string, out: ValueChange[]): void {
  if (isDeepStrictEqual(a, b)) return;
  if (a === undefined) {
    out.push({ path, after: b });
    return;
  }
  if (b === undefined) {
    out.push({ path, before: a });
    return;
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    // Lists of plain values (benefits, modifiers, codes) read best as one change.
    if (![...a, ...b].some((item) => item !== null && typeof item === 'object')) {
      out.push({ path, before: a, after: b });
      return;
    }
    const names = identify(a, b);
    if (names) {
      const [na, nb] = names;
      const order = [...na, ...nb.filter((n) => !na.includes(n))];
      for (const name of order) diffValue(a[na.indexOf(name)], b[nb.indexOf(name)], `${path}[${name}]`, out);
    } else {
      for (let i = 0; i < Math.max(a.length, b.length); i++) diffValue(a[i], b[i], `${path}[${i}]`, out);
    }
    return;
  }
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = [...Object.keys(a), ...Object.keys(b).filter((k) => !(k in a))];
    for (const key of keys) diffValue(a[key], b[key], `${path}.${key}`, out);
    return;
  }
  out.push({ path, before: a, after: b });
}

/** Every difference between two values of one dataset, in document order. */
export function diffValues(name: string, before: Json, after: Json): ValueChange[] {
  const out: ValueChange[] = [];
  diffValue(before, after, name, out);
  return out;
}

// ---------------------------------------------------------------- catalog, record by record

/** The records of a catalog value that have the shape the catalog view compares (others: path by path). */
function catalogRecords(value: Json): SnapshotRecord[] {
  if (!Array.isArray(value)) return [];
  return value.filter(
    (r): r is SnapshotRecord =>
      isPlainObject(r) && typeof r.code === 'string' && typeof r.descriptor === 'string' && isPlainObject(r.effective) && typeof r.effective.from === 'string',
  );
}

function releaseIds(value: Json): string[] {
  if (!Array.isArray(value)) return [];
  return value.map((r) => (isPlainObject(r) ? primitive(r.release) : undefined)).filter((r): r is string => r !== undefined);
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

/** The catalog view: records of two snapshots compared code by code. */
export function diffCatalog(
  before: readonly SnapshotRecord[],
  after: readonly SnapshotRecord[],
  releases: { before: readonly string[]; after: readonly string[] } = { before: [], after: [] },
): CatalogDiff {
  const old = byCode(before);
  const now = byCode(after);
  const codes = [...new Set([...old.keys(), ...now.keys()])].sort();
  const codesAdded: CodeSummary[] = [];
  const codesRemoved: CodeSummary[] = [];
  const codesEnded: CodeEnded[] = [];
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
    const lastBefore = pa[pa.length - 1]!;
    const lastAfter = pb[pb.length - 1]!;
    if (lastBefore.to === undefined && lastAfter.to !== undefined) codesEnded.push({ code, to: lastAfter.to });
    for (const recordAfter of b) {
      // The record starting the same day, else the one that was in force on that day: a new
      // record that splits a period (new text from 2026-01-01) is compared with the text it replaces.
      const from = recordAfter.effective.from;
      const recordBefore =
        a.find((r) => r.effective.from === from) ??
        a.find((r) => r.effective.from <= from && (r.effective.to === undefined || from <= r.effective.to));
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
  return {
    releasesAdded: releases.after.filter((r) => !releases.before.includes(r)),
    releasesRemoved: releases.before.filter((r) => !releases.after.includes(r)),
    codesAdded,
    codesRemoved,
    codesEnded,
    periodChanges,
    fieldChanges,
  };
}

function isEmptyCatalogDiff(diff: CatalogDiff): boolean {
  return Object.values(diff).every((list: readonly unknown[]) => list.length === 0);
}

// ---------------------------------------------------------------- both

/** Compares two snapshots: every dataset path by path, and the catalog record by record. */
export function diffData(before: DataSnapshot, after: DataSnapshot): DataDiff {
  const catalog = diffCatalog(catalogRecords(before.datasets.catalog), catalogRecords(after.datasets.catalog), {
    before: releaseIds(before.datasets.hcpcs),
    after: releaseIds(after.datasets.hcpcs),
  });
  const names = [...new Set([...Object.keys(before.datasets), ...Object.keys(after.datasets)])].sort();
  const datasets: DatasetDiff[] = [];
  for (const name of names) {
    const inBefore = name in before.datasets;
    const inAfter = name in after.datasets;
    const a = before.datasets[name];
    const b = after.datasets[name];
    if (inBefore && inAfter && isDeepStrictEqual(a, b)) continue;
    const status = !inBefore ? 'added' : !inAfter ? 'removed' : 'changed';
    // A dataset with its own view is listed path by path only when that view saw nothing, so a
    // change of its shape is never reported as "no change".
    if (status === 'changed' && RECORD_VIEWS.has(name) && !isEmptyCatalogDiff(catalog)) {
      datasets.push({ name, status, changes: [] });
      continue;
    }
    const changes = diffValues(name, a, b);
    // Equal content in another order (records matched by identity) is no change.
    if (status === 'changed' && changes.length === 0) continue;
    datasets.push({ name, status, changes });
  }
  return { before: before.label, after: after.label, catalog, datasets };
}

/** Whether two snapshots hold the same data. */
export function isEmptyDiff(diff: DataDiff): boolean {
  return diff.datasets.length === 0 && isEmptyCatalogDiff(diff.catalog);
}

// ---------------------------------------------------------------- text

function formatPeriods(list: readonly Period[]): string {
  return list.map((p) => `${p.from}..${p.to ?? ''}`).join(', ');
}

function formatCents(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}$${Math.floor(abs / 100).toLocaleString('en-US')}.${String(abs % 100).padStart(2, '0')}`;
}

const MAX_VALUE_TEXT = 160;

/** A value as one line; amounts in cents also in dollars. */
function formatValue(path: string, value: unknown): string {
  if (value === undefined) return '(none)';
  if (typeof value === 'number' && Number.isInteger(value) && /cents$/i.test(path)) return `${value} (${formatCents(value)})`;
  // A resolved citation reads as its source id (the registry has the title and address).
  const text = JSON.stringify(value, (_key, v: unknown) =>
    isPlainObject(v) && typeof v.id === 'string' && typeof v.title === 'string' && typeof v.url === 'string'
      ? `${v.id}${typeof v.section === 'string' ? ` (${v.section})` : ''}`
      : v,
  );
  return text.length > MAX_VALUE_TEXT ? `${text.slice(0, MAX_VALUE_TEXT - 1)}…` : text;
}

function formatChange(c: ValueChange): string {
  if (!('before' in c)) return `  + ${c.path} = ${formatValue(c.path, c.after)}`;
  if (!('after' in c)) return `  - ${c.path} = ${formatValue(c.path, c.before)}`;
  return `  ~ ${c.path}: ${formatValue(c.path, c.before)} -> ${formatValue(c.path, c.after)}`;
}

/** The diff as readable text for a release review (the catalog first, then each dataset changed). */
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
  const c = diff.catalog;
  section('HCPCS releases added', c.releasesAdded.length, c.releasesAdded.map((r) => `  + ${r}`));
  section('HCPCS releases removed', c.releasesRemoved.length, c.releasesRemoved.map((r) => `  - ${r}`));
  section('Codes added', c.codesAdded.length, c.codesAdded.map((s) => `  + ${s.code} [${formatPeriods(s.periods)}] ${s.descriptor}`));
  section('Codes ended', c.codesEnded.length, c.codesEnded.map((e) => `  ${e.code}: last date of service ${e.to}`));
  section('Codes removed', c.codesRemoved.length, c.codesRemoved.map((s) => `  - ${s.code} [${formatPeriods(s.periods)}] ${s.descriptor}`));
  section(
    'Effective periods changed',
    c.periodChanges.length,
    c.periodChanges.map((p) => `  ${p.code}: ${formatPeriods(p.before)}  ->  ${formatPeriods(p.after)}`),
  );
  const descriptorFields = new Set<ComparedField>(['descriptor', 'shortDescriptor']);
  const descriptor = c.fieldChanges.filter((f) => descriptorFields.has(f.field));
  const unit = c.fieldChanges.filter((f) => f.field === 'unit');
  const citations = c.fieldChanges.filter((f) => f.field === 'citations');
  const other = c.fieldChanges.filter((f) => !descriptorFields.has(f.field) && f.field !== 'unit' && f.field !== 'citations');
  const change = (f: FieldChange): string[] => [
    `  ${f.code} (from ${f.from}) ${f.field}:`,
    `      before: ${f.before ?? '(none)'}`,
    `      after:  ${f.after ?? '(none)'}`,
  ];
  section('Descriptor changes', descriptor.length, descriptor.flatMap(change));
  section('Billing unit changes', unit.length, unit.flatMap(change));
  section('Classification changes (system, kind, payable, benefits, contractor, HIT category)', other.length, other.flatMap(change));
  section('Citation changes (source ids)', citations.length, citations.flatMap(change));
  for (const d of diff.datasets) {
    if (d.changes.length === 0) continue;
    const what = d.status === 'changed' ? '' : ` (dataset ${d.status})`;
    section(`Dataset ${d.name}${what}: changes`, d.changes.length, d.changes.map(formatChange));
  }
  return `${lines.join('\n')}\n`;
}
