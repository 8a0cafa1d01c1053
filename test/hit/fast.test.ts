import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { adjustByGaf, cachedIsoDate, eightyPercent, fastMoney, usd } from '../../src/hit/fast.js';
import { formatUsd, money, multiplyCents, percentOfCents } from '../../src/core/money.js';
import { toIsoDate } from '../../src/core/dates.js';
import { MedicareInputError } from '../../src/core/errors.js';

describe('hot-path helpers give exactly what the core helpers give', () => {
  it('usd = formatUsd', () => {
    expect(usd(0)).toBe('$0.00');
    expect(usd(100000)).toBe('$1,000.00');
    expect(usd(123456789)).toBe('$1,234,567.89');
    fc.assert(fc.property(fc.nat({ max: Number.MAX_SAFE_INTEGER }), (c) => {
      expect(usd(c)).toBe(formatUsd(c));
    }));
  });

  it('fastMoney = money, frozen', () => {
    fc.assert(fc.property(fc.nat({ max: 1e12 }), (c) => {
      expect(fastMoney(c)).toEqual(money(c));
      expect(Object.isFrozen(fastMoney(c))).toBe(true);
    }));
  });

  it('eightyPercent = percentOfCents(x, 80)', () => {
    fc.assert(fc.property(fc.nat({ max: Number.MAX_SAFE_INTEGER }), (c) => {
      expect(eightyPercent(c)).toBe(percentOfCents(c, 80));
    }));
  });

  it('adjustByGaf = multiplyCents for any positive GAF', () => {
    const gaf = fc.oneof(
      fc.integer({ min: 1, max: 400000 }).map((n) => n / 100000),
      fc.double({ min: 1e-9, max: 1e6, noNaN: true }),
    );
    fc.assert(fc.property(fc.nat({ max: 1e10 }), gaf, (c, g) => {
      expect(adjustByGaf(c, g)).toBe(multiplyCents(c, g));
    }));
    // 24713 x 1.0523 = 26005.4899 -> 26005; 10001 x 1.5 = 15001.5 -> 15002 (half-up).
    expect(adjustByGaf(24713, 1.0523)).toBe(26005);
    expect(adjustByGaf(10001, 1.5)).toBe(15002);
  });

  it('cachedIsoDate = toIsoDate, including its errors', () => {
    expect(cachedIsoDate('2024-02-29', 'd')).toBe('2024-02-29');
    expect(cachedIsoDate('2024-02-29', 'd')).toBe(toIsoDate('2024-02-29', 'd'));
    expect(() => cachedIsoDate('2023-02-29', 'd')).toThrow(MedicareInputError);
    expect(() => cachedIsoDate('2023-02-29', 'd')).toThrow(MedicareInputError);
  });
});
