import type { HitCategory } from '../core/benefit.js';
import type { Citation } from '../core/citation.js';
import { toIsoDate, yearOf } from '../core/dates.js';
import { describeValue, invalidInput, noData, unknownCode } from '../core/errors.js';
import { normalizeCode } from '../core/hcpcs.js';
import { formatUsd, money, multiplyCents, percentOfCents, readCents, type Money } from '../core/money.js';
import { own, readObject } from '../core/validate.js';
import { HIT_RATE_TABLES } from '../generated/hit-rates.js';
import {
  CITE_BPM_PAYMENT,
  CITE_DEDUCTIBLE,
  CITE_EIGHTY_PERCENT,
  CITE_GEOGRAPHIC,
  CITE_INITIAL_VISIT,
  CITE_TTP_AMOUNTS,
  CITE_UNIT_OF_PAYMENT,
} from './citations.js';
import { HIT_CODE_INFO, HIT_CODES, PERMANENT_START, TTP_START, type HitCodeInfo } from './codes.js';
import { missingTableMessage } from './hitRates.js';
import { checkRateTable, isCitation, type CheckedRateTable } from './rateTable.js';
import type { HitPayment, HitPaymentInput, HitPaymentStep, HitVisit } from './types.js';

/** Medicare's share of the payment basis after the deductible (42 CFR 414.1550(a)). */
export const HIT_MEDICARE_PERCENT = 80;

const BUNDLED: ReadonlyMap<number, CheckedRateTable> = new Map(
  HIT_RATE_TABLES.map((table) => [
    table.year,
    Object.freeze({ year: table.year, rates: table.rates, status: table.status, citations: table.citations ?? [] }),
  ]),
);

/** A GAF read once as an exact decimal fraction numerator / denominator, for integer arithmetic. */
interface DecimalFactor {
  readonly numerator: number;
  readonly denominator: number;
}
const FACTORS = new Map<number, DecimalFactor | null>();

function decimalFactor(gaf: number): DecimalFactor | null {
  let factor = FACTORS.get(gaf);
  if (factor !== undefined) return factor;
  const match = /^(\d+)(?:\.(\d{1,9}))?$/.exec(String(gaf));
  factor = null;
  if (match) {
    const fraction = match[2] ?? '';
    const numerator = Number(`${match[1]}${fraction}`);
    const denominator = 10 ** fraction.length;
    if (Number.isSafeInteger(numerator)) factor = Object.freeze({ numerator, denominator });
  }
  if (FACTORS.size < 4096) FACTORS.set(gaf, factor);
  return factor;
}

/** cents × gaf, rounded half-up to the cent, exactly (integer arithmetic when it is safe). */
function adjustByGaf(cents: number, gaf: number): number {
  if (gaf === 1) return cents;
  const factor = decimalFactor(gaf);
  if (factor) {
    const twice = cents * factor.numerator * 2;
    if (twice + factor.denominator <= Number.MAX_SAFE_INTEGER) {
      return Math.floor((twice + factor.denominator) / (2 * factor.denominator));
    }
  }
  return multiplyCents(cents, gaf);
}

function resolveCode(input: Readonly<Record<string, unknown>>): HitCodeInfo {
  const rawCode = own(input, 'code');
  const category = own(input, 'category');
  const visit = own(input, 'visit');
  if (category !== undefined && category !== 1 && category !== 2 && category !== 3) {
    invalidInput('category', `must be 1, 2 or 3, got ${describeValue(category)}`);
  }
  if (visit !== undefined && visit !== 'initial' && visit !== 'subsequent') {
    invalidInput('visit', `must be 'initial' or 'subsequent', got ${describeValue(visit)}`);
  }
  if (rawCode !== undefined) {
    const code = normalizeCode(rawCode, 'code');
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

function readGaf(input: Readonly<Record<string, unknown>>, warnings: string[], transitional: boolean): number {
  const gaf = own(input, 'gaf');
  const locality = own(input, 'locality');
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
  if (gaf === undefined) {
    if (!transitional) warnings.push('No gaf given: the national unadjusted amount is used (GAF 1). Pass the locality GAF from CMS\'s HIT GAF file.');
    return 1;
  }
  if (typeof gaf !== 'number' || !Number.isFinite(gaf) || gaf <= 0) {
    invalidInput('gaf', `must be a positive finite number such as 1.0523, got ${describeValue(gaf)}`);
  }
  if (transitional) {
    if (gaf !== 1) warnings.push(`gaf ${gaf} ignored: 2019-2020 transitional payments are national amounts without geographic adjustment (SSA §1834(u)(7)(D)(i)).`);
    return 1;
  }
  return gaf;
}

function tableFor(input: Readonly<Record<string, unknown>>, year: number): CheckedRateTable {
  const rates = own(input, 'rates');
  if (rates === undefined) return BUNDLED.get(year) ?? noData('rates', missingTableMessage(year));
  const table = checkRateTable(rates, 'rates');
  if (table.year !== year) {
    invalidInput('rates.year', `${table.year} does not match the date of service year ${year}`);
  }
  return table;
}

const step = (label: string, value: string): HitPaymentStep => Object.freeze({ label, value });

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
  const object = readObject(input, 'input');
  const dateOfService = toIsoDate(own(object, 'dateOfService'), 'dateOfService');
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
  const year = yearOf(dateOfService);
  const warnings: string[] = [];
  const gaf = readGaf(object, warnings, transitional);
  const charge = own(object, 'chargeCents');
  const chargeCents = charge === undefined ? undefined : readCents(charge, 'chargeCents');
  const deductibleValue = own(object, 'deductibleRemainingCents');
  const deductibleRemaining = deductibleValue === undefined ? 0 : readCents(deductibleValue, 'deductibleRemainingCents');
  const table = tableFor(object, year);
  const national = table.rates[info.code];
  if (national === undefined) {
    invalidInput(`rates.rates.${info.code}`, `the ${year} table has no amount for ${info.code}`);
  }
  if (table.status === 'derived') {
    warnings.push(`The ${year} rate table is derived from published inputs by a stated rule, not CMS's published amount.`);
  }

  const allowed = adjustByGaf(national, gaf);
  if (!Number.isSafeInteger(allowed)) invalidInput('gaf', `${gaf} gives an allowed amount beyond whole-cent range`);
  const basis = chargeCents === undefined || chargeCents >= allowed ? allowed : chargeCents;
  const deductibleApplied = deductibleRemaining < basis ? deductibleRemaining : basis;
  const afterDeductible = basis - deductibleApplied;
  const medicarePays = percentOfCents(afterDeductible, HIT_MEDICARE_PERCENT);
  const beneficiaryPays = basis - medicarePays;

  const steps: HitPaymentStep[] = [
    step(`National unadjusted amount, ${info.code} ${year}`, formatUsd(national)),
    step(transitional ? 'Geographic adjustment (none in 2019-2020)' : 'Geographic adjustment factor (GAF)', String(gaf)),
    step('Allowed = national x GAF, rounded half-up to the cent', formatUsd(allowed)),
  ];
  if (chargeCents !== undefined) {
    steps.push(step('Actual charge', formatUsd(chargeCents)));
    steps.push(step('Payment basis = lesser of actual charge and allowed', formatUsd(basis)));
  } else {
    steps.push(step('Payment basis = allowed (no actual charge given)', formatUsd(basis)));
  }
  steps.push(step('Part B deductible applied', formatUsd(deductibleApplied)));
  steps.push(step('Medicare pays 80% of (basis - deductible), rounded half-up', formatUsd(medicarePays)));
  steps.push(step('Beneficiary pays deductible + the rest (20% coinsurance)', formatUsd(beneficiaryPays)));

  const citations: Citation[] = [CITE_EIGHTY_PERCENT, CITE_UNIT_OF_PAYMENT, CITE_BPM_PAYMENT];
  citations.push(transitional ? CITE_TTP_AMOUNTS : CITE_GEOGRAPHIC);
  if (info.visit === 'initial') citations.push(CITE_INITIAL_VISIT);
  if (deductibleApplied > 0) citations.push(CITE_DEDUCTIBLE);
  for (const citation of table.citations) {
    if (isCitation(citation)) {
      citations.push(
        Object.freeze({
          id: citation.id,
          title: citation.title,
          url: citation.url,
          ...(citation.section !== undefined ? { section: citation.section } : {}),
        }),
      );
    }
  }

  return Object.freeze({
    code: info.code,
    category: info.category,
    visit: info.visit,
    year,
    nationalRate: money(national),
    gaf,
    allowed: money(allowed),
    deductibleApplied: money(deductibleApplied),
    medicarePays: money(medicarePays),
    beneficiaryPays: money(beneficiaryPays),
    steps: Object.freeze(steps),
    citations: Object.freeze(citations),
    warnings: Object.freeze(warnings),
  });
}

export type { Money };
