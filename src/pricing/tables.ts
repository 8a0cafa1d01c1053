/**
 * The CMS pricing quarters: choosing the one for a date of service (bundled or the caller's), an
 * index of its rows by code built once, and exact reading of the amounts CMS published as text.
 */
import type { Citation } from '../core/citation.js';
import type { IsoDate } from '../core/dates.js';
import { describeValue, invalidInput, noData } from '../core/errors.js';
import { lazy } from '../core/lazy.js';
import { getSource } from '../core/source-registry.js';
import { readObject } from '../core/validate.js';
import { loadPricingQuarters } from '../generated/pricing.js';
import type { AspTableRow, FeeScheduleRow, PricingTables } from './types.js';

/** A quarter with its rows indexed by HCPCS code. */
export interface IndexedTables {
  readonly tables: PricingTables;
  readonly dmepos: ReadonlyMap<string, readonly FeeScheduleRow[]>;
  readonly pen: ReadonlyMap<string, readonly FeeScheduleRow[]>;
  readonly asp: ReadonlyMap<string, AspTableRow>;
}

function byCode(rows: readonly FeeScheduleRow[]): Map<string, FeeScheduleRow[]> {
  const map = new Map<string, FeeScheduleRow[]>();
  for (const row of rows) {
    const list = map.get(row.hcpcs);
    if (list) list.push(row);
    else map.set(row.hcpcs, [row]);
  }
  return map;
}

/** Indexes a quarter's rows by code (once per bundled quarter; once per call for a caller's tables). */
export function indexTables(tables: PricingTables): IndexedTables {
  return {
    tables,
    dmepos: byCode(tables.dmepos.rows),
    pen: byCode(tables.pen.rows),
    asp: new Map(tables.asp.rows.map((row) => [row.hcpcs, row])),
  };
}

const BUNDLED: () => readonly IndexedTables[] = /* @__PURE__ */ lazy(() => loadPricingQuarters().map(indexTables));

/**
 * The quarters of CMS pricing files the library holds, ascending.
 *
 * @example
 * ```ts
 * pricingQuarters() // ['2025Q1']
 * ```
 */
export function pricingQuarters(): readonly string[] {
  return Object.freeze(BUNDLED().map((q) => q.tables.quarter));
}

/** The quarter id of a date: 2025-02-10 → 2025Q1. */
export function quarterOf(iso: IsoDate): string {
  return `${iso.slice(0, 4)}Q${Math.floor((Number(iso.slice(5, 7)) - 1) / 3) + 1}`;
}

function importHint(quarter: string): string {
  return (
    `import CMS's ${quarter} DMEPOS, PEN, rural ZIP and ASP files with ` +
    `\`npx tsx scripts/import-pricing.ts --quarter ${quarter} --dmepos … --pen … --rural … --asp …\` ` +
    '(docs/yearly-update.md) and rebuild, or pass that quarter as `tables`'
  );
}

/** Checks the outline of a caller's tables (each amount is checked where it is read). */
function checkTables(value: unknown): PricingTables {
  const tables = readObject(value, 'tables');
  for (const key of ['quarter', 'from', 'to'] as const) {
    if (typeof tables[key] !== 'string') invalidInput(`tables.${key}`, `must be a string, got ${describeValue(tables[key])}`);
  }
  for (const key of ['dmepos', 'pen', 'asp'] as const) {
    const part = readObject(tables[key], `tables.${key}`);
    if (!Array.isArray(part.rows)) invalidInput(`tables.${key}.rows`, 'must be an array of rows as scripts/import-pricing.ts writes them');
  }
  const rural = readObject(tables.ruralZip, 'tables.ruralZip');
  readObject(rural.zips, 'tables.ruralZip.zips');
  return value as PricingTables;
}

/**
 * The quarter that covers the date: the caller's `tables` (which must cover it), else the bundled
 * quarter. Throws `NO_DATA` naming the quarter and how to import it.
 */
export function tablesFor(dateOfService: IsoDate, tables: unknown, field = 'dateOfService'): IndexedTables {
  if (tables !== undefined) {
    const checked = checkTables(tables);
    if (dateOfService < checked.from || dateOfService > checked.to) {
      noData(field, `${dateOfService} is outside the tables given (${checked.quarter}: ${checked.from} to ${checked.to}); ${importHint(quarterOf(dateOfService))}`);
    }
    return indexTables(checked);
  }
  const found = BUNDLED().find((q) => q.tables.from <= dateOfService && dateOfService <= q.tables.to);
  if (!found) {
    const held = BUNDLED().map((q) => q.tables.quarter).join(', ') || 'none';
    noData(field, `no CMS pricing files held for ${dateOfService} (quarter ${quarterOf(dateOfService)}; held: ${held}): ${importHint(quarterOf(dateOfService))}`);
  }
  return found;
}

/** Dollars with two decimals as published ('301.20') to whole cents, exactly. */
export function centsOf(text: unknown, field: string): number {
  const match = typeof text === 'string' ? /^(\d{1,12})\.(\d{2})$/.exec(text) : null;
  if (!match) return invalidInput(field, `must be dollars with two decimals as CMS publishes them ('301.20'), got ${describeValue(text)}`);
  return Number(match[1]) * 100 + Number(match[2]);
}

/** Dollars with three decimals as published ('13.637') to thousandths of a dollar (mills), exactly. */
export function millsOf(text: unknown, field: string): number {
  const match = typeof text === 'string' ? /^(\d{1,12})\.(\d{3})$/.exec(text) : null;
  if (!match) return invalidInput(field, `must be dollars with three decimals as the ASP file publishes them ('13.637'), got ${describeValue(text)}`);
  return Number(match[1]) * 1000 + Number(match[2]);
}

/** A registry source as a citation, narrowed to a section. */
export function sourceCitation(id: string, section?: string): Citation {
  const source = getSource(id);
  if (!source) throw new Error(`source ${id} missing from the registry (data/sources/pricing.json)`);
  return Object.freeze({ id: source.id, title: source.title, url: source.url, ...(section !== undefined ? { section } : {}) });
}
