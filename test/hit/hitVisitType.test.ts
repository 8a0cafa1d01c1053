import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { hitVisitType } from '../../src/hit/hitVisitType.js';
import { MedicareInputError } from '../../src/core/errors.js';
import { inputErrorOf as errorOf } from '../helpers.js';

describe('hitVisitType (BPM ch. 15 §320.8.3)', () => {
  it('a first visit with no history is initial', () => {
    expect(hitVisitType({ dateOfService: '2024-05-10', patientPriorVisits: [] })).toBe('initial');
  });

  it('a visit while the patient is on service is subsequent, whatever the gap', () => {
    // Not discharged: 200 days later is still subsequent.
    expect(hitVisitType({ dateOfService: '2024-07-20', patientPriorVisits: [{ date: '2024-01-02' }] })).toBe('subsequent');
    expect(
      hitVisitType({ dateOfService: '2024-07-20', patientPriorVisits: [{ date: '2024-01-02', discharged: false }] }),
    ).toBe('subsequent');
  });

  it('after a discharge, day 61 is initial and day 60 is subsequent', () => {
    // 2025-01-01 -> 2025-03-03: Jan has 31 days (to Feb 1 = 31), Feb 2025 has 28 (to Mar 1 = 59), + 2 = 61.
    const discharged = [{ date: '2025-01-01', discharged: true }];
    expect(hitVisitType({ dateOfService: '2025-03-03', patientPriorVisits: discharged })).toBe('initial');
    // 2025-03-02 is 60 days after: not "more than 60 days".
    expect(hitVisitType({ dateOfService: '2025-03-02', patientPriorVisits: discharged })).toBe('subsequent');
  });

  it('counts calendar days across a leap day', () => {
    // 2024 is a leap year: 2024-01-01 -> 2024-03-01 is 31 + 29 = 60 days; 2024-03-02 is 61.
    const discharged = [{ date: '2024-01-01', discharged: true }];
    expect(hitVisitType({ dateOfService: '2024-03-01', patientPriorVisits: discharged })).toBe('subsequent');
    expect(hitVisitType({ dateOfService: '2024-03-02', patientPriorVisits: discharged })).toBe('initial');
  });

  it('the last prior visit decides, in any input order', () => {
    // Discharged in March, but seen again on 2024-06-01 without discharge: subsequent.
    const history = [
      { date: '2024-06-01' },
      { date: '2024-03-01', discharged: true },
    ];
    expect(hitVisitType({ dateOfService: '2024-12-01', patientPriorVisits: history })).toBe('subsequent');
    // Discharged at the last visit (2024-06-01); 2024-08-01 is 30 + 31 = 61 days later: initial.
    const again = [
      { date: '2024-03-01' },
      { date: '2024-06-01', discharged: true },
      { date: '2024-02-01' },
    ];
    expect(hitVisitType({ dateOfService: '2024-08-01', patientPriorVisits: again })).toBe('initial');
    // A visit within 60 days after the discharge (re-admitted 2024-07-01) keeps later visits subsequent.
    expect(
      hitVisitType({ dateOfService: '2024-09-15', patientPriorVisits: [...again, { date: '2024-07-01' }] }),
    ).toBe('subsequent');
  });

  it('two visits on the last day: a discharge on either counts', () => {
    const sameDay = [
      { date: '2024-01-10' },
      { date: '2024-01-10', discharged: true },
    ];
    // 2024-01-10 -> 2024-03-11: 21 (to Jan 31) + 29 (Feb) + 11 = 61 days.
    expect(hitVisitType({ dateOfService: '2024-03-11', patientPriorVisits: sameDay })).toBe('initial');
  });

  it('a visit the same day as a prior visit is subsequent', () => {
    expect(hitVisitType({ dateOfService: '2024-01-10', patientPriorVisits: [{ date: '2024-01-10', discharged: true }] })).toBe(
      'subsequent',
    );
  });

  it('accepts Date objects (read by their local calendar day)', () => {
    expect(
      hitVisitType({ dateOfService: new Date(2025, 2, 3), patientPriorVisits: [{ date: new Date(2025, 0, 1), discharged: true }] }),
    ).toBe('initial');
  });

  it('2019-2020 (temporary transitional payment) has no initial visit', () => {
    expect(hitVisitType({ dateOfService: '2020-06-01', patientPriorVisits: [] })).toBe('subsequent');
    expect(hitVisitType({ dateOfService: '2019-01-01', patientPriorVisits: [] })).toBe('subsequent');
    expect(hitVisitType({ dateOfService: '2021-01-01', patientPriorVisits: [] })).toBe('initial');
    // A TTP history still counts for a 2021 visit: seen 2020-12-15, not discharged.
    expect(hitVisitType({ dateOfService: '2021-01-04', patientPriorVisits: [{ date: '2020-12-15' }] })).toBe('subsequent');
  });

  it('refuses bad input with the field named', () => {
    const cases: [unknown, string, string][] = [
      [null, 'input', 'INVALID_INPUT'],
      [{ dateOfService: '2024-02-30', patientPriorVisits: [] }, 'dateOfService', 'INVALID_INPUT'],
      [{ dateOfService: '2024-01-01' }, 'patientPriorVisits', 'INVALID_INPUT'],
      [{ dateOfService: '2024-01-01', patientPriorVisits: [{ date: '2023-13-01' }] }, 'patientPriorVisits[0].date', 'INVALID_INPUT'],
      [{ dateOfService: '2024-01-01', patientPriorVisits: [{ date: '2023-12-01' }, 5] }, 'patientPriorVisits[1]', 'INVALID_INPUT'],
      [
        { dateOfService: '2024-01-01', patientPriorVisits: [{ date: '2023-12-01', discharged: 'yes' }] },
        'patientPriorVisits[0].discharged',
        'INVALID_INPUT',
      ],
      [{ dateOfService: '2024-01-01', patientPriorVisits: [{ date: '2024-01-02' }] }, 'patientPriorVisits[0].date', 'INVALID_INPUT'],
      [{ dateOfService: '2018-12-31', patientPriorVisits: [] }, 'dateOfService', 'NO_DATA'],
    ];
    for (const [input, field, code] of cases) {
      const error = errorOf(() => hitVisitType(input as never));
      expect(error.field).toBe(field);
      expect(error.code).toBe(code);
    }
  });

  it('BPM ch. 15 §320.8.3 counts the patient\'s visits with any supplier: "there cannot be a G-code billed for this patient within the past 60 days"', () => {
    // The manual's words are about the patient ("for this patient"), not the billing supplier: a
    // visit billed by another supplier 30 days ago makes this supplier's visit subsequent, and "the
    // last G-code billed for this patient must show that the patient had been discharged".
    const otherSupplier = [{ date: '2025-02-01' }];
    expect(hitVisitType({ dateOfService: '2025-03-03', patientPriorVisits: otherSupplier })).toBe('subsequent');
    // Discharged by the first supplier 61 days before: "could bill the first visit payment amount on day 61".
    expect(hitVisitType({ dateOfService: '2025-03-03', patientPriorVisits: [{ date: '2025-01-01', discharged: true }] })).toBe('initial');
    // The last G-code for the patient, whoever billed it, must show the discharge.
    const history = [{ date: '2024-10-01', discharged: true }, { date: '2024-12-20' }];
    expect(hitVisitType({ dateOfService: '2025-03-03', patientPriorVisits: history })).toBe('subsequent');
  });

  it('keeps priorVisits as a deprecated name of patientPriorVisits, and refuses both at once', () => {
    const visits = [{ date: '2025-01-01', discharged: true }];
    for (const dos of ['2025-03-02', '2025-03-03', '2026-06-01']) {
      expect(hitVisitType({ dateOfService: dos, priorVisits: visits })).toBe(hitVisitType({ dateOfService: dos, patientPriorVisits: visits }));
    }
    let error = errorOf(() => hitVisitType({ dateOfService: '2025-03-03', priorVisits: visits, patientPriorVisits: visits }));
    expect([error.code, error.field]).toEqual(['INVALID_INPUT', 'priorVisits']);
    expect(error.message).toContain('patientPriorVisits');
    // Even an empty list under each name is two answers to one question.
    error = errorOf(() => hitVisitType({ dateOfService: '2025-03-03', priorVisits: [], patientPriorVisits: [] }));
    expect(error.field).toBe('priorVisits');
    // Errors name the list as given.
    error = errorOf(() => hitVisitType({ dateOfService: '2025-03-03', priorVisits: [{ date: '2025-13-01' }] }));
    expect(error.field).toBe('priorVisits[0].date');
  });

  it('does not mutate its input', () => {
    const history = Object.freeze([Object.freeze({ date: '2024-01-01', discharged: true })]);
    expect(hitVisitType({ dateOfService: '2024-06-01', patientPriorVisits: history })).toBe('initial');
  });

  it('property: initial after a discharge exactly when the gap exceeds 60 days', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 400 }), fc.boolean(), (gap, discharged) => {
        const last = new Date(2022, 0, 15);
        const dos = new Date(2022, 0, 15 + gap);
        const result = hitVisitType({ dateOfService: dos, patientPriorVisits: [{ date: last, discharged }] });
        expect(result).toBe(discharged && gap > 60 ? 'initial' : 'subsequent');
      }),
    );
  });

  it('property: never throws anything but MedicareInputError', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (dateOfService, patientPriorVisits) => {
        try {
          hitVisitType({ dateOfService, patientPriorVisits } as never);
        } catch (error) {
          expect(error).toBeInstanceOf(MedicareInputError);
        }
      }),
    );
  });
});
