import { describeValue, invalidInput } from './errors.js';

/** A calendar date as `'YYYY-MM-DD'`. Such strings compare correctly with `<` and `>`. */
export type IsoDate = string;

/** Input accepted wherever the library takes a date: `'YYYY-MM-DD'` or a `Date`. */
export type DateInput = string | Date;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function daysInMonth(year: number, month: number): number {
  return new Date(year, month, 0).getDate();
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
    const match = ISO_DATE.exec(value.trim());
    if (!match) invalidInput(field, `must be a date as 'YYYY-MM-DD', got ${describeValue(value)}`);
    const year = Number(match[1]);
    const month = Number(match[2]);
    const day = Number(match[3]);
    if (year < 1900 || year > 2199) invalidInput(field, `year ${year} is outside 1900-2199`);
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
      invalidInput(field, `${value.trim()} is not a calendar date`);
    }
    return value.trim();
  }
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) invalidInput(field, 'is an invalid Date');
    const year = value.getFullYear();
    if (year < 1900 || year > 2199) invalidInput(field, `year ${year} is outside 1900-2199`);
    return localDateToIso(value);
  }
  return invalidInput(field, `must be a 'YYYY-MM-DD' string or a Date, got ${describeValue(value)}`);
}

/** The local-midnight `Date` of an ISO calendar date, for date-fns arithmetic. */
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
