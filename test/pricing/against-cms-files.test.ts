/**
 * The held January 2025 figures against CMS's files themselves: the CSVs in test/fixtures/pricing
 * (verbatim, hashes checked) are re-read here and every amount the library gives is compared with
 * the file's text, for every state, rural and not: every infusion pump and supply of the catalog in
 * the DMEPOS file, every parenteral nutrition code in the PEN file, every catalog drug in the ASP file.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseCsvRows } from '../../scripts/lib/csv.js';
import { dmeposFee, drugPaymentLimit, listCodes, priceClaim, pricingQuarters } from '../../src/index.js';
import { MedicareInputError } from '../../src/core/errors.js';

const DIR = fileURLToPath(new URL('../fixtures/pricing/', import.meta.url));
const DATE = '2025-02-10';
const HASHES: Record<string, string> = {
  'DMEPOS_JAN_2025.csv': 'f70d3c13c28de1d66345e62a944612c961b491e6ffee459dc03ae267477a3fbe',
  'DMEPEN_JAN_2025.csv': 'cc7bce801942d99d792f1a46e94cbfe5dc804cb858a2b76cf453c47f3fcab46a',
  'DME_RURAL_ZIP_2025Q1.csv': '774ff20add27005962b048ebb519609b2dbb29d3726ef3fe8a817b0f4830312b',
  'ASP_JAN_2025.csv': 'af6ef802ae4f91e40cfe97d2f1c52b70d735b2c6bee7d0ea3d9926cc088a15a8',
};

/** The file's rows from its header row on, as records by column name. */
function readCms(name: string, firstHeader: string): Record<string, string>[] {
  const rows = parseCsvRows(readFileSync(`${DIR}${name}`, 'latin1'));
  const at = rows.findIndex((r) => r[0]?.trim() === firstHeader);
  const header = (rows[at] as string[]).map((h) => h.trim());
  return rows
    .slice(at + 1)
    .filter((r) => r.some((c) => c.trim() !== ''))
    .map((r) => Object.fromEntries(header.map((h, i) => [h, (r[i] ?? '').trim()])));
}
/** '301.20' → 30120, from the text (no floating point). */
const cents = (text: string) => Number(text.replace('.', ''));

const catalog = listCodes({ asOf: DATE });
const kindOf = new Map(catalog.map((c) => [c.code, c]));
const dmepos = readCms('DMEPOS_JAN_2025.csv', 'HCPCS');
const pen = readCms('DMEPEN_JAN_2025.csv', 'HCPCS');
const asp = readCms('ASP_JAN_2025.csv', 'HCPCS Code');
const ruralZips = readCms('DME_RURAL_ZIP_2025Q1.csv', 'STATE');
const STATES = Object.keys(dmepos[0] as object).flatMap((h) => (/^([A-Z]{2}) \(NR\)$/.exec(h)?.[1] ? [h.slice(0, 2)] : []));

const modifiersOf = (row: Record<string, string>) => [row.Mod ?? row.MOD, row.Mod2 ?? row.MOD2].filter((m): m is string => !!m);

describe('the CMS files in test/fixtures are the ones published', () => {
  it('have the SHA-256 CMS distributed, and the library holds their quarter', () => {
    for (const [name, hash] of Object.entries(HASHES)) {
      expect(createHash('sha256').update(readFileSync(`${DIR}${name}`)).digest('hex')).toBe(hash);
    }
    expect(pricingQuarters()).toContain('2025Q1');
    expect(STATES).toHaveLength(53);
  });
});

describe('dmeposFee = the DMEPOS file, every state, rural and not', () => {
  const rows = dmepos.filter((r) => ['pump', 'supply'].includes(kindOf.get(r.HCPCS as string)?.kind ?? ''));
  it('covers every infusion pump and supply of the catalog that the file lists', () => {
    const codes = new Set(rows.map((r) => r.HCPCS));
    for (const code of ['E0779', 'E0780', 'E0781', 'E0784', 'E0791', 'K0455', 'A4221', 'A4222', 'K0552', 'K0601', 'K0605']) expect(codes).toContain(code);
  });
  for (const row of rows) {
    const modifiers = modifiersOf(row);
    const label = [row.HCPCS, ...modifiers].join(' ');
    it(`${label} (${row.CATG})`, () => {
      for (const state of STATES) {
        const nr = row[`${state} (NR)`] as string;
        const r = row[`${state} (R)`] as string;
        for (const rural of [false, true]) {
          const expected = rural && cents(r) > 0 ? cents(r) : cents(nr);
          const ask = (rentalMonth?: number) =>
            dmeposFee({ hcpcs: row.HCPCS as string, modifiers, dateOfService: DATE, state, rural, ...(rentalMonth ? { rentalMonth } : {}) });
          if (expected === 0) {
            expect(() => ask(1)).toThrow(MedicareInputError);
            continue;
          }
          if (row.CATG === 'CR') {
            expect(ask(1).fee.cents).toBe(expected);
            expect(ask(3).fee.cents).toBe(expected);
            // DMEBACK 2025: from month 4, 75% of the fee; half-up in integers.
            expect(ask(4).fee.cents).toBe(Math.floor((expected * 75 + 50) / 100));
            expect(ask(13).fee.cents).toBe(Math.floor((expected * 75 + 50) / 100));
            expect(ask(14).fee.cents).toBe(0);
          } else {
            const fee = ask();
            expect(fee.fee.cents).toBe(expected);
            expect(fee.rural).toBe(rural);
            expect(fee.jurisdiction).toBe({ D: 'dme-mac', L: 'ab-mac', J: 'joint' }[row.JURIS as string]);
          }
        }
      }
    });
  }
});

describe('dmeposFee = the PEN file for parenteral nutrition (national amounts)', () => {
  const rows = pen.filter((r) => kindOf.get(r.HCPCS as string)?.benefits.includes('part-b-pn'));
  it('covers the parenteral nutrition codes of the catalog the file lists', () => {
    expect(rows.map((r) => r.HCPCS)).toEqual(expect.arrayContaining(['B4164', 'B4189', 'B4199', 'B5100', 'B9004', 'B9006']));
  });
  for (const row of rows) {
    const modifiers = modifiersOf(row);
    it([row.HCPCS, ...modifiers].join(' '), () => {
      const nationalText = row['AL(NR)'] as string;
      for (const state of STATES) {
        const nr = row[`${state}(NR)`] as string;
        const r = row[`${state}(R)`] as string;
        expect(nr).toBe(nationalText); // DMEBACK: parenteral nutrition is a national fee schedule
        for (const rural of [false, true]) {
          const expected = rural && cents(r) > 0 ? cents(r) : cents(nr);
          const fee = dmeposFee({ hcpcs: row.HCPCS as string, modifiers, dateOfService: DATE, state, rural });
          expect(fee.fee.cents).toBe(expected);
          expect(fee.category).toBe('parenteral-nutrition');
        }
      }
    });
  }
});

describe('drugPaymentLimit = the ASP file for every catalog drug', () => {
  const drugs = catalog.filter((c) => c.kind === 'drug');
  const byCode = new Map(asp.map((r) => [r['HCPCS Code'], r]));
  it('gives the limit as published and the coinsurance, or NO_DATA (contractor-priced) when absent', () => {
    let listed = 0;
    for (const drug of drugs) {
      const row = byCode.get(drug.code);
      if (!row || row['Payment Limit'] === 'N/A') {
        expect(() => drugPaymentLimit({ hcpcs: drug.code, dateOfService: DATE })).toThrow(/priced by the contractor/);
        continue;
      }
      listed++;
      const limit = drugPaymentLimit({ hcpcs: drug.code, dateOfService: DATE });
      expect(limit.limitPerUnit.dollars).toBe(row['Payment Limit']);
      expect(limit.billingUnit).toBe((row['HCPCS Code Dosage'] as string).replace(/\s+/g, ' '));
      expect(limit.coinsurancePercent).toBe(Number(row['Co-insurance Percentage']));
      // priceClaim: limit x units, half-up, from the text in mills.
      const mills = Number((row['Payment Limit'] as string).replace('.', ''));
      const claim = priceClaim({ state: 'AL', rural: false, deductibleRemainingCents: 0, lines: [{ hcpcs: drug.code, units: 7, dateOfService: DATE }] });
      const line = claim.lines[0]!;
      if (line.basis === 'asp') expect(line.allowed?.cents).toBe(Math.floor((mills * 7 + 5) / 10));
    }
    expect(listed).toBeGreaterThan(40);
    expect(drugPaymentLimit({ hcpcs: ' j1559 ', dateOfService: DATE }).coinsurancePercent).toBe(19.81);
    expect(() => drugPaymentLimit({ hcpcs: 'J1170', dateOfService: DATE })).toThrow(/J1170 is not in CMS's ASP pricing file for 2025Q1/);
  });
});

describe('rural from the ZIP through CMS rural ZIP file', () => {
  it('every 97th ZIP of the file is rural in its state; a ZIP absent from the file is not', () => {
    for (let i = 0; i < ruralZips.length; i += 97) {
      const row = ruralZips[i]!;
      const state = row.STATE as string;
      if (!STATES.includes(state)) continue;
      const fee = dmeposFee({ hcpcs: 'A4222', dateOfService: DATE, state, zip: row['DMEPOS RURAL ZIP CODE'] as string });
      expect(fee.rural).toBe(true);
    }
    const listed = new Set(ruralZips.map((r) => r['DMEPOS RURAL ZIP CODE']));
    const urban = ['35203', '10001', '90012'].filter((z) => !listed.has(z));
    expect(urban.length).toBeGreaterThan(0);
    for (const zip of urban) expect(dmeposFee({ hcpcs: 'A4222', dateOfService: DATE, state: 'AL', zip }).rural).toBe(false);
  });
});
