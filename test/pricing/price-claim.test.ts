import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runImport } from '../../scripts/import-pricing.js';
import { dmeposFee, drugPaymentLimit, MedicareInputError, priceClaim, type PricingTables } from '../../src/index.js';
import { inputErrorOf } from '../helpers.js';

const DATE = '2025-02-10';
// Illustrative HIT amounts for the tests (not CMS rates: the library holds none).
const HIT_RATES = Object.freeze({ year: 2025, rates: Object.freeze({ G0068: 15555, G0069: 24713, G0070: 27001, G0088: 20000, G0089: 30001, G0090: 35000 }) });

/** The MedicareInputError `fn` throws (test/helpers.ts). */
const errorOf = inputErrorOf;

const isDeepFrozen = (value: unknown): boolean =>
  value === null || typeof value !== 'object' || (Object.isFrozen(value) && Object.values(value).every(isDeepFrozen));

describe('priceClaim: the worked claim of docs/pricing.md', () => {
  const claim = priceClaim({
    state: 'AL',
    zip: '35203',
    deductibleRemainingCents: 0,
    hitRates: HIT_RATES,
    gaf: 1,
    lines: [
      { hcpcs: 'E0781', modifiers: ['RR', 'KX'], units: 1, dateOfService: DATE, rentalMonth: 5 },
      { hcpcs: 'A4222', modifiers: ['KX'], units: 1, dateOfService: DATE },
      { hcpcs: 'J2270', modifiers: ['KX'], units: 30, dateOfService: DATE, chargeCents: 20000 },
      { hcpcs: 'G0068', units: 1, dateOfService: DATE },
    ],
  });
  it('prices each line from its source', () => {
    expect(claim.lines.map((l) => l.basis)).toEqual(['dmepos-fee', 'dmepos-fee', 'asp', 'hit']);
    // E0781 RR AL non-rural $301.20 x 75% = $225.90 (month 5); A4222 AL $47.78; J2270 $4.577 x 30 = $137.31.
    expect(claim.lines.map((l) => l.allowed?.cents)).toEqual([22590, 4778, 13731, 15555]);
    expect(claim.lines.map((l) => l.medicarePays?.cents)).toEqual([18072, 3822, 10985, 12444]);
    expect(claim.totals.allowed.cents).toBe(22590 + 4778 + 13731 + 15555);
    expect(claim.totals.medicarePays.cents + claim.totals.beneficiaryPays.cents).toBe(claim.totals.allowed.cents);
    expect(isDeepFrozen(claim)).toBe(true);
    expect(claim.citations.map((c) => c.id)).toEqual(expect.arrayContaining(['cms-dmepos-fee-schedule', 'cms-asp-pricing-files', 'ssa-1834a', 'cms-dmeback-2025']));
  });
  it('shows the rural look-up, the rental month and the lesser of charge and fee in steps', () => {
    const labels = claim.lines[0]!.steps.map((s) => s.label);
    expect(labels[0]).toBe('Rural area: ZIP 35203 is not listed for AL in DME_RURAL_ZIP_2025Q1.csv');
    expect(labels).toContain('Capped rental month 5 (months 4-13: 75% of the fee, rounded half-up)');
    expect(claim.lines[2]!.steps.map((s) => s.label)).toContain('Payment basis = lesser of actual charge and allowed');
  });
});

describe('priceClaim: what is not priced, and why', () => {
  const claim = priceClaim({
    state: 'AL',
    rural: false,
    lines: [
      { hcpcs: 'G0069', units: 1, dateOfService: DATE },
      { hcpcs: 'S9500', units: 1, dateOfService: DATE },
      { hcpcs: 'J1170', units: 1, dateOfService: DATE },
      { hcpcs: 'K0601', units: 1, dateOfService: DATE },
    ],
  });
  it('HIT without rates, an S-code, a drug missing from the ASP file, a code classify holds no rule for (a replacement battery)', () => {
    expect(claim.lines.map((l) => l.basis)).toEqual(['not-priced', 'not-priced', 'not-priced', 'not-priced']);
    expect(claim.lines[0]!.reason).toMatch(/pass hitRates/);
    expect(claim.lines[1]!.reason).toMatch(/classify says not-covered/);
    expect(claim.lines[2]!.reason).toMatch(/priced by the contractor/);
    expect(claim.lines[3]!.reason).toMatch(/not classified/);
    expect(claim.totals.allowed.cents).toBe(0);
  });
});

describe('priceClaim: deductible', () => {
  it("takes the year's whole deductible when none is given, line by line, with a warning", () => {
    const claim = priceClaim({ state: 'AL', rural: false, lines: [
      { hcpcs: 'E0781', modifiers: ['RR'], units: 1, dateOfService: DATE, rentalMonth: 1 },
      { hcpcs: 'A4222', units: 1, dateOfService: DATE },
    ] });
    // 2025 Part B deductible $257.00 (medicareParameters): $301.20 line takes all of it.
    expect(claim.lines[0]!.deductibleApplied?.cents).toBe(25700);
    expect(claim.lines[1]!.deductibleApplied?.cents).toBe(0);
    expect(claim.warnings[0]).toMatch(/whole 2025 Part B deductible \(\$257.00\)/);
  });
  it('uses deductibleRemainingCents across lines', () => {
    const claim = priceClaim({ state: 'AL', rural: false, deductibleRemainingCents: 5000, lines: [
      { hcpcs: 'A4222', units: 1, dateOfService: DATE },
      { hcpcs: 'A4222', units: 1, dateOfService: DATE },
    ] });
    expect(claim.lines.map((l) => l.deductibleApplied?.cents)).toEqual([4778, 222]);
  });
});

describe('dmeposFee: payment classes and refusals', () => {
  const ask = (extra: object) => dmeposFee({ hcpcs: 'E0781', modifiers: ['RR'], dateOfService: DATE, state: 'AL', rural: false, rentalMonth: 1, ...extra });
  it('frequently serviced (K0455) is monthly, without a rental-month rule', () => {
    const fee = dmeposFee({ hcpcs: 'K0455', modifiers: ['RR'], dateOfService: DATE, state: 'AL', rural: false, rentalMonth: 30 });
    expect(fee.category).toBe('frequently-serviced');
    expect(fee.fee.usd).toBe('$362.39');
  });
  it('inexpensive items by modifier, rentals capped at the purchase-new fee', () => {
    expect(dmeposFee({ hcpcs: 'E0780', modifiers: ['NU'], dateOfService: DATE, state: 'AL', rural: false }).fee.usd).toBe('$14.49');
    expect(errorOf(() => dmeposFee({ hcpcs: 'E0780', dateOfService: DATE, state: 'AL', rural: false })).field).toBe('modifiers');
    // E0776 AL non-rural: RR $17.89, NU $170.02 (January 2025 file): month 10 pays what is left, $9.01.
    const pole = (rentalMonth: number) => dmeposFee({ hcpcs: 'E0776', modifiers: ['RR'], dateOfService: DATE, state: 'AL', rural: false, rentalMonth }).fee.cents;
    expect([1, 9, 10, 11].map(pole)).toEqual([1789, 1789, 901, 0]);
  });
  it('refuses what it cannot answer, naming the field', () => {
    expect(errorOf(() => ask({ rentalMonth: undefined })).field).toBe('rentalMonth');
    expect(errorOf(() => ask({ rentalMonth: 0 })).field).toBe('rentalMonth');
    expect(errorOf(() => ask({ state: 'XX' })).field).toBe('state');
    expect(errorOf(() => ask({ rural: undefined })).field).toBe('zip');
    expect(errorOf(() => ask({ rural: undefined, zip: '3520' })).field).toBe('zip');
    expect(errorOf(() => ask({ modifiers: [] })).field).toBe('modifiers');
    expect(errorOf(() => ask({ devcie: 'x' })).field).toBe('devcie');
    const late = errorOf(() => ask({ dateOfService: '2025-04-01' }));
    expect(late.code).toBe('NO_DATA');
    expect(late.message).toMatch(/2025Q2.*scripts\/import-pricing\.ts --quarter 2025Q2/);
    expect(errorOf(() => priceClaim({ state: 'AL', rural: false, lines: [{ hcpcs: 'A4222', units: 1, dateOfService: DATE, chrgeCents: 1 } as never] })).field).toBe('lines[0].chrgeCents');
    expect(errorOf(() => priceClaim({ state: 'AL', rural: false, deductibleRemainingCents: 0, lines: [{ hcpcs: 'A4222', units: 1, dateOfService: '2024-12-31' }] })).field).toBe('lines[0].dateOfService');
    // No Part B deductible is held for 2018 (medicareParameters starts in 2019): the default is
    // missing data, and the caller must give the amount.
    const noDeductible = errorOf(() => priceClaim({ state: 'AL', rural: false, lines: [{ hcpcs: 'A4222', units: 1, dateOfService: '2018-12-31' }] }));
    expect([noDeductible.code, noDeductible.field]).toEqual(['NO_DATA', 'deductibleRemainingCents']);
    expect(noDeductible.message).toMatch(/2018 Part B deductible.*Pass deductibleRemainingCents/);
  });
  it('a claim of 200,000 lines gets its default deductible from the earliest year (no call-stack overflow)', () => {
    // The earliest line is the last one: the deductible assumed is 2025's, taken once.
    const lines = Array.from({ length: 200_000 }, (_, i) => ({ hcpcs: 'A4222', modifiers: ['KX'], units: 1, dateOfService: i === 199_999 ? '2025-01-02' : '2025-03-31' }));
    const priced = priceClaim({ state: 'AL', rural: false, lines });
    expect(priced.lines).toHaveLength(200_000);
    expect(priced.warnings.some((w) => w.includes('whole 2025 Part B deductible'))).toBe(true);
  });
  it('results are deeply frozen', () => {
    expect(isDeepFrozen(ask({}))).toBe(true);
    expect(isDeepFrozen(drugPaymentLimit({ hcpcs: 'J1559', dateOfService: DATE }))).toBe(true);
  });
});

describe('tables: a quarter the caller imported', () => {
  it('prices from the PricingTables the importer writes with --tables-out', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pricing-tables-'));
    try {
      const fixtures = fileURLToPath(new URL('../fixtures/pricing/', import.meta.url));
      runImport(['--quarter', '2025Q1', '--dmepos', `${fixtures}DMEPOS_JAN_2025.csv`, '--pen', `${fixtures}DMEPEN_JAN_2025.csv`,
        '--rural', `${fixtures}DME_RURAL_ZIP_2025Q1.csv`, '--asp', `${fixtures}ASP_JAN_2025.csv`, '--codes', 'E0776',
        '--data-dir', dir, '--tables-out', join(dir, 'tables.json'), '--no-build'], () => {});
      const tables = JSON.parse(readFileSync(join(dir, 'tables.json'), 'utf8')) as PricingTables;
      expect(dmeposFee({ hcpcs: 'E0781', modifiers: ['RR'], dateOfService: DATE, state: 'AL', zip: '35010', rentalMonth: 2, tables }).fee.usd).toBe('$331.79');
      expect(drugPaymentLimit({ hcpcs: 'J1559', dateOfService: DATE, tables }).limitPerUnit.dollars).toBe('13.637');
      expect(errorOf(() => drugPaymentLimit({ hcpcs: 'J1559', dateOfService: '2025-07-01', tables })).code).toBe('NO_DATA');
      expect(errorOf(() => dmeposFee({ hcpcs: 'E0781', modifiers: ['RR'], dateOfService: DATE, state: 'AL', rural: false, rentalMonth: 1, tables: { ...tables, dmepos: { ...tables.dmepos, rows: [{ ...tables.dmepos.rows.find((r) => r.hcpcs === 'E0781')!, fees: { AL: ['301,20', '0.00'] } }] } } })).code).toBe('INVALID_INPUT');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('priceClaim: the insulin coinsurance cap', () => {
  // A52507: "Effective for claims with dates of service on or after July 1, 2023, a beneficiary's
  // coinsurance for a month's supply of insulin (J1811, J1813 or J1817) furnished through an external
  // insulin infusion pump (E0784) is not to exceed $35."
  const price = (modifiers: string[], units: number, dateOfService = DATE) =>
    priceClaim({ state: 'AL', rural: false, deductibleRemainingCents: 0, lines: [{ hcpcs: 'J1817', modifiers, units, dateOfService }] }).lines[0]!;

  it('caps a month (JK) at $35.00 and three months (JL) at $105.00; Medicare pays the rest', () => {
    const month = price(['KX', 'JK'], 100);
    expect(month.beneficiaryPays!.cents).toBe(3500);
    expect(month.medicarePays!.cents + month.beneficiaryPays!.cents).toBe(month.allowed!.cents);
    expect(month.steps.map((s) => s.label).join(' ')).toContain('coinsurance capped');
    const quarter = price(['KX', 'JL'], 300);
    expect(quarter.beneficiaryPays!.cents).toBe(10500);
  });

  it('leaves a coinsurance under the cap as it is', () => {
    const small = price(['KX', 'JK'], 4);
    expect(small.beneficiaryPays!.cents).toBeLessThan(3500);
    expect(small.steps.map((s) => s.label).join(' ')).not.toContain('capped');
  });
});
