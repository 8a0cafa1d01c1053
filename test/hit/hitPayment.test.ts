import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { hitPayment } from '../../src/hit/hitPayment.js';
import { hitCode } from '../../src/hit/hitCode.js';
import { MedicareInputError } from '../../src/core/errors.js';
import type { HitRateTable } from '../../src/hit/types.js';
import { inputErrorOf as errorOf } from '../helpers.js';

// Caller-supplied test tables. The amounts are illustrative inputs for checking the arithmetic, NOT
// CMS rates (the library bundles no HIT year; see docs/hit-payment.md).
const TABLE_2025: HitRateTable = Object.freeze({
  year: 2025,
  status: 'published',
  rates: Object.freeze({ G0068: 15555, G0069: 24713, G0070: 27001, G0088: 20000, G0089: 30001, G0090: 35000 }),
  citations: Object.freeze([{ id: 'caller-file', title: 'Caller test table', url: 'https://example.org/rates.csv' }]),
});
const TABLE_2020: HitRateTable = { year: 2020, rates: { G0068: 13000, G0069: 20000, G0070: 23000 } };

describe('hitPayment: worked examples (arithmetic checked by hand)', () => {
  it('GAF, charge above allowed, part of the deductible: every step in order', () => {
    // G0069 national $247.13; GAF 1.0523: 24713 x 1.0523 = 24713 + 1292.4899 = 26005.4899 -> $260.05.
    // Charge $300.00 > allowed, so the basis is $260.05. Deductible left $50.00 -> applied $50.00.
    // 26005 - 5000 = 21005; 80% = 16804.0 -> Medicare $168.04; beneficiary 5000 + 4201 = $92.01.
    const p = hitPayment({
      dateOfService: '2025-04-15',
      code: 'G0069',
      gaf: 1.0523,
      chargeCents: 30000,
      deductibleRemainingCents: 5000,
      rates: TABLE_2025,
    });
    expect(p.code).toBe('G0069');
    expect(p.category).toBe(2);
    expect(p.visit).toBe('subsequent');
    expect(p.year).toBe(2025);
    expect(p.nationalRate).toEqual({ cents: 24713, usd: '$247.13' });
    expect(p.gaf).toBe(1.0523);
    expect(p.allowed).toEqual({ cents: 26005, usd: '$260.05' });
    expect(p.deductibleApplied).toEqual({ cents: 5000, usd: '$50.00' });
    expect(p.medicarePays).toEqual({ cents: 16804, usd: '$168.04' });
    expect(p.beneficiaryPays).toEqual({ cents: 9201, usd: '$92.01' });
    expect(p.steps.map((s) => s.value)).toEqual([
      '$247.13',
      '1.0523',
      '$260.05',
      '$300.00',
      '$260.05',
      '$50.00',
      '$168.04',
      '$92.01',
    ]);
    expect(p.steps[0]?.label).toContain('G0069 2025');
    expect(p.warnings).toEqual([]);
    const ids = p.citations.map((c) => `${c.id} ${c.section ?? ''}`.trim());
    expect(ids).toContain('cfr-42-414.1550 §414.1550(a)');
    expect(ids).toContain('ssa-1834u §1834(u)(1)(B)(i)');
    expect(ids).toContain('ssa-poms-hi-00610430');
    expect(ids).toContain('caller-file');
  });

  it('charge below the allowed amount: Medicare pays on the charge', () => {
    // G0068 $155.55 x 0.95 = 147.7725 -> $147.77. Charge $140.00 is lower: basis $140.00.
    // 80% = $112.00; beneficiary $28.00.
    const p = hitPayment({ dateOfService: '2025-01-02', category: 1, visit: 'subsequent', gaf: 0.95, chargeCents: 14000, rates: TABLE_2025 });
    expect(p.code).toBe('G0068');
    expect(p.allowed.cents).toBe(14777);
    expect(p.medicarePays.cents).toBe(11200);
    expect(p.beneficiaryPays.cents).toBe(2800);
    expect(p.steps[4]).toEqual({ label: 'Payment basis = lesser of actual charge and allowed', value: '$140.00' });
  });

  it('rounds half-up once at the GAF step and once at the 80% step', () => {
    const table = { year: 2024, rates: { G0088: 10001, G0068: 10001 } };
    // 10001 x 1.5 = 15001.5 -> 15002 (half-up). 80% of 15002 = 12001.6 -> 12002; beneficiary 3000.
    const p = hitPayment({ dateOfService: '2024-12-31', code: 'g0088 ', gaf: 1.5, rates: table });
    expect(p.allowed.cents).toBe(15002);
    expect(p.medicarePays.cents).toBe(12002);
    expect(p.beneficiaryPays.cents).toBe(3000);
    expect(p.visit).toBe('initial');
    expect(p.citations.some((c) => c.section === '§414.1550(c)(4)')).toBe(true);
  });

  it('a deductible larger than the basis leaves Medicare nothing', () => {
    // G0090 $350.00 x 1 = $350.00; deductible left $257.00 < 350: applied $257.00;
    // 80% of $93.00 = $74.40; beneficiary 257.00 + 18.60 = $275.60.
    const p = hitPayment({ dateOfService: '2025-06-01', code: 'G0090', gaf: 1, deductibleRemainingCents: 25700, rates: TABLE_2025 });
    expect(p.deductibleApplied.cents).toBe(25700);
    expect(p.medicarePays.cents).toBe(7440);
    expect(p.beneficiaryPays.cents).toBe(27560);
    const all = hitPayment({ dateOfService: '2025-06-01', code: 'G0090', gaf: 1, deductibleRemainingCents: 99999, rates: TABLE_2025 });
    expect(all.deductibleApplied.cents).toBe(35000);
    expect(all.medicarePays.cents).toBe(0);
    expect(all.beneficiaryPays.cents).toBe(35000);
  });

  it('without a gaf the national amount is used, with a warning', () => {
    const p = hitPayment({ dateOfService: '2025-06-01', code: 'G0088', rates: TABLE_2025 });
    expect(p.gaf).toBe(1);
    expect(p.allowed.cents).toBe(20000);
    expect(p.medicarePays.cents).toBe(16000);
    expect(p.warnings[0]).toMatch(/No gaf given/);
  });

  it('2019-2020 transitional payment: national amounts, the GAF is ignored with a warning', () => {
    // G0070 $230.00, no geographic adjustment (SSA §1834(u)(7)(D)(i)): 80% = $184.00.
    const p = hitPayment({ dateOfService: '2020-07-01', code: 'G0070', gaf: 1.2, rates: TABLE_2020 });
    expect(p.gaf).toBe(1);
    expect(p.allowed.cents).toBe(23000);
    expect(p.medicarePays.cents).toBe(18400);
    expect(p.warnings.join(' ')).toMatch(/ignored/);
    expect(p.citations.some((c) => c.section === '§1834(u)(7)(D)(i)')).toBe(true);
    expect(p.steps[1]?.label).toMatch(/none in 2019-2020/);
  });

  it('a derived table carries a warning', () => {
    const derived = { ...TABLE_2025, status: 'derived' as const };
    const p = hitPayment({ dateOfService: '2025-06-01', code: 'G0068', gaf: 1, rates: derived });
    expect(p.warnings.some((w) => /derived/.test(w))).toBe(true);
  });

  it('results are deeply frozen and inputs untouched', () => {
    const input = Object.freeze({ dateOfService: '2025-06-01', code: 'G0068', gaf: 1.1, rates: TABLE_2025 });
    const p = hitPayment(input);
    expect(Object.isFrozen(p)).toBe(true);
    expect(Object.isFrozen(p.steps)).toBe(true);
    expect(Object.isFrozen(p.steps[0])).toBe(true);
    expect(Object.isFrozen(p.citations[0])).toBe(true);
    expect(Object.isFrozen(p.allowed)).toBe(true);
    const mutable = { year: 2025, rates: { G0068: 100, G0088: 200 } };
    hitPayment({ dateOfService: '2025-06-01', code: 'G0068', rates: mutable });
    expect(mutable).toEqual({ year: 2025, rates: { G0068: 100, G0088: 200 } });
  });

  it('re-validates a table that is not frozen on every call', () => {
    const mutable: { year: number; rates: Record<string, number> } = { year: 2025, rates: { G0068: 100 } };
    expect(hitPayment({ dateOfService: '2025-06-01', code: 'G0068', rates: mutable }).allowed.cents).toBe(100);
    mutable.rates.G0068 = -1;
    expect(errorOf(() => hitPayment({ dateOfService: '2025-06-01', code: 'G0068', rates: mutable })).field).toBe('rates.rates.G0068');
  });
});

describe('hitPayment: bad input', () => {
  const base = { dateOfService: '2025-06-01', code: 'G0068', gaf: 1, rates: TABLE_2025 };
  const cases: [Record<string, unknown>, string, string][] = [
    [{ code: 'G0071' }, 'code', 'UNKNOWN_CODE'],
    [{ code: 'J1559' }, 'code', 'UNKNOWN_CODE'],
    [{ code: 'not a code' }, 'code', 'INVALID_INPUT'],
    [{ code: 'G0088', category: 2 }, 'category', 'INVALID_INPUT'],
    [{ code: 'G0088', visit: 'subsequent' }, 'visit', 'INVALID_INPUT'],
    [{ code: undefined, category: 1 }, 'visit', 'INVALID_INPUT'],
    [{ code: undefined, visit: 'initial' }, 'category', 'INVALID_INPUT'],
    [{ code: undefined, category: 4, visit: 'initial' }, 'category', 'INVALID_INPUT'],
    [{ dateOfService: '2020-03-01', code: 'G0089', rates: TABLE_2020 }, 'code', 'INVALID_INPUT'],
    [{ dateOfService: '2020-03-01', code: undefined, category: 2, visit: 'initial', rates: TABLE_2020 }, 'visit', 'INVALID_INPUT'],
    [{ gaf: 0 }, 'gaf', 'INVALID_INPUT'],
    [{ gaf: -1.1 }, 'gaf', 'INVALID_INPUT'],
    [{ gaf: Number.NaN }, 'gaf', 'INVALID_INPUT'],
    [{ gaf: Number.POSITIVE_INFINITY }, 'gaf', 'INVALID_INPUT'],
    [{ gaf: '1.05' }, 'gaf', 'INVALID_INPUT'],
    [{ gaf: 1e300 }, 'gaf', 'INVALID_INPUT'],
    [{ gaf: undefined, locality: '01112' }, 'locality', 'NO_DATA'],
    [{ gaf: 1.1, locality: '01112' }, 'locality', 'INVALID_INPUT'],
    [{ chargeCents: -1 }, 'chargeCents', 'INVALID_INPUT'],
    [{ chargeCents: 10.5 }, 'chargeCents', 'INVALID_INPUT'],
    [{ deductibleRemainingCents: 0.01 }, 'deductibleRemainingCents', 'INVALID_INPUT'],
    [{ deductibleRemainingCents: -100 }, 'deductibleRemainingCents', 'INVALID_INPUT'],
    [{ dateOfService: '2025-02-29' }, 'dateOfService', 'INVALID_INPUT'],
    [{ dateOfService: '2018-12-31' }, 'dateOfService', 'NO_DATA'],
    [{ rates: { ...TABLE_2025, year: 2024 } }, 'rates.year', 'INVALID_INPUT'],
    [{ rates: { year: 2025, rates: { G0068: -5 } } }, 'rates.rates.G0068', 'INVALID_INPUT'],
    [{ rates: { year: 2025, rates: { G0068: 100.5 } } }, 'rates.rates.G0068', 'INVALID_INPUT'],
    [{ rates: { year: 2025, rates: { G0068: 100, G9999: 5 } } }, 'rates.rates.G9999', 'UNKNOWN_CODE'],
    [{ rates: { year: 2025, rates: { G0068: 200, G0088: 100 } } }, 'rates.rates.G0088', 'INVALID_INPUT'],
    [{ rates: { year: 2025, rates: { G0069: 100 } } }, 'rates.rates.G0068', 'INVALID_INPUT'],
    [{ rates: { year: 2025, rates: { G0068: 100 }, status: 'guess' } }, 'rates.status', 'INVALID_INPUT'],
    [{ rates: 'table' }, 'rates', 'INVALID_INPUT'],
    [{ rates: { year: 2025, rates: { G0068: 100 }, citations: [{ id: 'x' }] } }, 'rates.citations[0]', 'INVALID_INPUT'],
    [{ rates: { year: 2025, rates: { G0068: 100 }, citations: 'cms' } }, 'rates.citations', 'INVALID_INPUT'],
    [{ rates: undefined }, 'rates', 'NO_DATA'],
  ];
  it.each(cases)('%j -> %s %s', (patch, field, code) => {
    const error = errorOf(() => hitPayment({ ...base, ...patch } as never));
    expect(error.field).toBe(field);
    expect(error.code).toBe(code);
    expect(error.message.startsWith(`${field}: `)).toBe(true);
  });

  it('NO_DATA without a table says how to supply one', () => {
    const error = errorOf(() => hitPayment({ dateOfService: '2026-02-01', code: 'G0068', gaf: 1 }));
    expect(error.code).toBe('NO_DATA');
    expect(error.message).toMatch(/hitPayment\(\{ rates/);
    expect(error.message).toMatch(/import-hit-rates/);
  });
});

describe('hitPayment: properties', () => {
  const cents = fc.integer({ min: 0, max: 5_000_000 });
  const table = fc
    .tuple(fc.integer({ min: 2021, max: 2030 }), fc.array(cents, { minLength: 3, maxLength: 3 }), fc.array(cents, { minLength: 3, maxLength: 3 }))
    .map(([year, subsequent, extra]) => ({
      year,
      rates: {
        G0068: subsequent[0]!,
        G0069: subsequent[1]!,
        G0070: subsequent[2]!,
        G0088: subsequent[0]! + extra[0]!,
        G0089: subsequent[1]! + extra[1]!,
        G0090: subsequent[2]! + extra[2]!,
      },
    }));
  const gaf = fc.integer({ min: 1, max: 30000 }).map((n) => n / 10000);

  it('amounts are whole non-negative cents and Medicare + beneficiary = the payment basis', () => {
    fc.assert(
      fc.property(
        table,
        fc.constantFrom(1, 2, 3),
        fc.constantFrom('initial', 'subsequent'),
        gaf,
        fc.option(cents, { nil: undefined }),
        fc.option(cents, { nil: undefined }),
        (rates, category, visit, g, chargeCents, deductibleRemainingCents) => {
          const p = hitPayment({
            dateOfService: `${rates.year}-07-01`,
            category: category as 1 | 2 | 3,
            visit: visit as 'initial' | 'subsequent',
            gaf: g,
            chargeCents,
            deductibleRemainingCents,
            rates,
          });
          for (const m of [p.nationalRate, p.allowed, p.deductibleApplied, p.medicarePays, p.beneficiaryPays]) {
            expect(Number.isSafeInteger(m.cents) && m.cents >= 0).toBe(true);
          }
          const basis = chargeCents === undefined ? p.allowed.cents : Math.min(chargeCents, p.allowed.cents);
          expect(p.medicarePays.cents + p.beneficiaryPays.cents).toBe(basis);
          expect(p.deductibleApplied.cents).toBe(Math.min(deductibleRemainingCents ?? 0, basis));
          expect(p.code).toBe(hitCode(category as 1 | 2 | 3, visit as 'initial' | 'subsequent'));
        },
      ),
    );
  });

  it('initial >= subsequent at every step, for the same inputs', () => {
    fc.assert(
      fc.property(table, fc.constantFrom(1, 2, 3), gaf, fc.option(cents, { nil: undefined }), (rates, category, g, deductibleRemainingCents) => {
        const common = { dateOfService: `${rates.year}-03-15`, category: category as 1 | 2 | 3, gaf: g, deductibleRemainingCents, rates };
        const initial = hitPayment({ ...common, visit: 'initial' });
        const subsequent = hitPayment({ ...common, visit: 'subsequent' });
        expect(initial.allowed.cents).toBeGreaterThanOrEqual(subsequent.allowed.cents);
        expect(initial.medicarePays.cents).toBeGreaterThanOrEqual(subsequent.medicarePays.cents);
      }),
    );
  });

  it('never throws anything but MedicareInputError', () => {
    fc.assert(
      fc.property(
        fc.record({
          dateOfService: fc.oneof(fc.constant('2025-05-05'), fc.string(), fc.date(), fc.anything()),
          code: fc.oneof(fc.constantFrom('G0068', 'G0088', 'g0090', 'G0071', 'X'), fc.anything()),
          category: fc.anything(),
          visit: fc.anything(),
          gaf: fc.oneof(fc.double(), fc.anything()),
          locality: fc.option(fc.anything(), { nil: undefined }),
          chargeCents: fc.oneof(fc.integer(), fc.double(), fc.anything()),
          deductibleRemainingCents: fc.oneof(fc.integer(), fc.anything()),
          rates: fc.oneof(fc.constant(TABLE_2025), fc.anything(), fc.record({ year: fc.anything(), rates: fc.dictionary(fc.string(), fc.anything()) })),
        }, { requiredKeys: [] }),
        (input) => {
          try {
            hitPayment(input as never);
          } catch (error) {
            expect(error).toBeInstanceOf(MedicareInputError);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
