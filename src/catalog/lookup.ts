/**
 * The catalog index, built on first use (not when the module loads): code → its dated records, oldest first.
 * Internal helpers for other modules (classifier, claims, HIT): they pass codes already
 * normalised with `normalizeCode` and dates already read with `toIsoDate`.
 */
import { loadCatalog } from '../generated/catalog.js';
import type { CodeInfo } from './types.js';

const NONE: readonly CodeInfo[] = /* @__PURE__ */ Object.freeze([]);

let BY_CODE: ReadonlyMap<string, readonly CodeInfo[]> | undefined;

function buildIndex(): ReadonlyMap<string, readonly CodeInfo[]> {
  const map = new Map<string, CodeInfo[]>();
  for (const record of loadCatalog()) {
    const list = map.get(record.code);
    if (list) list.push(record);
    else map.set(record.code, [record]);
  }
  for (const list of map.values()) {
    list.sort((a, b) => (a.effective.from < b.effective.from ? -1 : a.effective.from > b.effective.from ? 1 : 0));
    Object.freeze(list);
  }
  BY_CODE = map;
  return map;
}

/** Every record of the catalog, sorted by code then `effective.from` (frozen; the same array on every call). */
export function allRecords(): readonly CodeInfo[] {
  return loadCatalog();
}

/**
 * The record of `code` in effect on `isoDate` (`'YYYY-MM-DD'`), or `undefined` when the catalog
 * holds none for that day. `code` must already be canonical (`normalizeCode`).
 */
export function findCodeRecord(code: string, isoDate: string): CodeInfo | undefined {
  const records = (BY_CODE ?? buildIndex()).get(code);
  if (records === undefined) return undefined;
  for (let i = records.length - 1; i >= 0; i--) {
    const record = records[i]!;
    if (record.effective.from <= isoDate) {
      const to = record.effective.to;
      return to === undefined || isoDate <= to ? record : undefined;
    }
  }
  return undefined;
}

/** All dated records of `code`, oldest first (empty when the catalog does not hold it). */
export function codeRecords(code: string): readonly CodeInfo[] {
  return (BY_CODE ?? buildIndex()).get(code) ?? NONE;
}

/** The latest record of `code` (the one with the latest `effective.from`), or `undefined`. */
export function latestCodeRecord(code: string): CodeInfo | undefined {
  const records = (BY_CODE ?? buildIndex()).get(code);
  return records === undefined ? undefined : records[records.length - 1];
}

/** Whether the catalog holds `code` at all (any date). */
export function hasCode(code: string): boolean {
  return (BY_CODE ?? buildIndex()).has(code);
}

/**
 * The source for a record's `medicarePayable: false`: its first citation that names a section (the
 * rule that makes it not payable, e.g. A52507's coding guidelines for A4232 or the disposable-pump rule
 * for A9274), else its first citation. classify's and checkClaim's NOT_PAYABLE_BY_MEDICARE both cite it.
 */
export function notPayableCitation(record: CodeInfo): CodeInfo['citations'][number] | undefined {
  return record.citations.find((c) => c.section !== undefined) ?? record.citations[0];
}
