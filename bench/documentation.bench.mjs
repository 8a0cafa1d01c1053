// Documentation, deadlines and parameters: the library's functions against naive versions that
// do the same work the obvious way on every call (scan the data, rebuild and freeze objects).
import { appealDeadline, checkDocumentation, documentationRequirements, medicareParameters } from 'medicare-home-infusion';
import { freezeDeep, readRepoJson } from './naive.mjs';

const REQS = readRepoJson('data/documentation/requirements.json');
const APP = readRepoJson('data/documentation/applicability.json');
// Which drug needs which LCD criteria is in the coverage model: a rule's requires beyond its benefit's general list.
const COVERAGE_RULES = ['l33794', 'ivig', 'hit', 'pn', 'part-d', 'home-health'].flatMap((f) => readRepoJson(`data/coverage/${f}.json`).rules ?? []);


// Naive: linear scans and fresh, deeply frozen objects on every call.
function naiveRequirements({ benefit, hcpcs, dateOfService }) {
  const code = hcpcs?.trim().toUpperCase();
  const entry = APP.benefits.find((b) => b.benefit === benefit);
  const ids = [...entry.requirements];
  if (benefit === 'part-b-dme') {
    for (const rule of COVERAGE_RULES) {
      if (!rule.codes.includes(code) || !(rule.kind.startsWith('eip-') || rule.kind === 'compounded')) continue;
      for (const id of rule.requires) if (id !== 'abn' && !entry.requirements.includes(id) && !ids.includes(id)) ids.push(id);
    }
  }
  return freezeDeep(
    ids.map((id) => {
      const def = REQS.find((r) => r.id === id);
      const v = def.versions.find((x) => x.from <= dateOfService && (!x.to || dateOfService <= x.to));
      return structuredClone({ id, title: def.title, when: def.when, effective: { from: v.from }, elements: v.elements, citations: v.citations });
    }),
  );
}

const swo = REQS.find((r) => r.id === 'standard-written-order').versions[0].elements;
function naiveCheck(provided) {
  const missing = [];
  for (const e of swo) {
    const entry = Object.entries(provided).find(([k]) => k === e.id);
    const v = entry?.[1];
    if (e.required && (v === undefined || v === null || v === false || (typeof v === 'string' && v.trim() === ''))) missing.push(e.id);
  }
  return freezeDeep({ complete: missing.length === 0, missing });
}

function naiveAppeal(noticeDate, days) {
  const d = new Date(`${noticeDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 5 + days);
  return d.toISOString().slice(0, 10);
}

const input = { benefit: 'part-b-dme', hcpcs: 'J1559', dateOfService: '2026-03-02' };
const provided = { beneficiary: 'Jane Doe', 'order-date': '2026-03-01', 'item-description': 'J1559', quantity: 160, practitioner: '1234567893' };

export const cases = [
  {
    name: 'documentationRequirements (DME + J1559)',
    fast: () => documentationRequirements(input),
    naive: () => naiveRequirements(input),
    target: 200_000,
  },
  {
    name: 'checkDocumentation (SWO, one missing)',
    fast: () => checkDocumentation('standard-written-order', provided),
    naive: () => naiveCheck(provided),
    target: 500_000,
  },
  {
    name: 'appealDeadline (redetermination)',
    fast: () => appealDeadline({ level: 'redetermination', noticeDate: '2026-03-02' }),
    naive: () => naiveAppeal('2026-03-02', 120),
  },
  {
    name: 'medicareParameters(2026)',
    fast: () => medicareParameters(2026),
    naive: () => freezeDeep(structuredClone(medicareParameters(2026))),
  },
];
