/**
 * The pricing rules one at a time, each at its boundary (the day or amount before it and the one
 * on it), with the figures of CMS's January 2025 files held in data/pricing/2025Q1 (E0781 RR AL
 * $301.20 non-rural / $331.79 rural; E0776 RR MT $17.89 / $21.97, NU MT $178.89 / $189.45; K0455 RR
 * AL rural 0.00; J2270 $4.577 per 10 MG; J1817 $2.382 per 50 UNITS, 20.000%; J1559 19.810%).
 */
import { describe, expect, it } from 'vitest';
import { loadPricingQuarters } from '../../src/generated/pricing.js';
import { dmeposFee, drugPaymentLimit, medicareParameters, MedicareInputError, priceClaim, type PricingTables } from '../../src/index.js';
import { inputErrorOf } from '../helpers.js';

const DATE = '2025-02-10';
const HIT_RATES = Object.freeze({ year: 2025, rates: Object.freeze({ G0068: 15555, G0069: 24713, G0070: 27001, G0088: 20000, G0089: 30001, G0090: 35000 }) });

/** The MedicareInputError `fn` throws (test/helpers.ts). */
const errorOf = inputErrorOf;

const labels = (steps: readonly { label: string }[]) => steps.map((s) => s.label);

describe('dmeposFee: capped rental months (DMEBACK 2025: months 1-3 the fee, 4-13 75%, nothing after 13)', () => {
  const month = (rentalMonth: unknown) => dmeposFee({ hcpcs: 'E0781', modifiers: ['RR'], dateOfService: DATE, state: 'AL', rural: false, rentalMonth: rentalMonth as number });
  it('month 3 is the last full fee, month 4 the first at 75%, month 13 the last paid, month 14 pays nothing', () => {
    expect([1, 3, 4, 13, 14].map((m) => month(m).fee.cents)).toEqual([30120, 30120, 22590, 22590, 0]);
    expect(labels(month(3).steps)).toContain('Capped rental month 3 (months 1-3: the full fee)');
    expect(labels(month(4).steps)).toContain('Capped rental month 4 (months 4-13: 75% of the fee, rounded half-up)');
    expect(labels(month(13).steps)).toContain('Capped rental month 13 (months 4-13: 75% of the fee, rounded half-up)');
    expect(month(13).warnings).toEqual([]);
    const after = month(14);
    expect(labels(after.steps)).toContain('Capped rental month 14: after 13 months no rental is paid (the beneficiary owns the item)');
    expect(after.warnings).toEqual(['E0781: rental month 14 is after the 13-month capped rental period; Medicare pays no further rental (DMEBACK 2025).']);
    expect(after.category).toBe('capped-rental');
    expect(after.jurisdiction).toBe('dme-mac');
    expect(after.citations.map((c) => `${c.id} ${c.section ?? ''}`)).toContain('cms-dmeback-2025 Capped rental items');
  });
  it('a rental month is a whole number from 1 to 999', () => {
    expect(month(999).fee.cents).toBe(0);
    for (const bad of [0, 1000, 1.5, '2']) {
      const error = errorOf(() => month(bad));
      expect(error.field).toBe('rentalMonth');
      expect(error.message).toMatch(/whole month number from 1/);
    }
    expect(errorOf(() => month(undefined)).message).toMatch(/required for a capped rental item/);
  });
});

describe('dmeposFee: the rural column (DMEREAD 2025: NR and R columns; a rural 0.00 means the NR amount)', () => {
  it('a rural area takes the rural amount when the file gives one', () => {
    const fee = dmeposFee({ hcpcs: 'E0781', modifiers: ['RR'], dateOfService: DATE, state: 'AL', rural: true, rentalMonth: 1 });
    expect(fee.fee.cents).toBe(33179);
    expect(fee.rural).toBe(true);
    expect(labels(fee.steps)).toEqual(['Rural area (as given)', 'Fee schedule amount, E0781 RR, AL rural column (DMEPOS_JAN_2025.csv, 2025Q1)', 'Capped rental month 1 (months 1-3: the full fee)']);
    expect(fee.steps[0]!.value).toBe('yes');
  });
  it('a rural area with a 0.00 rural amount takes the non-rural one, and says so', () => {
    const fee = dmeposFee({ hcpcs: 'K0455', modifiers: ['RR'], dateOfService: DATE, state: 'AL', rural: true });
    expect(fee.fee.cents).toBe(36239);
    expect(labels(fee.steps)).toEqual([
      'Rural area (as given)',
      'Fee schedule amount, K0455 RR, AL non-rural column (DMEPOS_JAN_2025.csv, 2025Q1)',
      'Rural column is 0.00: no separate rural amount, the non-rural amount applies',
      'Frequently serviced: the fee is paid monthly while medically necessary',
    ]);
    const urban = dmeposFee({ hcpcs: 'K0455', modifiers: ['RR'], dateOfService: DATE, state: 'AL', rural: false });
    expect(labels(urban.steps)).not.toContain('Rural column is 0.00: no separate rural amount, the non-rural amount applies');
    expect(urban.steps[0]!.value).toBe('no');
    expect(urban.citations.map((c) => `${c.id} ${c.section ?? ''}`)).toContain('cfr-42-414.222 (b)');
  });
  it("a ZIP (or ZIP+4) listed for the state in CMS's rural ZIP file is rural, and the file is cited", () => {
    const fee = (zip: string) => dmeposFee({ hcpcs: 'A4222', dateOfService: DATE, state: 'AL', zip });
    const rural = fee('35010-1234');
    expect(rural.rural).toBe(true);
    expect(rural.fee.cents).toBe(5654);
    expect(rural.steps[0]).toEqual({ label: 'Rural area: ZIP 35010 is listed for AL in DME_RURAL_ZIP_2025Q1.csv', value: 'yes' });
    expect(rural.citations.map((c) => c.id)).toContain('cms-dmepos-fee-schedule');
    expect(rural.citations).toHaveLength(3);
    expect(fee(' 35203 ').rural).toBe(false);
    expect(fee('35203').fee.cents).toBe(4778);
    // 35010 is listed for AL only: the same ZIP given with another state is not looked up there.
    expect(dmeposFee({ hcpcs: 'A4222', dateOfService: DATE, state: 'MT', zip: '35010' }).rural).toBe(false);
    expect(dmeposFee({ hcpcs: 'A4222', dateOfService: DATE, state: 'AL', rural: false }).citations).toHaveLength(2);
    expect(errorOf(() => fee('350101')).field).toBe('zip');
    expect(errorOf(() => dmeposFee({ hcpcs: 'A4222', dateOfService: DATE, state: 'AL', rural: 'yes' as never })).field).toBe('rural');
  });
  it('a state is a column of the file, read trimmed and upper-cased', () => {
    expect(dmeposFee({ hcpcs: 'A4222', dateOfService: DATE, state: ' al ', rural: false }).fee.cents).toBe(4778);
    const error = errorOf(() => dmeposFee({ hcpcs: 'A4222', dateOfService: DATE, state: 'XX', rural: false }));
    expect(error.message).toMatch(/must be a two-letter state code of the fee schedule \(AL, /);
  });
});

describe('dmeposFee: the row for the modifiers given (the most specific row whose modifiers are all given)', () => {
  it('RR with KX takes the RR row (a row needs all of its modifiers given, not all given to be in it)', () => {
    expect(dmeposFee({ hcpcs: 'E0781', modifiers: ['kx', 'rr'], dateOfService: DATE, state: 'AL', rural: false, rentalMonth: 1 }).modifiers).toEqual(['RR']);
  });
  it('two rows that fit equally (NU and RR) are refused; modifiers are two characters', () => {
    const error = errorOf(() => dmeposFee({ hcpcs: 'E0776', modifiers: ['NU', 'RR'], dateOfService: DATE, state: 'AL', rural: false }));
    expect(error.field).toBe('modifiers');
    expect(error.message).toMatch(/fit several rows/);
    expect(errorOf(() => dmeposFee({ hcpcs: 'E0776', modifiers: ['RRR'], dateOfService: DATE, state: 'AL', rural: false })).field).toBe('modifiers[0]');
    expect(errorOf(() => dmeposFee({ hcpcs: 'E0776', modifiers: 'RR' as never, dateOfService: DATE, state: 'AL', rural: false })).field).toBe('modifiers');
  });
  it('a 0.00 amount is NO_DATA, never a $0.00 fee', () => {
    // The held files have no 0.00 non-rural amount for a catalog item: a caller's quarter with one.
    const q = loadPricingQuarters()[0] as PricingTables;
    const rows = q.dmepos.rows.map((r) => (r.hcpcs === 'A4222' ? { ...r, fees: { ...r.fees, AL: ['0.00', '0.00'] as const } } : r));
    const tables = { ...q, dmepos: { ...q.dmepos, rows } };
    const error = errorOf(() => dmeposFee({ hcpcs: 'A4222', dateOfService: DATE, state: 'AL', rural: false, tables }));
    expect(error.code).toBe('NO_DATA');
    expect(error.message).toBe('hcpcs: DMEPOS_JAN_2025.csv gives no amount (0.00) for A4222 in AL');
    const line = priceClaim({ state: 'AL', rural: true, deductibleRemainingCents: 0, tables, lines: [{ hcpcs: 'A4222', units: 1, dateOfService: DATE }] }).lines[0]!;
    expect(line.basis).toBe('not-priced');
    expect(line.reason).toBe(`lines[0].${error.message}`);
  });
  it('a code in neither file is NO_DATA', () => {
    const error = errorOf(() => dmeposFee({ hcpcs: 'J1559', dateOfService: DATE, state: 'AL', rural: false }));
    expect(error.code).toBe('NO_DATA');
    expect(error.message).toBe('hcpcs: J1559 is in neither the DMEPOS nor the PEN fee schedule held for 2025Q1');
  });
});

describe('dmeposFee: parenteral nutrition from the PEN file', () => {
  it('category and contractor come from the catalog (the PEN file has no CATG or JURIS column)', () => {
    const fee = dmeposFee({ hcpcs: 'B4164', dateOfService: DATE, state: 'AL', rural: false });
    expect(fee.category).toBe('parenteral-nutrition');
    expect(fee.jurisdiction).toBe('dme-mac');
    expect(fee.fee.cents).toBe(2466);
    expect(fee.citations.map((c) => `${c.id} ${c.section ?? ''}`)).toEqual([
      'cms-dmepos-fee-schedule 2025Q1: DMEPEN_JAN_2025.csv',
      'cms-dmeread-2025 JURIS and CATG columns; NR and R columns',
      'cms-dmeback-2025 Parenteral and enteral nutrition: a national fee schedule',
    ]);
  });
  it('a code in both files (E0776, IV pole): BA (furnished with PEN) takes the PEN row, no BA the DMEPOS row', () => {
    // DMEPOS_JAN_2025.csv: E0776 RR, AL non-rural 17.89. DMEPEN_JAN_2025.csv: E0776 RR BA, AL non-rural
    // 6.44. DMEREAD 2025 attachment A-3: the PEN file holds the codes subject to PEN fee schedule rules.
    const withPen = dmeposFee({ hcpcs: 'E0776', modifiers: ['RR', 'BA'], dateOfService: DATE, state: 'AL', rural: false, rentalMonth: 2 });
    expect([withPen.fee.cents, withPen.citations[0]?.section]).toEqual([644, '2025Q1: DMEPEN_JAN_2025.csv']);
    const alone = dmeposFee({ hcpcs: 'E0776', modifiers: ['RR'], dateOfService: DATE, state: 'AL', rural: false, rentalMonth: 2 });
    expect([alone.fee.cents, alone.citations[0]?.section]).toEqual([1789, '2025Q1: DMEPOS_JAN_2025.csv']);
    const priced = priceClaim({ state: 'AL', rural: false, deductibleRemainingCents: 0, lines: [{ hcpcs: 'E0776', modifiers: ['RR', 'BA'], units: 1, dateOfService: DATE, rentalMonth: 2 }] });
    expect([priced.lines[0]?.basis, priced.lines[0]?.allowed?.cents]).toEqual(['pen-fee', 644]);
  });
});

describe('dmeposFee: inexpensive or routinely purchased rentals stop at the purchase-new fee (DMEBACK 2025)', () => {
  const pole = (rural: boolean, rentalMonth?: number) =>
    dmeposFee({ hcpcs: 'E0776', modifiers: ['RR'], dateOfService: DATE, state: 'MT', rural, ...(rentalMonth !== undefined ? { rentalMonth } : {}) });
  it('in a rural area the cap is the rural purchase-new amount', () => {
    // MT rural: RR $21.97, NU $189.45. Months 1-8 pay $175.76; month 9 pays the $13.69 left.
    expect(pole(true, 8).fee.cents).toBe(2197);
    expect(pole(true, 9).fee.cents).toBe(1369);
    expect(labels(pole(true, 9).steps)).toContain('Rental month 9: total rentals capped at the purchase-new fee $189.45 (paid in months 1-8: $175.76)');
    expect(pole(true, 10).fee.cents).toBe(0);
    // MT non-rural: RR $17.89, NU $178.89: ten months pay $178.90, so month 10 pays $17.88.
    expect(pole(false, 10).fee.cents).toBe(1788);
    expect(pole(false, 9).steps.some((s) => s.label.startsWith('Rental month'))).toBe(false);
  });
  it('without rentalMonth the full fee, with a warning that the cap needs it', () => {
    const fee = pole(false);
    expect(fee.fee.cents).toBe(1789);
    expect(fee.warnings).toEqual(['E0776: total rental payments of an inexpensive or routinely purchased item cannot exceed its purchase-new fee (DMEBACK 2025); give rentalMonth to apply the cap.']);
    expect(fee.category).toBe('inexpensive-routinely-purchased');
    expect(pole(false, 2).warnings).toEqual([]);
  });
  it('a purchase (NU) has no rental cap and no warning', () => {
    const fee = dmeposFee({ hcpcs: 'E0776', modifiers: ['NU'], dateOfService: DATE, state: 'MT', rural: false });
    expect(fee.fee.cents).toBe(17889);
    expect(fee.warnings).toEqual([]);
  });
});

describe('priceClaim: units (a whole number from 1 to 9999)', () => {
  const units = (n: unknown) => priceClaim({ state: 'AL', rural: false, deductibleRemainingCents: 0, lines: [{ hcpcs: 'A4222', units: n as number, dateOfService: DATE }] });
  it('1 and 9999 are priced; 0, 10000 and 1.5 are refused naming the line', () => {
    expect(units(1).lines[0]!.allowed?.cents).toBe(4778);
    expect(units(9999).lines[0]!.allowed?.cents).toBe(4778 * 9999);
    for (const bad of [0, 10000, 1.5, '1']) expect(errorOf(() => units(bad)).field).toBe('lines[0].units');
  });
  it('lines must be an array', () => {
    expect(errorOf(() => priceClaim({ state: 'AL', rural: false, lines: 'A4222' as never })).field).toBe('lines');
  });
});

describe('priceClaim: drugs from the ASP file (42 CFR 414.904(a))', () => {
  const drug = (hcpcs: string, units: number) => priceClaim({ state: 'AL', rural: false, deductibleRemainingCents: 0, lines: [{ hcpcs, modifiers: ['KX'], units, dateOfService: DATE }] });
  it('limit x units is rounded half-up to the cent', () => {
    // $4.577 x 5 = $22.885 -> $22.89; $4.577 x 1 = $4.577 -> $4.58.
    expect(drug('J2270', 5).lines[0]!.allowed?.cents).toBe(2289);
    expect(drug('J2270', 1).lines[0]!.allowed?.cents).toBe(458);
    expect(labels(drug('J2270', 5).lines[0]!.steps)).toContain('Allowed = limit x 5 unit(s), rounded half-up to the cent');
    expect(drug('J2270', 1).lines[0]!.steps[0]).toEqual({ label: 'ASP payment limit per 10 MG, J2270 (ASP_JAN_2025.csv, 2025Q1)', value: '$4.577' });
  });
  it("the file's co-insurance percentage is shown when it is not 20, and used", () => {
    const j1559 = drug('J1559', 10).lines[0]!;
    // $13.637 x 10 = $136.37; Medicare pays 80.19%: $109.36 (half-up).
    expect(j1559.allowed?.cents).toBe(13637);
    expect(j1559.medicarePays?.cents).toBe(10936);
    expect(j1559.steps).toContainEqual({ label: 'Co-insurance percentage in the ASP file (Inflation-adjusted coinsurance)', value: '19.81%' });
    expect(labels(drug('J2270', 1).lines[0]!.steps).some((l) => l.startsWith('Co-insurance'))).toBe(false);
    const claim = drug('J2270', 1);
    expect(claim.citations.map((c) => `${c.id} ${c.section ?? ''}`)).toContain('cfr-42-414.904 (a)');
  });
  it('the deductible still unmet after a drug line is what the next line takes', () => {
    const claim = priceClaim({ state: 'AL', rural: false, deductibleRemainingCents: 5000, lines: [
      { hcpcs: 'J2270', units: 5, dateOfService: DATE },
      { hcpcs: 'A4222', units: 1, dateOfService: DATE },
    ] });
    expect(claim.lines.map((l) => l.deductibleApplied?.cents)).toEqual([2289, 2711]);
  });
});

describe('priceClaim: HIT visits through hitPayment', () => {
  const hit = (line: object, extra: object = {}) =>
    priceClaim({ state: 'AL', rural: false, deductibleRemainingCents: 0, hitRates: HIT_RATES, lines: [{ hcpcs: 'G0068', units: 1, dateOfService: DATE, ...line }], ...extra });
  it('one visit day is one unit (42 CFR 414.1550); more is not priced', () => {
    const line = hit({ units: 2 }).lines[0]!;
    expect(line.basis).toBe('not-priced');
    expect(line.reason).toBe('a HIT services line is one visit day (42 CFR 414.1550); got 2 units');
  });
  it('allowed is the lesser of the charge and the HIT amount; the gaf is applied', () => {
    expect(hit({ chargeCents: 10000 }).lines[0]!.allowed?.cents).toBe(10000);
    expect(hit({ chargeCents: 20000 }).lines[0]!.allowed?.cents).toBe(15555);
    // $155.55 x 1.1 = $171.105 -> $171.11.
    expect(hit({}, { gaf: 1.1 }).lines[0]!.allowed?.cents).toBe(17111);
  });
  it("hitPayment's warnings are named by line, and its citations kept", () => {
    const claim = hit({});
    expect(claim.warnings).toEqual([`line 1 (G0068): No gaf given: the national unadjusted amount is used (GAF 1). Pass the locality GAF from CMS's HIT GAF file.`]);
    expect(claim.citations.map((c) => c.id)).toContain('cfr-42-414.1550');
  });
  it('the deductible the HIT line takes is not taken again by the next line', () => {
    const claim = priceClaim({ state: 'AL', rural: false, gaf: 1, hitRates: HIT_RATES, deductibleRemainingCents: 20000, lines: [
      { hcpcs: 'G0068', units: 1, dateOfService: DATE },
      { hcpcs: 'A4222', units: 1, dateOfService: DATE },
    ] });
    expect(claim.lines.map((l) => l.deductibleApplied?.cents)).toEqual([15555, 4445]);
  });
});

describe('priceClaim: lines not priced and totals', () => {
  it('a Part D drug says what classify answered and whom to bill', () => {
    const line = priceClaim({ state: 'AL', rural: false, deductibleRemainingCents: 0, lines: [{ hcpcs: 'J0290', units: 1, dateOfService: DATE }] }).lines[0]!;
    expect(line.reason).toMatch(/^not priced as a Part B home infusion line: classify says part-d \(bill to part-d-plan\)\. J0290 /);
    expect(line.steps).toEqual([]);
    expect(line.allowed).toBeUndefined();
  });
  it('an S-code (not covered, no contractor) names no one to bill', () => {
    const line = priceClaim({ state: 'AL', rural: false, deductibleRemainingCents: 0, lines: [{ hcpcs: 'S9500', units: 1, dateOfService: DATE }] }).lines[0]!;
    expect(line.reason).toMatch(/^not priced as a Part B home infusion line: classify says not-covered\. /);
  });
  it('totals are the sums of the priced lines', () => {
    const claim = priceClaim({ state: 'AL', rural: false, deductibleRemainingCents: 1000, lines: [
      { hcpcs: 'A4222', units: 1, dateOfService: DATE },
      { hcpcs: 'B4164', units: 2, dateOfService: DATE },
      { hcpcs: 'S9500', units: 1, dateOfService: DATE },
    ] });
    expect(claim.lines.map((l) => l.basis)).toEqual(['dmepos-fee', 'pen-fee', 'not-priced']);
    expect(claim.totals.allowed.cents).toBe(4778 + 4932);
    expect(claim.totals.medicarePays.cents).toBe(claim.lines[0]!.medicarePays!.cents + claim.lines[1]!.medicarePays!.cents);
    expect(claim.totals.beneficiaryPays.cents).toBe(claim.lines[0]!.beneficiaryPays!.cents + claim.lines[1]!.beneficiaryPays!.cents);
    expect(claim.totals.beneficiaryPays.cents).toBe(1000 + Math.round(0.2 * 3778) + 986);
  });
});

describe("priceClaim: the deductible assumed when none is given is the earliest line's year", () => {
  it('lines in 2024 and 2025: the 2024 Part B deductible, with a warning that the years differ', () => {
    const claim = priceClaim({ state: 'AL', rural: false, lines: [
      { hcpcs: 'A4222', units: 1, dateOfService: DATE },
      { hcpcs: 'S9500', units: 1, dateOfService: '2024-12-31' },
    ] });
    const d2024 = medicareParameters(2024).partB.deductible;
    expect(claim.lines[0]!.deductibleApplied?.cents).toBe(Math.min(4778, d2024.cents));
    expect(claim.warnings).toEqual([
      `No deductibleRemainingCents given: the whole 2024 Part B deductible (${d2024.usd}) is assumed unmet and taken from the lines in order.`,
      'The lines span more than one calendar year; the Part B deductible is counted as one amount across them.',
    ]);
  });
  it('one year: no warning about years; an empty claim assumes no deductible', () => {
    const claim = priceClaim({ state: 'AL', rural: false, deductibleRemainingCents: 0, lines: [{ hcpcs: 'A4222', units: 1, dateOfService: DATE }] });
    expect(claim.warnings).toEqual([]);
    const empty = priceClaim({ state: 'AL', rural: false, lines: [] });
    expect(empty.warnings).toEqual([]);
    expect(empty.totals.allowed.cents).toBe(0);
  });
});

describe('priceClaim: the insulin coinsurance cap (A52507: from 2023-07-01, at most $35 a month\'s supply)', () => {
  const price = (line: object, extra: object = {}) =>
    priceClaim({ state: 'AL', rural: false, deductibleRemainingCents: 0, lines: [{ hcpcs: 'J1817', modifiers: ['KX', 'JK'], units: 100, dateOfService: DATE, ...line }], ...extra });
  it('a coinsurance of exactly $35.00 is not capped; $35.01 is', () => {
    // Basis $175.00 (the charge): 20% = $35.00. Basis $175.05: 20% = $35.01, capped to $35.00.
    const at = price({ chargeCents: 17500 });
    expect(at.lines[0]!.beneficiaryPays?.cents).toBe(3500);
    expect(labels(at.lines[0]!.steps).some((l) => l.includes('capped'))).toBe(false);
    expect(at.citations.map((c) => c.id)).not.toContain('article-a52507');
    const over = price({ chargeCents: 17505 });
    expect(over.lines[0]!.beneficiaryPays?.cents).toBe(3500);
    expect(over.lines[0]!.medicarePays?.cents).toBe(14005);
    expect(over.lines[0]!.steps.slice(-3)).toEqual([
      { label: "Insulin through an external insulin pump: coinsurance capped at $35.00 a month's supply x 1 (JK; A52507)", value: '$35.00' },
      { label: 'Beneficiary pays deductible + capped coinsurance', value: '$35.00' },
      { label: 'Medicare pays the rest of the basis', value: '$140.05' },
    ]);
    expect(over.citations.map((c) => c.id)).toContain('article-a52507');
  });
  it('JL (three months) caps at $105.00 and says JL', () => {
    const line = price({ modifiers: ['KX', 'JL'], units: 300 }).lines[0]!;
    expect(line.beneficiaryPays?.cents).toBe(10500);
    expect(line.steps.at(-3)?.label).toBe("Insulin through an external insulin pump: coinsurance capped at $35.00 a month's supply x 3 (JL; A52507)");
  });
  it('the deductible is not part of the coinsurance: the beneficiary pays it plus at most $35', () => {
    // $2.382 x 100 = $238.20; deductible $10.00; 20% of $228.20 = $45.64, capped: $10.00 + $35.00.
    const line = price({}, { deductibleRemainingCents: 1000 }).lines[0]!;
    expect(line.deductibleApplied?.cents).toBe(1000);
    expect(line.beneficiaryPays?.cents).toBe(4500);
    expect(line.medicarePays?.cents).toBe(23820 - 4500);
  });
  it('other drugs are not capped', () => {
    const line = priceClaim({ state: 'AL', rural: false, deductibleRemainingCents: 0, lines: [{ hcpcs: 'J1559', modifiers: ['KX'], units: 100, dateOfService: DATE }] }).lines[0]!;
    expect(line.beneficiaryPays!.cents).toBeGreaterThan(3500);
  });
  it('the cap starts on 2023-07-01: a line on 2023-06-30 is not capped', () => {
    // The January 2025 quarter's rows passed as the caller's tables for the two days (the cap reads the date only).
    const q = loadPricingQuarters()[0] as PricingTables;
    const tables = { ...q, quarter: '2023Q3', from: '2023-06-30', to: '2023-07-01' };
    const on = (dateOfService: string) => price({ dateOfService, units: 100 }, { tables }).lines[0]!.beneficiaryPays?.cents;
    expect(on('2023-06-30')).toBe(4764);
    expect(on('2023-07-01')).toBe(3500);
  });
});

describe('drugPaymentLimit', () => {
  it("gives the file's limit, billing unit and co-insurance, and refuses a drug the file does not list", () => {
    const limit = drugPaymentLimit({ hcpcs: 'j2270', dateOfService: DATE });
    expect(limit).toMatchObject({ hcpcs: 'J2270', billingUnit: '10 MG', limitPerUnit: { dollars: '4.577' }, coinsurancePercent: 20, quarter: '2025Q1' });
    const error = errorOf(() => drugPaymentLimit({ hcpcs: 'J1170', dateOfService: DATE }));
    expect(error.code).toBe('NO_DATA');
    expect(error.field).toBe('hcpcs');
    expect(error.message).toMatch(/^hcpcs: J1170 is not in CMS's ASP pricing file for 2025Q1 \(ASP_JAN_2025\.csv\): it is priced by the contractor/);
  });
});
