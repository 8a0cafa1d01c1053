import { describe, expect, it } from 'vitest';
import { isInEffect, toIsoDate } from '../../src/core/dates.js';
import { MedicareInputError } from '../../src/core/errors.js';

describe('toIsoDate', () => {
  it('accepts calendar dates as strings and Dates', () => {
    expect(toIsoDate('2024-02-29', 'd')).toBe('2024-02-29');
    expect(toIsoDate(' 2026-01-01 ', 'd')).toBe('2026-01-01');
    expect(toIsoDate(new Date(2026, 0, 31), 'd')).toBe('2026-01-31');
  });

  it('refuses impossible or malformed dates with INVALID_INPUT naming the field', () => {
    for (const bad of ['2026-02-30', '2025-02-29', '2026-13-01', '2026-1-1', '20260101', '', 'soon', 42, null, {}, new Date('x')]) {
      let caught: unknown;
      try {
        toIsoDate(bad, 'dateOfService');
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(MedicareInputError);
      expect((caught as MedicareInputError).code).toBe('INVALID_INPUT');
      expect((caught as MedicareInputError).field).toBe('dateOfService');
      expect((caught as MedicareInputError).message).toMatch(/^dateOfService: /);
    }
  });

  it('checks effective ranges inclusively', () => {
    const range = { from: '2021-01-01', to: '2025-12-31' };
    expect(isInEffect('2020-12-31', range)).toBe(false);
    expect(isInEffect('2021-01-01', range)).toBe(true);
    expect(isInEffect('2025-12-31', range)).toBe(true);
    expect(isInEffect('2026-01-01', range)).toBe(false);
    expect(isInEffect('2099-01-01', { from: '2021-01-01' })).toBe(true);
  });
});

describe('localDateToIso', () => {
  it("matches date-fns format(date, 'yyyy-MM-dd') on every day of 1999-2032", async () => {
    const { format } = await import('date-fns/format');
    const { localDateToIso } = await import('../../src/core/dates.js');
    for (let d = new Date(1999, 0, 1); d.getFullYear() < 2033; d = new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1)) {
      expect(localDateToIso(d)).toBe(format(d, 'yyyy-MM-dd'));
    }
  });
});
