/**
 * hitPayment gives the same answer for a frozen rate table and an unfrozen copy, call after call, on
 * thousands of generated inputs, errors included (it keeps no memo: every call computes afresh).
 */
import { differenceInCalendarDays } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoToLocalDate } from '../../src/core/dates.js';
import { MedicareInputError } from '../../src/core/errors.js';
import { hitPayment } from '../../src/hit/hitPayment.js';
import { hitVisitType } from '../../src/hit/hitVisitType.js';
import type { HitPaymentInput } from '../../src/hit/types.js';

const RATES = { G0068: 15555, G0069: 24713, G0070: 27001, G0088: 20000, G0089: 30001, G0090: 35000 };
const freeze = <T>(o: T): T => {
  Object.freeze(o);
  for (const v of Object.values(o as object)) if (v && typeof v === 'object') freeze(v);
  return o;
};
const frozenTables = new Map<number, object>();
for (const year of [2019, 2020, 2024, 2025]) {
  frozenTables.set(year, freeze({ year, status: year === 2024 ? 'derived' : 'published', rates: { ...RATES } }));
}
const freshCopy = (table: object): object => JSON.parse(JSON.stringify(table));

function outcome(fn: () => unknown): unknown {
  try {
    return { ok: fn() };
  } catch (error) {
    expect(error).toBeInstanceOf(MedicareInputError);
    const e = error as MedicareInputError;
    return { error: e.message, code: e.code, field: e.field };
  }
}

const input = fc.record(
  {
    dateOfService: fc.constantFrom('2019-06-30', '2020-12-31', '2024-02-29', '2025-01-01', '2025-05-05', '2025-12-31', '2018-12-31'),
    code: fc.constantFrom('G0068', 'G0069', 'G0070', 'G0088', 'G0089', 'G0090', ' g0088 ', 'G0071'),
    gaf: fc.oneof(fc.constantFrom(0.9512, 1, 1.0523, 1.1875, 1.5, 0, -1, Number.NaN), fc.integer({ min: 1, max: 400000 }).map((n) => n / 100000)),
    chargeCents: fc.oneof(fc.constantFrom(0, 15555, 40000, 1.5, -1), fc.nat({ max: 60000 })),
    deductibleRemainingCents: fc.oneof(fc.constantFrom(0, 25700, 2500), fc.nat({ max: 40000 })),
  },
  { requiredKeys: ['dateOfService', 'code'] },
);

describe('hitPayment: frozen and unfrozen tables give equal answers', () => {
  it('gives equal results and equal errors for a frozen table and an unfrozen copy, call after call', () => {
    fc.assert(
      fc.property(fc.array(input, { minLength: 1, maxLength: 6 }), (calls) => {
        for (const call of calls) {
          const year = Number(call.dateOfService.slice(0, 4));
          const frozen = frozenTables.get(year) ?? frozenTables.get(2025)!;
          const remembered = outcome(() => hitPayment({ ...call, rates: frozen } as HitPaymentInput));
          const afresh = outcome(() => hitPayment({ ...call, rates: freshCopy(frozen) } as HitPaymentInput));
          expect(remembered).toEqual(afresh);
          // Asked again: an equal answer.
          const again = outcome(() => hitPayment({ ...call, rates: frozen } as HitPaymentInput));
          expect(again).toEqual(remembered);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps the gaf as given apart: no gaf (warning) and gaf 1 (no warning) are different answers', () => {
    const rates = frozenTables.get(2025)!;
    const without = hitPayment({ dateOfService: '2025-05-05', code: 'G0068', rates } as HitPaymentInput);
    const withOne = hitPayment({ dateOfService: '2025-05-05', code: 'G0068', gaf: 1, rates } as HitPaymentInput);
    expect(without.warnings).toHaveLength(1);
    expect(withOne.warnings).toHaveLength(0);
    // 2020 (transitional): a gaf is ignored with a warning naming it; gaf 1 is silently the same.
    const rates2020 = frozenTables.get(2020)!;
    expect(hitPayment({ dateOfService: '2020-05-05', code: 'G0068', gaf: 1.2, rates: rates2020 } as HitPaymentInput).warnings[0]).toContain('gaf 1.2 ignored');
    expect(hitPayment({ dateOfService: '2020-05-05', code: 'G0068', gaf: 1.3, rates: rates2020 } as HitPaymentInput).warnings[0]).toContain('gaf 1.3 ignored');
    expect(hitPayment({ dateOfService: '2020-05-05', code: 'G0068', gaf: 1, rates: rates2020 } as HitPaymentInput).warnings).toHaveLength(0);
  });

  it('reads an unfrozen table again on every call, so a change to it changes the answer', () => {
    const table = { year: 2025, rates: { ...RATES } };
    const ask = () => hitPayment({ dateOfService: '2025-05-05', code: 'G0068', gaf: 1, rates: table } as HitPaymentInput);
    expect(ask().allowed.cents).toBe(15555);
    table.rates.G0068 = 16000;
    expect(ask().allowed.cents).toBe(16000);
    // 16000 x 80% = 12800.
    expect(ask().medicarePays.cents).toBe(12800);
  });

  it('a memo hit still refuses a table of another year', () => {
    const rates = frozenTables.get(2025)!;
    hitPayment({ dateOfService: '2025-05-05', code: 'G0068', gaf: 1, rates } as HitPaymentInput);
    expect(() => hitPayment({ dateOfService: '2024-05-05', code: 'G0068', gaf: 1, rates } as HitPaymentInput)).toThrow(/rates.year|2025 does not match/);
  });
});

describe('hitVisitType = the rule written with date-fns', () => {
  const day = fc.integer({ min: 0, max: 2400 }).map((n) => {
    const d = isoToLocalDate('2019-01-01');
    d.setDate(d.getDate() + n);
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  });
  function reference(dateOfService: string, visits: { date: string; discharged?: boolean }[]): string {
    if (dateOfService < '2021-01-01') return 'subsequent';
    if (visits.length === 0) return 'initial';
    const last = visits.reduce((a, v) => (v.date > a ? v.date : a), visits[0]!.date);
    const discharged = visits.some((v) => v.date === last && v.discharged === true);
    return discharged && differenceInCalendarDays(isoToLocalDate(dateOfService), isoToLocalDate(last)) > 60 ? 'initial' : 'subsequent';
  }
  it('agrees on generated visit histories (gaps around 60 days, month ends, leap days)', () => {
    fc.assert(
      fc.property(day, fc.array(fc.record({ back: fc.oneof(fc.integer({ min: 55, max: 66 }), fc.nat({ max: 400 })), discharged: fc.boolean() }), { maxLength: 4 }), (dos, rel) => {
        const base = isoToLocalDate(dos);
        const visits = rel.map(({ back, discharged }) => {
          const d = new Date(base);
          d.setDate(d.getDate() - back);
          const date = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
          return { date, discharged };
        });
        expect(hitVisitType({ dateOfService: dos, priorVisits: visits })).toBe(reference(dos, visits));
      }),
      { numRuns: 4000 },
    );
  });
});
