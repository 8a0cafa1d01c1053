import { isValid, parse } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isIsoCalendarDate } from '../../src/core/dates.js';

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

describe('isIsoCalendarDate (the X12 reader\'s date check) agrees with date-fns', () => {
  it('on any year 1900-2199, month 0-13, day 0-32', () => {
    fc.assert(fc.property(fc.integer({ min: 1900, max: 2199 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), (y, m, d) => {
      const iso = `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
      expect(isIsoCalendarDate(iso)).toBe(isValid(parse(iso, 'yyyy-MM-dd', new Date(2000, 0, 1))));
    }), { numRuns: 5000 });
  });

  it('on leap days and the range ends', () => {
    expect(['2000-02-29', '2024-02-29', '1900-01-01', '2199-12-31'].map(isIsoCalendarDate)).toEqual([true, true, true, true]);
    expect(['1900-02-29', '2100-02-29', '2026-02-29', '1899-12-31', '2200-01-01', '2026-4-1', ''].map(isIsoCalendarDate)).toEqual([false, false, false, false, false, false, false]);
  });
});
