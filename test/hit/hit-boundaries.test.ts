/**
 * HIT rules at their boundaries: the day the permanent benefit starts (2021-01-01, SSA §1834(u)(7)),
 * the plausible GAF range, the citations each case carries, the transitional category rule
 * (SSA §1834(u)(7)(E)(ii)) and the Q2052 periods of data/q2052.json.
 */
import { describe, expect, it } from 'vitest';
import { hitPayment, hitTransitionalCategory, ivigServicesPayment, MedicareInputError } from '../../src/index.js';
import { inputErrorOf } from '../helpers.js';

// Illustrative amounts (not CMS rates: the library holds none).
const RATES_2021 = Object.freeze({ year: 2021, rates: Object.freeze({ G0068: 15000, G0069: 20000, G0070: 25000, G0088: 30000, G0089: 35000, G0090: 40000 }) });
const RATES_2020 = Object.freeze({ year: 2020, rates: Object.freeze({ G0068: 15000, G0069: 20000, G0070: 20000 }) });

/** The MedicareInputError `fn` throws (test/helpers.ts). */
const errorOf = inputErrorOf;

describe('hitPayment: 2020-12-31 is transitional (national, no GAF), 2021-01-01 is not', () => {
  it('the GAF is applied from 2021-01-01 and ignored, with a warning, on 2020-12-31', () => {
    const before = hitPayment({ dateOfService: '2020-12-31', code: 'G0068', gaf: 1.1, rates: RATES_2020 });
    expect(before.gaf).toBe(1);
    expect(before.allowed.cents).toBe(15000);
    expect(before.steps[1]).toEqual({ label: 'Geographic adjustment (none in 2019-2020)', value: '1' });
    expect(before.warnings).toEqual(['gaf 1.1 ignored: 2019-2020 transitional payments are national amounts without geographic adjustment (SSA §1834(u)(7)(D)(i)).']);
    expect(before.citations.map((c) => c.section)).toContain('§1834(u)(7)(D)(i)');
    expect(before.citations.map((c) => c.section)).not.toContain('§1834(u)(1)(B)(i)');
    const on = hitPayment({ dateOfService: '2021-01-01', code: 'G0068', gaf: 1.1, rates: RATES_2021 });
    expect(on.gaf).toBe(1.1);
    expect(on.allowed.cents).toBe(16500);
    expect(on.steps[1]).toEqual({ label: 'Geographic adjustment factor (GAF)', value: '1.1' });
    expect(on.warnings).toEqual([]);
    expect(on.citations.map((c) => c.section)).toContain('§1834(u)(1)(B)(i)');
  });
  it('a transitional payment with gaf 1 or no gaf draws no warning', () => {
    expect(hitPayment({ dateOfService: '2020-06-01', code: 'G0068', gaf: 1, rates: RATES_2020 }).warnings).toEqual([]);
    expect(hitPayment({ dateOfService: '2020-06-01', code: 'G0068', rates: RATES_2020 }).warnings).toEqual([]);
  });
  it('initial-visit codes exist from 2021-01-01; before, the error names the field given', () => {
    const byCode = errorOf(() => hitPayment({ dateOfService: '2020-12-31', code: 'G0088', rates: RATES_2020 }));
    expect(byCode.field).toBe('code');
    expect(byCode.message).toMatch(/G0088 \(initial visit\) exists from 2021-01-01/);
    expect(errorOf(() => hitPayment({ dateOfService: '2020-12-31', category: 1, visit: 'initial', rates: RATES_2020 })).field).toBe('visit');
    expect(hitPayment({ dateOfService: '2021-01-01', code: 'G0088', rates: RATES_2021 }).nationalRate.cents).toBe(30000);
  });
  it('payments start on 2019-01-01: 2018-12-31 is NO_DATA', () => {
    const error = errorOf(() => hitPayment({ dateOfService: '2018-12-31', code: 'G0068', rates: { ...RATES_2020, year: 2018 } }));
    expect(error.code).toBe('NO_DATA');
    expect(error.field).toBe('dateOfService');
  });
});

describe('hitPayment: a GAF from 0.5 to 2.0 is plausible; outside, a warning', () => {
  const warningsAt = (gaf: number) => hitPayment({ dateOfService: '2021-03-01', code: 'G0068', gaf, rates: RATES_2021 }).warnings;
  it('0.5 and 2.0 draw none; 0.49 and 2.01 draw the warning', () => {
    expect(warningsAt(0.5)).toEqual([]);
    expect(warningsAt(2)).toEqual([]);
    expect(warningsAt(0.49)).toEqual(["gaf 0.49 is outside the plausible 0.5-2 range of a geographic adjustment factor; check the value from CMS's HIT GAF file."]);
    expect(warningsAt(2.01)).toHaveLength(1);
  });
  it('a gaf must be a positive finite number', () => {
    for (const bad of [0, -1, Number.NaN, Number.POSITIVE_INFINITY, '1.05']) {
      expect(errorOf(() => hitPayment({ dateOfService: '2021-03-01', code: 'G0068', gaf: bad as number, rates: RATES_2021 })).field).toBe('gaf');
    }
    expect(errorOf(() => hitPayment({ dateOfService: '2021-03-01', code: 'G0068', gaf: 1, locality: '01', rates: RATES_2021 } as never)).field).toBe('locality');
    const locality = errorOf(() => hitPayment({ dateOfService: '2021-03-01', code: 'G0068', locality: '01', rates: RATES_2021 } as never));
    expect(locality.code).toBe('NO_DATA');
    expect(errorOf(() => hitPayment({ dateOfService: '2021-03-01', code: 'G0068', locality: ' ', rates: RATES_2021 } as never)).code).toBe('INVALID_INPUT');
  });
});

describe('hitPayment: the citations say which rules applied', () => {
  const sections = (input: object) =>
    hitPayment({ dateOfService: '2021-03-01', gaf: 1, rates: RATES_2021, code: 'G0068', ...input }).citations.map((c) => `${c.id} ${c.section ?? ''}`.trim());
  it('the initial-visit rule (42 CFR 414.1550(c)(4)) only for an initial visit', () => {
    expect(sections({ code: 'G0088' })).toContain('cfr-42-414.1550 §414.1550(c)(4)');
    expect(sections({ code: 'G0068' })).not.toContain('cfr-42-414.1550 §414.1550(c)(4)');
  });
  it('the deductible source only when some deductible was applied', () => {
    expect(sections({ deductibleRemainingCents: 1 })).toContain('ssa-poms-hi-00610430');
    expect(sections({ deductibleRemainingCents: 0 })).not.toContain('ssa-poms-hi-00610430');
    expect(sections({})).toEqual([
      'cfr-42-414.1550 §414.1550(a)',
      'cfr-42-414.1550 §414.1550(b)',
      'bpm-100-02-ch15 §320.8',
      'ssa-1834u §1834(u)(1)(B)(i)',
    ]);
  });
  it("a table's own citations follow the rules', section kept when given", () => {
    const rates = { ...RATES_2021, citations: [{ id: 'x', title: 'My file', url: 'https://example.org' }, { id: 'y', title: 'Other', url: 'https://example.org/y', section: 'p. 2' }] };
    const cited = hitPayment({ dateOfService: '2021-03-01', gaf: 1, rates, code: 'G0068' }).citations;
    expect(cited.slice(-2)).toEqual([{ id: 'x', title: 'My file', url: 'https://example.org' }, { id: 'y', title: 'Other', url: 'https://example.org/y', section: 'p. 2' }]);
    expect('section' in cited.at(-2)!).toBe(false);
  });
});

describe('hitPayment: code, category and visit', () => {
  it('category and visit choose the code; both given with the code must agree with it', () => {
    expect(hitPayment({ dateOfService: '2021-03-01', category: 3, visit: 'initial', gaf: 1, rates: RATES_2021 }).code).toBe('G0090');
    expect(hitPayment({ dateOfService: '2021-03-01', code: ' g0069 ', category: 2, visit: 'subsequent', gaf: 1, rates: RATES_2021 }).code).toBe('G0069');
    expect(errorOf(() => hitPayment({ dateOfService: '2021-03-01', code: 'G0069', category: 3, rates: RATES_2021 })).message).toMatch(/3 disagrees with code G0069, which is category 2/);
    expect(errorOf(() => hitPayment({ dateOfService: '2021-03-01', code: 'G0069', visit: 'initial', rates: RATES_2021 })).message).toMatch(/'initial' disagrees with code G0069, which is the subsequent visit code/);
    expect(errorOf(() => hitPayment({ dateOfService: '2021-03-01', category: 2, rates: RATES_2021 })).field).toBe('visit');
    expect(errorOf(() => hitPayment({ dateOfService: '2021-03-01', visit: 'initial', rates: RATES_2021 })).field).toBe('category');
    expect(errorOf(() => hitPayment({ dateOfService: '2021-03-01', category: 4 as never, visit: 'initial', rates: RATES_2021 })).field).toBe('category');
    expect(errorOf(() => hitPayment({ dateOfService: '2021-03-01', category: 1, visit: 'first' as never, rates: RATES_2021 })).field).toBe('visit');
    expect(errorOf(() => hitPayment({ dateOfService: '2021-03-01', code: 'G0071', rates: RATES_2021 })).code).toBe('UNKNOWN_CODE');
  });
  it('a table of another year, or without the code, is refused naming the field', () => {
    expect(errorOf(() => hitPayment({ dateOfService: '2021-03-01', code: 'G0068', rates: { ...RATES_2021, year: 2022 } })).field).toBe('rates.year');
    expect(errorOf(() => hitPayment({ dateOfService: '2021-03-01', code: 'G0090', rates: { year: 2021, rates: { G0068: 15000 } } })).field).toBe('rates.rates.G0090');
  });
  it('an amount outside $20-$2,000 draws a warning (cents typed as dollars)', () => {
    const low = hitPayment({ dateOfService: '2021-03-01', code: 'G0068', gaf: 1, rates: { year: 2021, rates: { G0068: 1999 } } });
    expect(low.warnings).toEqual(['rates.rates.G0068: 1999 cents is outside the plausible $20-$2,000 range of a HIT visit amount; amounts are in cents (was it typed in dollars?)']);
    expect(hitPayment({ dateOfService: '2021-03-01', code: 'G0068', gaf: 1, rates: { year: 2021, rates: { G0068: 2000 } } }).warnings).toEqual([]);
    expect(hitPayment({ dateOfService: '2021-03-01', code: 'G0068', gaf: 1, rates: { year: 2021, rates: { G0068: 200000 } } }).warnings).toEqual([]);
    expect(hitPayment({ dateOfService: '2021-03-01', code: 'G0068', gaf: 1, rates: { year: 2021, rates: { G0068: 200001 } } }).warnings).toHaveLength(1);
  });
  it('an initial amount below its subsequent amount is refused (42 CFR 414.1550(c)(4)); equal is allowed', () => {
    const below = errorOf(() => hitPayment({ dateOfService: '2021-03-01', code: 'G0068', rates: { year: 2021, rates: { G0068: 15000, G0088: 14999 } } }));
    expect(below.field).toBe('rates.rates.G0088');
    expect(hitPayment({ dateOfService: '2021-03-01', code: 'G0088', gaf: 1, rates: { year: 2021, rates: { G0068: 15000, G0088: 15000 } } }).allowed.cents).toBe(15000);
  });
});

describe('hitTransitionalCategory: the one category paid on a 2019-2020 day (SSA §1834(u)(7)(E)(ii))', () => {
  it('the highest amount wins; a tie goes to the higher category number', () => {
    // RATES_2020: category 2 and 3 are both $200.00, category 1 $150.00.
    expect(hitTransitionalCategory({ dateOfService: '2020-05-01', categories: [1, 2], rates: RATES_2020 })).toBe(2);
    expect(hitTransitionalCategory({ dateOfService: '2020-05-01', categories: [3, 2], rates: RATES_2020 })).toBe(3);
    expect(hitTransitionalCategory({ dateOfService: '2020-05-01', categories: [2, 3], rates: RATES_2020 })).toBe(3);
    expect(hitTransitionalCategory({ dateOfService: '2020-05-01', categories: [2, 1], rates: RATES_2020 })).toBe(2);
    expect(hitTransitionalCategory({ dateOfService: '2020-05-01', categories: [1], rates: RATES_2020 })).toBe(1);
  });
  it('2019-01-01 to 2020-12-31 only', () => {
    expect(hitTransitionalCategory({ dateOfService: '2020-12-31', categories: [1], rates: RATES_2020 })).toBe(1);
    expect(errorOf(() => hitTransitionalCategory({ dateOfService: '2021-01-01', categories: [1], rates: RATES_2020 })).field).toBe('dateOfService');
    expect(errorOf(() => hitTransitionalCategory({ dateOfService: '2018-12-31', categories: [1], rates: RATES_2020 })).code).toBe('NO_DATA');
    expect(errorOf(() => hitTransitionalCategory({ dateOfService: '2019-01-01', categories: [1], rates: RATES_2020 })).field).toBe('rates.year');
    expect(errorOf(() => hitTransitionalCategory({ dateOfService: '2020-05-01', categories: [], rates: RATES_2020 })).field).toBe('categories');
    expect(errorOf(() => hitTransitionalCategory({ dateOfService: '2020-05-01', categories: [1, 4 as never], rates: RATES_2020 })).field).toBe('categories[1]');
    expect(errorOf(() => hitTransitionalCategory({ dateOfService: '2020-05-01', categories: [3], rates: { year: 2020, rates: { G0068: 15000 } } })).field).toBe('rates.rates.G0070');
  });
});

describe('ivigServicesPayment: each Q2052 period from its first day to its last (data/q2052.json)', () => {
  it('2021-01-01 and 2021-12-31 are $381.57; 2020-12-31 and 2022-01-01 are NO_DATA', () => {
    expect(ivigServicesPayment({ dateOfService: '2021-01-01' }).rate.cents).toBe(38157);
    expect(ivigServicesPayment({ dateOfService: '2021-12-31' }).rate.cents).toBe(38157);
    expect(ivigServicesPayment({ dateOfService: '2023-01-01' }).rate.cents).toBe(40823);
    expect(ivigServicesPayment({ dateOfService: '2024-12-31' }).rate.cents).toBe(42048);
    for (const date of ['2020-12-31', '2022-01-01', '2025-01-01']) {
      const error = errorOf(() => ivigServicesPayment({ dateOfService: date }));
      expect(error.code).toBe('NO_DATA');
      expect(error.message).toMatch(new RegExp(`no cited Q2052 payment amount for ${date}; the library holds 2021, 2023, 2024`));
    }
  });
});
