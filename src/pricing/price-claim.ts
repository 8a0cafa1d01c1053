import { getCode } from '../catalog/getCode.js';
import { classify } from '../classify/classify.js';
import { classifyRuleTable } from '../classify/rule-table.js';
import type { Citation } from '../core/citation.js';
import { toIsoDate, yearOf, type IsoDate } from '../core/dates.js';
import { describeValue, invalidInput, MedicareInputError, noData } from '../core/errors.js';
import { normalizeCode } from '../core/hcpcs.js';
import { formatUsd, money, readCents, type Money } from '../core/money.js';
import { splitPayment, step, type Step } from '../core/payment.js';
import { CLAIM_LINE_KEYS } from '../core/claim-line.js';
import { inputReader } from '../core/validate.js';
import { hitPayment } from '../hit/hitPayment.js';
import { medicareParameters } from '../parameters/parameters.js';
import { feeFor, readModifiers, readRural, readState } from './dmepos-fee.js';
import { coinsuranceOf, contractorPricedMessage } from './drug-payment-limit.js';
import { millsOf, quarterOf, sourceCitation, tablesFor, type IndexedTables } from './tables.js';
import type { PriceClaimInput, PricedClaim, PricedLine, PricingBasis } from './types.js';

const readPriceClaimInput = /* @__PURE__ */ inputReader(['lines', 'state', 'zip', 'rural', 'deductibleRemainingCents', 'hitRates', 'gaf', 'tables'] as const);
// Every claim-line field is accepted (a checkClaim or readX12Claims line prices as it is); the ones priced are read.
const readLine = /* @__PURE__ */ inputReader(CLAIM_LINE_KEYS);

/** Benefits priced from CMS's DMEPOS, PEN and ASP files. */
const FILE_PRICED = new Set(['part-b-dme', 'part-b-ivig', 'part-b-pn']);

function readUnits(value: unknown, field: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > 9999) {
    return invalidInput(field, `must be a whole number of units from 1 to 9999, got ${describeValue(value)}`);
  }
  return value;
}

/** A line not priced, and why. */
function notPriced(line: number, hcpcs: string, reason: string): PricedLine {
  return Object.freeze({ line, hcpcs, basis: 'not-priced', steps: Object.freeze([]), reason });
}

/**
 * A52507: "Effective for claims with dates of service on or after July 1, 2023, a beneficiary's
 * coinsurance for a month's supply of insulin (J1811, J1813 or J1817) furnished through an external
 * insulin infusion pump (E0784) is not to exceed $35." The cap is per month's supply: JL (a
 * three-month supply) caps at three times it (derived), JK or no modifier at once. Medicare pays the
 * rest; the deductible is not part of the coinsurance.
 */
function capInsulinCoinsurance(line: PricedLine, code: string, date: string, modifiers: readonly string[], cite: (c: readonly Citation[]) => void): PricedLine {
  const cap = classifyRuleTable().insulinCoinsuranceCap;
  if (date < cap.from || !line.beneficiaryPays || !line.medicarePays) return line;
  const insulin = classifyRuleTable().rules.some((r) => r.indication === cap.indication && r.codes.includes(code));
  if (!insulin) return line;
  const months = modifiers.includes('JL') ? 3 : 1;
  const deductible = line.deductibleApplied?.cents ?? 0;
  const coinsurance = line.beneficiaryPays.cents - deductible;
  const max = cap.maxCentsPerMonth * months;
  if (coinsurance <= max) return line;
  cite(cap.citations);
  const beneficiary = deductible + max;
  const basis = line.beneficiaryPays.cents + line.medicarePays.cents;
  return Object.freeze({
    ...line,
    medicarePays: money(basis - beneficiary),
    beneficiaryPays: money(beneficiary),
    steps: Object.freeze([
      ...line.steps,
      step(`Insulin through an external insulin pump: coinsurance capped at ${formatUsd(cap.maxCentsPerMonth)} a month's supply x ${months} (${months === 3 ? 'JL' : 'JK'}; A52507)`, formatUsd(max)),
      step('Beneficiary pays deductible + capped coinsurance', formatUsd(beneficiary)),
      step('Medicare pays the rest of the basis', formatUsd(basis - beneficiary)),
    ]),
  });
}

/** A priced line: the payment of `allowed` after the deductible still unmet, with every step. */
function priced(
  line: number,
  hcpcs: string,
  basis: PricingBasis,
  steps: Step[],
  allowedCents: number,
  chargeCents: number | undefined,
  deductibleRemaining: number,
  coinsurancePercent?: number,
): PricedLine {
  const split = splitPayment({ allowedCents, chargeCents, deductibleRemainingCents: deductibleRemaining, ...(coinsurancePercent !== undefined ? { coinsurancePercent } : {}) });
  return Object.freeze({
    line,
    hcpcs,
    basis,
    allowed: money(split.basisCents),
    deductibleApplied: split.deductibleApplied,
    medicarePays: split.medicarePays,
    beneficiaryPays: split.beneficiaryPays,
    steps: Object.freeze([...steps, ...split.steps]),
  });
}

/**
 * Prices a home infusion claim line by line from CMS's files for the quarter of each date of service,
 * with the arithmetic in each line's `steps`.
 *
 * - Which lines are priced comes from the coverage model through the public `classify` (and `getCode`):
 *   external infusion pump items (drug, pump, supplies) and IVIG in the home from the DMEPOS fee
 *   schedule or the ASP file, parenteral nutrition from the PEN fee schedule, HIT visits through
 *   `hitPayment` when `hitRates` is given. S-codes, Part D drugs and anything classify calls not
 *   covered, or not billed to Medicare Part B this way, are `not-priced` with the reason.
 * - Pump, supplies, PEN: fee schedule amount (see dmeposFee) × units. Drugs: the ASP payment limit per
 *   billing unit × units, rounded half-up; a drug missing from the file is `not-priced`, "priced by
 *   the contractor". Each line: basis = lesser of its `chargeCents` and the allowed amount.
 * - Part B deductible: `deductibleRemainingCents`, or the year's whole deductible
 *   (`medicareParameters`) with a warning, taken from the lines in order; Medicare pays 80% of the
 *   rest (the ASP file's coinsurance percentage for drugs, e.g. 19.81% beneficiary share).
 * - Throws `NO_DATA` for a date of service outside every held quarter (naming it and the import
 *   command), `INVALID_INPUT` naming the field (`lines[2].rentalMonth`, an unknown key) otherwise.
 *
 * @example
 * ```ts
 * const claim = priceClaim({
 *   state: 'AL', rural: false, deductibleRemainingCents: 0,
 *   lines: [
 *     { hcpcs: 'E0781', modifiers: ['RR'], units: 1, dateOfService: '2025-02-10', rentalMonth: 5 },
 *     { hcpcs: 'A4222', units: 1, dateOfService: '2025-02-10' },
 *   ],
 * })
 * claim.lines[0].allowed?.usd  // '$225.90' (75% of $301.20, capped rental month 5)
 * claim.totals.medicarePays.usd
 * ```
 */
export function priceClaim(input: PriceClaimInput): PricedClaim {
  const fields = readPriceClaimInput(input, 'input');
  if (!Array.isArray(fields.lines)) invalidInput('lines', `must be an array of claim lines, got ${describeValue(fields.lines)}`);
  const rawLines = fields.lines as readonly unknown[];
  const warnings: string[] = [];
  const citations = new Map<string, Citation>();
  const cite = (list: readonly Citation[]) => {
    for (const c of list) citations.set(`${c.id}|${c.section ?? ''}`, c);
  };

  const lines = rawLines.map((raw, i) => {
    const prefix = `lines[${i}].`;
    const line = readLine(raw, `lines[${i}]`);
    return {
      number: i + 1,
      prefix,
      code: normalizeCode(line.hcpcs, `${prefix}hcpcs`),
      modifiers: readModifiers(line.modifiers, `${prefix}modifiers`),
      units: readUnits(line.units, `${prefix}units`),
      dateOfService: toIsoDate(line.dateOfService, `${prefix}dateOfService`) as IsoDate,
      chargeCents: line.chargeCents === undefined ? undefined : readCents(line.chargeCents, `${prefix}chargeCents`),
      rentalMonth: line.rentalMonth,
    };
  });

  let deductibleRemaining: number;
  if (fields.deductibleRemainingCents !== undefined) {
    deductibleRemaining = readCents(fields.deductibleRemainingCents, 'deductibleRemainingCents');
  } else if (lines.length > 0) {
    // The earliest year by a loop, not Math.min(...spread): a spread of a large claim's lines
    // overflows the call stack.
    const year = lines.reduce((earliest, l) => Math.min(earliest, yearOf(l.dateOfService)), Infinity);
    let parameters;
    try {
      parameters = medicareParameters(year);
    } catch (error) {
      // The default needs the year's deductible; where the library holds none, that is missing data
      // (NO_DATA), and the caller can still give the amount.
      if (error instanceof MedicareInputError) noData('deductibleRemainingCents', `not given, and its default (the whole ${year} Part B deductible) is not held: ${error.message}. Pass deductibleRemainingCents.`);
      throw error;
    }
    deductibleRemaining = parameters.partB.deductible.cents;
    warnings.push(`No deductibleRemainingCents given: the whole ${year} Part B deductible (${parameters.partB.deductible.usd}) is assumed unmet and taken from the lines in order.`);
    cite(parameters.sources['partB.deductible'] ?? parameters.citations);
  } else deductibleRemaining = 0;
  if (new Set(lines.map((l) => yearOf(l.dateOfService))).size > 1) {
    warnings.push('The lines span more than one calendar year; the Part B deductible is counted as one amount across them.');
  }

  // Per claim: each quarter indexed once, the area's rural status read once per quarter.
  const quarters = new Map<string, { indexed: IndexedTables; state?: string; area?: ReturnType<typeof readRural> }>();
  const quarterFor = (date: IsoDate, field: string) => {
    const key = quarterOf(date);
    let entry = quarters.get(key);
    if (!entry) {
      entry = { indexed: tablesFor(date, fields.tables, field) };
      quarters.set(key, entry);
    }
    return entry;
  };

  const priceLine = (l: (typeof lines)[number]): PricedLine => {
    let classification;
    try {
      classification = classify({ hcpcs: l.code, dateOfService: l.dateOfService });
    } catch (error) {
      if (error instanceof MedicareInputError) return notPriced(l.number, l.code, `not classified: ${error.message}`);
      throw error;
    }
    const benefit = classification.benefit;
    if (benefit === 'part-b-hit') {
      if (fields.hitRates === undefined) {
        return notPriced(l.number, l.code, "HIT services are priced from CMS's yearly HIT national rates, which the library does not hold: pass hitRates (and gaf) to price this line");
      }
      if (l.units !== 1) return notPriced(l.number, l.code, `a HIT services line is one visit day (42 CFR 414.1550); got ${l.units} units`);
      const hit = hitPayment({
        dateOfService: l.dateOfService,
        code: l.code,
        rates: fields.hitRates as never,
        ...(fields.gaf !== undefined ? { gaf: fields.gaf as number } : {}),
        ...(l.chargeCents !== undefined ? { chargeCents: l.chargeCents } : {}),
        deductibleRemainingCents: deductibleRemaining,
      });
      deductibleRemaining -= hit.deductibleApplied.cents;
      cite(hit.citations);
      for (const w of hit.warnings) warnings.push(`line ${l.number} (${l.code}): ${w}`);
      return Object.freeze({
        line: l.number,
        hcpcs: l.code,
        basis: 'hit',
        allowed: money(Math.min(hit.allowed.cents, l.chargeCents ?? hit.allowed.cents)),
        deductibleApplied: hit.deductibleApplied,
        medicarePays: hit.medicarePays,
        beneficiaryPays: hit.beneficiaryPays,
        steps: hit.steps,
      });
    }
    if (!FILE_PRICED.has(benefit)) {
      const why = classification.reasons.map((r) => r.message).join(' ');
      return notPriced(l.number, l.code, `not priced as a Part B home infusion line: classify says ${benefit}${classification.billTo ? ` (bill to ${classification.billTo})` : ''}. ${why}`.trim());
    }
    const entry = quarterFor(l.dateOfService, `${l.prefix}dateOfService`);
    const { indexed } = entry;
    const info = getCode(l.code, { asOf: l.dateOfService });
    if (info?.kind === 'drug') {
      const row = indexed.asp.get(l.code);
      if (!row) return notPriced(l.number, l.code, contractorPricedMessage(l.code, indexed.tables.quarter, indexed.tables.asp.source.file));
      const limitMills = millsOf(row.paymentLimit, `tables.asp.rows(${l.code}).paymentLimit`);
      // Mills × units to cents, half-up: (mills × units + 5) / 10, exact in integers.
      const allowed = Math.floor((limitMills * l.units + 5) / 10);
      const coinsurance = coinsuranceOf(row, `tables.asp.rows(${l.code}).coinsurancePercent`);
      cite([indexed.tables.asp.source.citation, sourceCitation('cfr-42-414.904', '(a)')]);
      const result = priced(
        l.number,
        l.code,
        'asp',
        [
          step(`ASP payment limit per ${row.dosage}, ${l.code} (${indexed.tables.asp.source.file}, ${indexed.tables.quarter})`, `$${row.paymentLimit}`),
          step(`Allowed = limit x ${l.units} unit(s), rounded half-up to the cent`, formatUsd(allowed)),
          ...(coinsurance !== 20 ? [step(`Co-insurance percentage in the ASP file${row.notes ? ` (${row.notes})` : ''}`, `${coinsurance}%`)] : []),
        ],
        allowed,
        l.chargeCents,
        deductibleRemaining,
        coinsurance,
      );
      deductibleRemaining -= result.deductibleApplied?.cents ?? 0;
      return capInsulinCoinsurance(result, l.code, l.dateOfService, l.modifiers, cite);
    }
    entry.state ??= readState(fields.state, indexed.tables.dmepos.states, 'state');
    entry.area ??= readRural(indexed, entry.state, fields.zip, fields.rural, '');
    let fee;
    try {
      fee = feeFor(indexed, l.code, l.modifiers, l.dateOfService, entry.state, entry.area, l.rentalMonth, l.prefix);
    } catch (error) {
      if (error instanceof MedicareInputError && error.code === 'NO_DATA') return notPriced(l.number, l.code, error.message);
      throw error;
    }
    cite([...fee.citations, sourceCitation('ssa-1834a', '(a)(1)(A)-(B)')]);
    for (const w of fee.warnings) warnings.push(`line ${l.number} (${l.code}): ${w}`);
    const allowed = fee.fee.cents * l.units;
    const result = priced(
      l.number,
      l.code,
      fee.basis,
      [...fee.steps, step(`Allowed = fee x ${l.units} unit(s)`, formatUsd(allowed))],
      allowed,
      l.chargeCents,
      deductibleRemaining,
    );
    deductibleRemaining -= result.deductibleApplied?.cents ?? 0;
    return result;
  };

  const pricedLines = lines.map(priceLine);
  const total = (pick: (line: PricedLine) => Money | undefined) => money(pricedLines.reduce((sum, line) => sum + (pick(line)?.cents ?? 0), 0));
  return Object.freeze({
    lines: Object.freeze(pricedLines),
    totals: Object.freeze({
      allowed: total((l) => l.allowed),
      medicarePays: total((l) => l.medicarePays),
      beneficiaryPays: total((l) => l.beneficiaryPays),
    }),
    warnings: Object.freeze(warnings),
    citations: Object.freeze([...citations.values()]),
  });
}
