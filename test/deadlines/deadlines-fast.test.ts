/**
 * appealDeadline counts calendar days on day numbers and remembers its frozen answers. These tests
 * compare it with the rule written with date-fns addDays on thousands of generated notice dates
 * (month ends, leap days, year ends, the 2199/2200 edge), asked repeatedly.
 */
import { addDays } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoToLocalDate, localDateToIso } from '../../src/core/dates.js';
import { MedicareInputError } from '../../src/core/errors.js';
import { isoDateArbitrary } from '../helpers.js';
import { appealDeadline } from '../../src/deadlines/index.js';
import { APPEAL_LEVELS } from '../../src/deadlines/types.js';

const FILING: Record<string, number> = { redetermination: 120, reconsideration: 180, alj: 60, council: 60, court: 60 };
const notice = isoDateArbitrary(6);

describe('appealDeadline = presumed receipt (+5) and filing days by date-fns addDays', () => {
  it('agrees for every level on generated notice dates, asked twice', () => {
    fc.assert(
      fc.property(fc.constantFrom(...APPEAL_LEVELS), notice, (level, noticeDate) => {
        const receipt = addDays(isoToLocalDate(noticeDate), 5);
        const expected = { presumedReceipt: localDateToIso(receipt), fileBy: localDateToIso(addDays(receipt, FILING[level]!)) };
        const first = appealDeadline({ level, noticeDate });
        expect(first).toMatchObject({ level, filingDays: FILING[level], ...expected });
        expect(Object.isFrozen(first)).toBe(true);
        expect(appealDeadline({ level, noticeDate })).toStrictEqual(first);
      }),
      { numRuns: 5000 },
    );
  });

  it('worked examples across a leap day and a year end', () => {
    // 2024-02-26 + 5 = 2024-03-02 (Feb 29 counted); + 120 = 2024-06-30 (Mar 29 + Apr 30 + May 31 + Jun 30 = 120).
    expect(appealDeadline({ level: 'redetermination', noticeDate: '2024-02-26' })).toMatchObject({ presumedReceipt: '2024-03-02', fileBy: '2024-06-30' });
    // 2199-12-30 + 5 = 2200-01-04; + 60 = 2200-03-05 (Jan 27 + Feb 28 (2200 not leap) + Mar 5 = 60).
    expect(appealDeadline({ level: 'alj', noticeDate: '2199-12-30' })).toMatchObject({ presumedReceipt: '2200-01-04', fileBy: '2200-03-05' });
  });

  it('refuses a bad level before reading the date, as before', () => {
    expect(() => appealDeadline({ level: 'appeal' as never, noticeDate: 'x' })).toThrow(/level/);
    expect(() => appealDeadline({ level: 'toString' as never, noticeDate: '2026-01-01' })).toThrow(MedicareInputError);
    expect(() => appealDeadline({ level: 'alj', noticeDate: '2026-02-30' })).toThrow(/noticeDate/);
  });
});
