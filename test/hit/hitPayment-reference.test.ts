/**
 * hitPayment compared with its rule written out plainly with the money helpers (money,
 * multiplyCents, percentOfCents, formatUsd), on thousands of generated questions.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JUPYTER_DISPLAY } from '../../src/core/display.js';
import { formatUsd, money, multiplyCents, percentOfCents } from '../../src/core/money.js';
import { hitPayment } from '../../src/hit/hitPayment.js';
import type { HitPaymentInput } from '../../src/hit/types.js';

const CODES = {
  G0068: { category: 1, visit: 'subsequent' },
  G0069: { category: 2, visit: 'subsequent' },
  G0070: { category: 3, visit: 'subsequent' },
  G0088: { category: 1, visit: 'initial' },
  G0089: { category: 2, visit: 'initial' },
  G0090: { category: 3, visit: 'initial' },
} as const;
type Code = keyof typeof CODES;

interface Question {
  year: number;
  code: Code;
  gaf: number | undefined;
  chargeCents: number | undefined;
  deductibleRemainingCents: number | undefined;
}

/** The rule of hitPayment, step by step, for a valid question (dates in `year`, a code the table has): amounts and steps. */
function reference(q: Question, rates: Record<string, number>) {
  const transitional = q.year < 2021;
  const national = rates[q.code] as number;
  const gaf = transitional || q.gaf === undefined ? 1 : q.gaf;
  const allowed = multiplyCents(national, gaf);
  const basis = q.chargeCents === undefined ? allowed : Math.min(q.chargeCents, allowed);
  const deductible = Math.min(q.deductibleRemainingCents ?? 0, basis);
  const medicare = percentOfCents(basis - deductible, 80);
  const beneficiary = basis - medicare;
  const steps = [
    { label: `National unadjusted amount, ${q.code} ${q.year}`, value: formatUsd(national) },
    transitional
      ? { label: 'Geographic adjustment (none in 2019-2020)', value: '1' }
      : { label: 'Geographic adjustment factor (GAF)', value: String(gaf) },
    { label: 'Allowed = national x GAF, rounded half-up to the cent', value: formatUsd(allowed) },
    ...(q.chargeCents === undefined
      ? [{ label: 'Payment basis = allowed (no actual charge given)', value: formatUsd(basis) }]
      : [
          { label: 'Actual charge', value: formatUsd(q.chargeCents) },
          { label: 'Payment basis = lesser of actual charge and allowed', value: formatUsd(basis) },
        ]),
    { label: 'Part B deductible applied', value: formatUsd(deductible) },
    { label: 'Medicare pays 80% of (basis - deductible), rounded half-up', value: formatUsd(medicare) },
    { label: 'Beneficiary pays deductible + the rest (20% coinsurance)', value: formatUsd(beneficiary) },
  ];
  return {
    code: q.code,
    category: CODES[q.code].category,
    visit: CODES[q.code].visit,
    year: q.year,
    nationalRate: money(national),
    gaf,
    allowed: money(allowed),
    deductibleApplied: money(deductible),
    medicarePays: money(medicare),
    beneficiaryPays: money(beneficiary),
    steps,
  };
}

const amount = fc.oneof(fc.integer({ min: 0, max: 120_000 }), fc.integer({ min: 0, max: 2 ** 40 }));
const question = fc.record({
  year: fc.constantFrom(2019, 2020, 2021, 2025, 2026),
  code: fc.constantFrom(...(Object.keys(CODES) as Code[])),
  gaf: fc.option(fc.oneof(fc.constantFrom(0.9512, 1, 1.0523, 1.1875, 1.5), fc.integer({ min: 1, max: 400_000 }).map((n) => n / 100_000)), { nil: undefined }),
  chargeCents: fc.option(amount, { nil: undefined }),
  deductibleRemainingCents: fc.option(fc.oneof(fc.constantFrom(0, 25_700), amount), { nil: undefined }),
});
const rateTable = fc.record({
  rates: fc.tuple(fc.integer({ min: 0, max: 90_000 }), fc.integer({ min: 0, max: 90_000 }), fc.integer({ min: 0, max: 90_000 })),
  extra: fc.tuple(fc.nat({ max: 20_000 }), fc.nat({ max: 20_000 }), fc.nat({ max: 20_000 })),
  status: fc.constantFrom('published' as const, 'derived' as const),
});

function ask(q: Question, table: object): ReturnType<typeof hitPayment> {
  const input: Record<string, unknown> = { dateOfService: `${q.year}-06-30`, code: q.code, rates: table };
  if (q.gaf !== undefined) input.gaf = q.gaf;
  if (q.chargeCents !== undefined) input.chargeCents = q.chargeCents;
  if (q.deductibleRemainingCents !== undefined) input.deductibleRemainingCents = q.deductibleRemainingCents;
  return hitPayment(input as unknown as HitPaymentInput);
}

describe('hitPayment = the rule written out plainly', () => {
  it('gives the reference answer (amounts, steps, warnings) for frozen and unfrozen tables, asked once or again', () => {
    fc.assert(
      fc.property(rateTable, fc.array(question, { minLength: 1, maxLength: 40 }), (t, questions) => {
        // Initial-visit amounts are at least the subsequent ones (42 CFR 414.1550(c)(4)).
        const rates: Record<string, number> = {
          G0068: t.rates[0], G0069: t.rates[1], G0070: t.rates[2],
          G0088: t.rates[0] + t.extra[0], G0089: t.rates[1] + t.extra[1], G0090: t.rates[2] + t.extra[2],
        };
        const tables = new Map<number, { frozen: object; unfrozen: object }>();
        for (const q of questions) {
          const year = q.year;
          if (!tables.has(year)) {
            const plain = { year, status: t.status, rates: { ...rates } };
            tables.set(year, { frozen: Object.freeze({ ...plain, rates: Object.freeze({ ...rates }) }), unfrozen: plain });
          }
          const { frozen, unfrozen } = tables.get(year)!;
          if (year < 2021 && CODES[q.code].visit === 'initial') {
            // No initial-visit codes before 2021: an error, whichever table.
            expect(() => ask(q, frozen)).toThrow(/exists from 2021-01-01/);
            continue;
          }
          const expected = reference(q, rates);
          for (const table of [frozen, unfrozen, frozen]) {
            const got = ask(q, table);
            const { citations, warnings, ...rest } = got;
            expect(rest).toEqual(expected);
            expect(warnings).toEqual(warningsOf(q, t.status, rates));
            expect(citations.length).toBeGreaterThan(0);
            expect(Object.getPrototypeOf(got)).toBe(Object.prototype);
            expect(Object.isFrozen(got) && Object.isFrozen(got.steps) && got.steps.every(Object.isFrozen)).toBe(true);
            expect(Object.isFrozen(got.allowed) && Object.isFrozen(got.medicarePays)).toBe(true);
            expect(typeof (got as unknown as Record<symbol, unknown>)[JUPYTER_DISPLAY]).toBe('function');
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('keeps the display method out of keys, JSON and spread', () => {
    const table = Object.freeze({ year: 2025, rates: Object.freeze({ G0068: 15555 }) });
    const p = hitPayment({ dateOfService: '2025-06-30', code: 'G0068', gaf: 1.0523, chargeCents: 12345, rates: table });
    expect(Object.keys(p)).not.toContain(JUPYTER_DISPLAY);
    expect(JUPYTER_DISPLAY in { ...p }).toBe(false);
    expect(JSON.stringify(p)).not.toContain('display');
    expect(Object.getOwnPropertyDescriptor(p, JUPYTER_DISPLAY)?.enumerable).toBe(false);
    const shown = (p as unknown as Record<symbol, () => Record<string, string>>)[JUPYTER_DISPLAY]!();
    // 12345 < 15555 x 1.0523 = 16368.53 -> basis $123.45; 80% = 9876.
    expect(shown['text/markdown']).toContain('$98.76');
  });
});

/** The warnings hitPayment gives for a valid question. */
function warningsOf(q: Question, status: 'published' | 'derived', rates: Record<string, number>): string[] {
  const transitional = q.year < 2021;
  const list: string[] = [];
  if (q.gaf === undefined && !transitional) list.push('No gaf given: the national unadjusted amount is used (GAF 1). Pass the locality GAF from CMS\'s HIT GAF file.');
  if (q.gaf !== undefined && transitional && q.gaf !== 1) {
    list.push(`gaf ${q.gaf} ignored: 2019-2020 transitional payments are national amounts without geographic adjustment (SSA §1834(u)(7)(D)(i)).`);
  }
  if (q.gaf !== undefined && !transitional && (q.gaf < 0.5 || q.gaf > 2)) {
    list.push(`gaf ${q.gaf} is outside the plausible 0.5-2 range of a geographic adjustment factor; check the value from CMS's HIT GAF file.`);
  }
  if (status === 'derived') list.push(`The ${q.year} rate table is derived from published inputs by a stated rule, not CMS's published amount.`);
  const cents = rates[q.code] as number;
  if (cents < 2000 || cents > 200_000) {
    list.push(`rates.rates.${q.code}: ${cents} cents is outside the plausible $20-$2,000 range of a HIT visit amount; amounts are in cents (was it typed in dollars?)`);
  }
  return list;
}

describe('hitPayment reads only own fields of its input', () => {
  const rates = Object.freeze({ year: 2025, rates: Object.freeze({ G0068: 15555, G0088: 20000 }) });
  const errorOf = (fn: () => unknown) => {
    try {
      fn();
    } catch (error) {
      return error as { field?: string };
    }
    throw new Error('expected an error');
  };

  it('ignores fields inherited from a prototype object or a class', () => {
    const inherited = Object.create({ gaf: 2, chargeCents: 1 }) as Record<string, unknown>;
    Object.assign(inherited, { dateOfService: '2025-06-30', code: 'G0068', rates });
    const p = hitPayment(inherited as unknown as HitPaymentInput);
    // No gaf and no charge seen: 155.55 x 1 = $155.55; 80% = 12444.
    expect(p.gaf).toBe(1);
    expect(p.medicarePays.cents).toBe(12444);
    class Input {
      dateOfService = '2025-06-30';
      rates = rates;
      get code() {
        return 'G0088';
      }
    }
    // A getter on the prototype is not an own field: no code, so category is required.
    expect(errorOf(() => hitPayment(new Input() as unknown as HitPaymentInput)).field).toBe('category');
  });

  it('ignores keys added to Object.prototype (prototype pollution)', () => {
    const proto = Object.prototype as Record<string, unknown>;
    try {
      proto.gaf = 3;
      proto.deductibleRemainingCents = 100;
      const p = hitPayment({ dateOfService: '2025-06-30', code: 'G0068', rates });
      expect(p.gaf).toBe(1);
      expect(p.deductibleApplied.cents).toBe(0);
      const q = hitPayment({ dateOfService: '2025-06-30', code: 'G0068', gaf: 1.0523, rates });
      // 15555 x 1.0523 = 16368.5265 -> 16369; 80% = 13095.2 -> 13095.
      expect(q.allowed.cents).toBe(16369);
      expect(q.medicarePays.cents).toBe(13095);
    } finally {
      delete proto.gaf;
      delete proto.deductibleRemainingCents;
    }
  });
});
