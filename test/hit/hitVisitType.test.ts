import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { hitVisitType } from '../../src/hit/hitVisitType.js';
import { MedicareInputError } from '../../src/core/errors.js';
import { inputErrorOf as errorOf } from '../helpers.js';

describe('hitVisitType (BPM ch. 15 §320.8.3)', () => {
  it('a first visit with no history is initial', () => {
    expect(hitVisitType({ dateOfService: '2024-05-10', priorVisits: [] })).toBe('initial');
  });

  it('a visit while the patient is on service is subsequent, whatever the gap', () => {
    // Not discharged: 200 days later is still subsequent.
    expect(hitVisitType({ dateOfService: '2024-07-20', priorVisits: [{ date: '2024-01-02' }] })).toBe('subsequent');
    expect(
      hitVisitType({ dateOfService: '2024-07-20', priorVisits: [{ date: '2024-01-02', discharged: false }] }),
    ).toBe('subsequent');
  });

  it('after a discharge, day 61 is initial and day 60 is subsequent', () => {
    // 2025-01-01 -> 2025-03-03: Jan has 31 days (to Feb 1 = 31), Feb 2025 has 28 (to Mar 1 = 59), + 2 = 61.
    const discharged = [{ date: '2025-01-01', discharged: true }];
    expect(hitVisitType({ dateOfService: '2025-03-03', priorVisits: discharged })).toBe('initial');
    // 2025-03-02 is 60 days after: not "more than 60 days".
    expect(hitVisitType({ dateOfService: '2025-03-02', priorVisits: discharged })).toBe('subsequent');
  });

  it('counts calendar days across a leap day', () => {
    // 2024 is a leap year: 2024-01-01 -> 2024-03-01 is 31 + 29 = 60 days; 2024-03-02 is 61.
    const discharged = [{ date: '2024-01-01', discharged: true }];
    expect(hitVisitType({ dateOfService: '2024-03-01', priorVisits: discharged })).toBe('subsequent');
    expect(hitVisitType({ dateOfService: '2024-03-02', priorVisits: discharged })).toBe('initial');
  });

  it('the last prior visit decides, in any input order', () => {
    // Discharged in March, but seen again on 2024-06-01 without discharge: subsequent.
    const history = [
      { date: '2024-06-01' },
      { date: '2024-03-01', discharged: true },
    ];
    expect(hitVisitType({ dateOfService: '2024-12-01', priorVisits: history })).toBe('subsequent');
    // Discharged at the last visit (2024-06-01); 2024-08-01 is 30 + 31 = 61 days later: initial.
    const again = [
      { date: '2024-03-01' },
      { date: '2024-06-01', discharged: true },
      { date: '2024-02-01' },
    ];
    expect(hitVisitType({ dateOfService: '2024-08-01', priorVisits: again })).toBe('initial');
    // A visit within 60 days after the discharge (re-admitted 2024-07-01) keeps later visits subsequent.
    expect(
      hitVisitType({ dateOfService: '2024-09-15', priorVisits: [...again, { date: '2024-07-01' }] }),
    ).toBe('subsequent');
  });

  it('two visits on the last day: a discharge on either counts', () => {
    const sameDay = [
      { date: '2024-01-10' },
      { date: '2024-01-10', discharged: true },
    ];
    // 2024-01-10 -> 2024-03-11: 21 (to Jan 31) + 29 (Feb) + 11 = 61 days.
    expect(hitVisitType({ dateOfService: '2024-03-11', priorVisits: sameDay })).toBe('initial');
  });

  it('a visit the same day as a prior visit is subsequent', () => {
    expect(hitVisitType({ dateOfService: '2024-01-10', priorVisits: [{ date: '2024-01-10', discharged: true }] })).toBe(
      'subsequent',
    );
  });

  it('accepts Date objects (read by their local calendar day)', () => {
    expect(
      hitVisitType({ dateOfService: new Date(2025, 2, 3), priorVisits: [{ date: new Date(2025, 0, 1), discharged: true }] }),
    ).toBe('initial');
  });

  it('2019-2020 (temporary transitional payment) has no initial visit', () => {
    expect(hitVisitType({ dateOfService: '2020-06-01', priorVisits: [] })).toBe('subsequent');
    expect(hitVisitType({ dateOfService: '2019-01-01', priorVisits: [] })).toBe('subsequent');
    expect(hitVisitType({ dateOfService: '2021-01-01', priorVisits: [] })).toBe('initial');
    // A TTP history still counts for a 2021 visit: seen 2020-12-15, not discharged.
    expect(hitVisitType({ dateOfService: '2021-01-04', priorVisits: [{ date: '2020-12-15' }] })).toBe('subsequent');
  });

  it('refuses bad input with the field named', () => {
    const cases: [unknown, string, string][] = [
      [null, 'input', 'INVALID_INPUT'],
      [{ dateOfService: '2024-02-30', priorVisits: [] }, 'dateOfService', 'INVALID_INPUT'],
      [{ dateOfService: '2024-01-01' }, 'priorVisits', 'INVALID_INPUT'],
      [{ dateOfService: '2024-01-01', priorVisits: [{ date: '2023-13-01' }] }, 'priorVisits[0].date', 'INVALID_INPUT'],
      [{ dateOfService: '2024-01-01', priorVisits: [{ date: '2023-12-01' }, 5] }, 'priorVisits[1]', 'INVALID_INPUT'],
      [
        { dateOfService: '2024-01-01', priorVisits: [{ date: '2023-12-01', discharged: 'yes' }] },
        'priorVisits[0].discharged',
        'INVALID_INPUT',
      ],
      [{ dateOfService: '2024-01-01', priorVisits: [{ date: '2024-01-02' }] }, 'priorVisits[0].date', 'INVALID_INPUT'],
      [{ dateOfService: '2018-12-31', priorVisits: [] }, 'dateOfService', 'NO_DATA'],
    ];
    for (const [input, field, code] of cases) {
      const error = errorOf(() => hitVisitType(input as never));
      expect(error.field).toBe(field);
      expect(error.code).toBe(code);
    }
  });

  it('does not mutate its input', () => {
    const history = Object.freeze([Object.freeze({ date: '2024-01-01', discharged: true })]);
    expect(hitVisitType({ dateOfService: '2024-06-01', priorVisits: history })).toBe('initial');
  });

  it('property: initial after a discharge exactly when the gap exceeds 60 days', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 400 }), fc.boolean(), (gap, discharged) => {
        const last = new Date(2022, 0, 15);
        const dos = new Date(2022, 0, 15 + gap);
        const result = hitVisitType({ dateOfService: dos, priorVisits: [{ date: last, discharged }] });
        expect(result).toBe(discharged && gap > 60 ? 'initial' : 'subsequent');
      }),
    );
  });

  it('property: never throws anything but MedicareInputError', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (dateOfService, priorVisits) => {
        try {
          hitVisitType({ dateOfService, priorVisits } as never);
        } catch (error) {
          expect(error).toBeInstanceOf(MedicareInputError);
        }
      }),
    );
  });
});
