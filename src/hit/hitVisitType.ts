import { describeValue, invalidInput, noData } from '../core/errors.js';
import { isoToDayNumber } from '../core/dates.js';
import { toIsoDate } from '../core/dates.js';
import { own, readObject } from '../core/validate.js';
import { PERMANENT_START, TTP_START } from './codes.js';
import type { HitVisit, HitVisitTypeInput } from './types.js';

/**
 * The gap, in calendar days, that must be exceeded after a discharge before a new initial visit:
 * "a gap of more than 60 days between home infusion therapy service visits" (BPM ch. 15 §320.8.3).
 */
export const HIT_READMISSION_GAP_DAYS = 60;

const INPUT_KEYS: readonly string[] = ['dateOfService', 'patientPriorVisits', 'priorVisits'];
const VISIT_KEYS: readonly string[] = ['date', 'discharged'];

/**
 * Whether a HIT visit is billed as the initial visit (G0088–G0090) or a subsequent one
 * (G0068–G0070), by Medicare Benefit Policy Manual ch. 15 §320.8.3 (Rev. 10547, effective 2021-01-01).
 *
 * - No prior visit: `'initial'` (the first visit to initiate HIT services in the home).
 * - Otherwise the *last* prior visit decides (the latest date; if several visits share that date,
 *   the day counts as a discharge when any of them has `discharged: true`). It is `'initial'` only when
 *   that last visit shows a discharge **and** `differenceInCalendarDays(dateOfService, lastVisit) > 60`
 *   (date-fns; calendar days, time of day ignored). So a visit on day 61 after a discharge visit
 *   (day 0) is initial, day 60 is subsequent: "A qualified home infusion therapy supplier could bill
 *   the first visit payment amount on day 61".
 * - Every other case (no discharge, or a gap of 60 days or fewer): `'subsequent'`.
 * - Dates of service in 2019–2020 (temporary transitional payment) return `'subsequent'`: no
 *   initial-visit code existed, and G0068–G0070 were the only billable codes.
 *
 * The visits counted are the **patient's**, billed by any supplier (`patientPriorVisits`): "there
 * cannot be a G-code billed for this patient within the past 60 days, and the last G-code billed for
 * this patient must show that the patient had been discharged". A supplier taking over a patient
 * another supplier saw 30 days ago bills a subsequent visit. `discharged` means the patient was
 * discharged from HIT services at that visit (what the last G-code billed "must show"). Prior
 * visits dated after `dateOfService` are refused. `priorVisits` is the deprecated name of the same
 * list; giving both is `INVALID_INPUT`.
 *
 * Throws `INVALID_INPUT` (naming e.g. `patientPriorVisits[1].date`, or an unknown key) for bad
 * dates or shapes, and `NO_DATA` (naming `dateOfService`) before 2019-01-01, when the HIT benefit
 * did not exist.
 *
 * @example
 * ```ts
 * hitVisitType({ dateOfService: '2025-03-03', patientPriorVisits: [] })                                    // 'initial'
 * hitVisitType({ dateOfService: '2025-03-03', patientPriorVisits: [{ date: '2025-01-01', discharged: true }] }) // 'initial' (61 days)
 * hitVisitType({ dateOfService: '2025-03-02', patientPriorVisits: [{ date: '2025-01-01', discharged: true }] }) // 'subsequent' (60 days)
 * ```
 */
export function hitVisitType(input: HitVisitTypeInput): HitVisit {
  const object = readObject(input, 'input', INPUT_KEYS);
  const dateOfService = toIsoDate(own(object, 'dateOfService'), 'dateOfService');
  const patientPriorVisits = own(object, 'patientPriorVisits');
  const deprecatedPriorVisits = own(object, 'priorVisits');
  if (patientPriorVisits !== undefined && deprecatedPriorVisits !== undefined) {
    return invalidInput('priorVisits', 'give the visits once, as patientPriorVisits (priorVisits is its deprecated name)');
  }
  // Errors name the list as the caller gave it.
  const list = patientPriorVisits === undefined && deprecatedPriorVisits !== undefined ? 'priorVisits' : 'patientPriorVisits';
  const priorVisits = patientPriorVisits ?? deprecatedPriorVisits;
  if (!Array.isArray(priorVisits)) {
    return invalidInput(list, `must be an array of { date, discharged? } (the patient's visits by any supplier), got ${describeValue(priorVisits)}`);
  }
  let lastDate: string | undefined;
  let lastDischarged = false;
  for (let i = 0; i < priorVisits.length; i++) {
    const visit = readObject(priorVisits[i], `${list}[${i}]`, VISIT_KEYS);
    const rawDate = own(visit, 'date');
    const date = toIsoDate(rawDate, `${list}[${i}].date`);
    const discharged = own(visit, 'discharged');
    if (discharged !== undefined && typeof discharged !== 'boolean') {
      invalidInput(`${list}[${i}].discharged`, `must be true, false or absent, got ${describeValue(discharged)}`);
    }
    if (date > dateOfService) {
      invalidInput(`${list}[${i}].date`, `${date} is after dateOfService ${dateOfService}; give only earlier visits`);
    }
    if (lastDate === undefined || date > lastDate) {
      lastDate = date;
      lastDischarged = discharged === true;
    } else if (date === lastDate && discharged === true) {
      lastDischarged = true;
    }
  }
  if (dateOfService < TTP_START) {
    return noData('dateOfService', `${dateOfService} is before ${TTP_START}; Medicare HIT services start then (SSA §1834(u)(7))`);
  }
  // 2019–2020 temporary transitional payment: no initial-visit codes (G0088–G0090 start 2021-01-01).
  if (dateOfService < PERMANENT_START) return 'subsequent';
  if (lastDate === undefined) return 'initial';
  // BPM ch. 15 §320.8.3: discharged, and no G-code within the past 60 days. The gap is counted in
  // calendar days on day numbers: the same count as date-fns differenceInCalendarDays on the local
  // dates (test/hit/hitVisitType-fast.test.ts compares them), without building Date objects.
  return lastDischarged && calendarDaysBetween(dateOfService, lastDate) > HIT_READMISSION_GAP_DAYS ? 'initial' : 'subsequent';
}

/** Calendar days from `earlier` to `later` (valid ISO dates), as date-fns differenceInCalendarDays counts them. */
export function calendarDaysBetween(later: string, earlier: string): number {
  return isoToDayNumber(later) - isoToDayNumber(earlier);
}
