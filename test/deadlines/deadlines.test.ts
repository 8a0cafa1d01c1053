import { differenceInCalendarDays } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoToLocalDate } from '../../src/core/dates.js';
import { MedicareInputError } from '../../src/core/errors.js';
import {
  adrResponseDeadline,
  amountInControversy,
  appealDeadline,
  refillWindow,
  timelyFilingDeadline,
} from '../../src/deadlines/index.js';
import { inputErrorOf as thrown } from '../helpers.js';

describe('refillWindow', () => {
  it('opens contact 30 days and delivery 10 days before the end of supply', () => {
    // Mar 31 - 30 days = Mar 1; Mar 31 - 10 days = Mar 21.
    const w = refillWindow({ supplyEndsOn: '2026-03-31' });
    expect(w.contactNoSoonerThan).toBe('2026-03-01');
    expect(w.deliverNoSoonerThan).toBe('2026-03-21');
    expect(w.citations.map((c) => c.id)).toContain('cfr-42-410.38');
  });

  it('counts back across February in a leap year and a common year', () => {
    // 2024: Mar 10 - 10 = Feb 29 (leap day); Mar 10 - 30 = Feb 9.
    expect(refillWindow({ supplyEndsOn: '2024-03-10' })).toMatchObject({
      contactNoSoonerThan: '2024-02-09',
      deliverNoSoonerThan: '2024-02-29',
    });
    // 2025: Mar 10 - 10 = Feb 28; Mar 10 - 30 = Feb 8.
    expect(refillWindow({ supplyEndsOn: '2025-03-10' })).toMatchObject({
      contactNoSoonerThan: '2025-02-08',
      deliverNoSoonerThan: '2025-02-28',
    });
    // Across a year end: Jan 5 - 30 = Dec 6; Jan 5 - 10 = Dec 26.
    expect(refillWindow({ supplyEndsOn: '2026-01-05' })).toMatchObject({
      contactNoSoonerThan: '2025-12-06',
      deliverNoSoonerThan: '2025-12-26',
    });
  });

  it('accepts a Date by its local calendar day', () => {
    expect(refillWindow({ supplyEndsOn: new Date(2026, 2, 31) }).contactNoSoonerThan).toBe('2026-03-01');
  });

  it('refuses impossible dates and dates before the rule held', () => {
    expect(thrown(() => refillWindow({ supplyEndsOn: '2026-02-30' })).field).toBe('supplyEndsOn');
    expect(thrown(() => refillWindow({} as never)).field).toBe('supplyEndsOn');
    expect(thrown(() => refillWindow(null as never)).field).toBe('input');
    const old = thrown(() => refillWindow({ supplyEndsOn: '2023-12-31' }));
    expect([old.code, old.field]).toEqual(['NO_DATA', 'supplyEndsOn']);
  });
});

describe('appealDeadline', () => {
  it('adds 5 days for receipt, then 120/180/60/60/60 calendar days', () => {
    // Notice 2026-03-02, receipt presumed 2026-03-07.
    // +120: Mar 31 is +24, Apr 30 +54, May 31 +85, Jun 30 +115, Jul 5 +120.
    // +180: Jul 31 +146, Aug 31 +177, Sep 3 +180.
    // +60: Mar 31 +24, Apr 30 +54, May 6 +60.
    const expected = {
      redetermination: '2026-07-05',
      reconsideration: '2026-09-03',
      alj: '2026-05-06',
      council: '2026-05-06',
      court: '2026-05-06',
    } as const;
    for (const [level, fileBy] of Object.entries(expected)) {
      const d = appealDeadline({ level: level as keyof typeof expected, noticeDate: '2026-03-02' });
      expect(d.presumedReceipt).toBe('2026-03-07');
      expect(d.fileBy).toBe(fileBy);
      expect(d.citations.length).toBeGreaterThan(0);
    }
    expect(appealDeadline({ level: 'redetermination', noticeDate: '2026-03-02' }).citations[0]!.id).toBe('cfr-42-405.942');
    expect(appealDeadline({ level: 'court', noticeDate: '2026-03-02' }).citations.map((c) => c.id)).toContain('cfr-42-405.1136');
  });

  it('handles month ends, a leap day and a year end', () => {
    // Jan 27 + 5 = Feb 1; +60: Feb 28 is +27, Mar 31 +58, Apr 2 +60.
    expect(appealDeadline({ level: 'alj', noticeDate: '2026-01-27' })).toMatchObject({
      presumedReceipt: '2026-02-01',
      fileBy: '2026-04-02',
    });
    // 2024-02-26 + 5 passes Feb 29: Mar 2. +60: Mar 31 is +29, Apr 30 +59, May 1 +60.
    expect(appealDeadline({ level: 'council', noticeDate: '2024-02-26' })).toMatchObject({
      presumedReceipt: '2024-03-02',
      fileBy: '2024-05-01',
    });
    // 2025-12-29 + 5 = 2026-01-03; +120: Jan 31 +28, Feb 28 +56, Mar 31 +87, Apr 30 +117, May 3 +120.
    expect(appealDeadline({ level: 'redetermination', noticeDate: '2025-12-29' })).toMatchObject({
      presumedReceipt: '2026-01-03',
      fileBy: '2026-05-03',
    });
  });

  it('property: fileBy is always 5 + filing days after the notice', () => {
    const days = { redetermination: 120, reconsideration: 180, alj: 60, council: 60, court: 60 } as const;
    fc.assert(
      fc.property(
        fc.date({ min: new Date(2000, 0, 1), max: new Date(2150, 11, 31), noInvalidDate: true }),
        fc.constantFrom(...(Object.keys(days) as (keyof typeof days)[])),
        (date, level) => {
          const notice = new Date(date.getFullYear(), date.getMonth(), date.getDate());
          const d = appealDeadline({ level, noticeDate: notice });
          expect(differenceInCalendarDays(isoToLocalDate(d.fileBy), notice)).toBe(5 + days[level]);
        },
      ),
    );
  });

  it('refuses unknown levels and impossible dates, naming the field', () => {
    let err = thrown(() => appealDeadline({ level: 'supreme-court' as never, noticeDate: '2026-03-02' }));
    expect([err.code, err.field]).toEqual(['INVALID_INPUT', 'level']);
    err = thrown(() => appealDeadline({ level: 'alj', noticeDate: '2026-02-30' }));
    expect(err.field).toBe('noticeDate');
    err = thrown(() => appealDeadline({ level: 'alj', noticeDate: '02/03/2026' }));
    expect(err.field).toBe('noticeDate');
  });
});

describe('timelyFilingDeadline', () => {
  it('is one calendar year after the date of service', () => {
    expect(timelyFilingDeadline('2026-03-15')).toBe('2027-03-15');
    expect(timelyFilingDeadline('2025-12-31')).toBe('2026-12-31');
    expect(timelyFilingDeadline('2026-01-01')).toBe('2027-01-01');
  });

  it('moves a leap-day date of service to February 28', () => {
    expect(timelyFilingDeadline('2024-02-29')).toBe('2025-02-28');
    expect(timelyFilingDeadline('2023-02-28')).toBe('2024-02-28');
  });

  it('refuses bad dates and dates before the one-year rule', () => {
    expect(thrown(() => timelyFilingDeadline('2025-02-29')).field).toBe('dateOfService');
    expect(thrown(() => timelyFilingDeadline(20260315 as never)).field).toBe('dateOfService');
    expect(thrown(() => timelyFilingDeadline('2009-12-31')).code).toBe('NO_DATA');
  });
});

describe('adrResponseDeadline', () => {
  it('allows 45 calendar days, 30 for a UPIC', () => {
    // Jan 20 + 45: Jan 31 is +11, Feb 28 +39, Mar 6 +45.
    expect(adrResponseDeadline({ requestDate: '2026-01-20' }).respondBy).toBe('2026-03-06');
    // Jan 20 + 30: Jan 31 +11, Feb 19 +30.
    expect(adrResponseDeadline({ requestDate: '2026-01-20', contractor: 'upic' })).toMatchObject({ days: 30, respondBy: '2026-02-19' });
    expect(thrown(() => adrResponseDeadline({ requestDate: '2026-01-20', contractor: 'rac' as never })).field).toBe('contractor');
  });
});

describe('amountInControversy', () => {
  it('gives the thresholds of each year whose Federal Register notice is held', () => {
    const y2026 = amountInControversy(2026);
    expect(y2026.alj).toEqual({ cents: 20000, usd: '$200.00' });
    expect(y2026.court).toEqual({ cents: 196000, usd: '$1,960.00' });
    expect(y2026.citations[0]!.url).toContain('2025-21879');
    expect(amountInControversy(2025).court.usd).toBe('$1,900.00');
    expect(amountInControversy(2024).alj.usd).toBe('$180.00');
    expect(amountInControversy(2016)).toMatchObject({ alj: { cents: 15000 }, court: { cents: 150000 } });
    expect(amountInControversy(2026).secondary).toEqual([]);
  });

  it('holds 2019, 2022 and 2023 from the sources the reference names, marking secondary amounts', () => {
    // 2019: judicial review on Medicare.gov (primary); ALJ only as AAPC quoting Palmetto GBA.
    expect(amountInControversy(2019)).toMatchObject({ alj: { usd: '$160.00' }, court: { usd: '$1,630.00' }, secondary: ['alj'] });
    expect(amountInControversy(2019).warnings[0]).toContain('ALJ');
    // 2022: both secondary.
    expect(amountInControversy(2022)).toMatchObject({ alj: { usd: '$180.00' }, court: { usd: '$1,760.00' }, secondary: ['alj', 'court'] });
    // 2023: CMS's appeal pages (primary).
    const y2023 = amountInControversy(2023);
    expect(y2023).toMatchObject({ alj: { usd: '$180.00' }, court: { usd: '$1,850.00' }, secondary: [] });
    expect(y2023.citations.map((c) => c.id)).toEqual(['cms-third-level-appeal', 'cms-fifth-level-federal-court', 'cfr-42-405.1006']);
  });

  it('throws NO_DATA for years not verified, INVALID_INPUT for non-years', () => {
    for (const year of [2015, 2021, 2027]) {
      const err = thrown(() => amountInControversy(year));
      expect([err.code, err.field]).toEqual(['NO_DATA', 'year']);
    }
    expect(thrown(() => amountInControversy(2026.5)).code).toBe('INVALID_INPUT');
    expect(thrown(() => amountInControversy('2026' as never)).field).toBe('year');
  });

  it('returns frozen results', () => {
    expect(Object.isFrozen(amountInControversy(2026).alj)).toBe(true);
    expect(Object.isFrozen(appealDeadline({ level: 'alj', noticeDate: '2026-03-02' }))).toBe(true);
  });
});
