// hitPayment with a caller-loaded, frozen rate table against a naive version that re-reads the table
// (JSON.parse of the file text), re-validates it with zod and does decimal arithmetic with BigInt on
// every call. Amounts are illustrative, not CMS rates.
import { hitPayment, hitVisitType } from 'medicare-home-infusion';
import { z } from 'zod';

const TABLE_JSON = JSON.stringify({
  year: 2025,
  status: 'published',
  rates: { G0068: 15555, G0069: 24713, G0070: 27001, G0088: 20000, G0089: 30001, G0090: 35000 },
});
const deepFreeze = (o) => {
  Object.freeze(o);
  for (const v of Object.values(o)) if (v && typeof v === 'object' && !Object.isFrozen(v)) deepFreeze(v);
  return o;
};
const TABLE = deepFreeze(JSON.parse(TABLE_JSON));
const CODES = ['G0068', 'G0069', 'G0070', 'G0088', 'G0089', 'G0090'];
const GAFS = [0.9512, 1, 1.0523, 1.1875];

const tableSchema = z.object({
  year: z.number().int(),
  status: z.enum(['published', 'derived']).optional(),
  rates: z.record(z.string().regex(/^G00(68|69|70|88|89|90)$/), z.number().int().nonnegative()),
});
const usd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });
function decimalTimes(cents, factor) {
  const [whole, fraction = ''] = String(factor).split('.');
  const scale = 10n ** BigInt(fraction.length);
  const n = BigInt(cents) * BigInt(`${whole}${fraction}`);
  return Number((n * 2n + scale) / (2n * scale));
}
function naiveHitPayment(input) {
  const table = tableSchema.parse(JSON.parse(TABLE_JSON));
  if (!/^\d{4}-\d{2}-\d{2}$/.test(input.dateOfService)) throw new Error('date');
  if (Number(input.dateOfService.slice(0, 4)) !== table.year) throw new Error('year');
  const national = table.rates[input.code.trim().toUpperCase()];
  const allowed = decimalTimes(national, input.gaf);
  const basis = Math.min(allowed, input.chargeCents ?? allowed);
  const deductible = Math.min(input.deductibleRemainingCents ?? 0, basis);
  const medicare = decimalTimes(basis - deductible, 0.8);
  const steps = [national, allowed, basis, deductible, medicare, basis - medicare].map((c) => usd.format(c / 100));
  return { national, allowed, medicare, beneficiary: basis - medicare, steps };
}

let i = 0;
const next = () => {
  i = (i + 1) & 1023;
  return { dateOfService: '2025-05-05', code: CODES[i % 6], gaf: GAFS[i & 3], chargeCents: 40000, deductibleRemainingCents: i & 1 ? 0 : 2500, rates: TABLE };
};
// Every call a charge not asked before (cycling through 2^20 amounts): the cost of computing and
// building a new answer. Most of
// these charges (up to $10,485.75) are above the allowed amounts ($147.96-$415.63), as a supplier's charge
// usually is, so the answers share the split of the allowed amount and build only what shows the
// charge; the next case keeps every charge below the allowed amount, so each answer builds its split.
let charge = 0;
const nextNew = () => {
  i = (i + 1) & 1023;
  charge = (charge + 7919) & 0xfffff;
  return { dateOfService: '2025-05-05', code: CODES[i % 6], gaf: GAFS[i & 3], chargeCents: charge, deductibleRemainingCents: i & 1 ? 0 : 2500, rates: TABLE };
};
// Charges of $50.00-$146.99 (cycling through 9,700 amounts): always below the allowed amount.
let low = 0;
const nextNewLow = () => {
  i = (i + 1) & 1023;
  low = (low + 7919) % 9700;
  return { dateOfService: '2025-05-05', code: CODES[i % 6], gaf: GAFS[i & 3], chargeCents: 5000 + low, deductibleRemainingCents: i & 1 ? 0 : 2500, rates: TABLE };
};
const visits = Object.freeze([{ date: '2025-01-02' }, { date: '2025-02-10', discharged: true }]);

export const cases = [
  {
    // Repeated questions: hitPayment keeps no memo (issue 11), so this costs what a new question does.
    name: 'hitPayment (loaded table)',
    fast: () => hitPayment(next()),
    naive: () => naiveHitPayment(next()),
  },
  {
    // Issue 11 target: at least 500k calls/s on questions never asked before.
    name: 'hitPayment (loaded table, new charge each call)',
    target: 500_000,
    fast: () => hitPayment(nextNew()),
    naive: () => naiveHitPayment(nextNew()),
  },
  {
    name: 'hitPayment (loaded table, new charge below the allowed amount each call)',
    fast: () => hitPayment(nextNewLow()),
    naive: () => naiveHitPayment(nextNewLow()),
  },
  {
    name: 'hitVisitType (2 prior visits)',
    fast: () => hitVisitType({ dateOfService: '2025-05-05', patientPriorVisits: visits }),
    naive: () => {
      const sorted = [...visits].map((v) => ({ ...v, t: Date.parse(v.date) })).sort((a, b) => a.t - b.t);
      const last = sorted[sorted.length - 1];
      return last.discharged && (Date.parse('2025-05-05') - last.t) / 86_400_000 > 60 ? 'initial' : 'subsequent';
    },
  },
];
