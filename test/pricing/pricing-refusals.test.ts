/**
 * What the pricing functions tell a caller they refuse, word for word (field and message are what a
 * caller reads to fix the input or import a quarter), and the checks on a caller's quarter of CMS
 * files (the PricingTables scripts/import-pricing.ts writes). Figures are CMS's January 2025 files
 * held in data/pricing/2025Q1.
 */
import { describe, expect, it } from 'vitest';
import { loadPricingQuarters } from '../../src/generated/pricing.js';
import { dmeposFee, drugPaymentLimit, priceClaim, type PricingTables } from '../../src/index.js';
import { inputErrorOf as errorOf } from '../helpers.js';

const DATE = '2025-02-10';
const Q = loadPricingQuarters()[0] as PricingTables;
const message = (fn: () => unknown) => {
  const e = errorOf(fn);
  return `${e.code} ${e.message}`;
};
const fee = (input: object) => () => dmeposFee({ hcpcs: 'A4222', dateOfService: DATE, state: 'AL', rural: false, ...input } as never);
const claim = (line: object, extra: object = {}) => () =>
  priceClaim({ state: 'AL', rural: false, deductibleRemainingCents: 0, lines: [{ hcpcs: 'A4222', units: 1, dateOfService: DATE, ...line }], ...extra } as never);
/** The held quarter with the rows of one code replaced. */
const withRows = (kind: 'dmepos' | 'pen', code: string, rows: readonly object[]): PricingTables =>
  ({ ...Q, [kind]: { ...Q[kind], rows: [...Q[kind].rows.filter((r) => r.hcpcs !== code), ...rows] } }) as PricingTables;
const rowsOf = (code: string) => Q.dmepos.rows.filter((r) => r.hcpcs === code);

describe('dmeposFee refusals', () => {
  it('modifiers, state, rural and ZIP', () => {
    expect(message(fee({ modifiers: 'RR' }))).toBe('INVALID_INPUT modifiers: must be an array of two-character modifiers, got "RR"');
    expect(message(fee({ modifiers: [1] }))).toBe("INVALID_INPUT modifiers[0]: must be a two-character modifier such as 'RR', got 1");
    expect(message(fee({ state: 1 }))).toMatch(/^INVALID_INPUT state: must be a two-letter state code of the fee schedule \(AL, AR, AZ, .*, PR, VI\), got 1$/);
    expect(message(fee({ rural: 'no' }))).toBe('INVALID_INPUT rural: must be true or false, got "no"');
    expect(message(fee({ rural: undefined }))).toBe("INVALID_INPUT zip: give zip (looked up in CMS's rural ZIP file) or rural");
    expect(message(fee({ rural: undefined, zip: 35010 }))).toBe('INVALID_INPUT zip: must be a five-digit ZIP code (or ZIP+4), got 35010');
    expect(dmeposFee({ hcpcs: 'A4222', dateOfService: DATE, state: 'AL', zip: '35203' }).steps[0]).toEqual({ label: 'Rural area: ZIP 35203 is not listed for AL in DME_RURAL_ZIP_2025Q1.csv', value: 'no' });
  });
  it('the row for the modifiers', () => {
    expect(message(fee({ hcpcs: 'E0780' }))).toBe('INVALID_INPUT modifiers: E0780 is priced per modifier (NU); give the one that applies, e.g. RR for a rental, NU new purchase, UE used purchase');
    expect(message(fee({ hcpcs: 'E0776', modifiers: ['NU', 'RR'] }))).toBe('INVALID_INPUT modifiers: E0776: modifiers NU, RR fit several rows (NU, RR, UE, NU+BA, NU+KE, RR+BA, RR+KE, UE+BA, UE+KE); give exactly one pricing modifier');
    expect(message(() => dmeposFee({ hcpcs: 'A4222', modifiers: ['GA'], dateOfService: DATE, state: 'AL', rural: false, tables: withRows('dmepos', 'A4222', [{ ...rowsOf('A4222')[0]!, modifiers: ['KX'] }]) }))).toBe(
      'INVALID_INPUT modifiers: A4222 is priced per modifier (KX); give the one that applies, e.g. RR for a rental, NU new purchase, UE used purchase',
    );
  });
  it('rental months are read for every class, with the field named', () => {
    expect(message(fee({ rentalMonth: 0 }))).toBe('INVALID_INPUT rentalMonth: must be a whole month number from 1, got 0');
    expect(errorOf(fee({ hcpcs: 'K0455', modifiers: ['RR'], rentalMonth: 1000 })).field).toBe('rentalMonth');
    expect(errorOf(fee({ hcpcs: 'E0776', modifiers: ['RR'], rentalMonth: 'two' })).field).toBe('rentalMonth');
    expect(errorOf(claim({ rentalMonth: 0 })).field).toBe('lines[0].rentalMonth');
    expect(errorOf(claim({ hcpcs: 'K0455', modifiers: ['RR'], rentalMonth: 0 })).field).toBe('lines[0].rentalMonth');
    expect(errorOf(claim({ hcpcs: 'E0776', modifiers: ['RR'], rentalMonth: 0 })).field).toBe('lines[0].rentalMonth');
    // A capped rental without its month is an input error, not a line left unpriced.
    expect(message(claim({ hcpcs: 'E0781', modifiers: ['RR'] }))).toBe(
      'INVALID_INPUT lines[0].rentalMonth: required for a capped rental item: the 1-based month of continuous rental (months 1-3 full fee, 4-13 75%)',
    );
    expect(dmeposFee({ hcpcs: 'E0776', modifiers: ['RR'], dateOfService: DATE, state: 'AL', rural: false, rentalMonth: 2 }).citations.map((c) => `${c.id} ${c.section ?? ''}`)).toContain(
      'cms-dmeback-2025 Inexpensive or other routinely purchased items',
    );
    expect(dmeposFee({ hcpcs: 'A4222', dateOfService: DATE, state: 'AL', rural: false }).warnings).toEqual([]);
  });
  it('the date and the code name their fields', () => {
    expect(errorOf(fee({ dateOfService: 'soon' })).field).toBe('dateOfService');
    expect(errorOf(fee({ hcpcs: 'A42' })).field).toBe('hcpcs');
    expect(message(fee({ dateOfService: '2025-04-01' }))).toBe(
      "NO_DATA dateOfService: no CMS pricing files held for 2025-04-01 (quarter 2025Q2; held: 2025Q1): import CMS's 2025Q2 DMEPOS, PEN, rural ZIP and ASP files with `npx tsx scripts/import-pricing.ts --quarter 2025Q2 --dmepos … --pen … --rural … --asp …` (docs/yearly-update.md) and rebuild, or pass that quarter as `tables`",
    );
    expect(message(fee({ dateOfService: '2024-12-31' }))).toMatch(/^NO_DATA dateOfService: no CMS pricing files held for 2024-12-31 \(quarter 2024Q4; held: 2025Q1\)/);
    expect(dmeposFee({ hcpcs: 'A4222', dateOfService: '2025-01-01', state: 'AL', rural: false }).fee.cents).toBe(4778);
    expect(dmeposFee({ hcpcs: 'A4222', dateOfService: '2025-03-31', state: 'AL', rural: false }).fee.cents).toBe(4778);
  });
});

describe("a caller's quarter (tables)", () => {
  it('must cover the date: the first and last day are in, the days around are NO_DATA naming the import', () => {
    expect(dmeposFee({ hcpcs: 'A4222', dateOfService: '2025-01-01', state: 'AL', rural: false, tables: Q }).fee.cents).toBe(4778);
    expect(dmeposFee({ hcpcs: 'A4222', dateOfService: '2025-03-31', state: 'AL', rural: false, tables: Q }).fee.cents).toBe(4778);
    expect(message(fee({ dateOfService: '2025-04-01', tables: Q }))).toBe(
      "NO_DATA dateOfService: 2025-04-01 is outside the tables given (2025Q1: 2025-01-01 to 2025-03-31); import CMS's 2025Q2 DMEPOS, PEN, rural ZIP and ASP files with `npx tsx scripts/import-pricing.ts --quarter 2025Q2 --dmepos … --pen … --rural … --asp …` (docs/yearly-update.md) and rebuild, or pass that quarter as `tables`",
    );
    expect(errorOf(fee({ dateOfService: '2024-12-31', tables: Q })).code).toBe('NO_DATA');
    expect(errorOf(claim({ dateOfService: '2024-12-31' }, { tables: Q })).field).toBe('lines[0].dateOfService');
  });
  it('its outline is checked, naming the part', () => {
    expect(message(fee({ tables: 'x' }))).toBe('INVALID_INPUT tables: must be an object, got "x"');
    for (const key of ['quarter', 'from', 'to']) expect(message(fee({ tables: { ...Q, [key]: 1 } }))).toBe(`INVALID_INPUT tables.${key}: must be a string, got 1`);
    for (const key of ['dmepos', 'pen', 'asp']) {
      expect(errorOf(fee({ tables: { ...Q, [key]: null } })).field).toBe(`tables.${key}`);
      expect(message(fee({ tables: { ...Q, [key]: { rows: {} } } }))).toBe(`INVALID_INPUT tables.${key}.rows: must be an array of rows as scripts/import-pricing.ts writes them`);
    }
    expect(errorOf(fee({ tables: { ...Q, ruralZip: 1 } })).field).toBe('tables.ruralZip');
    expect(errorOf(fee({ tables: { ...Q, ruralZip: { zips: 1 } } })).field).toBe('tables.ruralZip.zips');
  });
  it('amounts are read as published, naming the row and column', () => {
    const a4222 = rowsOf('A4222')[0]!;
    const bad = (fees: object) => fee({ tables: withRows('dmepos', 'A4222', [{ ...a4222, fees: { ...a4222.fees, AL: fees } }]) });
    expect(message(bad(['47.7', '56.54']))).toBe("INVALID_INPUT tables.dmepos.rows(A4222).fees.AL[0]: must be dollars with two decimals as CMS publishes them ('301.20'), got \"47.7\"");
    expect(errorOf(bad(['x47.78', '56.54'])).field).toBe('tables.dmepos.rows(A4222).fees.AL[0]');
    expect(errorOf(bad(['47.78x', '56.54'])).field).toBe('tables.dmepos.rows(A4222).fees.AL[0]');
    expect(errorOf(bad(['47.78', '56.5'])).field).toBe('tables.dmepos.rows(A4222).fees.AL[1]');
    const e0781 = rowsOf('E0781')[0]!;
    expect(errorOf(() => dmeposFee({ hcpcs: 'E0781', modifiers: ['RR'], dateOfService: DATE, state: 'AL', rural: false, rentalMonth: 1, tables: withRows('dmepos', 'E0781', [{ ...e0781, fees: { AL: ['1', '2.00'] } }]) })).field).toBe(
      'tables.dmepos.rows(E0781 RR).fees.AL[0]',
    );
    // A number is not an amount as published, even one that reads like it.
    expect(errorOf(bad([47.78, '56.54'])).field).toBe('tables.dmepos.rows(A4222).fees.AL[0]');
    // A row without the state's column: NO_DATA naming the state, never a crash.
    const noColumn = withRows('dmepos', 'A4222', [{ ...a4222, fees: { AK: a4222.fees.AK } }]);
    expect(message(fee({ tables: noColumn }))).toBe('NO_DATA state: DMEPOS_JAN_2025.csv has no AL column for A4222');
    // JURIS must be D, L or J (DMEREAD 2025).
    expect(message(fee({ tables: withRows('dmepos', 'A4222', [{ ...a4222, juris: 'X' }]) }))).toBe('NO_DATA hcpcs: A4222: JURIS "X" is not D, L or J');
    expect(fee({ tables: withRows('dmepos', 'A4222', [{ ...a4222, catg: 'ZZ' }]) })() as unknown).toMatchObject({ category: 'other' });
  });
  it('drug limits are read as published (three decimals), naming the row', () => {
    const j1559 = Q.asp.rows.find((r) => r.hcpcs === 'J1559')!;
    const asp = (row: object) => ({ ...Q, asp: { ...Q.asp, rows: [...Q.asp.rows.filter((r) => r.hcpcs !== 'J1559'), { ...j1559, ...row }] } });
    expect(message(() => drugPaymentLimit({ hcpcs: 'J1559', dateOfService: DATE, tables: asp({ paymentLimit: '13.63' }) as never }))).toBe(
      "INVALID_INPUT tables.asp.rows(J1559).paymentLimit: must be dollars with three decimals as the ASP file publishes them ('13.637'), got \"13.63\"",
    );
    expect(errorOf(() => drugPaymentLimit({ hcpcs: 'J1559', dateOfService: DATE, tables: asp({ paymentLimit: 'a13.637' }) as never })).field).toBe('tables.asp.rows(J1559).paymentLimit');
    expect(errorOf(() => drugPaymentLimit({ hcpcs: 'J1559', dateOfService: DATE, tables: asp({ paymentLimit: '13.637a' }) as never })).field).toBe('tables.asp.rows(J1559).paymentLimit');
    expect(errorOf(() => drugPaymentLimit({ hcpcs: 'J1559', dateOfService: DATE, tables: asp({ coinsurancePercent: '19.81' }) as never })).field).toBe('tables.asp.rows(J1559).coinsurancePercent');
    expect(errorOf(() => drugPaymentLimit({ hcpcs: 'J1559', dateOfService: DATE, tables: asp({ paymentLimit: 13.637 }) as never })).field).toBe('tables.asp.rows(J1559).paymentLimit');
    expect(errorOf(() => drugPaymentLimit({ hcpcs: 'J1559', dateOfService: 'x' })).field).toBe('dateOfService');
    expect(errorOf(() => drugPaymentLimit({ hcpcs: 'J15', dateOfService: DATE })).field).toBe('hcpcs');
    expect(errorOf(() => drugPaymentLimit({ hcpcs: 'J1559', dateOfService: DATE, tablez: 1 } as never)).field).toBe('tablez');
    expect(drugPaymentLimit({ hcpcs: 'J1559', dateOfService: DATE }).citations.map((c) => `${c.id} ${c.section ?? ''}`)).toEqual([
      'cms-asp-pricing-files 2025Q1: ASP_JAN_2025.csv',
      'cfr-42-414.904 (a)',
    ]);
    const line = (row: object) => priceClaim({ state: 'AL', rural: false, deductibleRemainingCents: 0, tables: asp(row) as never, lines: [{ hcpcs: 'J1559', modifiers: ['KX'], units: 1, dateOfService: DATE }] });
    expect(errorOf(() => line({ paymentLimit: '13.63' })).field).toBe('tables.asp.rows(J1559).paymentLimit');
    expect(errorOf(() => line({ coinsurancePercent: '19.8' })).field).toBe('tables.asp.rows(J1559).coinsurancePercent');
  });
});

describe('dmeposFee: a PEN-file code the catalog does not hold', () => {
  it('has no contractor to name: NO_DATA, never a crash', () => {
    const b4164 = Q.pen.rows.find((r) => r.hcpcs === 'B4164')!;
    const tables = { ...Q, pen: { ...Q.pen, rows: [...Q.pen.rows, { ...b4164, hcpcs: 'B9998' }] } } as PricingTables;
    expect(message(() => dmeposFee({ hcpcs: 'B9998', dateOfService: DATE, state: 'AL', rural: false, tables }))).toBe(
      'NO_DATA hcpcs: B9998: the PEN file names no contractor and the catalog does not hold B9998',
    );
  });
});

describe('dmeposFee: inexpensive rentals, the purchase-new row and its rural column', () => {
  const e0776 = rowsOf('E0776');
  const byMods = (m: string) => e0776.find((r) => r.modifiers.join('+') === m)!;
  it('the cap is the NU row of the same modifiers, whatever the order of the rows in the file', () => {
    // UE first, and an NU row with another modifier (a different amount) before the plain NU row.
    const rows = [byMods('UE'), { ...byMods('NU'), modifiers: ['NU', 'BA'], fees: { MT: ['50.00', '60.00'] } }, byMods('RR'), byMods('NU')];
    const tables = withRows('dmepos', 'E0776', rows);
    // MT non-rural: RR $17.89, NU $178.89: ten months pay $178.90, so month 10 pays $17.88.
    expect(dmeposFee({ hcpcs: 'E0776', modifiers: ['RR'], dateOfService: DATE, state: 'MT', rural: false, rentalMonth: 10, tables }).fee.cents).toBe(1788);
  });
  it('a rural NU amount of 0.00 means the non-rural NU amount is the cap (DMEREAD 2025)', () => {
    const nu = byMods('NU');
    const tables = withRows('dmepos', 'E0776', [{ ...nu, fees: { ...nu.fees, MT: [nu.fees.MT![0], '0.00'] } }, byMods('RR'), byMods('UE')]);
    // MT rural RR $21.97; NU non-rural $178.89: months 1-8 pay $175.76, month 9 pays $3.13.
    expect(dmeposFee({ hcpcs: 'E0776', modifiers: ['RR'], dateOfService: DATE, state: 'MT', rural: true, rentalMonth: 9, tables }).fee.cents).toBe(313);
  });
  it('no NU row: no cap and, with rentalMonth given, no warning', () => {
    const tables = withRows('dmepos', 'E0776', [byMods('RR'), byMods('UE')]);
    const result = dmeposFee({ hcpcs: 'E0776', modifiers: ['RR'], dateOfService: DATE, state: 'MT', rural: false, rentalMonth: 30, tables });
    expect(result.fee.cents).toBe(1789);
    expect(result.warnings).toEqual([]);
  });
  it('an NU row without the state column is an input error naming it, not a crash', () => {
    const nu = byMods('NU');
    const tables = withRows('dmepos', 'E0776', [{ ...nu, fees: { AL: nu.fees.AL! } }, byMods('RR')]);
    expect(errorOf(() => dmeposFee({ hcpcs: 'E0776', modifiers: ['RR'], dateOfService: DATE, state: 'MT', rural: true, rentalMonth: 3, tables })).field).toBe(
      'tables.dmepos.rows(E0776 RR).fees.MT (NU)',
    );
  });
});

describe('priceClaim refusals and details', () => {
  it('units, lines and the deductible', () => {
    expect(message(claim({ units: 0 }))).toBe('INVALID_INPUT lines[0].units: must be a whole number of units from 1 to 9999, got 0');
    expect(message(() => priceClaim({ state: 'AL', rural: false, lines: {} as never }))).toBe('INVALID_INPUT lines: must be an array of claim lines, got an object');
    expect(message(() => priceClaim({ state: 'AL', rural: false, lines: [{ hcpcs: 'A4222', units: 1, dateOfService: '2018-12-31' }] }))).toBe(
      'NO_DATA deductibleRemainingCents: not given, and its default (the whole 2018 Part B deductible) is not held: year: no verified Medicare parameters for 2018 (held: 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026). Pass deductibleRemainingCents.',
    );
    expect(errorOf(claim({}, { deductibleRemainingCents: -1 })).field).toBe('deductibleRemainingCents');
    expect(errorOf(claim({ hcpcs: 'A42' })).field).toBe('lines[0].hcpcs');
    expect(errorOf(claim({ modifiers: ['KXX'] })).field).toBe('lines[0].modifiers[0]');
    expect(errorOf(claim({ chargeCents: -1 })).field).toBe('lines[0].chargeCents');
    expect(errorOf(claim({}, { state: 'XX' })).field).toBe('state');
    expect(errorOf(claim({}, { rural: undefined })).field).toBe('zip');
    expect(errorOf(() => priceClaim({ lines: [], stat: 'AL' } as never)).field).toBe('stat');
  });
  it("the Part B deductible assumed is cited from the parameters' source for it (the Federal Register notice), not all of them", () => {
    const result = priceClaim({ state: 'AL', rural: false, lines: [{ hcpcs: 'A4222', units: 1, dateOfService: DATE }] });
    expect(result.citations.map((c) => `${c.id}|${c.section ?? ''}`)).toEqual([
      'fr-2024-26474-partb-2025|',
      'cms-dmepos-fee-schedule|2025Q1: DMEPOS_JAN_2025.csv',
      'cms-dmeread-2025|JURIS and CATG columns; NR and R columns',
      'ssa-1834a|(a)(1)(A)-(B)',
    ]);
  });
  it('two sections of one source are two citations (DMEBACK: capped rental, PEN)', () => {
    const result = priceClaim({ state: 'AL', rural: false, deductibleRemainingCents: 0, lines: [
      { hcpcs: 'E0781', modifiers: ['RR'], units: 1, dateOfService: DATE, rentalMonth: 1 },
      { hcpcs: 'B4164', units: 1, dateOfService: DATE },
    ] });
    expect(result.citations.filter((c) => c.id === 'cms-dmeback-2025').map((c) => c.section)).toEqual(['Capped rental items', 'Parenteral and enteral nutrition: a national fee schedule']);
  });
  it('a line priced from a fee schedule shows the units step and names its basis', () => {
    const line = claim({ units: 3 })().lines[0]!;
    expect(line.basis).toBe('dmepos-fee');
    expect(line.steps).toContainEqual({ label: 'Allowed = fee x 3 unit(s)', value: '$143.34' });
    const drug = claim({ hcpcs: 'J2270', modifiers: ['KX'], units: 1 })().lines[0]!;
    expect(drug.basis).toBe('asp');
  });
  it('a citation shared by lines is listed once; two sections of one source are two citations', () => {
    const result = priceClaim({ state: 'AL', rural: false, deductibleRemainingCents: 0, lines: [
      { hcpcs: 'A4222', units: 1, dateOfService: DATE },
      { hcpcs: 'A4222', units: 1, dateOfService: DATE },
      { hcpcs: 'E0781', modifiers: ['RR'], units: 1, dateOfService: DATE, rentalMonth: 1 },
    ] });
    const keys = result.citations.map((c) => `${c.id}|${c.section ?? ''}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.filter((k) => k.startsWith('cms-dmeback-2025|'))).toEqual(['cms-dmeback-2025|Capped rental items']);
    expect(keys.filter((k) => k.startsWith('cms-dmeread-2025|'))).toHaveLength(1);
  });
  it('a fee-schedule warning is named by line', () => {
    const result = priceClaim({ state: 'AL', rural: false, deductibleRemainingCents: 0, lines: [{ hcpcs: 'E0776', modifiers: ['RR'], units: 1, dateOfService: DATE }] });
    expect(result.warnings).toEqual(['line 1 (E0776): E0776: total rental payments of an inexpensive or routinely purchased item cannot exceed its purchase-new fee (DMEBACK 2025); give rentalMonth to apply the cap.']);
  });
  it("a HIT line's charge is the basis of Medicare's 80% (42 CFR 414.1550(a))", () => {
    const rates = { year: 2025, rates: { G0068: 15555 } };
    const line = priceClaim({ state: 'AL', rural: false, deductibleRemainingCents: 0, hitRates: rates, gaf: 1, lines: [{ hcpcs: 'G0068', units: 1, dateOfService: DATE, chargeCents: 10000 }] }).lines[0]!;
    expect(line.basis).toBe('hit');
    expect(line.medicarePays?.cents).toBe(8000);
    expect(line.beneficiaryPays?.cents).toBe(2000);
  });
  it('insulin: a coinsurance under $35 with a deductible applied is not capped (the deductible is not coinsurance)', () => {
    // $2.382 x 60 = $142.92; deductible $10.00; Medicare 80% of $132.92 = $106.34; beneficiary $36.58 = $10.00 + $26.58.
    const line = claim({ hcpcs: 'J1817', modifiers: ['KX', 'JK'], units: 60 }, { deductibleRemainingCents: 1000 })().lines[0]!;
    expect(line.beneficiaryPays?.cents).toBe(3658);
    expect(line.steps.some((s) => s.label.includes('capped'))).toBe(false);
  });
});
