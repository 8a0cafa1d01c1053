import type { Citation } from '../core/citation.js';
import { addDaysToIso, addYearsToIso, dayNumberToIso, isoToDayNumber, toIsoDate, type DateInput } from '../core/dates.js';
import { noData } from '../core/errors.js';
import { deepFreeze } from '../core/freeze.js';
import { lazy } from '../core/lazy.js';
import { money, type Money } from '../core/money.js';
import { own, readEnum, readObject, readOptionalEnum, readYear } from '../core/validate.js';
import { loadAicThresholds } from '../generated/aic-thresholds.js';
import { loadDeadlineRules } from '../generated/deadline-rules.js';
import { APPEAL_LEVELS, type AppealLevel, type AppealLevelRule } from './types.js';

// The fields each input object may carry (anything else is refused, naming the key).
const REFILL_KEYS: readonly string[] = ['supplyEndsOn'];
const APPEAL_KEYS: readonly string[] = ['level', 'noticeDate'];
const ADR_KEYS: readonly string[] = ['requestDate', 'contractor'];

function plusDays(iso: string, days: number): string {
  return addDaysToIso(iso, days);
}
function minusDays(iso: string, days: number): string {
  return addDaysToIso(iso, -days);
}

/**
 * Result of {@link refillWindow}.
 *
 * @example
 * ```ts
 * refillWindow({ supplyEndsOn: '2026-03-31' }).deliverNoSoonerThan; // '2026-03-21'
 * ```
 */
export interface RefillWindow {
  /** Earliest day to contact the beneficiary about the refill. */
  readonly contactNoSoonerThan: string;
  /** Earliest date of service (delivery, or shipping date) for the refill. */
  readonly deliverNoSoonerThan: string;
  readonly citations: readonly Citation[];
}

/**
 * The DMEPOS refill window for a supply that runs out on `supplyEndsOn`: contact the beneficiary
 * no sooner than 30 calendar days, and deliver (or ship) no sooner than 10 calendar days, before
 * the expected end of the current supply (42 CFR 410.38(d)(4); PIM ch. 5 §5.2.6, from 2024-01-01).
 * A supply ending before 2024-01-01 throws `NO_DATA` (the earlier rule is not held).
 *
 * @example
 * ```ts
 * refillWindow({ supplyEndsOn: '2026-03-31' });
 * // { contactNoSoonerThan: '2026-03-01', deliverNoSoonerThan: '2026-03-21', citations: [...] }
 * ```
 */
export function refillWindow(input: { supplyEndsOn: DateInput }): RefillWindow {
  const record = readObject(input, 'input', REFILL_KEYS);
  const end = toIsoDate(own(record, 'supplyEndsOn'), 'supplyEndsOn');
  const rule = loadDeadlineRules().refill;
  if (end < rule.from) {
    return noData('supplyEndsOn', `the refill rule held applies from ${rule.from}; no verified rule for ${end}`);
  }
  return deepFreeze({
    contactNoSoonerThan: minusDays(end, rule.contactDaysBeforeEnd),
    deliverNoSoonerThan: minusDays(end, rule.deliveryDaysBeforeEnd),
    citations: rule.citations,
  });
}

/**
 * Result of {@link appealDeadline}.
 *
 * @example
 * ```ts
 * appealDeadline({ level: 'alj', noticeDate: '2026-03-02' }).presumedReceipt; // '2026-03-07'
 * ```
 */
export interface AppealDeadline {
  readonly level: AppealLevel;
  readonly title: string;
  /** The notice date plus the presumed mail time (5 calendar days). */
  readonly presumedReceipt: string;
  readonly filingDays: number;
  /** Last day the request may be received (calendar days; no weekend or holiday roll-over). */
  readonly fileBy: string;
  readonly citations: readonly Citation[];
}

/**
 * Last day to file an appeal at `level` after a notice dated `noticeDate`: receipt is presumed 5
 * calendar days after the notice date, then 120 (redetermination), 180 (reconsideration) or 60
 * (ALJ, Council, court) calendar days run. No rule read moves a deadline that falls on a weekend or
 * holiday, so none is applied. Good-cause extensions are out of scope.
 *
 * @example
 * ```ts
 * appealDeadline({ level: 'redetermination', noticeDate: '2026-03-02' }).fileBy; // '2026-07-05'
 * ```
 */
export function appealDeadline(input: { level: AppealLevel; noticeDate: DateInput }): AppealDeadline {
  const record = readObject(input, 'input', APPEAL_KEYS);
  const levelValue = own(record, 'level');
  const rule = APPEAL_RULES().get(readEnum(levelValue, APPEAL_LEVELS, 'level')) as AppealLevelRule;
  const notice = toIsoDate(own(record, 'noticeDate'), 'noticeDate');
  // Calendar days on day numbers: the same dates as date-fns addDays on local dates
  // (test/deadlines/deadlines-fast.test.ts compares them on many dates), without Date objects.
  const receiptDay = isoToDayNumber(notice) + rule.receiptPresumedDays;
  return deepFreeze({
    level: rule.level,
    title: rule.title,
    presumedReceipt: dayNumberToIso(receiptDay),
    filingDays: rule.filingDays,
    fileBy: dayNumberToIso(receiptDay + rule.filingDays),
    citations: rule.citations,
  });
}

/** Each appeal level's rule, by level (an index over the frozen rule data, built on first use). */
const APPEAL_RULES: () => ReadonlyMap<string, AppealLevelRule> = /* @__PURE__ */ lazy(() => new Map(
  loadDeadlineRules().appealLevels.map((rule) => [rule.level, rule]),
));

/**
 * Last day to file a Medicare fee-for-service claim: the close of the period ending one calendar
 * year after the date of service (42 CFR 424.44(a)(1), services on or after 2010-01-01). The year
 * is added as date-fns `addYears` adds it, so a February 29 date of service gives February 28. Exceptions
 * of 424.44(b) (administrative error, retroactive entitlement, …) are out of scope.
 *
 * @example
 * ```ts
 * timelyFilingDeadline('2026-03-15'); // '2027-03-15'
 * ```
 */
export function timelyFilingDeadline(dateOfService: DateInput): string {
  const dos = toIsoDate(dateOfService, 'dateOfService');
  const rule = loadDeadlineRules().timelyFiling;
  if (dos < rule.from) return noData('dateOfService', `the one-year rule held applies to services from ${rule.from}`);
  return addYearsToIso(dos, rule.years);
}

/**
 * Result of {@link adrResponseDeadline}.
 *
 * @example
 * ```ts
 * adrResponseDeadline({ requestDate: '2026-01-20', contractor: 'upic' }).days; // 30
 * ```
 */
export interface AdrResponseDeadline {
  readonly days: number;
  readonly respondBy: string;
  readonly citations: readonly Citation[];
}

/**
 * Last day to answer an additional documentation request (ADR) dated `requestDate`: 45 calendar
 * days, or 30 for a UPIC's request (42 CFR 405.929(b)(1), (c)).
 *
 * @example
 * ```ts
 * adrResponseDeadline({ requestDate: '2026-01-20' }).respondBy; // '2026-03-06'
 * ```
 */
export function adrResponseDeadline(input: { requestDate: DateInput; contractor?: 'upic' | 'other' }): AdrResponseDeadline {
  const record = readObject(input, 'input', ADR_KEYS);
  const date = toIsoDate(own(record, 'requestDate'), 'requestDate');
  const contractor = readOptionalEnum(own(record, 'contractor'), ['upic', 'other'] as const, 'contractor');
  const rule = loadDeadlineRules().adrResponse;
  const days = contractor === 'upic' ? rule.upicDays : rule.days;
  return deepFreeze({ days, respondBy: plusDays(date, days), citations: rule.citations });
}

/**
 * Result of {@link amountInControversy}.
 *
 * @example
 * ```ts
 * amountInControversy(2026).court.usd; // '$1,960.00'
 * ```
 */
export interface AmountInControversy {
  readonly year: number;
  /** Minimum amount in controversy for an ALJ hearing request filed in the year. */
  readonly alj: Money;
  /** Minimum amount in controversy for judicial review filed in the year. */
  readonly court: Money;
  readonly citations: readonly Citation[];
  /** The amounts read only in secondary sources (reports quoting CMS or a MAC), explained in `warnings`. */
  readonly secondary: readonly ('alj' | 'court')[];
  readonly warnings: readonly string[];
}

const AIC_BY_YEAR: () => ReadonlyMap<number, AmountInControversy> = /* @__PURE__ */ lazy(() => new Map(
  loadAicThresholds().map((r) => [
    r.year,
    deepFreeze({
      year: r.year,
      alj: money(r.aljCents),
      court: money(r.courtCents),
      citations: r.citations,
      secondary: r.secondary,
      warnings: r.warnings,
    }),
  ]),
));

/**
 * The amount-in-controversy thresholds for ALJ hearing and judicial review requests filed in
 * `year` (the yearly CMS Federal Register notice under 42 CFR 405.1006). Held: 2016–2020 and
 * 2022–2026; 2019 ALJ and both 2022 amounts rest on secondary sources (listed in `secondary`,
 * explained in `warnings`). Years with no source read (2021, before 2016) throw `NO_DATA`.
 *
 * @example
 * ```ts
 * amountInControversy(2026).alj.usd; // '$200.00'
 * ```
 */
export function amountInControversy(year: number): AmountInControversy {
  const y = readYear(year, 'year');
  const found = AIC_BY_YEAR().get(y);
  if (!found) {
    const held = [...AIC_BY_YEAR().keys()].join(', ');
    return noData('year', `no verified amount-in-controversy thresholds for ${y} (held: ${held})`);
  }
  return found;
}
