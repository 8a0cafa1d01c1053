import { noData } from '../core/errors.js';
import { lazy } from '../core/lazy.js';
import { readYear } from '../core/validate.js';
import { HIT_RATE_TABLES } from '../generated/hit-rates.js';
import type { HitRateTable } from './types.js';

const BY_YEAR: () => ReadonlyMap<number, HitRateTable> = /* @__PURE__ */ lazy(() => new Map(HIT_RATE_TABLES.map((table) => [table.year, table])));

/** The message `NO_DATA` carries when no verified table is held for a year. */
export function missingTableMessage(year: number): string {
  return (
    `the library holds no verified HIT national rate table for ${year}. ` +
    "Pass one as hitPayment({ rates: { year, rates: { G0068: cents, ... }, status: 'published' } }) " +
    "from CMS's yearly Home Infusion Therapy rate file, or add data/hit-rates/" +
    `${year}.json with scripts/import-hit-rates.ts (docs/yearly-update.md)`
  );
}

/** The bundled table for a year, or undefined (internal: lets callers name their own field in NO_DATA). */
export function bundledRateTable(year: number): HitRateTable | undefined {
  return BY_YEAR().get(year);
}

/**
 * Years with a bundled, cited HIT national rate table, ascending (empty while none is verified).
 *
 * @example
 * ```ts
 * hitRateYears().includes(2025) ? hitRates(2025) : undefined
 * ```
 */
export function hitRateYears(): readonly number[] {
  return YEARS();
}
const YEARS: () => readonly number[] = /* @__PURE__ */ lazy(() => Object.freeze([...BY_YEAR().keys()].sort((a, b) => a - b)));

/**
 * The bundled national unadjusted HIT payment amounts (cents by G-code) for a calendar year, with
 * status and citations. Throws `NO_DATA` (naming `year`) for a year with no verified table: CMS's
 * yearly rate files were not found in citable sources for any year yet, so today every year throws;
 * supply your own table to `hitPayment({ rates })`.
 *
 * @example
 * ```ts
 * try { hitRates(2026) } catch (e) { e.code // 'NO_DATA' }
 * ```
 */
export function hitRates(year: number): HitRateTable {
  const checked = readYear(year, 'year');
  return BY_YEAR().get(checked) ?? noData('year', missingTableMessage(checked));
}
