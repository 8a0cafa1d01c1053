import { toIsoDate, type IsoDate } from '../core/dates.js';
import { noData } from '../core/errors.js';
import { normalizeCode } from '../core/hcpcs.js';
import { inputReader } from '../core/validate.js';
import { millsOf, sourceCitation, type IndexedTables, tablesFor } from './tables.js';
import type { AspTableRow, DrugPaymentLimit, DrugPaymentLimitInput } from './types.js';

const readDrugInput = /* @__PURE__ */ inputReader(['hcpcs', 'dateOfService', 'tables'] as const);

/** The message for a drug the ASP file does not list (ASP file note 2; contractor pricing). */
export function contractorPricedMessage(code: string, quarter: string, file: string): string {
  return `${code} is not in CMS's ASP pricing file for ${quarter} (${file}): it is priced by the contractor (the DME MAC or A/B MAC processing the claim), not by this library`;
}

/** The ASP row for a code, or `NO_DATA` saying the contractor prices it. */
export function aspRowFor(indexed: IndexedTables, code: string, field: string): AspTableRow {
  const row = indexed.asp.get(code);
  if (!row) noData(field, contractorPricedMessage(code, indexed.tables.quarter, indexed.tables.asp.source.file));
  return row;
}

/** The file's co-insurance percentage as a number (three decimals as published: '19.810' → 19.81). */
export function coinsuranceOf(row: AspTableRow, field: string): number {
  return millsOf(row.coinsurancePercent, field) / 1000;
}

/** drugPaymentLimit's answer from an indexed quarter (shared with priceClaim). */
export function limitFor(indexed: IndexedTables, code: string, field: string): DrugPaymentLimit {
  const row = aspRowFor(indexed, code, field);
  millsOf(row.paymentLimit, `tables.asp.rows(${code}).paymentLimit`);
  return Object.freeze({
    hcpcs: code,
    billingUnit: row.dosage,
    limitPerUnit: Object.freeze({ dollars: row.paymentLimit }),
    coinsurancePercent: coinsuranceOf(row, `tables.asp.rows(${code}).coinsurancePercent`),
    quarter: indexed.tables.quarter,
    citations: Object.freeze([indexed.tables.asp.source.citation, sourceCitation('cfr-42-414.904', '(a)')]),
  });
}

/**
 * The Medicare Part B payment limit per billing unit of a drug, exactly as CMS's ASP pricing file
 * for the quarter of the date of service publishes it (106% of ASP, already in the file's limit), and
 * the file's co-insurance percentage (20, or an inflation-adjusted figure such as 19.81).
 *
 * Throws `NO_DATA` for a date outside every held quarter (naming the quarter and the import command)
 * and for a drug the file does not list: such a drug is priced by the contractor, never guessed here.
 *
 * @example
 * ```ts
 * const limit = drugPaymentLimit({ hcpcs: 'J1559', dateOfService: '2025-02-10' })
 * limit.billingUnit          // '100 MG'
 * limit.limitPerUnit.dollars // '13.637'
 * limit.coinsurancePercent   // 19.81 (inflation-adjusted in January 2025)
 * ```
 */
export function drugPaymentLimit(input: DrugPaymentLimitInput): DrugPaymentLimit {
  const fields = readDrugInput(input, 'input');
  const dateOfService: IsoDate = toIsoDate(fields.dateOfService, 'dateOfService');
  const code = normalizeCode(fields.hcpcs, 'hcpcs');
  return limitFor(tablesFor(dateOfService, fields.tables), code, 'hcpcs');
}
