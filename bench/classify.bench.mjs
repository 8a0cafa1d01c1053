// classify: the library (validation by hand, rule index by code, answer cache) against a naive
// baseline that validates with zod and scans the rule table and the ICD-10 lists linearly, on
// the same inputs. Both must agree on benefit, bill-to and HIT category before timing starts.
import { z } from 'zod';
import { DEVICES, ROUTES, SETTINGS, classify, classifyRuleTable } from 'medicare-home-infusion';

const INPUTS = [
  { hcpcs: 'J2260', dateOfService: '2026-03-02', device: 'external-pump', route: 'intravenous', setting: 'home' },
  { hcpcs: 'j1559', dateOfService: '2026-03-02', device: 'external-pump', route: 'subcutaneous', diagnoses: ['D83.9'], setting: 'home' },
  { hcpcs: 'J1817', dateOfService: '2026-03-02', device: 'insulin-pump', route: 'subcutaneous', diagnoses: ['E11.65', 'I10'], setting: 'home' },
  { hcpcs: 'J9039', dateOfService: '2026-03-02', device: 'external-pump', route: 'intravenous', diagnoses: ['c9100'], setting: 'home' },
  { hcpcs: 'J1325', dateOfService: '2026-03-02', device: 'external-pump', route: 'intravenous', setting: 'home' },
  { hcpcs: 'J0133', dateOfService: '2026-03-02', device: 'external-pump', route: 'intravenous', setting: 'home' },
];

const table = classifyRuleTable();
const schema = z.object({
  hcpcs: z.string().trim().toUpperCase().regex(/^[A-Z]\d{4}$/),
  dateOfService: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).refine((s) => !Number.isNaN(Date.parse(s))),
  route: z.enum(ROUTES).optional(),
  device: z.enum(DEVICES).optional(),
  setting: z.enum(SETTINGS).optional(),
  diagnoses: z.array(z.string().trim().toUpperCase().regex(/^[A-Z]\d[0-9A-Z]\.?[0-9A-Z]{0,4}$/)).optional(),
  partAStay: z.boolean().optional(),
  hospice: z.enum(['related', 'unrelated']).optional(),
});
const dotted = (d) => (d.length > 3 && d[3] !== '.' ? `${d.slice(0, 3)}.${d.slice(3)}` : d);
const freeze = (v) => {
  if (v && typeof v === 'object') {
    Object.freeze(v);
    for (const k of Object.keys(v)) freeze(v[k]);
  }
  return v;
};
const HIT = { 1: ['G0088', 'G0068'], 2: ['G0089', 'G0069'], 3: ['G0090', 'G0070'] };

/** Naive: zod, then a linear scan of every rule and of the ICD-10 lists (the at-home pump path only). */
function naive(input) {
  const v = schema.parse(input);
  const date = v.dateOfService;
  const rule = table.rules.find((r) => r.codes.includes(v.hcpcs) && r.effective.from <= date && (!r.effective.to || date <= r.effective.to) &&
    (!v.route || !r.routes || r.routes.includes(v.route)) && r.devices?.includes(v.device));
  const dx = (v.diagnoses ?? []).map(dotted);
  const groups = (rule.diagnosisGroups ?? []).filter((g) => !g.from || date >= g.from).map((g) => table.icd10Groups.find((x) => x.group === g.group));
  const listed = groups.length === 0 || dx.length === 0 || groups.some((g) => dx.some((d) => g.codes.includes(d)));
  const hit = rule.indication === 'IV' ? undefined : (rule.hit ?? []).find((p) => p.from <= date && (!p.to || date <= p.to));
  return freeze({
    benefit: listed ? 'part-b-dme' : 'not-covered',
    billTo: 'dme-mac',
    ...(hit ? { hitCategory: hit.category, hitCodes: { initial: HIT[hit.category][0], subsequent: HIT[hit.category][1] } } : {}),
    requires: [...rule.requires],
    reasons: [{ code: 'EIP_DRUG_COVERED', message: `${v.hcpcs} (${rule.label}) is covered under LCD L33794 indication ${rule.indication}`, citation: { ...rule.citations[0] } }],
    warnings: [],
  });
}

for (const input of INPUTS) {
  const a = classify(input);
  const b = naive(input);
  if (a.benefit !== b.benefit || a.billTo !== b.billTo || a.hitCategory !== b.hitCategory) {
    throw new Error(`classify bench: library and baseline disagree on ${input.hcpcs}`);
  }
}

// Many distinct inputs: 6 drugs x 36,500 dates = 219,000 input objects with their own date strings.
// Answers depend on the date only through the rule table's date boundaries, and every date here is
// past the last one (2026-01-25), so the answers come from the answer cache: what this case measures
// is reading and validating a new input object and a new date string on every call.
const COLD = [];
for (let day = 0; day < 36_500; day++) {
  const date = new Date(Date.UTC(2026, 0, 25) + day * 86_400_000).toISOString().slice(0, 10);
  for (const input of INPUTS) COLD.push({ ...input, dateOfService: date });
}

let i = 0;
let j = 0;
let k = 0;
let l = 0;
export const cases = [
  {
    name: 'classify (6 at-home pump drugs, round robin)',
    target: 1_000_000,
    unit: 'calls',
    fast: () => classify(INPUTS[i++ % INPUTS.length]),
    naive: () => naive(INPUTS[j++ % INPUTS.length]),
  },
  {
    name: 'classify, 219k distinct input objects and dates (answers shared by date interval)',
    unit: 'calls',
    fast: () => classify(COLD[k++ % COLD.length]),
    naive: () => naive(COLD[l++ % COLD.length]),
  },
];
