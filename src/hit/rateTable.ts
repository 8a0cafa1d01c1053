import type { HitCategory } from '../core/benefit.js';
import { describeValue, invalidInput, unknownCode } from '../core/errors.js';
import { readCents } from '../core/money.js';
import { own, readObject, readYear } from '../core/validate.js';
import { HIT_CODE_INFO, HIT_CODES } from './codes.js';
import type { Citation } from '../core/citation.js';
import type { HitRateTable } from './types.js';

/** A rate table that passed validation (read during the call that checked it, never kept). */
export interface CheckedRateTable {
  readonly year: number;
  readonly rates: Readonly<Record<string, number>>;
  readonly status: 'published' | 'derived' | undefined;
  readonly citations: readonly Citation[];
}

const CATEGORIES: readonly HitCategory[] = [1, 2, 3];

/** A HIT national amount outside this range draws a warning (amounts typed in dollars are the usual cause). */
export const PLAUSIBLE_HIT_RATE_CENTS = Object.freeze({ min: 2_000, max: 200_000 });

/**
 * Validates a caller-supplied {@link HitRateTable} (field names under `field`, e.g. `rates.year`):
 * `year` a whole year; `rates` an object of HIT G-codes to non-negative whole cents; initial-visit
 * amounts not below subsequent ones (42 CFR 414.1550(c)(4)); `status` absent, `published` or
 * `derived`; `citations` absent or an array.
 */
export function checkRateTable(value: unknown, field: string): CheckedRateTable {
  const table = readObject(value, field);
  const year = readYear(own(table, 'year'), `${field}.year`);
  const ratesValue = own(table, 'rates');
  const rates = readObject(ratesValue, `${field}.rates`);
  for (const key of Object.keys(rates)) {
    if (!HIT_CODE_INFO.has(key)) {
      unknownCode(`${field}.rates.${key}`, `${describeValue(key)} is not a HIT G-code (G0068-G0070, G0088-G0090)`);
    }
    const cents = rates[key];
    // The field name is built only for the error (this runs on every hitPayment call).
    if (typeof cents !== 'number' || !Number.isSafeInteger(cents) || cents < 0) readCents(cents, `${field}.rates.${key}`);
  }
  const copy = rates as Readonly<Record<string, number>>;
  for (const category of CATEGORIES) {
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
  return {
    year,
    rates: copy,
    status: status as 'published' | 'derived' | undefined,
    citations: (citations as readonly Citation[] | undefined) ?? [],
  };
}

/** A warning when a national amount is outside the plausible range (amounts typed in dollars are the usual cause). */
export function implausibleRateWarning(code: string, cents: number): string | undefined {
  return cents < PLAUSIBLE_HIT_RATE_CENTS.min || cents > PLAUSIBLE_HIT_RATE_CENTS.max
    ? `rates.rates.${code}: ${cents} cents is outside the plausible $20-$2,000 range of a HIT visit amount; amounts are in cents (was it typed in dollars?)`
    : undefined;
}

/** Whether a value is a HitRateTable-shaped citation (id, title, url strings). */
export function isCitation(value: unknown): value is { id: string; title: string; url: string; section?: string } {
  if (value === null || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  return typeof v.id === 'string' && typeof v.title === 'string' && typeof v.url === 'string' &&
    (v.section === undefined || typeof v.section === 'string');
}

export type { HitRateTable };
