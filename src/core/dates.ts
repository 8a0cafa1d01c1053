import { describeValue, invalidInput } from './errors.js';

/** A calendar date as `'YYYY-MM-DD'`. Such strings compare correctly with `<` and `>`. */
export type IsoDate = string;

/** Input accepted wherever the library takes a date: `'YYYY-MM-DD'` or a `Date`. */
export type DateInput = string | Date;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;


function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Reads a date input as an ISO calendar date, or throws `INVALID_INPUT` naming `field`.
 *
 * Strings must be exactly `YYYY-MM-DD` and a real calendar day (`2026-02-30` is refused).
 * A `Date` is read by its local calendar day, as date-fns reads it; prefer strings to avoid
 * time-zone surprises (`new Date('2026-01-01')` is midnight UTC, still Dec 31 west of Greenwich).
 */
export function toIsoDate(value: unknown, field: string): IsoDate {
  if (typeof value === 'string') {
    const text = value.trim();
    const match = ISO_DATE.exec(text);
    if (!match) invalidInput(field, `must be a date as 'YYYY-MM-DD', got ${describeValue(value)}`);
    const year = Number(match[1]);
    const month = Number(match[2]);
    const day = Number(match[3]);
    if (year < 1900 || year > 2199) invalidInput(field, `year ${year} is outside 1900-2199`);
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
      invalidInput(field, `${text} is not a calendar date`);
    }
    return text;
  }
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) invalidInput(field, 'is an invalid Date');
    const year = value.getFullYear();
    if (year < 1900 || year > 2199) invalidInput(field, `year ${year} is outside 1900-2199`);
    return localDateToIso(value);
  }
  return invalidInput(field, `must be a 'YYYY-MM-DD' string or a Date, got ${describeValue(value)}`);
}

/**
 * Whether `iso` is a real calendar day written `YYYY-MM-DD` in the years the library reads
 * (1900-2199), without throwing: for readers that raise their own error naming the source
 * position (the X12 reader names the segment and element).
 */
export function isIsoCalendarDate(iso: string): boolean {
  const match = ISO_DATE.exec(iso);
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < 1900 || year > 2199 || month < 1 || month > 12 || day < 1) return false;
  // Days in the month without building a Date (this runs once per X12 date segment).
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31);
}

/** The local-midnight `Date` of an ISO calendar date (for comparisons with date-fns in tests). */
export function isoToLocalDate(iso: IsoDate): Date {
  return new Date(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
}

/**
 * Formats a `Date` as its local calendar day `'YYYY-MM-DD'` (what date-fns'
 * `format(date, 'yyyy-MM-dd')` gives, without loading its formatter and locale on import).
 */
export function localDateToIso(date: Date): IsoDate {
  const month = date.getMonth() + 1;
  const day = date.getDate();
  return `${String(date.getFullYear()).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

/** The calendar year of an ISO date. */
export function yearOf(iso: IsoDate): number {
  return Number(iso.slice(0, 4));
}

/** Whether `iso` falls within an effective range (`to` inclusive; open-ended when absent). */
export function isInEffect(iso: IsoDate, range: { readonly from: IsoDate; readonly to?: IsoDate }): boolean {
  return iso >= range.from && (range.to === undefined || iso <= range.to);
}

/**
 * Day number of a valid `'YYYY-MM-DD'` date (days since 1970-01-01), by integer arithmetic on the
 * civil calendar, no `Date`. Differences of day numbers are differences in calendar days, as
 * date-fns `differenceInCalendarDays` counts them on local dates.
 */
export function isoToDayNumber(iso: IsoDate): number {
  const c = (i: number): number => iso.charCodeAt(i) - 48;
  let year = c(0) * 1000 + c(1) * 100 + c(2) * 10 + c(3);
  const month = c(5) * 10 + c(6);
  const day = c(8) * 10 + c(9);
  if (month <= 2) year -= 1;
  const era = Math.floor(year / 400);
  const yearOfEra = year - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** The `'YYYY-MM-DD'` date of a day number (inverse of {@link isoToDayNumber}; years 1000-9999). */
export function dayNumberToIso(dayNumber: number): IsoDate {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${year}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

/**
 * `iso` plus `days` calendar days (negative goes back): what date-fns `addDays` gives on the local
 * date, done on day numbers so that no `Date` is built and date-fns is not loaded at import
 * (test/core/dates-fast.test.ts compares the two on thousands of dates).
 */
export function addDaysToIso(iso: IsoDate, days: number): IsoDate {
  return dayNumberToIso(isoToDayNumber(iso) + days);
}

/**
 * `iso` plus `years` calendar years, as date-fns `addYears` gives it: the same month and day, except
 * that February 29 becomes February 28 in a common year (the month's last day). Compared with
 * date-fns in test/core/dates-fast.test.ts.
 */
export function addYearsToIso(iso: IsoDate, years: number): IsoDate {
  const year = yearOf(iso) + years;
  const monthAndDay = iso.slice(4);
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return `${year}${monthAndDay === '-02-29' && !leap ? '-02-28' : monthAndDay}`;
}

/**
 * `iso` plus `months` calendar months, as date-fns `addMonths` gives it: the same day of the month,
 * or the month's last day where it is shorter (January 31 + 1 month = February 28 or 29).
 */
export function addMonthsToIso(iso: IsoDate, months: number): IsoDate {
  const total = yearOf(iso) * 12 + Number(iso.slice(5, 7)) - 1 + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const last = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
  const day = Math.min(Number(iso.slice(8, 10)), last);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Calendar days from `from` to `to` (negative when `to` is earlier), as date-fns `differenceInCalendarDays(to, from)`. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return isoToDayNumber(to) - isoToDayNumber(from);
}

