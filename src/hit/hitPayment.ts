import { attachDisplay, displayMethod } from '../core/display.js';
import type { HitCategory } from '../core/benefit.js';
import type { Citation } from '../core/citation.js';
import { toIsoDate, yearOf } from '../core/dates.js';
import { describeValue, invalidInput, noData, unknownCode } from '../core/errors.js';
import { normalizeCode } from '../core/hcpcs.js';
import { money, readCents, type Money } from '../core/money.js';
import { scaleCents, splitPayment, step, type Step } from '../core/payment.js';
import { lazy } from '../core/lazy.js';
import { inputReader } from '../core/validate.js';
import { hitCitations } from './citations.js';
import { HIT_CODE_INFO, HIT_CODES, PERMANENT_START, TTP_START, type HitCodeInfo } from './codes.js';
import { bundledRateTable, missingTableMessage } from './hitRates.js';
import { checkRateTable, implausibleRateWarning, type CheckedRateTable } from './rateTable.js';
import type { HitPayment, HitPaymentInput, HitVisit } from './types.js';

/** Medicare's share of the payment basis after the deductible (42 CFR 414.1550(a)). */
export const HIT_MEDICARE_PERCENT = 80;

/** A GAF outside this range draws a warning (GAFs sit near 1; a typing slip is the usual cause). */
export const PLAUSIBLE_GAF = Object.freeze({ min: 0.5, max: 2.0 });

const readHitPaymentInput = /* @__PURE__ */ inputReader(['dateOfService', 'code', 'category', 'visit', 'gaf', 'locality', 'chargeCents', 'deductibleRemainingCents', 'rates'] as const);
type Fields = ReturnType<typeof readHitPaymentInput>;

function resolveCode(input: Fields): HitCodeInfo {
  const { code: rawCode, category, visit } = input;
  if (category !== undefined && category !== 1 && category !== 2 && category !== 3) {
    invalidInput('category', `must be 1, 2 or 3, got ${describeValue(category)}`);
  }
  if (visit !== undefined && visit !== 'initial' && visit !== 'subsequent') {
    invalidInput('visit', `must be 'initial' or 'subsequent', got ${describeValue(visit)}`);
  }
  if (rawCode !== undefined) {
    // A canonical code ('G0068') is looked up as given; anything else is trimmed, upper-cased and checked.
    const code = typeof rawCode === 'string' && HIT_CODE_INFO.has(rawCode) ? rawCode : normalizeCode(rawCode, 'code');
    const info = HIT_CODE_INFO.get(code);
    if (!info) return unknownCode('code', `${code} is not a HIT services G-code (G0068-G0070, G0088-G0090)`);
    if (category !== undefined && category !== info.category) {
      invalidInput('category', `${category} disagrees with code ${code}, which is category ${info.category}`);
    }
    if (visit !== undefined && visit !== info.visit) {
      invalidInput('visit', `'${String(visit)}' disagrees with code ${code}, which is the ${info.visit} visit code`);
    }
    return info;
  }
  if (category === undefined) return invalidInput('category', 'required when code is not given (1, 2 or 3)');
  if (visit === undefined) return invalidInput('visit', "required when code is not given ('initial' or 'subsequent')");
  return HIT_CODE_INFO.get(HIT_CODES[category as HitCategory][visit as HitVisit]) as HitCodeInfo;
}

/** The gaf as given (undefined when absent), after checking `gaf` and `locality`. */
function readGaf(input: Fields): number | undefined {
  const { gaf, locality } = input;
  if (gaf !== undefined && locality !== undefined) invalidInput('locality', 'give gaf or locality, not both');
  if (locality !== undefined) {
    if (typeof locality !== 'string' || locality.trim() === '') {
      invalidInput('locality', `must be a locality id string, got ${describeValue(locality)}`);
    }
    noData(
      'locality',
      `no GAF held for locality ${describeValue(locality)}: CMS's HIT GAF files were not found in citable sources; pass gaf (the locality's GAF from CMS's yearly HIT GAF file) instead`,
    );
  }
  if (gaf === undefined) return undefined;
  if (typeof gaf !== 'number' || !Number.isFinite(gaf) || gaf <= 0) {
    invalidInput('gaf', `must be a positive finite number such as 1.0523, got ${describeValue(gaf)}`);
  }
  return gaf;
}

/** The caller's table (checked) or the bundled one for the year. */
function tableFor(rates: unknown, year: number): CheckedRateTable {
  const table = checkRateTable(rates ?? bundledRateTable(year) ?? noData('rates', missingTableMessage(year)), 'rates');
  if (table.year !== year) invalidInput('rates.year', `${table.year} does not match the date of service year ${year}`);
  return table;
}

/** The rule citations of each case (transitional, initial visit, deductible applied), built once from the frozen registry. */
const RULE_CITATIONS: () => readonly (readonly Citation[])[] = /* @__PURE__ */ lazy(() => {
  const cite = hitCitations();
  return [0, 1, 2, 3, 4, 5, 6, 7].map((key) => {
    const list: Citation[] = [cite.eightyPercent, cite.unitOfPayment, cite.bpmPayment, key & 1 ? cite.ttpAmounts : cite.geographic];
    if (key & 2) list.push(cite.initialVisit);
    if (key & 4) list.push(cite.deductible);
    return Object.freeze(list);
  });
});

/** The rules applied, then the table's own citations. */
function citationsFor(table: CheckedRateTable, transitional: boolean, initial: boolean, deductible: boolean): readonly Citation[] {
  const rules = RULE_CITATIONS()[(transitional ? 1 : 0) | (initial ? 2 : 0) | (deductible ? 4 : 0)] as readonly Citation[];
  if (table.citations.length === 0) return rules;
  const own = table.citations.map((c) => Object.freeze({ id: c.id, title: c.title, url: c.url, ...(c.section !== undefined ? { section: c.section } : {}) }));
  return Object.freeze([...rules, ...own]);
}

const NO_WARNINGS: readonly string[] = Object.freeze([]);

/**
 * What Medicare pays for one HIT services visit, with the arithmetic in `steps`.
 *
 * - Code: `code` (G0068–G0070, G0088–G0090), or `category` and `visit`; both may be given if they agree.
 *   Initial-visit codes exist from 2021-01-01 (2019–2020 has only G0068–G0070).
 * - National amount: from `rates` (your table for the date of service's year) or the bundled table;
 *   no bundled year exists yet, so without `rates` this throws `NO_DATA` saying how to supply one.
 * - Allowed = national × GAF, rounded half-up to the cent (SSA §1834(u)(1)(B)(i)); 2019–2020 amounts are
 *   national, no GAF (SSA §1834(u)(7)(D)(i)). Without `gaf` the GAF is 1 and a warning says so.
 *   `locality` throws `NO_DATA`: no GAF table is held.
 * - Payment basis = the lesser of `chargeCents` (when given) and allowed; the deductible still unmet
 *   (`deductibleRemainingCents`) is taken from it first; Medicare pays 80% of the rest, rounded half-up
 *   (42 CFR 414.1550(a)); the beneficiary pays the deductible applied plus the remainder.
 * - Results are deeply frozen. An unknown input key throws `INVALID_INPUT` naming it.
 *
 * @example
 * ```ts
 * const rates = { year: 2025, rates: { G0068: 15000, G0069: 20000, G0070: 25000, G0088: 30000, G0089: 35000, G0090: 40000 } }
 * const p = hitPayment({ dateOfService: '2025-03-03', code: 'G0088', gaf: 1.05, rates })
 * p.allowed.usd        // '$315.00'  (300.00 × 1.05)
 * p.medicarePays.usd   // '$252.00'  (80%)
 * p.beneficiaryPays.usd // '$63.00'
 * ```
 */
export function hitPayment(input: HitPaymentInput): HitPayment {
  const fields = readHitPaymentInput(input, 'input');
  const dateOfService = toIsoDate(fields.dateOfService, 'dateOfService');
  if (dateOfService < TTP_START) {
    noData('dateOfService', `${dateOfService} is before ${TTP_START}; Medicare HIT services payments start then (SSA §1834(u)(7))`);
  }
  const info = resolveCode(fields);
  if (dateOfService < info.from) {
    invalidInput(
      fields.code !== undefined ? 'code' : 'visit',
      `${info.code} (initial visit) exists from ${info.from}; 2019-2020 transitional payments use only G0068-G0070 (SSA §1834(u)(7))`,
    );
  }
  // SSA §1834(u)(7)(D)(i): 2019-2020 transitional amounts are national, with no geographic adjustment.
  const transitional = dateOfService < PERMANENT_START;
  const year = yearOf(dateOfService);
  const gafGiven = readGaf(fields);
  const gaf = transitional || gafGiven === undefined ? 1 : gafGiven;
  const chargeCents = fields.chargeCents === undefined ? undefined : readCents(fields.chargeCents, 'chargeCents');
  const deductibleRemaining = fields.deductibleRemainingCents === undefined ? 0 : readCents(fields.deductibleRemainingCents, 'deductibleRemainingCents');
  const table = tableFor(fields.rates, year);
  const national = table.rates[info.code];
  if (national === undefined) return invalidInput(`rates.rates.${info.code}`, `the ${table.year} table has no amount for ${info.code}`);

  // SSA §1834(u)(1)(B)(i): the national amount adjusted by the locality's GAF, half-up to the cent.
  const allowed = scaleCents(national, gaf);
  if (!Number.isSafeInteger(allowed)) invalidInput('gaf', `${gaf} gives an allowed amount beyond whole-cent range`);
  // 42 CFR 414.1550(a): 80% of the lesser of the charge and the allowed amount, after the deductible.
  const split = splitPayment({ allowedCents: allowed, chargeCents, deductibleRemainingCents: deductibleRemaining });
  const nationalRate = money(national);
  const allowedMoney = allowed === national ? nationalRate : money(allowed);
  const steps: Step[] = [
    step(`National unadjusted amount, ${info.code} ${year}`, nationalRate.usd),
    transitional ? step('Geographic adjustment (none in 2019-2020)', '1') : step('Geographic adjustment factor (GAF)', String(gaf)),
    step('Allowed = national x GAF, rounded half-up to the cent', allowedMoney.usd),
    ...split.steps,
  ];

  const warnings: string[] = [];
  if (gafGiven === undefined && !transitional) {
    warnings.push("No gaf given: the national unadjusted amount is used (GAF 1). Pass the locality GAF from CMS's HIT GAF file.");
  }
  if (gafGiven !== undefined && transitional && gafGiven !== 1) {
    warnings.push(`gaf ${gafGiven} ignored: 2019-2020 transitional payments are national amounts without geographic adjustment (SSA §1834(u)(7)(D)(i)).`);
  }
  if (gafGiven !== undefined && !transitional && (gafGiven < PLAUSIBLE_GAF.min || gafGiven > PLAUSIBLE_GAF.max)) {
    warnings.push(`gaf ${gafGiven} is outside the plausible ${PLAUSIBLE_GAF.min}-${PLAUSIBLE_GAF.max} range of a geographic adjustment factor; check the value from CMS's HIT GAF file.`);
  }
  if (table.status === 'derived') {
    warnings.push(`The ${year} rate table is derived from published inputs by a stated rule, not CMS's published amount.`);
  }
  const implausible = implausibleRateWarning(info.code, national);
  if (implausible !== undefined) warnings.push(implausible);

  return Object.freeze(attachDisplay({
    code: info.code,
    category: info.category,
    visit: info.visit,
    year,
    nationalRate,
    gaf,
    allowed: allowedMoney,
    deductibleApplied: split.deductibleApplied,
    medicarePays: split.medicarePays,
    beneficiaryPays: split.beneficiaryPays,
    steps: Object.freeze(steps),
    citations: citationsFor(table, transitional, info.visit === 'initial', split.deductibleApplied.cents > 0),
    warnings: warnings.length === 0 ? NO_WARNINGS : Object.freeze(warnings),
  }, DISPLAY_HIT_PAYMENT));
}

/** Jupyter rendering: the arithmetic as a two-column table, then warnings and citations. */
const DISPLAY_HIT_PAYMENT = /* @__PURE__ */ displayMethod<HitPayment>((p) => [
  { title: `${p.code} (category ${p.category}, ${p.visit} visit, ${p.year})`, headers: ['Step', 'Value'], rows: p.steps.map((s) => [s.label, s.value]) },
  ...(p.warnings.length > 0 ? [{ headers: ['Warning'], rows: p.warnings.map((w) => [w]) }] : []),
  { headers: ['Source', 'Section', 'URL'], rows: p.citations.map((c) => [c.title, c.section ?? '', c.url]) },
]);

export type { Money };
