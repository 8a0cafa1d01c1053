import { attachDisplay, displayMethod } from '../core/display.js';
import type { HitCategory } from '../core/benefit.js';
import type { Citation } from '../core/citation.js';

import { describeValue, invalidInput, noData, unknownCode } from '../core/errors.js';
import { normalizeCode } from '../core/hcpcs.js';
import { readCents, type Money } from '../core/money.js';
import {
  adjustByGaf, cachedIsoDate, eightyPercent, fastMoney, GAFS_PER_CODE, ResultMemo, SPLITS_PER_GAF, step, usd,
  type AllowedFacts, type CodeFacts, type Split, type Step,
} from './fast.js';
import { lazy } from '../core/lazy.js';
import { own, readObject } from '../core/validate.js';
import { HIT_RATE_TABLES } from '../generated/hit-rates.js';
import { hitCitations } from './citations.js';
import { HIT_CODE_INFO, HIT_CODES, PERMANENT_START, TTP_START, type HitCodeInfo } from './codes.js';
import { missingTableMessage } from './hitRates.js';
import { checkRateTable, isCitation, type CheckedRateTable } from './rateTable.js';
import type { HitPayment, HitPaymentInput, HitVisit } from './types.js';

/** The fields of a {@link HitPaymentInput}, each its own property's value or undefined (never inherited). */
type Fields = { readonly [K in keyof HitPaymentInput]-?: unknown };

const OBJECT_PROTOTYPE = Object.prototype as unknown as Partial<Fields>;

/**
 * The input's own fields, as `own(object, key)` reads them. For an object whose prototype is
 * Object.prototype (or null) a named read can only inherit from Object.prototype, so while that
 * carries none of the input keys (no prototype pollution) the object is read directly: nine named
 * loads instead of nine `hasOwnProperty` calls, which were a third of a remembered answer's cost
 * (CPU profile of the loaded-table benchmark). Any other object is copied field by field with `own`.
 */
function readFields(object: Readonly<Record<string, unknown>>): Fields {
  const prototype: unknown = Object.getPrototypeOf(object);
  const p = OBJECT_PROTOTYPE;
  if (
    (prototype === Object.prototype || prototype === null) &&
    p.dateOfService === undefined && p.code === undefined && p.category === undefined && p.visit === undefined &&
    p.gaf === undefined && p.locality === undefined && p.chargeCents === undefined &&
    p.deductibleRemainingCents === undefined && p.rates === undefined
  ) {
    return object as Fields;
  }
  return {
    dateOfService: own(object, 'dateOfService'), code: own(object, 'code'), category: own(object, 'category'),
    visit: own(object, 'visit'), gaf: own(object, 'gaf'), locality: own(object, 'locality'),
    chargeCents: own(object, 'chargeCents'), deductibleRemainingCents: own(object, 'deductibleRemainingCents'),
    rates: own(object, 'rates'),
  };
}

/** The year of a validated `'YYYY-MM-DD'` date, read from its four digits (same as `yearOf`). */
function yearOfIso(iso: string): number {
  return (iso.charCodeAt(0) - 48) * 1000 + (iso.charCodeAt(1) - 48) * 100 + (iso.charCodeAt(2) - 48) * 10 + (iso.charCodeAt(3) - 48);
}

/** Medicare's share of the payment basis after the deductible (42 CFR 414.1550(a)). */
export const HIT_MEDICARE_PERCENT = 80;

const BUNDLED: () => ReadonlyMap<number, CheckedRateTable> = /* @__PURE__ */ lazy(() => new Map(
  HIT_RATE_TABLES.map((table) => [
    table.year,
    Object.freeze({
      year: table.year,
      rates: table.rates,
      status: table.status,
      citations: table.citations ?? [],
      results: new ResultMemo<object>(),
      codes: [],
    }),
  ]),
));

function resolveCode(input: Fields): HitCodeInfo {
  const rawCode = input.code;
  const category = input.category;
  const visit = input.visit;
  if (category !== undefined && category !== 1 && category !== 2 && category !== 3) {
    invalidInput('category', `must be 1, 2 or 3, got ${describeValue(category)}`);
  }
  if (visit !== undefined && visit !== 'initial' && visit !== 'subsequent') {
    invalidInput('visit', `must be 'initial' or 'subsequent', got ${describeValue(visit)}`);
  }
  if (rawCode !== undefined) {
    // Already canonical ('G0068') skips normalisation; anything else is trimmed, upper-cased and checked.
    const canonical = typeof rawCode === 'string' ? HIT_CODE_INFO.get(rawCode) : undefined;
    const code = canonical !== undefined ? (rawCode as string) : normalizeCode(rawCode, 'code');
    const info = canonical ?? HIT_CODE_INFO.get(code);
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

/**
 * Validates `gaf` and `locality` and returns the gaf as given (undefined when absent). The warnings
 * about a missing or ignored gaf are written by buildPayment from this value.
 */
function readGaf(input: Fields): number | undefined {
  const gaf = input.gaf;
  const locality = input.locality;
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

/** The caller's table object last seen and its remembered check (only an unchanging table is remembered). */
let lastRates: unknown;
let lastChecked: CheckedRateTable | undefined;

function tableFor(input: Fields, year: number): CheckedRateTable {
  const rates = input.rates;
  if (rates === undefined) return BUNDLED().get(year) ?? noData('rates', missingTableMessage(year));
  let table: CheckedRateTable;
  if (rates === lastRates && lastChecked !== undefined) {
    table = lastChecked;
  } else {
    table = checkRateTable(rates, 'rates');
    if (table.results !== null) {
      lastRates = rates;
      lastChecked = table;
    }
  }
  if (table.year !== year) {
    invalidInput('rates.year', `${table.year} does not match the date of service year ${year}`);
  }
  return table;
}

const RULE_CITATIONS: () => readonly (readonly Citation[])[] = /* @__PURE__ */ lazy(() => {
  const cite = hitCitations();
  return [0, 1, 2, 3, 4, 5, 6, 7].map((key) => {
    const list: Citation[] = [cite.eightyPercent, cite.unitOfPayment, cite.bpmPayment];
    list.push(key & 1 ? cite.ttpAmounts : cite.geographic);
    if (key & 2) list.push(cite.initialVisit);
    if (key & 4) list.push(cite.deductible);
    return Object.freeze(list);
  });
});
const TABLE_CITATIONS = new WeakMap<CheckedRateTable, (readonly Citation[] | undefined)[]>();

/** The rule citations for this case followed by the table's own, cached per (checked) table. */
function citationsFor(table: CheckedRateTable, transitional: boolean, initial: boolean, deductible: boolean): readonly Citation[] {
  const key = (transitional ? 1 : 0) | (initial ? 2 : 0) | (deductible ? 4 : 0);
  const rules = RULE_CITATIONS()[key] as readonly Citation[];
  if (table.citations.length === 0) return rules;
  let slots = TABLE_CITATIONS.get(table);
  if (!slots) {
    slots = [];
    TABLE_CITATIONS.set(table, slots);
  }
  let list = slots[key];
  if (!list) {
    const own: Citation[] = [];
    for (const citation of table.citations) {
      if (isCitation(citation)) {
        own.push(
          Object.freeze({
            id: citation.id,
            title: citation.title,
            url: citation.url,
            ...(citation.section !== undefined ? { section: citation.section } : {}),
          }),
        );
      }
    }
    list = Object.freeze([...rules, ...own]);
    slots[key] = list;
  }
  return list;
}

const NO_WARNINGS: readonly string[] = /* @__PURE__ */ Object.freeze([]);
const ALLOWED = 'Allowed = national x GAF, rounded half-up to the cent';
const CHARGE = 'Actual charge';
const BASIS_LESSER = 'Payment basis = lesser of actual charge and allowed';
const BASIS_ALLOWED = 'Payment basis = allowed (no actual charge given)';
const DEDUCTIBLE = 'Part B deductible applied';
const MEDICARE = 'Medicare pays 80% of (basis - deductible), rounded half-up';
const BENEFICIARY = 'Beneficiary pays deductible + the rest (20% coinsurance)';
const ZERO = /* @__PURE__ */ fastMoney(0);
const NO_DEDUCTIBLE_STEP = /* @__PURE__ */ step(DEDUCTIBLE, /* @__PURE__ */ usd(0));
const NO_GAF_STEP = /* @__PURE__ */ step('Geographic adjustment (none in 2019-2020)', '1');

/** What the table gives for this code (see CodeFacts), built on first use; throws when it has no amount. */
function codeFacts(table: CheckedRateTable, info: HitCodeInfo, codeIndex: number): CodeFacts {
  const known = table.codes[codeIndex];
  if (known !== undefined) return known;
  const national = table.rates[info.code];
  if (national === undefined) {
    return invalidInput(`rates.rates.${info.code}`, `the ${table.year} table has no amount for ${info.code}`);
  }
  const money = fastMoney(national);
  const facts: CodeFacts = Object.freeze({
    national: money,
    nationalStep: step(`National unadjusted amount, ${info.code} ${table.year}`, money.usd),
    byGaf: [],
  });
  table.codes[codeIndex] = facts;
  return facts;
}

/**
 * The allowed amount for this code and GAF (national x GAF, half-up) with its steps, from the code's
 * last few GAFs or computed; throws when the amount is beyond whole-cent range.
 */
function allowedFacts(code: CodeFacts, gaf: number, transitional: boolean): AllowedFacts {
  const recent = code.byGaf;
  for (let i = 0; i < recent.length; i++) {
    const facts = recent[i] as AllowedFacts;
    if (facts.gaf === gaf) return facts;
  }
  const cents = adjustByGaf(code.national.cents, gaf);
  if (!Number.isSafeInteger(cents)) invalidInput('gaf', `${gaf} gives an allowed amount beyond whole-cent range`);
  const allowed = cents === code.national.cents ? code.national : fastMoney(cents);
  const facts: AllowedFacts = Object.freeze({
    gaf,
    allowed,
    gafStep: transitional ? NO_GAF_STEP : step('Geographic adjustment factor (GAF)', String(gaf)),
    allowedStep: step(ALLOWED, allowed.usd),
    basisStep: step(BASIS_ALLOWED, allowed.usd),
    lesserIsAllowedStep: step(BASIS_LESSER, allowed.usd),
    splits: [],
  });
  if (recent.length >= GAFS_PER_CODE) recent.pop();
  recent.unshift(facts);
  return facts;
}

/** How `basis` splits once `deductibleApplied` (at most the basis) is taken first (42 CFR 414.1550(a)). */
function splitOf(basis: number, deductibleApplied: number): Split {
  const medicarePays = eightyPercent(basis - deductibleApplied); // HIT_MEDICARE_PERCENT, half-up
  const beneficiaryPays = basis - medicarePays;
  const deductible = deductibleApplied === 0 ? ZERO : fastMoney(deductibleApplied);
  const medicare = fastMoney(medicarePays);
  const beneficiary = fastMoney(beneficiaryPays);
  return {
    deductible,
    deductibleStep: deductibleApplied === 0 ? NO_DEDUCTIBLE_STEP : step(DEDUCTIBLE, deductible.usd),
    medicare,
    medicareStep: step(MEDICARE, medicare.usd),
    beneficiary,
    beneficiaryStep: step(BENEFICIARY, beneficiary.usd),
  };
}

/**
 * The split of a basis equal to the allowed amount, shared between results: such questions differ
 * only in the charge (or nothing), so their deductible, Medicare and beneficiary figures are equal.
 */
function allowedSplit(priced: AllowedFacts, deductibleApplied: number): Split {
  const recent = priced.splits;
  for (let i = 0; i < recent.length; i++) {
    const split = recent[i] as Split;
    if (split.deductible.cents === deductibleApplied) return split;
  }
  const split = Object.freeze(splitOf(priced.allowed.cents, deductibleApplied));
  if (recent.length >= SPLITS_PER_GAF) recent.pop();
  recent.unshift(split);
  return split;
}

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
 * - Results are frozen. With a frozen `rates` table (or the bundled one) an equal question returns the
 *   same frozen object; an unfrozen table is validated again on every call, so a change to it counts.
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
  const object = readFields(readObject(input, 'input'));
  const dateOfService = cachedIsoDate(object.dateOfService, 'dateOfService');
  if (dateOfService < TTP_START) {
    noData('dateOfService', `${dateOfService} is before ${TTP_START}; Medicare HIT services payments start then (SSA §1834(u)(7))`);
  }
  const info = resolveCode(object);
  if (dateOfService < info.from) {
    invalidInput(
      object.code !== undefined ? 'code' : 'visit',
      `${info.code} (initial visit) exists from ${info.from}; 2019-2020 transitional payments use only G0068-G0070 (SSA §1834(u)(7))`,
    );
  }
  const transitional = dateOfService < PERMANENT_START;
  const year = yearOfIso(dateOfService);
  const gafValue = readGaf(object);
  const gaf = transitional || gafValue === undefined ? 1 : gafValue;
  const charge = object.chargeCents;
  const chargeCents = charge === undefined ? undefined : readCents(charge, 'chargeCents');
  const deductibleValue = object.deductibleRemainingCents;
  const deductibleRemaining = deductibleValue === undefined ? 0 : readCents(deductibleValue, 'deductibleRemainingCents');
  const table = tableFor(object, year);

  // Everything below is a function of (table, code, the gaf as given, charge, deductible): the year
  // is the table's, and the date matters only through the year. An unchanging table keeps the frozen
  // results it produced, so a repeated question is answered without recomputing or rebuilding them
  // (a remembered result also proves this code has an amount in the table and the allowed amount
  // for this gaf is in range). The code (0-5) and the deductible share one key while that is exact.
  const memo = deductibleRemaining < 2 ** 49 ? table.results : null;
  const codeIndex = info.visit === 'initial' ? info.category + 3 : info.category;
  const codeAndDeductible = deductibleRemaining * 8 + codeIndex;
  if (memo !== null) {
    const hit = memo.get(gafValue, codeAndDeductible, chargeCents) as HitPayment | undefined;
    if (hit !== undefined) return hit;
  }
  const code = codeFacts(table, info, codeIndex);
  const priced = allowedFacts(code, gaf, transitional);
  const allowed = priced.allowed.cents;
  const basis = chargeCents === undefined || chargeCents >= allowed ? allowed : chargeCents;
  const deductibleApplied = deductibleRemaining < basis ? deductibleRemaining : basis;
  const result = buildPayment(info, year, transitional, gafValue, gaf, table, code, priced, chargeCents, basis, deductibleApplied);
  if (memo !== null) memo.set(gafValue, codeAndDeductible, chargeCents, result);
  return result;
}

/** The frozen result of {@link hitPayment}, from validated figures. */
function buildPayment(
  info: HitCodeInfo,
  year: number,
  transitional: boolean,
  gafValue: number | undefined,
  gaf: number,
  table: CheckedRateTable,
  code: CodeFacts,
  priced: AllowedFacts,
  chargeCents: number | undefined,
  basis: number,
  deductibleApplied: number,
): HitPayment {
  let warnings = NO_WARNINGS;
  const noGaf = gafValue === undefined && !transitional;
  const gafIgnored = gafValue !== undefined && transitional && gafValue !== 1;
  if (noGaf || gafIgnored || table.status === 'derived') {
    const list: string[] = [];
    if (noGaf) list.push('No gaf given: the national unadjusted amount is used (GAF 1). Pass the locality GAF from CMS\'s HIT GAF file.');
    if (gafIgnored) list.push(`gaf ${gafValue} ignored: 2019-2020 transitional payments are national amounts without geographic adjustment (SSA §1834(u)(7)(D)(i)).`);
    if (table.status === 'derived') list.push(`The ${year} rate table is derived from published inputs by a stated rule, not CMS's published amount.`);
    warnings = Object.freeze(list);
  }

  // Each amount is formatted once: a step shows the same text as the Money it matches. Results share
  // what depends only on the table, code and GAF (CodeFacts, AllowedFacts) and, when the basis is the
  // allowed amount, the split of it; only what depends on the charge (or a basis below the allowed
  // amount) is built per question. (An earlier pass interned every step and Money in Maps by amount;
  // on new questions those lookups, insertions and clears cost more than building the objects did.)
  const allowed = priced.allowed;
  const split = basis === allowed.cents ? allowedSplit(priced, deductibleApplied) : splitOf(basis, deductibleApplied);
  // Array literals (not push) so the frozen array is a compact fast-elements array.
  let steps: readonly Step[];
  if (chargeCents === undefined) {
    steps = [
      code.nationalStep,
      priced.gafStep,
      priced.allowedStep,
      priced.basisStep,
      split.deductibleStep,
      split.medicareStep,
      split.beneficiaryStep,
    ];
  } else {
    const chargeText = chargeCents === allowed.cents ? allowed.usd : usd(chargeCents);
    steps = [
      code.nationalStep,
      priced.gafStep,
      priced.allowedStep,
      step(CHARGE, chargeText),
      basis === allowed.cents ? priced.lesserIsAllowedStep : step(BASIS_LESSER, chargeText),
      split.deductibleStep,
      split.medicareStep,
      split.beneficiaryStep,
    ];
  }
  const citations = citationsFor(table, transitional, info.visit === 'initial', deductibleApplied > 0);

  return Object.freeze(attachDisplay({
    code: info.code,
    category: info.category,
    visit: info.visit,
    year,
    nationalRate: code.national,
    gaf,
    allowed,
    deductibleApplied: split.deductible,
    medicarePays: split.medicare,
    beneficiaryPays: split.beneficiary,
    steps: Object.freeze(steps),
    citations,
    warnings,
  }, DISPLAY_HIT_PAYMENT));
}

/** Jupyter rendering: the arithmetic as a two-column table, then warnings and citations. */
const DISPLAY_HIT_PAYMENT = /* @__PURE__ */ displayMethod<HitPayment>((p) => [
  { title: `${p.code} (category ${p.category}, ${p.visit} visit, ${p.year})`, headers: ['Step', 'Value'], rows: p.steps.map((s) => [s.label, s.value]) },
  ...(p.warnings.length > 0 ? [{ headers: ['Warning'], rows: p.warnings.map((w) => [w]) }] : []),
  { headers: ['Source', 'Section', 'URL'], rows: p.citations.map((c) => [c.title, c.section ?? '', c.url]) },
]);

export type { Money };
