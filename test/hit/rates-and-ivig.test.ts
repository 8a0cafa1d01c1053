import { describe, expect, it } from 'vitest';
import { hitRates, hitRateYears } from '../../src/hit/hitRates.js';
import { ivigServicesPayment } from '../../src/hit/ivigServicesPayment.js';
import { hitTransitionalCategory } from '../../src/hit/hitTransitionalCategory.js';
import { MedicareInputError } from '../../src/core/errors.js';
import { getSource } from '../../src/core/source-registry.js';
import { HIT_RATE_TABLES } from '../../src/generated/hit-rates.js';
import { Q2052_PERIODS } from '../../src/generated/q2052.js';
import { inputErrorOf as errorOf } from '../helpers.js';

describe('hitRates', () => {
  it('holds no year without a cited table: every year throws NO_DATA naming year', () => {
    expect(hitRateYears()).toEqual(HIT_RATE_TABLES.map((t) => t.year));
    for (const year of [2019, 2020, 2021, 2024, 2025, 2026]) {
      if (hitRateYears().includes(year)) continue;
      const error = errorOf(() => hitRates(year));
      expect(error.code).toBe('NO_DATA');
      expect(error.field).toBe('year');
      expect(error.message).toMatch(new RegExp(`${year}`));
    }
  });

  it('refuses a year that is not a whole year', () => {
    for (const bad of [2025.5, '2025', Number.NaN, 1800, null]) {
      expect(errorOf(() => hitRates(bad as never)).code).toBe('INVALID_INPUT');
    }
  });

  it('every bundled table is cited from the registry', () => {
    for (const table of HIT_RATE_TABLES) {
      expect(table.citations?.length).toBeGreaterThan(0);
      for (const citation of table.citations ?? []) expect(getSource(citation.id)).toBeDefined();
    }
  });
});

describe('ivigServicesPayment (Q2052)', () => {
  it('2024 permanent benefit: $420.48 (Noridian JD DME)', () => {
    const p = ivigServicesPayment({ dateOfService: '2024-06-01' });
    expect(p.code).toBe('Q2052');
    expect(p.rate).toEqual({ cents: 42048, usd: '$420.48' });
    expect(p.citations.map((c) => c.id)).toEqual(['noridian-jddme-ivig-page']);
    expect(Object.isFrozen(p)).toBe(true);
    expect(ivigServicesPayment({ dateOfService: '2024-01-01' }).rate.cents).toBe(42048);
    expect(ivigServicesPayment({ dateOfService: '2024-12-31' }).rate.cents).toBe(42048);
  });

  it('demonstration years held: 2021 $381.57 and 2023 $408.23', () => {
    expect(ivigServicesPayment({ dateOfService: '2021-01-01' }).rate.usd).toBe('$381.57');
    expect(ivigServicesPayment({ dateOfService: '2021-12-31' }).rate.usd).toBe('$381.57');
    expect(ivigServicesPayment({ dateOfService: '2023-07-04' }).rate.usd).toBe('$408.23');
  });

  it('the 2024 amount is the 2023 amount updated by 3.0%, to the cent', () => {
    // 40823 x 1.030 = 42047.69 -> 42048 (half-up): the two cited figures agree.
    const y2023 = ivigServicesPayment({ dateOfService: '2023-07-04' }).rate.cents;
    const y2024 = ivigServicesPayment({ dateOfService: '2024-07-04' }).rate.cents;
    expect(Math.round((y2023 * 1030) / 1000)).toBe(y2024);
  });

  it('years without a cited figure throw NO_DATA naming dateOfService', () => {
    for (const date of ['2020-12-31', '2022-06-01', '2025-01-01', '2026-03-01']) {
      const error = errorOf(() => ivigServicesPayment({ dateOfService: date }));
      expect(error.code).toBe('NO_DATA');
      expect(error.field).toBe('dateOfService');
    }
    expect(errorOf(() => ivigServicesPayment({ dateOfService: '2024-13-01' })).code).toBe('INVALID_INPUT');
    expect(errorOf(() => ivigServicesPayment(null as never)).field).toBe('input');
  });

  it('periods do not overlap and every citation resolves', () => {
    for (let i = 1; i < Q2052_PERIODS.length; i++) {
      expect(Q2052_PERIODS[i]!.from > Q2052_PERIODS[i - 1]!.to).toBe(true);
    }
    for (const period of Q2052_PERIODS) {
      for (const citation of period.citations) expect(getSource(citation.id)?.url).toBe(citation.url);
    }
  });
});

describe('hitTransitionalCategory (SSA §1834(u)(7)(E)(ii))', () => {
  // Illustrative caller table, not CMS amounts.
  const rates = { year: 2020, rates: { G0068: 13000, G0069: 20000, G0070: 23000 } };
  it('pays the category with the highest amount', () => {
    expect(hitTransitionalCategory({ dateOfService: '2020-05-01', categories: [1, 3], rates })).toBe(3);
    expect(hitTransitionalCategory({ dateOfService: '2020-05-01', categories: [1, 2], rates })).toBe(2);
    expect(hitTransitionalCategory({ dateOfService: '2020-05-01', categories: [1], rates })).toBe(1);
    // Amounts decide, not the category number: category 1 highest in this table.
    const odd = { year: 2019, rates: { G0068: 30000, G0069: 20000, G0070: 10000 } };
    expect(hitTransitionalCategory({ dateOfService: '2019-02-01', categories: [3, 1, 2], rates: odd })).toBe(1);
  });

  it('refuses dates outside 2019-2020 and bad categories', () => {
    expect(errorOf(() => hitTransitionalCategory({ dateOfService: '2021-01-01', categories: [1], rates })).field).toBe('dateOfService');
    expect(errorOf(() => hitTransitionalCategory({ dateOfService: '2020-01-01', categories: [], rates })).field).toBe('categories');
    expect(errorOf(() => hitTransitionalCategory({ dateOfService: '2020-01-01', categories: [1, 4 as never], rates })).field).toBe('categories[1]');
    expect(errorOf(() => hitTransitionalCategory({ dateOfService: '2019-01-01', categories: [1], rates })).field).toBe('rates.year');
    const noTable = errorOf(() => hitTransitionalCategory({ dateOfService: '2020-01-01', categories: [1] }));
    expect([noTable.code, noTable.field]).toEqual(['NO_DATA', 'rates']);
  });
});
