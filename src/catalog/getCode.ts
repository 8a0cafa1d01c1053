import { toIsoDate } from '../core/dates.js';
import { normalizeCode } from '../core/hcpcs.js';
import { own, readObject } from '../core/validate.js';
import { findCodeRecord, hasCode, latestCodeRecord } from './lookup.js';
import type { CodeInfo } from './types.js';

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Whether `value` is already an exact `YYYY-MM-DD` calendar date in 1900-2199 (the common case),
 * checked without a regex or a Date. Anything else goes through `toIsoDate`, which normalises or
 * throws the library's error.
 */
function isCanonicalIsoDate(value: string): boolean {
  if (value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return false;
  let year = 0;
  let month = 0;
  let day = 0;
  for (let i = 0; i < 10; i++) {
    if (i === 4 || i === 7) continue;
    const digit = value.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return false;
    if (i < 4) year = year * 10 + digit;
    else if (i < 7) month = month * 10 + digit;
    else day = day * 10 + digit;
  }
  if (year < 1900 || year > 2199 || month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return day <= (month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]!);
}

/**
 * Options of {@link getCode}.
 *
 * @example
 * ```ts
 * const opts: GetCodeOptions = { asOf: '2026-01-15' }
 * ```
 */
export interface GetCodeOptions {
  /** Date of service: only the record in effect that day is returned (no fallback to another date). */
  readonly asOf?: string | Date;
}

const OPTION_KEYS: readonly string[] = ['asOf'];

/**
 * One HCPCS or CPT code from the catalog: its descriptor (as CMS publishes it), billing unit,
 * effective dates, kind, benefits, contractor, HIT category and citations.
 *
 * Codes are case-insensitive and surrounding white space is ignored. Without `asOf` the code's
 * latest record is returned; with `asOf` only the record in effect on that date. A well-formed
 * code the catalog does not hold (on that date) gives `undefined`; a malformed code or date throws
 * `MedicareInputError` (`INVALID_INPUT`) naming `code` or `opts.asOf`.
 *
 * @example
 * ```ts
 * getCode('j1559')?.unit                         // { amount: 100, unit: 'mg' }
 * getCode('G0068', { asOf: '2020-06-01' })?.descriptor
 * // 'Professional services for the administration of anti-infective, pain management, …'
 * getCode('J1457', { asOf: '2026-01-01' })        // undefined (ended 2025-12-31; use J7799)
 * ```
 */
export function getCode(code: string, opts?: GetCodeOptions): CodeInfo | undefined {
  if (opts === undefined) {
    // Fast path: canonical input ('J1559') is looked up before any normalising.
    const direct = typeof code === 'string' ? latestCodeRecord(code) : undefined;
    if (direct !== undefined) return direct;
    return latestCodeRecord(normalizeCode(code, 'code'));
  }
  const options = readObject(opts, 'opts', OPTION_KEYS);
  // Fast path: a code the catalog holds as given needs no normalising.
  const canonical = typeof code === 'string' && hasCode(code) ? code : normalizeCode(code, 'code');
  const asOf = own(options, 'asOf');
  if (asOf === undefined) return latestCodeRecord(canonical);
  const iso = typeof asOf === 'string' && isCanonicalIsoDate(asOf) ? asOf : toIsoDate(asOf, 'opts.asOf');
  return findCodeRecord(canonical, iso);
}
