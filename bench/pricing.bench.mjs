// priceClaim in claim lines per second, against a naive pricer in the same run that re-reads CMS's
// CSV rows for every line: it scans the DMEPOS, PEN and ASP files' rows (kept in memory as text
// lines) until it finds the code, splits the row and parses the amount with parseFloat. Both give
// the same allowed amounts on the bench claim (checked before timing). HIT amounts are illustrative.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { priceClaim } from 'medicare-home-infusion';

const fixtures = fileURLToPath(new URL('../test/fixtures/pricing/', import.meta.url));
const DOS = '2025-02-10';
const HIT_RATES = Object.freeze({ year: 2025, rates: Object.freeze({ G0068: 15555, G0069: 24713, G0070: 27001, G0088: 20000, G0089: 30001, G0090: 35000 }) });
const L = (hcpcs, modifiers, units, extra = {}) => ({ hcpcs, modifiers, units, dateOfService: DOS, ...extra });
// A month of home infusion billing for one patient: pump, supplies, drugs, PN, one HIT visit.
const TEN = [
  L('E0781', ['RR', 'KX'], 1, { rentalMonth: 5 }), L('A4222', ['KX'], 4), L('A4221', ['KX'], 4), L('K0552', ['KX'], 4),
  L('J2270', ['KX'], 30, { chargeCents: 20000 }), L('J1559', ['KX', 'JB'], 80), L('B4189', [], 30), L('B9004', ['RR'], 1),
  L('E0784', ['RR', 'KX'], 1, { rentalMonth: 2 }), L('G0068', [], 1),
];
const claimOf = (lines) => ({ state: 'AL', zip: '35203', deductibleRemainingCents: 0, hitRates: HIT_RATES, gaf: 1, lines });
const CLAIM_10 = claimOf(TEN);
// A million lines: 100 claims of 10,000 lines (each result is dropped after its claim).
const BIG = claimOf(Array.from({ length: 10_000 }, (_, i) => TEN[i % 10]));
const BIG_CLAIMS = 100;

// --- naive baseline: the CSV rows re-read for every line ---------------------------------------
const rowsOf = (name) => readFileSync(`${fixtures}${name}`, 'latin1').split(/\r?\n/);
const DMEPOS = rowsOf('DMEPOS_JAN_2025.csv');
const PEN = rowsOf('DMEPEN_JAN_2025.csv');
const ASP = rowsOf('ASP_JAN_2025.csv');
function findFee(rows, code, modifiers, state) {
  const header = rows.find((r) => r.startsWith('HCPCS,')).split(',');
  const column = header.findIndex((h) => h.replace(' ', '') === `${state}(NR)`);
  for (const row of rows) {
    const cells = row.split(',');
    if (cells[0] !== code) continue;
    const mods = [cells[1], cells[2]].filter(Boolean);
    if (mods.every((m) => modifiers.includes(m))) return Math.round(parseFloat(cells[column]) * 100);
  }
  return undefined;
}
function naivePrice(claim) {
  let deductible = claim.deductibleRemainingCents;
  return claim.lines.map((line) => {
    let allowed;
    if (line.hcpcs.startsWith('G')) allowed = HIT_RATES.rates[line.hcpcs];
    else if (line.hcpcs.startsWith('J')) {
      const row = ASP.find((r) => r.startsWith(`${line.hcpcs},`));
      allowed = row ? Math.round(parseFloat(row.split(',')[3]) * line.units * 100) : undefined;
    } else {
      let fee = findFee(DMEPOS, line.hcpcs, line.modifiers, claim.state) ?? findFee(PEN, line.hcpcs, line.modifiers, claim.state);
      if (line.rentalMonth > 3) fee = Math.round(fee * 0.75);
      allowed = fee * line.units;
    }
    if (allowed === undefined) return { allowed };
    if (line.chargeCents !== undefined) allowed = Math.min(allowed, line.chargeCents);
    const d = Math.min(deductible, allowed);
    deductible -= d;
    const medicare = Math.round((allowed - d) * 0.8);
    return { allowed, medicare, beneficiary: allowed - medicare };
  });
}

const fastAllowed = priceClaim(CLAIM_10).lines.map((l) => l.allowed?.cents);
const naiveAllowed = naivePrice(CLAIM_10).map((l) => l.allowed);
if (JSON.stringify(fastAllowed) !== JSON.stringify(naiveAllowed)) {
  throw new Error(`pricing bench: library and baseline disagree: ${fastAllowed} vs ${naiveAllowed}`);
}
const NAIVE_SAMPLE = claimOf(BIG.lines.slice(0, 1000));

export const cases = [
  {
    name: 'priceClaim (10-line claim)',
    unit: 'lines',
    opsPerCall: 10,
    fast: () => priceClaim(CLAIM_10),
    naive: () => naivePrice(CLAIM_10),
  },
  {
    // Linear cost: the same rate per line at a million lines. The baseline is timed on 1,000 lines
    // of the same claim (at its pace a million lines take minutes) and reported per line.
    name: 'priceClaim (1M lines: 100 claims of 10,000)',
    unit: 'lines',
    opsPerCall: BIG.lines.length * BIG_CLAIMS,
    naiveOpsPerCall: NAIVE_SAMPLE.lines.length,
    iterations: 2,
    fast: () => {
      for (let i = 0; i < BIG_CLAIMS; i++) priceClaim(BIG);
    },
    naive: () => naivePrice(NAIVE_SAMPLE),
  },
];
