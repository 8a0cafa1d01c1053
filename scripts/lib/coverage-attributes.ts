import { BENEFITS, type Benefit } from '../../src/core/benefit.js';
import type { CoverageData, CoverageRule, RuleKind } from '../../src/coverage/types.js';
import { addDaysToIso } from '../../src/core/dates.js';
import type { BuildContext, CitationRef } from './dataset.js';

/**
 * What the catalog shows of a code named by the coverage model, derived from it: the benefit a
 * claim for the code belongs to and its contractor (by rule kind), and the HIT category with the
 * routes it applies on. One function, so the catalog cannot say something the model does not.
 */
const BENEFIT_OF: Record<RuleKind, { benefit: Benefit; billTo?: 'dme-mac' | 'ab-mac' }> = {
  'eip-drug': { benefit: 'part-b-dme', billTo: 'dme-mac' },
  'eip-pump': { benefit: 'part-b-dme', billTo: 'dme-mac' },
  'eip-supply': { benefit: 'part-b-dme', billTo: 'dme-mac' },
  'eip-accessory': { benefit: 'part-b-dme', billTo: 'dme-mac' },
  compounded: { benefit: 'part-b-dme', billTo: 'dme-mac' },
  'implanted-pump': { benefit: 'part-b-incident-to', billTo: 'ab-mac' },
  'disposable-device': { benefit: 'not-covered' },
  'ivig-drug': { benefit: 'part-b-ivig', billTo: 'dme-mac' },
  'ivig-services': { benefit: 'part-b-ivig-services', billTo: 'dme-mac' },
  pn: { benefit: 'part-b-pn', billTo: 'dme-mac' },
  'hit-service': { benefit: 'part-b-hit' },
  'home-health-nursing': { benefit: 'home-health', billTo: 'ab-mac' },
  'part-d-drug': { benefit: 'part-d' },
};

/** The benefit a claim for a rule's codes belongs to at home (one mapping, for the catalog and the documentation build). */
export function benefitOfKind(kind: RuleKind): Benefit {
  return BENEFIT_OF[kind].benefit;
}

export interface CoveragePeriod {
  from: string;
  to?: string;
  set: { benefits: Benefit[]; billTo?: 'dme-mac' | 'ab-mac'; hitCategory?: 1 | 2 | 3; hitRoutes?: string[] };
  citations: CitationRef[];
  label: string;
}

interface Fact {
  from: string;
  to?: string;
  benefit?: Benefit;
  billTo?: 'dme-mac' | 'ab-mac';
  hitCategory?: 1 | 2 | 3;
  hitRoutes?: string[];
  citations: CitationRef[];
}

const refs = (citations: readonly { id: string; section?: string }[]): CitationRef[] =>
  citations.map((c) => ({ source: c.id, ...(c.section ? { section: c.section } : {}) }));
const later = (a: string, b: string): string => (a > b ? a : b);

function ruleFacts(rule: CoverageRule, code: string, model: CoverageData): Fact[] {
  const from = later(rule.codeAdded[code] ?? rule.effective.from, rule.effective.from);
  const to = rule.effective.to;
  const { benefit, billTo } = BENEFIT_OF[rule.kind];
  const facts: Fact[] = [{ from, ...(to ? { to } : {}), benefit, ...(billTo ? { billTo } : {}), citations: refs(rule.citations.slice(0, 1)) }];
  if (rule.kind === 'hit-service') {
    for (const c of model.hitContractor) facts.push({ from: c.from, ...(c.to ? { to: c.to } : {}), billTo: c.billTo, citations: refs(c.citations) });
    facts.push({ from, hitCategory: rule.hitCategory!, citations: [] });
  }
  // A drug's HIT category; from hitEligibleRoutes.from only on intravenous or subcutaneous routes.
  const eligible = model.hitEligibleRoutes;
  for (const p of rule.hit ?? []) {
    const start = later(p.from, from);
    const end = p.to ?? to;
    const before = addDaysToIso(eligible.from, -1);
    if (start < eligible.from) {
      facts.push({ from: start, ...(end && end < eligible.from ? { to: end } : { to: before }), hitCategory: p.category, citations: refs(p.citations) });
    }
    if (end === undefined || end >= eligible.from) {
      const routes = rule.routes ? eligible.routes.filter((r) => rule.routes!.includes(r)) : [...eligible.routes];
      if (routes.length > 0) {
        facts.push({ from: later(start, eligible.from), ...(end ? { to: end } : {}), hitCategory: p.category, hitRoutes: routes, citations: [...refs(p.citations), ...refs(eligible.citations)] });
      }
    }
  }
  return facts;
}

/** Coverage periods by code: non-overlapping, each with the benefits, contractor and HIT category in force. */
export function coveragePeriods(ctx: BuildContext, catalogCodes: Iterable<string>): Map<string, CoveragePeriod[]> {
  const model = ctx.built.get('coverage') as CoverageData | undefined;
  const out = new Map<string, CoveragePeriod[]>();
  if (!model) return out;
  const facts = new Map<string, Fact[]>();
  for (const rule of model.rules) {
    for (const code of rule.codes) facts.set(code, [...(facts.get(code) ?? []), ...ruleFacts(rule, code, model)]);
  }
  // Every S-code but the exceptions: not payable by Medicare (HCPCS coverage code I), for all of its dates.
  for (const code of catalogCodes) {
    if (isNonMedicareSCode(code, model)) facts.set(code, [{ from: '1900-01-01', benefit: 'not-covered', citations: refs(model.sCodes.citations) }]);
  }
  for (const [code, list] of facts) {
    const cuts = new Set<string>();
    for (const f of list) {
      cuts.add(f.from);
      if (f.to) cuts.add(addDaysToIso(f.to, 1));
    }
    const points = [...cuts].sort();
    const periods: CoveragePeriod[] = [];
    points.forEach((from, i) => {
      const next = points[i + 1];
      const active = list.filter((f) => f.from <= from && (f.to === undefined || from <= f.to));
      const benefits = BENEFITS.filter((b) => active.some((f) => f.benefit === b));
      if (benefits.length === 0) return;
      const billTos = [...new Set(active.flatMap((f) => (f.billTo ? [f.billTo] : [])))];
      if (billTos.length > 1) ctx.fail('data/coverage', code, 'billTo', `two contractors from ${from}: ${billTos.join(', ')}`);
      const hit = active.filter((f) => f.hitCategory !== undefined);
      if (new Set(hit.map((h) => h.hitCategory)).size > 1) ctx.fail('data/coverage', code, 'hit', `two HIT categories from ${from}`);
      const set: CoveragePeriod['set'] = {
        benefits,
        ...(billTos[0] ? { billTo: billTos[0] } : {}),
        ...(hit[0] ? { hitCategory: hit[0].hitCategory! } : {}),
        ...(hit[0]?.hitRoutes ? { hitRoutes: hit[0].hitRoutes } : {}),
      };
      const period: CoveragePeriod = {
        from,
        ...(next ? { to: addDaysToIso(next, -1) } : {}),
        set,
        citations: active.flatMap((f) => f.citations),
        label: 'coverage model',
      };
      const last = periods[periods.length - 1];
      if (last && last.to === addDaysToIso(from, -1) && JSON.stringify(last.set) === JSON.stringify(set) && JSON.stringify(last.citations) === JSON.stringify(period.citations)) {
        if (period.to) last.to = period.to;
        else delete last.to;
      } else {
        periods.push(period);
      }
    });
    out.set(code, periods);
  }
  return out;
}

/** Whether a code is an S-code Medicare does not pay, per the coverage model. */
export function isNonMedicareSCode(code: string, model: CoverageData): boolean {
  return code.startsWith('S') && !model.sCodes.exceptions.includes(code);
}
