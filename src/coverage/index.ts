/**
 * The coverage model at run time: the frozen data built from data/coverage/ and the indexes the
 * catalog, classify and checkClaim ask it through. Indexes are built once, on first use, from
 * frozen data; nothing else is kept between calls.
 */
import { loadCoverage } from '../generated/coverage.js';
import type { CoverageData, CoverageRule, HitPeriod, Route } from './types.js';

/** A rule as it applies to one code: from the later of the rule's start and the code's HCPCS add date. */
export interface CodeRule {
  readonly rule: CoverageRule;
  readonly from: string;
  readonly to: string | undefined;
}

interface CodeEntry {
  readonly list: readonly CodeRule[];
  /** The rules of `list`, for the common case where all of them are in force on the date. */
  readonly rules: readonly CoverageRule[];
}

interface Index {
  readonly model: CoverageData;
  readonly byCode: ReadonlyMap<string, readonly CodeRule[]>;
  readonly entries: ReadonlyMap<string, CodeEntry>;
  readonly initialVisitsFrom: string;
  readonly groups: ReadonlyMap<number, ReadonlySet<string>>;
  readonly pid: ReadonlySet<string>;
  readonly pumps: ReadonlySet<string>;
}

let INDEX: Index | undefined;

function index(): Index {
  if (INDEX) return INDEX;
  const model = loadCoverage();
  const byCode = new Map<string, CodeRule[]>();
  for (const rule of model.rules) {
    for (const code of rule.codes) {
      const added = rule.codeAdded[code] ?? rule.effective.from;
      const list = byCode.get(code) ?? [];
      list.push({ rule, from: added > rule.effective.from ? added : rule.effective.from, to: rule.effective.to });
      byCode.set(code, list);
    }
  }
  const entries = new Map<string, CodeEntry>();
  for (const [code, list] of byCode) entries.set(code, { list, rules: Object.freeze(list.map((r) => r.rule)) });
  const initialStarts = model.rules.filter((r) => r.hitVisit === 'initial').map((r) => r.effective.from).sort();
  INDEX = {
    model,
    byCode,
    entries,
    initialVisitsFrom: initialStarts[0] ?? '9999-12-31',
    groups: new Map(model.icd10Groups.map((g) => [g.group, new Set(g.codes)])),
    pid: new Set(model.pid.codes),
    pumps: new Set(model.rules.filter((r) => r.kind === 'eip-pump').flatMap((r) => r.codes)),
  };
  return INDEX;
}

/** The whole coverage model (frozen). */
export function coverageModel(): CoverageData {
  return index().model;
}

/** Whether the coverage model names the code in any rule, on any date. */
export function hasCoverageRule(code: string): boolean {
  return index().byCode.has(code);
}

const NONE: readonly CoverageRule[] = /* @__PURE__ */ Object.freeze([]);
const inForce = (r: CodeRule, date: string): boolean => r.from <= date && (r.to === undefined || date <= r.to);

/** The coverage rules of `code` in force on `date` (no allocation when all or none are). */
export function coverageRulesOn(code: string, date: string): readonly CoverageRule[] {
  const entry = index().entries.get(code);
  if (!entry) return NONE;
  let count = 0;
  for (const r of entry.list) if (inForce(r, date)) count++;
  if (count === entry.list.length) return entry.rules;
  return count === 0 ? NONE : entry.list.filter((r) => inForce(r, date)).map((r) => r.rule);
}

/** Every rule that names `code`, on any date. */
export function rulesOfCode(code: string): readonly CodeRule[] {
  return index().byCode.get(code) ?? [];
}

/** The rules that apply to `code` on `date` (usually one; two where routes tell them apart). */
export function rulesInForce(code: string, date: string): readonly CodeRule[] {
  const list = index().byCode.get(code);
  if (!list) return [];
  return list.filter((r) => r.from <= date && (r.to === undefined || date <= r.to));
}

/** Every S-code but the model's exceptions is not payable by Medicare (HCPCS coverage code I). */
export function isNonMedicareSCode(code: string): boolean {
  return code.startsWith('S') && !index().model.sCodes.exceptions.includes(code);
}

/** The external infusion pumps of LCD L33794 (the eip-pump rules' codes). */
export function eipPumpCodes(): ReadonlySet<string> {
  return index().pumps;
}

/** The ICD-10-CM codes of an A52507 group. */
export function icd10Group(group: number): ReadonlySet<string> {
  return index().groups.get(group) ?? new Set();
}

/** The home IVIG primary immune deficiency list (BPM ch. 15 §50.6). */
export function pidDiagnoses(): ReadonlySet<string> {
  return index().pid;
}

/** Who is billed for HIT visits on `date`: the DME MAC in 2019-2020, the A/B MAC from 2021. */
export function hitContractorOn(date: string): CoverageData['hitContractor'][number] | undefined {
  return index().model.hitContractor.find((c) => c.from <= date && (c.to === undefined || date <= c.to));
}

/**
 * First date of the permanent HIT benefit's visit codes: the first initial-visit G-code
 * (42 CFR 414.1550, BPM ch. 15 §320.8.3). Before it, the 2019-2020 transitional payment had one
 * code per category.
 */
export function hitInitialVisitsFrom(): string {
  return index().initialVisitsFrom;
}

/** The HIT category of a drug rule on a date and route, with the period's citations; undefined when none. */
export function hitCategoryOf(rule: CoverageRule, date: string, route: Route | undefined): HitPeriod | undefined {
  const period = (rule.hit ?? []).find((p) => p.from <= date && (p.to === undefined || date <= p.to));
  if (!period || !hitRouteEligible(rule, date, route)) return undefined;
  return period;
}

/**
 * BPM ch. 15 §320.7.1 (from 2021): a pump drug is a home infusion drug only when infused
 * intravenously or subcutaneously. With no route given, the rule's own routes decide (any route
 * when it names none).
 */
export function hitRouteEligible(rule: CoverageRule, date: string, route: Route | undefined): boolean {
  const eligible = index().model.hitEligibleRoutes;
  if (date < eligible.from) return true;
  const possible = route !== undefined ? [route] : rule.routes;
  return possible === undefined || possible.some((r) => eligible.routes.includes(r));
}

export type { CoverageData, CoverageRule } from './types.js';
