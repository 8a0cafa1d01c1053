// Input size and cost (issue 14, item 5): every function whose input has no fixed size, run at 10,
// 10,000 and 1,000,000 items, with the time per item at each size. Linear cost means the time per
// item stays flat; the table's last column is the largest time per item over the smallest.
//   npm run build && node bench/sizes.mjs     (also run by `npm run bench`, which writes the table)
//
// An "item" is what the input is a list of: a claim line (checkClaim, priceClaim), an X12 service
// line (readX12Claims), a FHIR Claim.item (fromFhirClaim), a prior visit (hitVisitType). Each size
// gets a fresh input and runs long enough to be timed: below 1M items the call repeats until 200 ms
// of CPU time have passed, at 1M it runs twice; the mean CPU time per call counts. The HIT rates are
// illustrative.
import { HCPCS_SYSTEM_URL, checkClaim, fromFhirClaim, hitVisitType, priceClaim } from 'medicare-home-infusion';
import { readX12Claims } from 'medicare-home-infusion/x12';
import { generate837 } from './x12-file.mjs';

export const SIZES = [10, 10_000, 1_000_000];

/** A home infusion month cycled to any length: pump, supplies, drugs, PN and a HIT visit. */
const LINE_TEMPLATES = [
  { hcpcs: 'E0781', modifiers: ['RR', 'KX'], units: 1, rentalMonth: 5 },
  { hcpcs: 'A4222', modifiers: ['KX'], units: 4 },
  { hcpcs: 'A4221', modifiers: ['KX'], units: 4 },
  { hcpcs: 'J2270', modifiers: ['KX'], units: 30 },
  { hcpcs: 'J1559', modifiers: ['KX', 'JB'], units: 80 },
  { hcpcs: 'B4189', modifiers: [], units: 30 },
  { hcpcs: 'E0784', modifiers: ['RR', 'KX'], units: 1, rentalMonth: 2 },
  { hcpcs: 'J1817', modifiers: ['KX', 'JK'], units: 6 },
  { hcpcs: 'G0068', modifiers: [], units: 1 },
  { hcpcs: 'J3490', modifiers: ['GY'], units: 1 },
];
/** Dates of service in 2025's first quarter, the pricing quarter the package holds. */
const dateOf = (i) => `2025-${String(1 + ((i >> 5) % 3)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
const claimLines = (n) => Array.from({ length: n }, (_, i) => ({ ...LINE_TEMPLATES[i % 10], dateOfService: dateOf(i) }));

const HIT_RATES = Object.freeze({ year: 2025, rates: Object.freeze({ G0068: 15555, G0069: 24713, G0070: 27001, G0088: 20000, G0089: 30001, G0090: 35000 }) });

const fhirClaim = (n) => ({
  resourceType: 'Claim',
  billablePeriod: { start: '2025-02-01' },
  diagnosis: [{ sequence: 1, diagnosisCodeableConcept: { coding: [{ system: 'http://hl7.org/fhir/sid/icd-10-cm', code: 'D80.0' }] } }],
  item: claimLines(n).map((line, i) => ({
    sequence: i + 1,
    productOrService: { coding: [{ system: HCPCS_SYSTEM_URL, code: line.hcpcs }] },
    modifier: line.modifiers.map((code) => ({ coding: [{ code }] })),
    quantity: { value: line.units },
    servicedDate: line.dateOfService,
  })),
});

/** The patient's prior visits, one a day for 1,500 days before 2024-11-01 (then again), none within 60 days of 2025-01-06. */
const priorVisits = (n) => Array.from({ length: n }, (_, i) => ({ date: new Date(Date.UTC(2024, 10, 1) - (i % 1500) * 864e5).toISOString().slice(0, 10) }));

/**
 * Each case: `input(n)` builds an input of n items (outside the timing), `run(input)` is the call,
 * `check(result, n)` proves the call read all n items (a benchmark of a call that stopped early
 * would measure nothing).
 */
export const CASES = [
  {
    name: 'checkClaim(lines)',
    input: claimLines,
    run: (lines) => checkClaim(lines),
    check: (findings) => Array.isArray(findings),
  },
  {
    name: 'priceClaim({ lines })',
    input: (n) => ({ state: 'AL', zip: '35203', deductibleRemainingCents: 0, hitRates: HIT_RATES, gaf: 1, lines: claimLines(n) }),
    run: (claim) => priceClaim(claim),
    check: (priced, n) => priced.lines.length === n,
  },
  {
    name: 'readX12Claims(837 text)',
    input: generate837,
    run: (text) => readX12Claims(text),
    check: (claims, n) => claims.reduce((sum, c) => sum + c.lines.length, 0) === n,
  },
  {
    name: 'fromFhirClaim(Claim)',
    input: fhirClaim,
    run: (claim) => fromFhirClaim(claim),
    check: (read, n) => read.lines.length === n,
  },
  {
    name: 'hitVisitType({ patientPriorVisits })',
    input: (n) => ({ dateOfService: '2025-01-06', patientPriorVisits: priorVisits(n) }),
    run: (input) => hitVisitType(input),
    check: (answer) => answer !== undefined,
  },
];

/**
 * CPU milliseconds per call of `run(input)` (user + system time of this process, from
 * process.cpuUsage): the calls repeat until `budgetMs` of CPU time and `minRounds` calls have passed,
 * and the mean counts. CPU time rather than wall time, because on a shared machine wall time also
 * counts the time the process waited for a core.
 */
function cpuMsPerCall(run, input, budgetMs, minRounds) {
  const cpuMs = () => {
    const { user, system } = process.cpuUsage();
    return (user + system) / 1000;
  };
  const start = cpuMs();
  let rounds = 0;
  while (rounds < minRounds || cpuMs() - start < budgetMs) {
    run(input);
    rounds++;
  }
  return (cpuMs() - start) / rounds;
}

const formatPerItem = (ms) => (ms >= 1e-3 ? `${(ms * 1000).toFixed(2)} µs` : `${(ms * 1e6).toFixed(0)} ns`);
const formatTotal = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : ms >= 1 ? `${ms.toFixed(1)} ms` : `${(ms * 1000).toFixed(1)} µs`);

/** Runs every case at every size; returns the markdown table (rows are also printed as they come). */
export function runSizes({ sizes = SIZES, log = (row) => console.error(row) } = {}) {
  const header = `| function | ${sizes.map((n) => `${n.toLocaleString('en-US')} items: call / per item`).join(' | ')} | largest / smallest per item |`;
  const rows = [header, `|---|${sizes.map(() => '---').join('|')}|---|`];
  for (const c of CASES) {
    // Warm up the JIT on a mid-size input so the 10-item row is not the compiler's first call.
    const warm = c.input(1000);
    for (let i = 0; i < 20; i++) c.run(warm);
    const perItem = [];
    const cells = [];
    for (const n of sizes) {
      const input = c.input(n);
      if (!c.check(c.run(input), n)) throw new Error(`${c.name} did not read all ${n} items`);
      const ms = cpuMsPerCall(c.run, input, n >= 1_000_000 ? 0 : 200, n >= 1_000_000 ? 2 : 5);
      perItem.push(ms / n);
      cells.push(`${formatTotal(ms)} / ${formatPerItem(ms / n)}`);
    }
    const spread = Math.max(...perItem) / Math.min(...perItem);
    rows.push(`| ${c.name} | ${cells.join(' | ')} | ${spread.toFixed(2)}x${spread <= 2 ? '' : ' (over 2x)'} |`);
    log(rows[rows.length - 1]);
  }
  return rows.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(runSizes({ log: () => {} }));
