import { BENEFITS } from '../core/benefit.js';
import { toIsoDate } from '../core/dates.js';
import { describeValue, invalidInput } from '../core/errors.js';
import { deepFreeze } from '../core/freeze.js';
import { readEnum, readObject } from '../core/validate.js';
import { allRecords } from './lookup.js';
import { CODE_KINDS, type CodeFilter, type CodeInfo } from './types.js';

const FILTER_KEYS: readonly string[] = ['kind', 'benefit', 'hitCategory', 'asOf', 'text'];

/**
 * Catalog records matching every field of `filter` (all records without one), sorted by code
 * then `effective.from`. `asOf` keeps only records in effect that day; `text` is a
 * case-insensitive search over code, descriptor and short descriptor. Every filter field is
 * validated: an unknown kind, benefit or category, a malformed date, an empty text or an
 * unknown field throws `MedicareInputError` (`INVALID_INPUT`) naming it (`filter.kind`, …).
 *
 * @example
 * ```ts
 * listCodes({ hitCategory: 2, asOf: '2026-01-01' }).map((c) => c.code)
 * // ['G0069', 'G0089', 'J1551', 'J1555', 'J1558', 'J1559', 'J1561', 'J1562', 'J1569', 'J1575']
 * listCodes({ kind: 'pump', benefit: 'part-b-dme', text: 'insulin' })[0]?.code // 'E0784'
 * ```
 */
export function listCodes(filter?: CodeFilter): readonly CodeInfo[] {
  if (filter === undefined) return allRecords();
  const input = readObject(filter, 'filter', FILTER_KEYS);
  const kind = input.kind === undefined ? undefined : readEnum(input.kind, CODE_KINDS, 'filter.kind');
  const benefit = input.benefit === undefined ? undefined : readEnum(input.benefit, BENEFITS, 'filter.benefit');
  const hitCategory = input.hitCategory;
  if (hitCategory !== undefined && hitCategory !== 1 && hitCategory !== 2 && hitCategory !== 3) {
    invalidInput('filter.hitCategory', `must be 1, 2 or 3, got ${describeValue(hitCategory)}`);
  }
  const asOf = input.asOf === undefined ? undefined : toIsoDate(input.asOf, 'filter.asOf');
  let text: string | undefined;
  if (input.text !== undefined) {
    if (typeof input.text !== 'string') invalidInput('filter.text', `must be a string, got ${describeValue(input.text)}`);
    text = input.text.trim().toLowerCase();
    if (text === '') invalidInput('filter.text', 'must not be empty');
  }
  const result = allRecords().filter(
    (record) =>
      (kind === undefined || record.kind === kind) &&
      (benefit === undefined || record.benefits.includes(benefit)) &&
      (hitCategory === undefined || record.hitCategory === hitCategory) &&
      (asOf === undefined || (record.effective.from <= asOf && (record.effective.to === undefined || asOf <= record.effective.to))) &&
      (text === undefined ||
        record.code.toLowerCase().includes(text) ||
        record.descriptor.toLowerCase().includes(text) ||
        (record.shortDescriptor?.toLowerCase().includes(text) ?? false)),
  );
  return deepFreeze(result);
}
