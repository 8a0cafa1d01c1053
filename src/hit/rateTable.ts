import type { HitCategory } from '../core/benefit.js';
import { describeValue, invalidInput, unknownCode } from '../core/errors.js';
import { readCents } from '../core/money.js';
import { own, readObject, readYear } from '../core/validate.js';
import { HIT_CODE_INFO, HIT_CODES } from './codes.js';
import { ResultMemo, type CodeFacts } from './fast.js';
import type { HitRateTable } from './types.js';

/** A rate table that passed validation: the amounts by code, as plain data. */
export interface CheckedRateTable {
  readonly year: number;
  readonly rates: Readonly<Record<string, number>>;
  readonly status: 'published' | 'derived' | undefined;
  readonly citations: readonly unknown[];
  /**
   * Results computed from this table, when the table cannot change (bundled, or a frozen caller
   * table checked once); `null` for a table that is re-validated on every call.
   */
  readonly results: ResultMemo<object> | null;
  /**
   * What the table gives for each code (national and allowed amounts, as shared frozen Money and
   * steps), filled on first use. Index: the category, plus 3 for an initial-visit code.
   */
  readonly codes: (CodeFacts | undefined)[];
}

/** Frozen tables validated once; a frozen object cannot change, so its check stays true. */
const CHECKED = new WeakMap<object, CheckedRateTable>();

/**
 * Validates a caller-supplied {@link HitRateTable} (field names under `field`, e.g. `rates.year`):
 * `year` a whole year; `rates` an object of HIT G-codes to non-negative whole cents; initial-visit
 * amounts not below subsequent ones (42 CFR 414.1550(c)(4)); `status` absent, `published` or
 * `derived`; `citations` absent or an array. Frozen tables are checked once and remembered.
 */
export function checkRateTable(value: unknown, field: string): CheckedRateTable {
  if (value !== null && typeof value === 'object') {
    const cached = CHECKED.get(value);
    if (cached) return cached;
  }
  const table = readObject(value, field);
  const year = readYear(own(table, 'year'), `${field}.year`);
  const ratesValue = own(table, 'rates');
  const rates = readObject(ratesValue, `${field}.rates`);
  const copy: Record<string, number> = {};
  for (const key of Object.keys(rates)) {
    if (!HIT_CODE_INFO.has(key)) {
      unknownCode(`${field}.rates.${key}`, `${describeValue(key)} is not a HIT G-code (G0068-G0070, G0088-G0090)`);
    }
    copy[key] = readCents(rates[key], `${field}.rates.${key}`);
  }
  for (const category of [1, 2, 3] as HitCategory[]) {
    const initial = copy[HIT_CODES[category].initial];
    const subsequent = copy[HIT_CODES[category].subsequent];
    if (initial !== undefined && subsequent !== undefined && initial < subsequent) {
      invalidInput(
        `${field}.rates.${HIT_CODES[category].initial}`,
        `initial-visit amount ${initial} is below the subsequent-visit amount ${subsequent}; 42 CFR 414.1550(c)(4) sets the first visit higher`,
      );
    }
  }
  const status = own(table, 'status');
  if (status !== undefined && status !== 'published' && status !== 'derived') {
    invalidInput(`${field}.status`, `must be 'published', 'derived' or absent, got ${describeValue(status)}`);
  }
  const citations = own(table, 'citations');
  if (citations !== undefined) {
    if (!Array.isArray(citations)) {
      invalidInput(`${field}.citations`, `must be an array of citations, got ${describeValue(citations)}`);
    }
    citations.forEach((citation: unknown, index) => {
      if (!isCitation(citation)) {
        invalidInput(`${field}.citations[${index}]`, 'must be { id, title, url, section? } with string values');
      }
    });
  }
  const remembered = Object.isFrozen(table) && Object.isFrozen(rates) && (citations === undefined || Object.isFrozen(citations));
  const checked: CheckedRateTable = Object.freeze({
    year,
    rates: Object.freeze(copy),
    status: status as 'published' | 'derived' | undefined,
    citations: (citations as readonly unknown[] | undefined) ?? [],
    results: remembered ? new ResultMemo<object>() : null,
    codes: [],
  });
  if (remembered) CHECKED.set(table, checked);
  return checked;
}

/** Whether a value is a HitRateTable-shaped citation (id, title, url strings). */
export function isCitation(value: unknown): value is { id: string; title: string; url: string; section?: string } {
  if (value === null || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  return typeof v.id === 'string' && typeof v.title === 'string' && typeof v.url === 'string' &&
    (v.section === undefined || typeof v.section === 'string');
}

export type { HitRateTable };
