import { toIsoDate } from '../core/dates.js';
import { describeValue, invalidInput } from '../core/errors.js';
import { normalizeCode } from '../core/hcpcs.js';
import { findCodeRecord, latestCodeRecord } from './lookup.js';
import type { CodeInfo } from './types.js';

/** Options of {@link getCode}. */
export interface GetCodeOptions {
  /** Date of service: only the record in effect that day is returned (no fallback to another date). */
  readonly asOf?: string | Date;
}

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
  if (opts === null || typeof opts !== 'object' || Array.isArray(opts)) {
    return invalidInput('opts', `must be an object such as { asOf: '2026-01-01' }, got ${describeValue(opts)}`);
  }
  const canonical = normalizeCode(code, 'code');
  const asOf = opts.asOf;
  if (asOf === undefined) return latestCodeRecord(canonical);
  return findCodeRecord(canonical, toIsoDate(asOf, 'opts.asOf'));
}
