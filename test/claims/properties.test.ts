import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkClaim, CLAIM_FINDINGS, MedicareInputError, type ClaimLine } from '../../src/index.js';

const CODES = [
  'E0779', 'E0780', 'E0781', 'E0784', 'E0791', 'K0455', 'A4221', 'A4222', 'A4224', 'A4225', 'K0552', 'A4238',
  'J1559', 'J1575', 'J1561', 'J1817', 'J1811', 'J9039', 'J7356', 'J7799', 'J3490', 'J9999', 'A4230', 'A4232',
  'E0783', 'S9494', 'S3620', 'K0604', 'A9274', 'G0068', 'G0069', 'G0070', 'G0088', 'G0089', 'G0090', 'Q2052', 'Z9999', '99601',
];
const MODIFIERS = ['KX', 'GA', 'GZ', 'GY', 'JB', 'JK', 'JL', 'JW', 'JZ', 'RR', 'NU', 'kx', ' jb'];

const dateArb = fc
  .date({ min: new Date(2016, 0, 1), max: new Date(2027, 11, 31), noInvalidDate: true })
  .map((d) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`);

const lineArb: fc.Arbitrary<ClaimLine> = fc.record({
  hcpcs: fc.constantFrom(...CODES),
  modifiers: fc.subarray(MODIFIERS, { maxLength: 4 }),
  units: fc.integer({ min: 1, max: 20000 }),
  dateOfService: dateArb,
});

describe('checkClaim properties', () => {
  it('valid claims: findings are documented, 1-based, sorted by line then code, frozen', () => {
    fc.assert(
      fc.property(fc.array(lineArb, { maxLength: 12 }), (lines) => {
        const result = checkClaim(lines);
        expect(Object.isFrozen(result)).toBe(true);
        for (let i = 0; i < result.length; i++) {
          const f = result[i]!;
          expect(Object.isFrozen(f)).toBe(true);
          expect(f.line).toBeGreaterThanOrEqual(1);
          expect(f.line).toBeLessThanOrEqual(lines.length);
          expect(f.severity).toBe(CLAIM_FINDINGS[f.code].severity);
          expect(f.message).toContain(lines[f.line - 1]!.hcpcs.trim().toUpperCase());
          if (i > 0) {
            const p = result[i - 1]!;
            expect(p.line < f.line || (p.line === f.line && p.code <= f.code)).toBe(true);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('line order changes only the line numbers, never which findings exist', () => {
    fc.assert(
      fc.property(fc.array(lineArb, { minLength: 1, maxLength: 8 }), (lines) => {
        const reversed = [...lines].reverse();
        // Second-of-a-day findings (HIT visits, K0455) and over-a-limit findings (blinatumomab a month,
        // Q2052 a day) name the line that goes over, which depends on order: compare without them.
        const ORDERED = ['HIT_SAME_CATEGORY_SAME_DAY', 'K0455_SECOND_PUMP', 'QUANTITY_OVER_MONTHLY_LIMIT', 'Q2052_UNITS_PER_DAY'];
        const key = (ls: readonly ClaimLine[], order: (i: number) => number) =>
          checkClaim(ls)
            .filter((f) => !ORDERED.includes(f.code))
            .map((f) => `${order(f.line - 1)}:${f.code}`)
            .sort();
        expect(key(reversed, (i) => lines.length - 1 - i)).toEqual(key(lines, (i) => i));
      }),
      { numRuns: 200 },
    );
  });

  it('any input whatsoever either returns findings or throws MedicareInputError, never anything else', () => {
    fc.assert(
      fc.property(fc.anything({ withDate: true, withNullPrototype: true, withMap: true }), (input) => {
        try {
          checkClaim(input as never);
        } catch (error) {
          expect(error).toBeInstanceOf(MedicareInputError);
        }
        try {
          checkClaim([input] as never);
        } catch (error) {
          expect(error).toBeInstanceOf(MedicareInputError);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('KX on every line never leaves a missing KX/GA/GZ finding', () => {
    fc.assert(
      fc.property(fc.array(lineArb, { maxLength: 10 }), (lines) => {
        const withKx = lines.map((l) => ({ ...l, modifiers: [...(l.modifiers ?? []), 'KX'] }));
        expect(checkClaim(withKx).some((f) => f.code === 'EIP_MODIFIER_MISSING')).toBe(false);
      }),
      { numRuns: 200 },
    );
  });
});

describe('checkClaim on large claims', () => {
  it('sorts many findings (more than the small-claim path handles) by line then code', () => {
    const lines: ClaimLine[] = [];
    for (let i = 0; i < 200; i++) lines.push({ hcpcs: i % 2 ? 'G0068' : 'S9494', units: 10000, dateOfService: '2026-03-02' });
    const result = checkClaim(lines, { drugLines: [{ hcpcs: 'J2260', dateOfService: '2026-03-02' }] });
    // 100 S-code lines: S_CODE + UNITS each; 100 G0068 lines: UNITS each, and 99 of them are second visits that day.
    expect(result).toHaveLength(100 * 2 + 100 + 99);
    for (let i = 1; i < result.length; i++) {
      const p = result[i - 1]!;
      const f = result[i]!;
      expect(p.line < f.line || (p.line === f.line && p.code <= f.code)).toBe(true);
    }
  });
});

describe('HIT visit checks against a plain reading of the rules', () => {
  const G = { G0068: [1, false], G0069: [2, false], G0070: [3, false], G0088: [1, true], G0089: [2, true], G0090: [3, true] } as const;
  const hitLine = fc.record({
    hcpcs: fc.constantFrom(...(Object.keys(G) as (keyof typeof G)[])),
    units: fc.integer({ min: 1, max: 8 }),
    dateOfService: fc
      .integer({ min: 0, max: 200 })
      .map((d) => new Date(2025, 10, 1 + d))
      .map((d) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`),
  });

  /** BPM §320.8: one visit per category per day; §320.8.3: no initial visit within 60 days of any G-code. */
  function expected(lines: readonly { hcpcs: keyof typeof G; dateOfService: string }[]): string[] {
    const out: string[] = [];
    lines.forEach((l, i) => {
      const [category, initial] = G[l.hcpcs];
      if (lines.slice(0, i).some((o) => o.dateOfService === l.dateOfService && G[o.hcpcs][0] === category)) {
        out.push(`${i + 1}:HIT_SAME_CATEGORY_SAME_DAY`);
      }
      const day = (s: string) => new Date(Number(s.slice(0, 4)), Number(s.slice(5, 7)) - 1, Number(s.slice(8)));
      const within60 = lines.some(
        (o) => o.dateOfService < l.dateOfService && (day(l.dateOfService).getTime() - day(o.dateOfService).getTime()) / 864e5 <= 60.5,
      );
      if (initial && within60) out.push(`${i + 1}:HIT_INITIAL_NOT_ALLOWED`);
    });
    return out.sort();
  }

  // Each visit's drug of its category on its day, as billed on the DME MAC claim (MM11880).
  const DRUG = { 1: 'J2260', 2: 'J1559', 3: 'J9000' } as const;
  for (const [label, min, max] of [['small claims', 1, 30], ['large claims', 33, 80]] as const) {
    it(label, () => {
      fc.assert(
        fc.property(fc.array(hitLine, { minLength: min, maxLength: max }), (lines) => {
          const drugLines = lines.map((l) => ({ hcpcs: DRUG[G[l.hcpcs][0]], dateOfService: l.dateOfService }));
          const got = checkClaim(lines, { drugLines }).map((f) => `${f.line}:${f.code}`).sort();
          expect(got).toEqual(expected(lines));
        }),
        { numRuns: 60 },
      );
    });
  }
});
