import { getCode } from '../catalog/getCode.js';
import type { Citation } from '../core/citation.js';
import { toIsoDate, type IsoDate } from '../core/dates.js';
import { describeValue, invalidInput, noData } from '../core/errors.js';
import { normalizeCode } from '../core/hcpcs.js';
import { formatUsd, money } from '../core/money.js';
import { percentOf, step, type Step } from '../core/payment.js';
import { inputReader } from '../core/validate.js';
import { centsOf, sourceCitation, tablesFor, type IndexedTables } from './tables.js';
import type { DmeposFee, DmeposFeeInput, FeeCategory, FeeScheduleRow } from './types.js';

const readDmeposFeeInput = /* @__PURE__ */ inputReader(['hcpcs', 'modifiers', 'dateOfService', 'state', 'zip', 'rural', 'rentalMonth', 'tables'] as const);

/** DMEREAD 2025, CATG column: the payment categories this library names. */
const CATEGORIES: Readonly<Record<string, FeeCategory>> = { CR: 'capped-rental', FS: 'frequently-serviced', IN: 'inexpensive-routinely-purchased', SU: 'supplies', OX: 'oxygen' };
/** DMEREAD 2025, JURIS column. */
const JURISDICTIONS: Readonly<Record<string, DmeposFee['jurisdiction']>> = { D: 'dme-mac', L: 'ab-mac', J: 'joint' };

/** DMEBACK 2025: capped rental is paid for at most 13 months of continuous use; from month 4, 75%. */
export const CAPPED_RENTAL_MONTHS = 13;
export const CAPPED_RENTAL_FULL_MONTHS = 3;
export const CAPPED_RENTAL_LATER_PERCENT = 75;

/** Reads modifiers: an array of two-character codes, upper-cased. */
export function readModifiers(value: unknown, field: string): readonly string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) return invalidInput(field, `must be an array of two-character modifiers, got ${describeValue(value)}`);
  return value.map((m: unknown, i) => {
    const text = typeof m === 'string' ? m.trim().toUpperCase() : '';
    if (!/^[A-Z0-9]{2}$/.test(text)) invalidInput(`${field}[${i}]`, `must be a two-character modifier such as 'RR', got ${describeValue(m)}`);
    return text;
  });
}

/** Reads a state: a two-letter postal code that is a column of the fee schedule. */
export function readState(value: unknown, states: readonly string[], field: string): string {
  const state = typeof value === 'string' ? value.trim().toUpperCase() : '';
  if (!states.includes(state)) invalidInput(field, `must be a two-letter state code of the fee schedule (${states.join(', ')}), got ${describeValue(value)}`);
  return state;
}

/** Whether the beneficiary's area is rural: `rural` as given, or the ZIP looked up in CMS's rural ZIP file. */
export function readRural(indexed: IndexedTables, state: string, zip: unknown, rural: unknown, prefix: string): { rural: boolean; step: Step } {
  const file = indexed.tables.ruralZip.source.file;
  if (rural !== undefined) {
    if (typeof rural !== 'boolean') invalidInput(`${prefix}rural`, `must be true or false, got ${describeValue(rural)}`);
    return { rural, step: step('Rural area (as given)', rural ? 'yes' : 'no') };
  }
  if (zip === undefined) return invalidInput(`${prefix}zip`, "give zip (looked up in CMS's rural ZIP file) or rural");
  const match = typeof zip === 'string' ? /^(\d{5})(?:-\d{4})?$/.exec(zip.trim()) : null;
  if (!match) return invalidInput(`${prefix}zip`, `must be a five-digit ZIP code (or ZIP+4), got ${describeValue(zip)}`);
  const zip5 = match[1] as string;
  const listed = indexed.tables.ruralZip.zips[state];
  const isRural = typeof listed === 'string' && ` ${listed} `.includes(` ${zip5} `);
  return { rural: isRural, step: step(`Rural area: ZIP ${zip5} ${isRural ? 'is' : 'is not'} listed for ${state} in ${file}`, isRural ? 'yes' : 'no') };
}

/** A fee schedule row and the file (DMEPOS or PEN) it is in. */
interface FileRow {
  readonly row: FeeScheduleRow;
  readonly inPen: boolean;
}

/**
 * The row for the modifiers given, over the code's rows in both files: every modifier of the row
 * among them, the most specific row winning. A code can be in both files: E0776 (IV pole) is in the
 * DMEPOS file (NU, RR, UE) and in the PEN file with BA or KE (NU BA, RR BA, ...), and the PEN file
 * holds "all current year active codes subject to PEN fee schedule payment rules" (DMEREAD 2025,
 * attachment A-3), so E0776 RR BA is priced from the PEN file's RR BA row and E0776 RR from the DMEPOS
 * file's RR row.
 */
function chooseRow(rows: readonly FileRow[], modifiers: readonly string[], code: string, field: string): FileRow {
  const fitting = rows.filter(({ row }) => row.modifiers.every((m) => modifiers.includes(m)));
  const best = fitting.reduce((most, { row }) => Math.max(most, row.modifiers.length), -1);
  const chosen = fitting.filter(({ row }) => row.modifiers.length === best);
  const offered = rows.map(({ row }) => (row.modifiers.length > 0 ? row.modifiers.join('+') : '(none)')).join(', ');
  if (chosen.length === 0) return invalidInput(field, `${code} is priced per modifier (${offered}); give the one that applies, e.g. RR for a rental, NU new purchase, UE used purchase`);
  if (chosen.length > 1) return invalidInput(field, `${code}: modifiers ${modifiers.join(', ')} fit several rows (${offered}); give exactly one pricing modifier`);
  return chosen[0] as FileRow;
}

/** What dmeposFee answers, from an indexed quarter and read inputs (shared with priceClaim). */
export function feeFor(
  indexed: IndexedTables,
  code: string,
  modifiers: readonly string[],
  dateOfService: IsoDate,
  state: string,
  area: { rural: boolean; step: Step },
  rentalMonthValue: unknown,
  prefix: string,
): DmeposFee & { basis: 'dmepos-fee' | 'pen-fee' } {
  const { tables } = indexed;
  const rows: FileRow[] = [
    ...(indexed.dmepos.get(code) ?? []).map((row) => ({ row, inPen: false })),
    ...(indexed.pen.get(code) ?? []).map((row) => ({ row, inPen: true })),
  ];
  if (rows.length === 0) noData(`${prefix}hcpcs`, `${code} is in neither the DMEPOS nor the PEN fee schedule held for ${tables.quarter}`);
  const { row, inPen } = chooseRow(rows, modifiers, code, `${prefix}modifiers`);
  const fromDmepos = !inPen;
  const file = fromDmepos ? tables.dmepos : tables.pen;
  const info = getCode(code, { asOf: dateOfService });
  let category: FeeCategory;
  let jurisdiction: DmeposFee['jurisdiction'];
  if (fromDmepos) {
    category = CATEGORIES[row.catg ?? ''] ?? 'other';
    jurisdiction = JURISDICTIONS[row.juris ?? ''] ?? noData(`${prefix}hcpcs`, `${code}: JURIS ${describeValue(row.juris)} is not D, L or J`);
  } else {
    // The PEN file has no CATG or JURIS column: the catalog says which benefit and contractor.
    category = info?.benefits.includes('part-b-pn') ? 'parenteral-nutrition' : 'other';
    jurisdiction = info?.billTo ?? noData(`${prefix}hcpcs`, `${code}: the PEN file names no contractor and the catalog does not hold ${code}`);
  }
  const amounts = row.fees[state];
  if (!amounts) return noData(`${prefix}state`, `${file.source.file} has no ${state} column for ${code}`);
  const label = `${code}${row.modifiers.length > 0 ? ` ${row.modifiers.join(' ')}` : ''}`;
  const fieldOf = `tables.${file.kind}.rows(${label}).fees.${state}`;
  const nonRural = centsOf(amounts[0], `${fieldOf}[0]`);
  const ruralAmount = centsOf(amounts[1], `${fieldOf}[1]`);
  const steps: Step[] = [area.step];
  let fee: number;
  if (area.rural && ruralAmount > 0) {
    fee = ruralAmount;
    steps.push(step(`Fee schedule amount, ${label}, ${state} rural column (${file.source.file}, ${tables.quarter})`, formatUsd(fee)));
  } else {
    fee = nonRural;
    steps.push(step(`Fee schedule amount, ${label}, ${state} non-rural column (${file.source.file}, ${tables.quarter})`, formatUsd(fee)));
    // DMEREAD 2025: codes without a separate rural amount have fee schedule amounts only in the NR column.
    if (area.rural) steps.push(step('Rural column is 0.00: no separate rural amount, the non-rural amount applies', formatUsd(fee)));
  }
  if (fee === 0) noData(`${prefix}hcpcs`, `${file.source.file} gives no amount (0.00) for ${label} in ${state}`);

  const warnings: string[] = [];
  const citations: Citation[] = [file.source.citation, sourceCitation('cms-dmeread-2025', 'JURIS and CATG columns; NR and R columns')];
  if (area.step.label.startsWith('Rural area: ZIP')) citations.push(tables.ruralZip.source.citation);
  if (category === 'capped-rental') {
    const month = readRentalMonth(rentalMonthValue, `${prefix}rentalMonth`, true) as number;
    citations.push(sourceCitation('cms-dmeback-2025', 'Capped rental items'));
    if (month <= CAPPED_RENTAL_FULL_MONTHS) {
      steps.push(step(`Capped rental month ${month} (months 1-3: the full fee)`, formatUsd(fee)));
    } else if (month <= CAPPED_RENTAL_MONTHS) {
      fee = percentOf(fee, CAPPED_RENTAL_LATER_PERCENT);
      steps.push(step(`Capped rental month ${month} (months 4-13: 75% of the fee, rounded half-up)`, formatUsd(fee)));
    } else {
      fee = 0;
      steps.push(step(`Capped rental month ${month}: after 13 months no rental is paid (the beneficiary owns the item)`, formatUsd(fee)));
      warnings.push(`${code}: rental month ${month} is after the 13-month capped rental period; Medicare pays no further rental (DMEBACK 2025).`);
    }
  } else if (category === 'frequently-serviced') {
    readRentalMonth(rentalMonthValue, `${prefix}rentalMonth`, false);
    citations.push(sourceCitation('cfr-42-414.222', '(b)'));
    steps.push(step('Frequently serviced: the fee is paid monthly while medically necessary', formatUsd(fee)));
  } else if (category === 'inexpensive-routinely-purchased' && row.modifiers.includes('RR')) {
    citations.push(sourceCitation('cms-dmeback-2025', 'Inexpensive or other routinely purchased items'));
    const month = readRentalMonth(rentalMonthValue, `${prefix}rentalMonth`, false);
    const purchase = rows.filter((r) => r.inPen === inPen).map((r) => r.row).find((r) => r.modifiers.length === row.modifiers.length && r.modifiers.includes('NU') && row.modifiers.every((m) => m === 'RR' || r.modifiers.includes(m)));
    if (month !== undefined && purchase) {
      // DMEBACK 2025: total rental payments cannot exceed the purchase-new fee.
      const newFee = centsOf(purchase.fees[state]?.[area.rural && purchase.fees[state]?.[1] !== '0.00' ? 1 : 0], `${fieldOf} (NU)`);
      const paidBefore = Math.min(newFee, fee * (month - 1));
      const capped = Math.max(0, Math.min(fee, newFee - paidBefore));
      if (capped !== fee) {
        steps.push(step(`Rental month ${month}: total rentals capped at the purchase-new fee ${formatUsd(newFee)} (paid in months 1-${month - 1}: ${formatUsd(paidBefore)})`, formatUsd(capped)));
        fee = capped;
      }
    } else if (month === undefined) {
      warnings.push(`${code}: total rental payments of an inexpensive or routinely purchased item cannot exceed its purchase-new fee (DMEBACK 2025); give rentalMonth to apply the cap.`);
    }
  } else if (category === 'parenteral-nutrition') {
    citations.push(sourceCitation('cms-dmeback-2025', 'Parenteral and enteral nutrition: a national fee schedule'));
  } else {
    readRentalMonth(rentalMonthValue, `${prefix}rentalMonth`, false);
  }
  return Object.freeze({
    hcpcs: code,
    modifiers: Object.freeze([...row.modifiers]),
    category,
    jurisdiction,
    fee: money(fee),
    quarter: tables.quarter,
    rural: area.rural,
    steps: Object.freeze(steps),
    warnings: Object.freeze(warnings),
    citations: Object.freeze(citations),
    basis: fromDmepos ? 'dmepos-fee' : 'pen-fee',
  });
}

function readRentalMonth(value: unknown, field: string, required: boolean): number | undefined {
  if (value === undefined) {
    return required ? invalidInput(field, 'required for a capped rental item: the 1-based month of continuous rental (months 1-3 full fee, 4-13 75%)') : undefined;
  }
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > 999) {
    invalidInput(field, `must be a whole month number from 1, got ${describeValue(value)}`);
  }
  return value as number;
}

/**
 * The DMEPOS (or PEN) fee schedule amount for an item in a state, from CMS's files for the quarter of
 * the date of service, after the payment-class rule, with the arithmetic in `steps`.
 *
 * - Row: the file's row for the code whose modifiers are all among `modifiers` (NU, UE, RR, KF, …; the
 *   most specific one wins); the PEN file when the DMEPOS file has no row (parenteral nutrition).
 * - Column: the `state`'s non-rural column, or its rural column when the area is rural (`rural`, or
 *   `zip` listed in CMS's rural ZIP file); a rural `0.00` means the non-rural amount (DMEREAD 2025).
 * - Class (CATG): capped rental needs `rentalMonth` (1-3 the fee, 4-13 75% rounded half-up, after 13
 *   nothing); frequently serviced is monthly; inexpensive/routinely purchased rentals stop at the
 *   purchase-new fee when `rentalMonth` is given (DMEBACK 2025).
 * - Throws `NO_DATA` for a date outside every held quarter (naming the quarter and the import
 *   command), a code in neither file, or a 0.00 amount; `INVALID_INPUT` naming the field otherwise.
 *
 * @example
 * ```ts
 * const fee = dmeposFee({ hcpcs: 'E0781', modifiers: ['RR'], dateOfService: '2025-02-10', state: 'AL', rural: false, rentalMonth: 5 })
 * fee.category   // 'capped-rental'
 * fee.fee.usd    // '$225.90'  (75% of the Alabama non-rural RR amount, $301.20, in CMS's January 2025 file)
 * ```
 */
export function dmeposFee(input: DmeposFeeInput): DmeposFee {
  const fields = readDmeposFeeInput(input, 'input');
  const dateOfService = toIsoDate(fields.dateOfService, 'dateOfService');
  const code = normalizeCode(fields.hcpcs, 'hcpcs');
  const modifiers = readModifiers(fields.modifiers, 'modifiers');
  const indexed = tablesFor(dateOfService, fields.tables);
  const state = readState(fields.state, indexed.tables.dmepos.states, 'state');
  const area = readRural(indexed, state, fields.zip, fields.rural, '');
  const { basis: _basis, ...fee } = feeFor(indexed, code, modifiers, dateOfService, state, area, fields.rentalMonth, '');
  return Object.freeze(fee);
}
