/**
 * What the HIT functions tell a caller they refuse, word for word (field and message are what a
 * caller reads to fix the input), the checks on a caller's rate table, and the Jupyter display of a
 * payment.
 */
import { describe, expect, it } from 'vitest';
import { JUPYTER_DISPLAY } from '../../src/core/display.js';
import { hitCode, hitPayment, hitRates, hitTransitionalCategory, hitVisitType, ivigServicesPayment } from '../../src/index.js';
import { inputErrorOf as errorOf } from '../helpers.js';

const RATES_2021 = Object.freeze({ year: 2021, rates: Object.freeze({ G0068: 15000, G0069: 20000, G0070: 25000, G0088: 30000, G0089: 35000, G0090: 40000 }) });
const RATES_2020 = Object.freeze({ year: 2020, rates: Object.freeze({ G0068: 15000, G0069: 20000, G0070: 20000 }) });
const message = (fn: () => unknown) => {
  const e = errorOf(fn);
  return `${e.code} ${e.message}`;
};
const pay = (input: object) => () => hitPayment({ dateOfService: '2021-03-01', code: 'G0068', gaf: 1, rates: RATES_2021, ...input } as never);

describe('hitPayment refusals', () => {
  it('code, category and visit', () => {
    expect(message(pay({ code: undefined, category: 4, visit: 'initial' }))).toBe('INVALID_INPUT category: must be 1, 2 or 3, got 4');
    expect(message(pay({ code: undefined, category: 1, visit: 'first' }))).toBe(`INVALID_INPUT visit: must be 'initial' or 'subsequent', got "first"`);
    expect(message(pay({ code: 'G0071' }))).toBe('UNKNOWN_CODE code: G0071 is not a HIT services G-code (G0068-G0070, G0088-G0090)');
    expect(message(pay({ code: undefined, visit: 'initial' }))).toBe('INVALID_INPUT category: required when code is not given (1, 2 or 3)');
    expect(message(pay({ code: undefined, category: 1 }))).toBe("INVALID_INPUT visit: required when code is not given ('initial' or 'subsequent')");
  });
  it('gaf and locality', () => {
    expect(message(pay({ locality: '01' }))).toBe('INVALID_INPUT locality: give gaf or locality, not both');
    expect(message(pay({ gaf: undefined, locality: 1 }))).toBe('INVALID_INPUT locality: must be a locality id string, got 1');
    expect(message(pay({ gaf: undefined, locality: ' ' }))).toBe('INVALID_INPUT locality: must be a locality id string, got " "');
    expect(message(pay({ gaf: undefined, locality: '01' }))).toBe(
      `NO_DATA locality: no GAF held for locality "01": CMS's HIT GAF files were not found in citable sources; pass gaf (the locality's GAF from CMS's yearly HIT GAF file) instead`,
    );
    expect(message(pay({ gaf: 0 }))).toBe('INVALID_INPUT gaf: must be a positive finite number such as 1.0523, got 0');
    expect(message(pay({ gaf: 1e300 }))).toBe('INVALID_INPUT gaf: 1e+300 gives an allowed amount beyond whole-cent range');
  });
  it('dates and tables', () => {
    expect(message(pay({ dateOfService: '2018-12-31' }))).toBe('NO_DATA dateOfService: 2018-12-31 is before 2019-01-01; Medicare HIT services payments start then (SSA §1834(u)(7))');
    expect(hitPayment({ dateOfService: '2019-01-01', code: 'G0068', rates: { ...RATES_2020, year: 2019 } }).allowed.cents).toBe(15000);
    expect(message(pay({ rates: { ...RATES_2021, year: 2022 } }))).toBe('INVALID_INPUT rates.year: 2022 does not match the date of service year 2021');
    expect(message(pay({ code: 'G0090', rates: { year: 2021, rates: { G0068: 15000 } } }))).toBe('INVALID_INPUT rates.rates.G0090: the 2021 table has no amount for G0090');
    expect(message(pay({ rates: undefined }))).toBe(
      "NO_DATA rates: the library holds no verified HIT national rate table for 2021. Pass one as hitPayment({ rates: { year, rates: { G0068: cents, ... }, status: 'published' } }) from CMS's yearly Home Infusion Therapy rate file, or add data/hit-rates/2021.json with scripts/import-hit-rates.ts (docs/yearly-update.md)",
    );
  });
});

describe("a caller's rate table (checkRateTable)", () => {
  const table = (rates: object, extra: object = {}) => pay({ rates: { year: 2021, rates, ...extra } });
  it('amounts are whole non-negative cents; keys are HIT G-codes', () => {
    for (const bad of [-1, 1.5, '15000', null]) expect(errorOf(table({ G0068: bad })).field).toBe('rates.rates.G0068');
    expect(hitPayment({ dateOfService: '2021-03-01', code: 'G0068', gaf: 1, rates: { year: 2021, rates: { G0068: 0 } } }).allowed.cents).toBe(0);
    expect(message(table({ G0068: 15000, J1559: 1 }))).toBe('UNKNOWN_CODE rates.rates.J1559: "J1559" is not a HIT G-code (G0068-G0070, G0088-G0090)');
    expect(errorOf(pay({ rates: { year: 'x', rates: {} } })).field).toBe('rates.year');
    expect(errorOf(pay({ rates: { year: 2021, rates: [] } })).field).toBe('rates.rates');
  });
  it('an initial amount below its subsequent amount is refused; either one alone is fine (42 CFR 414.1550(c)(4))', () => {
    expect(message(table({ G0068: 15000, G0088: 14999 }))).toBe(
      'INVALID_INPUT rates.rates.G0088: initial-visit amount 14999 is below the subsequent-visit amount 15000; 42 CFR 414.1550(c)(4) sets the first visit higher',
    );
    expect(hitPayment({ dateOfService: '2021-03-01', code: 'G0088', gaf: 1, rates: { year: 2021, rates: { G0088: 30000 } } }).allowed.cents).toBe(30000);
    expect(hitPayment({ dateOfService: '2021-03-01', code: 'G0069', gaf: 1, rates: { year: 2021, rates: { G0069: 100, G0088: 50 } } }).allowed.cents).toBe(100);
  });
  it('status and citations', () => {
    expect(message(table({ G0068: 15000 }, { status: 'final' }))).toBe(`INVALID_INPUT rates.status: must be 'published', 'derived' or absent, got "final"`);
    expect(message(table({ G0068: 15000 }, { citations: 'x' }))).toBe('INVALID_INPUT rates.citations: must be an array of citations, got "x"');
    const badCitations = [null, 'x', { id: 1, title: 't', url: 'u' }, { id: 'i', title: 1, url: 'u' }, { id: 'i', title: 't' }, { id: 'i', title: 't', url: 'u', section: 2 }];
    for (const citation of badCitations) {
      expect(message(table({ G0068: 15000 }, { citations: [citation] }))).toBe('INVALID_INPUT rates.citations[0]: must be { id, title, url, section? } with string values');
    }
    const ok = hitPayment({ dateOfService: '2021-03-01', code: 'G0068', gaf: 1, rates: { year: 2021, rates: { G0068: 15000 }, status: 'published', citations: [{ id: 'i', title: 't', url: 'u', section: 's' }] } });
    expect(ok.citations.at(-1)).toEqual({ id: 'i', title: 't', url: 'u', section: 's' });
  });
});

describe('the other HIT functions name the field and say why', () => {
  it('hitCode, hitRates, ivigServicesPayment', () => {
    expect(message(() => hitCode(0 as never, 'initial'))).toBe('INVALID_INPUT category: must be 1, 2 or 3, got 0');
    expect(message(() => hitCode(1, 'later' as never))).toBe(`INVALID_INPUT visit: must be 'initial' or 'subsequent', got "later"`);
    expect(errorOf(() => hitRates('2025' as never)).field).toBe('year');
    expect(errorOf(() => ivigServicesPayment({ dateOfService: 'soon' })).field).toBe('dateOfService');
  });
  it('hitVisitType', () => {
    expect(message(() => hitVisitType({ dateOfService: '2026-03-02', patientPriorVisits: 'x' as never }))).toBe(
      `INVALID_INPUT patientPriorVisits: must be an array of { date, discharged? } (the patient's visits by any supplier), got "x"`,
    );
    expect(errorOf(() => hitVisitType({ dateOfService: '2026-03-02', priorVisits: 'x' as never })).field).toBe('priorVisits');
    expect(message(() => hitVisitType({ dateOfService: '2026-03-02', patientPriorVisits: [{ date: '2026-03-01', discharged: 'yes' as never }] }))).toBe(
      'INVALID_INPUT patientPriorVisits[0].discharged: must be true, false or absent, got "yes"',
    );
    expect(message(() => hitVisitType({ dateOfService: '2026-03-02', patientPriorVisits: [{ date: '2026-03-03' }] }))).toBe(
      'INVALID_INPUT patientPriorVisits[0].date: 2026-03-03 is after dateOfService 2026-03-02; give only earlier visits',
    );
    expect(message(() => hitVisitType({ dateOfService: '2018-12-31', patientPriorVisits: [] }))).toBe(
      'NO_DATA dateOfService: 2018-12-31 is before 2019-01-01; Medicare HIT services start then (SSA §1834(u)(7))',
    );
  });
  it('hitTransitionalCategory', () => {
    const ask = (input: object) => () => hitTransitionalCategory({ dateOfService: '2020-05-01', categories: [1], rates: RATES_2020, ...input } as never);
    expect(errorOf(ask({ dateOfService: 'x' })).field).toBe('dateOfService');
    expect(message(ask({ dateOfService: '2018-12-31' }))).toBe('NO_DATA dateOfService: 2018-12-31 is before 2019-01-01, when HIT payments start');
    expect(message(ask({ dateOfService: '2021-01-01' }))).toBe('INVALID_INPUT dateOfService: 2021-01-01 is not in 2019-2020; from 2021 one payment is made per category per day (42 CFR 414.1550(b))');
    expect(message(ask({ categories: [] }))).toBe('INVALID_INPUT categories: must be a non-empty array of 1, 2 or 3, got an array');
    expect(message(ask({ categories: [1, 0] }))).toBe('INVALID_INPUT categories[1]: must be 1, 2 or 3, got 0');
    expect(errorOf(ask({ rates: undefined })).field).toBe('rates');
    expect(message(ask({ rates: { ...RATES_2020, year: 2019 } }))).toBe('INVALID_INPUT rates.year: 2019 does not match the date of service year 2020');
    expect(message(ask({ categories: [3], rates: { year: 2020, rates: { G0068: 1 } } }))).toBe('INVALID_INPUT rates.rates.G0070: the 2020 table has no amount for G0070');
    // A category whose amount is 0 is still the one paid when it is the only one.
    expect(hitTransitionalCategory({ dateOfService: '2020-05-01', categories: [2], rates: { year: 2020, rates: { G0069: 0 } } })).toBe(2);
  });
});

describe('hitPayment: the Jupyter display', () => {
  const show = (input: object) => (hitPayment({ dateOfService: '2021-03-01', code: 'G0088', rates: RATES_2021, ...input } as never) as unknown as Record<symbol, () => Record<string, string>>)[JUPYTER_DISPLAY]!()['text/markdown'];
  it('the steps, the warnings when there are any, and the sources with their sections', () => {
    const withWarning = show({});
    expect(withWarning).toContain('**G0088 (category 1, initial visit, 2021)**\n\n| Step | Value |\n| --- | --- |\n| National unadjusted amount, G0088 2021 | $300.00 |');
    expect(withWarning).toContain("| Warning |\n| --- |\n| No gaf given: the national unadjusted amount is used (GAF 1). Pass the locality GAF from CMS's HIT GAF file. |");
    expect(withWarning).toContain('| Source | Section | URL |\n| --- | --- | --- |\n');
    expect(withWarning).toMatch(/\| 42 CFR [^|]*\| §414\.1550\(a\) \| https:/);
    const rates = { ...RATES_2021, citations: [{ id: 'x', title: 'My file', url: 'https://example.org' }] };
    const quiet = show({ gaf: 1, rates });
    expect(quiet).not.toContain('| Warning |');
    expect(quiet).toContain('| My file |  | https://example.org |');
  });
});
