import { listCodes } from '../catalog/listCodes.js';
import type { CodeFilter, CodeInfo } from '../catalog/types.js';

/**
 * The CSV columns of {@link toCsv}, in order (the header row).
 *
 * @example
 * ```ts
 * CSV_COLUMNS.indexOf('descriptor') // 3
 * ```
 */
export const CSV_COLUMNS: readonly string[] = /* @__PURE__ */ Object.freeze([
  'code',
  'system',
  'kind',
  'descriptor',
  'shortDescriptor',
  'unitAmount',
  'unit',
  'effectiveFrom',
  'effectiveTo',
  'medicarePayable',
  'benefits',
  'billTo',
  'hitCategory',
  'citations',
]);

const NEEDS_QUOTES = /[",\r\n]/;

/**
 * RFC 4180 §2.6-2.7: a field holding a comma, quote or line break is quoted, quotes doubled.
 * Internal (exported for tests only; not part of the package's surface).
 */
export function csvField(value: string): string {
  return NEEDS_QUOTES.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function citationIds(record: CodeInfo): string {
  const ids: string[] = [];
  for (const citation of record.citations) if (!ids.includes(citation.id)) ids.push(citation.id);
  return ids.join(';');
}

function row(record: CodeInfo): string {
  return [
    record.code,
    record.system,
    record.kind,
    record.descriptor,
    record.shortDescriptor ?? '',
    record.unit === undefined ? '' : String(record.unit.amount),
    record.unit?.unit ?? '',
    record.effective.from,
    record.effective.to ?? '',
    record.medicarePayable ? 'true' : 'false',
    record.benefits.join(';'),
    record.billTo ?? '',
    record.hitCategory === undefined ? '' : String(record.hitCategory),
    citationIds(record),
  ]
    .map(csvField)
    .join(',');
}

/**
 * The catalog as RFC 4180 CSV: a header row ({@link CSV_COLUMNS}), then one row per dated record
 * (HCPCS and CPT; sorted by code then `effectiveFrom`), CRLF line ends (the last row too). Fields
 * holding a comma, quote or line break are quoted with embedded quotes doubled. `benefits` and
 * `citations` (source ids, each once) are `;`-joined; absent values are empty fields; booleans are
 * `true`/`false`. Descriptors are CMS's text unchanged: none starts with `=`, `+`, `-` or `@`
 * (a test guards this), so no spreadsheet formula escaping is applied.
 *
 * `filter` is the same as {@link listCodes} and is validated by it.
 *
 * @example
 * ```ts
 * toCsv({ kind: 'pump', asOf: '2026-01-01' }).split('\r\n')[0]
 * // 'code,system,kind,descriptor,shortDescriptor,unitAmount,unit,effectiveFrom,effectiveTo,medicarePayable,benefits,billTo,hitCategory,citations'
 * ```
 */
export function toCsv(filter?: CodeFilter): string {
  if (filter === undefined) return (whole ??= build(listCodes()));
  return build(listCodes(filter));
}

/** The unfiltered CSV, built on first use. */
let whole: string | undefined;

/** Rows already written, by catalog record: a row is a pure function of its frozen record. */
const ROWS = new WeakMap<CodeInfo, string>();
function rowOf(record: CodeInfo): string {
  let line = ROWS.get(record);
  if (line === undefined) {
    line = row(record);
    ROWS.set(record, line);
  }
  return line;
}

function build(records: readonly CodeInfo[]): string {
  const lines: string[] = [CSV_COLUMNS.join(',')];
  for (const record of records) lines.push(rowOf(record));
  return `${lines.join('\r\n')}\r\n`;
}
