import { addDays, addYears, differenceInCalendarDays, subDays } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDaysToIso,
  addYearsToIso,
  dayNumberToIso,
  isoToDayNumber,
  isoToLocalDate,
  localDateToIso,
  toIsoDate,
} from '../../src/core/dates.js';
import { MedicareInputError } from '../../src/core/errors.js';
import { isoDateArbitrary } from '../helpers.js';

const isoDates = isoDateArbitrary(2);

describe('day numbers give the calendar arithmetic of date-fns on local dates', () => {
  it('fixed points: the epoch, leap days, century years', () => {
    expect(isoToDayNumber('1970-01-01')).toBe(0);
    expect(isoToDayNumber('1970-01-02')).toBe(1);
    expect(isoToDayNumber('1969-12-31')).toBe(-1);
    // 2024 is a leap year: Feb 28 -> Mar 1 is 2 days; 2100 is not (divisible by 100, not 400): 1 day.
    expect(isoToDayNumber('2024-03-01') - isoToDayNumber('2024-02-28')).toBe(2);
    expect(isoToDayNumber('2100-03-01') - isoToDayNumber('2100-02-28')).toBe(1);
    // 2000 is (divisible by 400): 2 days.
    expect(isoToDayNumber('2000-03-01') - isoToDayNumber('2000-02-28')).toBe(2);
    expect(dayNumberToIso(isoToDayNumber('2024-02-29'))).toBe('2024-02-29');
    expect(dayNumberToIso(isoToDayNumber('1900-01-01') - 1)).toBe('1899-12-31');
  });

  it('a difference of day numbers = differenceInCalendarDays', () => {
    fc.assert(
      fc.property(isoDates, isoDates, (a, b) => {
        expect(isoToDayNumber(a) - isoToDayNumber(b)).toBe(differenceInCalendarDays(isoToLocalDate(a), isoToLocalDate(b)));
      }),
      { numRuns: 5000 },
    );
  });

  it('day number + n, back to ISO = addDays', () => {
    fc.assert(
      fc.property(isoDates, fc.integer({ min: -800, max: 800 }), (a, n) => {
        expect(dayNumberToIso(isoToDayNumber(a) + n)).toBe(localDateToIso(addDays(isoToLocalDate(a), n)));
      }),
      { numRuns: 5000 },
    );
  });
});

describe('addDaysToIso and addYearsToIso = date-fns addDays, subDays and addYears', () => {
  it('worked examples: month and year ends, leap days', () => {
    expect(addDaysToIso('2026-01-31', 1)).toBe('2026-02-01');
    expect(addDaysToIso('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDaysToIso('2025-02-28', 1)).toBe('2025-03-01');
    expect(addDaysToIso('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDaysToIso('2026-03-01', -1)).toBe('2026-02-28');
    expect(addYearsToIso('2024-02-29', 1)).toBe('2025-02-28');
    expect(addYearsToIso('2024-02-29', 4)).toBe('2028-02-29');
    expect(addYearsToIso('2096-02-29', 4)).toBe('2100-02-28'); // 2100 is not a leap year
    expect(addYearsToIso('2026-03-15', 1)).toBe('2027-03-15');
  });

  it('addDaysToIso(a, n) = addDays, and addDaysToIso(a, -n) = subDays', () => {
    fc.assert(
      fc.property(isoDates, fc.integer({ min: 0, max: 800 }), (a, n) => {
        expect(addDaysToIso(a, n)).toBe(localDateToIso(addDays(isoToLocalDate(a), n)));
        expect(addDaysToIso(a, -n)).toBe(localDateToIso(subDays(isoToLocalDate(a), n)));
      }),
      { numRuns: 5000 },
    );
  });

  it('addYearsToIso(a, n) = addYears', () => {
    fc.assert(
      fc.property(isoDates, fc.integer({ min: -10, max: 10 }), (a, n) => {
        fc.pre(Number(a.slice(0, 4)) + n <= 2199 && Number(a.slice(0, 4)) + n >= 1900);
        expect(addYearsToIso(a, n)).toBe(localDateToIso(addYears(isoToLocalDate(a), n)));
      }),
      { numRuns: 5000 },
    );
  });
});

