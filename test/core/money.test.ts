import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatUsd, money, multiplyCents, percentOfCents, readCents } from '../../src/core/money.js';
import { MedicareInputError } from '../../src/core/errors.js';

describe('money', () => {
  it('formats integer cents with grouping', () => {
    expect(formatUsd(0)).toBe('$0.00');
    expect(formatUsd(5)).toBe('$0.05');
    expect(formatUsd(123456)).toBe('$1,234.56');
    expect(formatUsd(123456789)).toBe('$1,234,567.89');
    expect(formatUsd(-100)).toBe('-$1.00');
    expect(money(42048)).toEqual({ cents: 42048, usd: '$420.48' });
    expect(Object.isFrozen(money(1))).toBe(true);
  });

  it('multiplies by a decimal factor exactly, rounding half-up once', () => {
    // 145.05 x 1.05 = 152.3025 -> 152.30
    expect(multiplyCents(14505, 1.05)).toBe(15230);
    // 100.01 x 0.5 = 50.005 -> 50.01 (half-up), which float math gets wrong
    expect(multiplyCents(10001, 0.5)).toBe(5001);
    // 1.005 is not representable in binary; the decimal reading keeps it exact: 100 x 1.005 = 100.5 -> 101
    expect(multiplyCents(100, 1.005)).toBe(101);
    expect(multiplyCents(40823, 1.03)).toBe(42048); // $408.23 x 1.030 = $420.4769 -> $420.48
    expect(multiplyCents(12345, 1e-7)).toBe(0);
    expect(multiplyCents(12345, 1)).toBe(12345);
  });

  it('takes a percentage with half-up rounding', () => {
    expect(percentOfCents(10000, 80)).toBe(8000);
    expect(percentOfCents(12345, 80)).toBe(9876); // 98.76
    expect(percentOfCents(12345, 20)).toBe(2469); // 24.69
    expect(percentOfCents(5, 50)).toBe(3); // 2.5 -> 3
  });

  it('never yields fractional cents (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), fc.double({ min: 0.001, max: 5, noNaN: true }), (c, f) => {
        const out = multiplyCents(c, f);
        return Number.isSafeInteger(out) && out >= 0 && Math.abs(out - c * f) <= 0.5 + 1e-6 * c;
      }),
      { numRuns: 2000 },
    );
  });

  it('validates caller cents', () => {
    expect(readCents(0, 'x')).toBe(0);
    for (const bad of [-1, 1.5, Number.NaN, Infinity, '100', null]) {
      expect(() => readCents(bad, 'chargeCents')).toThrow(MedicareInputError);
      expect(() => readCents(bad, 'chargeCents')).toThrow(/chargeCents/);
    }
  });
});
