/**
 * The decision procedure: one ordered pass over the cited rule table (CLASSIFY_DATA, built from
 * data/classify/). The table says what each code is (drug under which LCD indication, pump,
 * supply, IVIG, PN, HIT service, ...), with which pumps, routes and diagnoses; the steps below
 * only apply the order of precedence that the sources set:
 *
 * 1. S-codes: never payable by Medicare.
 * 2. Hospice election, item related to the terminal illness: the hospice.
 * 3. A Part A SNF or inpatient stay: the facility.
 * 4. Setting: outside the home (office, hospital outpatient, SNF without Part A) the home
 *    benefits (DME pump, home IVIG, HIT) do not apply.
 * 5. At home: the rule for the code, checked for device, route and diagnosis; then the HIT
 *    category of a covered pump drug.
 */
import type { Citation } from '../core/citation.js';
import { attachDisplay, displayMethod } from '../core/display.js';
import type { HitCategory } from '../core/benefit.js';
import { addDaysToIso } from '../core/dates.js';
import { getSource } from '../core/source-registry.js';
import { findCodeRecord, hasCode } from '../catalog/lookup.js';
import { loadClassifyData } from '../generated/classify.js';
import { REASON_CODES, type ReasonCode } from './reasons.js';
import { DEVICES, ROUTES, SETTINGS, type Classification, type ClassificationReason, type ClassifyData, type ClassifyRule, type Device, type Route, type Setting } from './types.js';

/** A validated, normalised classify input. */
export interface DecisionInput {
  readonly code: string;
  readonly date: string;
  readonly route: Route | undefined;
  readonly device: Device | undefined;
  /** Normalised ICD-10-CM codes; `undefined` when none were given. */
  readonly diagnoses: readonly string[] | undefined;
  readonly setting: Setting | undefined;
  readonly partAStay: boolean;
  readonly hospice: 'related' | 'unrelated' | undefined;
  /** route, device, setting, partAStay and hospice as one number: {@link choiceKey} of their indexes. */
  readonly choices: number;
}

/**
 * Index of each allowed value of an enumerated input (1-based; 0 is "not given"), built from the
 * lists in types.ts. classify() validates with these maps and builds the answer-cache key from the
 * same lookup, instead of a set lookup to validate and a keyed object lookup to build the key.
 */
function indexes(values: readonly string[]): ReadonlyMap<unknown, number> {
  return new Map(values.map((value, i) => [value, i + 1]));
}
export const ROUTE_INDEX = /* @__PURE__ */ indexes(ROUTES);
export const DEVICE_INDEX = /* @__PURE__ */ indexes(DEVICES);
export const SETTING_INDEX = /* @__PURE__ */ indexes(SETTINGS);
export const HOSPICE_VALUES = /* @__PURE__ */ Object.freeze(['related', 'unrelated'] as const);
export const HOSPICE_INDEX = /* @__PURE__ */ indexes(HOSPICE_VALUES);

/** The enumerated inputs as one number (below 7 x 7 x 5 x 2 x 3 = 1,470), from their indexes. */
export function choiceKey(route: number, device: number, setting: number, partAStay: boolean, hospice: number): number {
  return (((route * (ROUTES.length + 1) + device) * (SETTINGS.length + 1) + setting) * 2 + (partAStay ? 1 : 0)) * (HOSPICE_VALUES.length + 1) + hospice;
}

/** The LCD L33794 revision this table encodes. */
export const LCD_REVISION_DATE = '2026-01-25';
/** First date of HIT payment (temporary transitional payment, SSA §1834(u)(7)(A)(ii)). */
const HIT_START = '2019-01-01';
/** First date of the permanent HIT benefit with initial-visit codes (42 CFR 414.1550, BPM ch. 15 §320.8.3). */
const HIT_PERMANENT = '2021-01-01';

interface IndexedRule {
  readonly rule: ClassifyRule;
  readonly from: string;
  readonly to: string | undefined;
}

// Indexes over the bundled rule table and the precedence steps' citations: built by init() on
// first use (every exported function that reads them calls it), not when the module loads.
let CLASSIFY_DATA: ClassifyData | undefined;
/** The same as CLASSIFY_DATA, for code that runs after init(). */
let DATA: ClassifyData;
// Tables read on the hot path are const containers that init() fills, so decide() reads const bindings.
const RULES_BY_CODE = new Map<string, IndexedRule[]>();
const S_CODES = new Map<string, string>();
const GROUPS = new Map<number, Set<string>>();
const PID = new Set<string>();
const FROZEN_HIT_CODES = new Map<HitCategory, Readonly<{ initial: string; subsequent: string }>>();
/** Sorted; frozen by init() once filled. */
const BOUNDARIES: string[] = [];
/** BOUNDARIES as whole numbers YYYYMMDD (see dayKey), for the binary search of intervalOf. */
const BOUNDARY_KEYS: number[] = [];

/** What decide() needs about one code of the rule table, found with one lookup. */
interface CodeEntry {
  /** First date the code is an S-code Medicare does not pay, if it is one. */
  readonly sFrom: string | undefined;
  readonly rules: IndexedRule[] | undefined;
  /** The answer cache of the code: by date interval, then by choiceKey x 4 + diagnosis state. */
  answers: (Classification | undefined)[][];
}
const ENTRIES = new Map<string, CodeEntry>();
let A52507_OFFICE: Citation;
let A52507_DRUG_ALONE: Citation;
let A52507_DISPOSABLE: Citation;
let A52507_IMPLANTED: Citation;
let BPM_PART_A: Citation;
let BPM_INCIDENT: Citation;
let BPM_DME_HOME: Citation;
let BPM_HIT_HOME: Citation;
let BPM_HIT_DRUGS: Citation;
let PART_D: Citation;
let HOSPICE: Citation;
let S_CODE: Citation | undefined;

/**
 * The classifier's rule table as data: every rule with its codes, indication, pumps, routes,
 * ICD-10 groups, HIT periods, documentation ids and citations; the A52507 ICD-10 groups; the
 * home IVIG diagnosis list; the S-codes Medicare does not pay.
 *
 * @example
 * ```ts
 * classifyRuleTable().rules.find((r) => r.codes.includes('J2260'))?.indication // 'V(D)'
 * ```
 */
export function classifyRuleTable(): ClassifyData {
  return CLASSIFY_DATA ?? init();
}

/** Whether the code is one the classifier holds a rule for (any date). */
export function hasRule(code: string): boolean {
  if (CLASSIFY_DATA === undefined) init();
  return RULES_BY_CODE.has(code) || S_CODES.has(code);
}

/** Every code the rule table covers, sorted. */
export function ruleCodes(): readonly string[] {
  if (CLASSIFY_DATA === undefined) init();
  return Object.freeze([...new Set([...RULES_BY_CODE.keys(), ...S_CODES.keys()])].sort());
}

// Reasons are built once per (code, message, citation) and shared: results stay frozen and cheap.
const REASON_CACHE = new Map<string, ClassificationReason>();
function reason(code: ReasonCode, message: string, citation: Citation | undefined): ClassificationReason {
  const key = `${code}\u0000${message}\u0000${citation ? `${citation.id}\u0000${citation.section ?? ''}` : ''}`;
  let found = REASON_CACHE.get(key);
  if (!found) {
    found = Object.freeze(citation ? { code, message, citation } : { code, message });
    REASON_CACHE.set(key, found);
  }
  return found;
}
const first = (rule: ClassifyRule): Citation | undefined => rule.citations[0];

/** Citations of the precedence steps, resolved from the citation registry by init(). */
function citationFor(id: string, section: string): Citation {
  const source = getSource(id);
  if (!source) throw new Error(`classify: source ${id} is not in the citation registry`);
  return Object.freeze({ id: source.id, title: source.title, url: source.url, section });
}

function init(): ClassifyData {
  const data = loadClassifyData();
  for (const rule of data.rules) {
    for (const code of rule.codes) {
      const added = rule.codeAdded[code] ?? rule.effective.from;
      const list = RULES_BY_CODE.get(code) ?? [];
      list.push({ rule, from: added > rule.effective.from ? added : rule.effective.from, to: rule.effective.to });
      RULES_BY_CODE.set(code, list);
    }
  }
  for (const s of data.sCodes) S_CODES.set(s.code, s.from);
  for (const g of data.icd10Groups) GROUPS.set(g.group, new Set(g.codes));
  for (const code of data.pid.codes) PID.add(code);

  // HIT G-codes by category, read from the hit-service rules of the table.
  const HIT_CODES = new Map<HitCategory, { initial: string; subsequent: string }>();
  for (const rule of data.rules) {
    if (rule.kind !== 'hit-service' || rule.hitCategory === undefined || rule.hitVisit === undefined) continue;
    const entry = HIT_CODES.get(rule.hitCategory) ?? { initial: '', subsequent: '' };
    entry[rule.hitVisit] = rule.codes[0] as string;
    HIT_CODES.set(rule.hitCategory, entry);
  }
  for (const [k, v] of HIT_CODES) FROZEN_HIT_CODES.set(k, Object.freeze({ ...v }));
  A52507_OFFICE = citationFor('article-a52507', 'Non-medical necessity coverage: drugs started in a practitioner\'s office are billed to the A/B MAC');
  A52507_DRUG_ALONE = citationFor('article-a52507', 'Non-medical necessity coverage: drugs are covered only as a supply to a covered DME pump; drugs billed alone have no benefit');
  A52507_DISPOSABLE = citationFor('article-a52507', 'Non-medical necessity coverage: disposable drug delivery systems, including elastomeric pumps, are not DME');
  A52507_IMPLANTED = citationFor('article-a52507', 'Non-medical necessity coverage: implantable pumps and their drugs and supplies go to the A/B MAC');
  BPM_PART_A = citationFor('bpm-100-02-ch15', '§10: no Part B payment for services the individual is entitled to have paid under Part A');
  BPM_INCIDENT = citationFor('bpm-100-02-ch15', '§60 B: hospital services incident to a physician\'s service to outpatients, paid by the A/B MAC');
  BPM_DME_HOME = citationFor('bpm-100-02-ch15', '§110.1 D: a hospital or SNF is not the beneficiary\'s home for DME');
  BPM_HIT_HOME = citationFor('bpm-100-02-ch15', '§320.4: home excludes hospitals, CAHs and SNFs');
  BPM_HIT_DRUGS = citationFor('bpm-100-02-ch15', '§320.7: home infusion drugs are given intravenously or subcutaneously and exclude insulin pump systems');
  PART_D = citationFor('medicare-advocacy-part-d-or-b', 'Part D excludes drugs payable under Part A or B as prescribed and dispensed or administered');
  HOSPICE = citationFor('cfr-42-418.200', '§418.200: hospice covers what is reasonable and necessary for the terminal illness and related conditions');
  S_CODE = data.sCodeCitations[0];
  BOUNDARIES.push(...(() => {
    const set = new Set<string>([LCD_REVISION_DATE, HIT_START, HIT_PERMANENT, data.pid.effective.from]);
    if (data.pid.effective.to) set.add(nextDay(data.pid.effective.to));
    for (const list of RULES_BY_CODE.values()) {
      for (const r of list) {
        set.add(r.from);
        if (r.to) set.add(nextDay(r.to));
        for (const h of r.rule.hit ?? []) {
          set.add(h.from);
          if (h.to) set.add(nextDay(h.to));
        }
        for (const g of r.rule.diagnosisGroups ?? []) if (g.from) set.add(g.from);
      }
    }
    for (const from of S_CODES.values()) set.add(from);
    return [...set].sort();
  })());
  Object.freeze(BOUNDARIES);
  for (const boundary of BOUNDARIES) BOUNDARY_KEYS.push(dayKey(boundary));
  for (const code of [...RULES_BY_CODE.keys(), ...S_CODES.keys()]) {
    if (!ENTRIES.has(code)) ENTRIES.set(code, { sFrom: S_CODES.get(code), rules: RULES_BY_CODE.get(code), answers: [] });
  }
  DATA = data;
  CLASSIFY_DATA = data;
  return data;
}

/** The mutable result under construction; frozen once at the end. */
interface Draft {
  benefit: Classification['benefit'];
  billTo?: Classification['billTo'];
  hitCategory?: HitCategory;
  hitCodes?: Classification['hitCodes'];
  requires: readonly string[];
  reasons: ClassificationReason[];
  warnings: string[];
}

const NONE: readonly string[] = /* @__PURE__ */ Object.freeze([]);
const ABN: readonly string[] = /* @__PURE__ */ Object.freeze(['abn']);

function finish(d: Draft): Classification {
  const out: { -readonly [K in keyof Classification]: Classification[K] } = {
    benefit: d.benefit,
    requires: d.requires,
    reasons: Object.freeze(d.reasons),
    warnings: Object.freeze(d.warnings),
  };
  if (d.billTo) out.billTo = d.billTo;
  if (d.hitCategory) out.hitCategory = d.hitCategory;
  if (d.hitCodes) out.hitCodes = d.hitCodes;
  return Object.freeze(attachDisplay(out, DISPLAY_CLASSIFICATION));
}

/** Jupyter rendering: the answer, then the reasons with their sources, then warnings. */
const DISPLAY_CLASSIFICATION = /* @__PURE__ */ displayMethod<Classification>((c) => [
  {
    title: 'Classification',
    headers: ['Benefit', 'Bill to', 'HIT category', 'HIT codes (initial / subsequent)', 'Must be on file'],
    rows: [[
      c.benefit,
      c.billTo ?? '',
      c.hitCategory ? String(c.hitCategory) : '',
      c.hitCodes ? `${c.hitCodes.initial} / ${c.hitCodes.subsequent}` : '',
      c.requires.join(', '),
    ]],
  },
  {
    title: 'Why',
    headers: ['Reason', 'Explanation', 'Source'],
    rows: c.reasons.map((r) => [r.code, r.message, r.citation ? `${r.citation.title}${r.citation.section ? `, ${r.citation.section}` : ''}` : '']),
  },
  ...(c.warnings.length > 0 ? [{ title: 'Warnings', headers: ['Warning'], rows: c.warnings.map((w) => [w]) }] : []),
]);

const EMPTY: IndexedRule[] = [];
function inForce(list: IndexedRule[], date: string): IndexedRule[] {
  if (list.length === 1) {
    const only = list[0] as IndexedRule;
    return only.from <= date && (only.to === undefined || date <= only.to) ? list : EMPTY;
  }
  return list.filter((r) => r.from <= date && (r.to === undefined || date <= r.to));
}

/** Chooses the rule for the input's route (or the device, when the route is not given). */
function pickRule(candidates: IndexedRule[], input: DecisionInput): IndexedRule | undefined {
  if (input.route) return candidates.find((c) => !c.rule.routes || c.rule.routes.includes(input.route as Route));
  if (candidates.length === 1) return candidates[0];
  // J1561/J1569: a pump points to the subcutaneous pump rule, anything else to the IV rule.
  const pumped = input.device === 'external-pump' || input.device === 'insulin-pump';
  return candidates.find((c) => (c.rule.kind === 'eip-drug') === pumped) ?? candidates[0];
}

const isDrug = (rule: ClassifyRule): boolean =>
  rule.kind === 'eip-drug' || rule.kind === 'ivig-drug' || rule.kind === 'part-d-drug' || rule.kind === 'compounded';

type DiagnosisState = 'listed' | 'unlisted' | 'absent' | 'n/a';

/** Whether the diagnoses meet the rule: 'listed', 'unlisted' or 'absent' (or 'n/a' when the rule needs none). */
function diagnosisState(rule: ClassifyRule, input: DecisionInput): DiagnosisState {
  const diagnoses = input.diagnoses;
  if (rule.diagnosisList === 'pid') {
    if (!diagnoses || diagnoses.length === 0) return 'absent';
    return anyIn(diagnoses, PID) ? 'listed' : 'unlisted';
  }
  const groups = rule.diagnosisGroups;
  if (!groups) return 'n/a';
  if (!diagnoses || diagnoses.length === 0) return 'absent';
  for (const g of groups) {
    if (g.from && input.date < g.from) continue;
    const codes = GROUPS.get(g.group);
    if (codes && anyIn(diagnoses, codes)) return 'listed';
  }
  return 'unlisted';
}

function anyIn(diagnoses: readonly string[], codes: ReadonlySet<string>): boolean {
  for (let i = 0; i < diagnoses.length; i++) if (codes.has(diagnoses[i] as string)) return true;
  return false;
}

function groupList(rule: ClassifyRule, date: string): string {
  return (rule.diagnosisGroups ?? []).filter((g) => !g.from || date >= g.from).map((g) => String(g.group)).join(', ');
}

// Answers depend on the date only through the dates the table and the procedure compare it
// with, so the date is reduced to its interval between those boundaries. Equal questions (same
// code, interval, enumerated inputs and diagnosis state) share one frozen answer; the cache is
// bounded by codes x intervals x slots.
function nextDay(iso: string): string {
  return addDaysToIso(iso, 1);
}

/** A validated 'YYYY-MM-DD' date as the whole number YYYYMMDD: it orders as the string does. */
function dayKey(date: string): number {
  const d = (i: number): number => date.charCodeAt(i) - 48;
  return ((((((d(0) * 10 + d(1)) * 10 + d(2)) * 10 + d(3)) * 10 + d(5)) * 10 + d(6)) * 10 + d(8)) * 10 + d(9);
}

/** Number of boundaries on or before `date` (binary search over whole numbers, not strings). */
function intervalOf(date: string): number {
  const key = dayKey(date);
  let lo = 0;
  let hi = BOUNDARY_KEYS.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((BOUNDARY_KEYS[mid] as number) <= key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Empties the answer caches (for tests that compare cached and fresh answers). */
export function clearClassifyCache(): void {
  for (const entry of ENTRIES.values()) entry.answers = [];
  CATALOG_CACHE.clear();
}

function stateIndex(state: DiagnosisState): number {
  return state === 'n/a' ? 0 : state === 'absent' ? 1 : state === 'listed' ? 2 : 3;
}

/** Classifies a validated input; `undefined` when no rule for the code is in force on the date. */
export function decide(input: DecisionInput): Classification | undefined {
  if (CLASSIFY_DATA === undefined) init();
  const code = input.code;
  const date = input.date;
  const entry = ENTRIES.get(code);
  if (entry === undefined) return fromCatalog(input);
  const sFrom = entry.sFrom;
  let candidates: IndexedRule[] | undefined;
  let picked: IndexedRule | undefined;
  let state: DiagnosisState = 'n/a';
  if (sFrom === undefined || date < sFrom) {
    const all = entry.rules;
    if (!all) return fromCatalog(input);
    candidates = inForce(all, date);
    if (candidates.length === 0) return undefined;
    picked = pickRule(candidates, input);
    state = diagnosisState((picked ?? (candidates[0] as IndexedRule)).rule, input);
  }
  const byInterval = entry.answers;
  const interval = intervalOf(date);
  let slots = byInterval[interval];
  if (!slots) {
    slots = [];
    byInterval[interval] = slots;
  }
  // 1,470 choice keys x 4 diagnosis states = 5,880 slots.
  const slot = input.choices * 4 + stateIndex(state);
  const cached = slots[slot];
  if (cached) return cached;
  const result = candidates ? decideRule(input, candidates, picked, state) : sCode(code);
  slots[slot] = result;
  return result;
}

// Codes the catalog holds but the rule table does not: the catalog's own benefit for a drug it
// files under Part D (anti-infectives, hydration), and "not payable" for codes CMS marks so.
// Anything else gets no answer (NO_DATA) rather than a guess.
const CATALOG_CACHE = new Map<string, Classification | null>();
const CATALOG_CACHE_LIMIT = 50_000;
function fromCatalog(input: DecisionInput): Classification | undefined {
  const key = `${input.code}|${input.date}|${input.setting ?? ''}|${input.partAStay ? 1 : 0}|${input.hospice ?? ''}|${input.device ?? ''}`;
  const cached = CATALOG_CACHE.get(key);
  if (cached !== undefined) return cached ?? undefined;
  const record = findCodeRecord(input.code, input.date);
  let result: Classification | undefined;
  if (record && !record.medicarePayable) {
    result = finish({
      benefit: 'not-covered', requires: NONE, warnings: [],
      reasons: [reason(input.code.startsWith('S') ? 'S_CODE_NOT_MEDICARE' : 'NOT_PAYABLE_BY_MEDICARE', `${input.code} is not payable by Medicare (catalog record, from CMS's HCPCS file).`, record.citations[0])],
    });
  } else if (record && record.kind === 'drug' && record.benefits.length === 1 && record.benefits[0] === 'part-d') {
    const rule: ClassifyRule = {
      id: `catalog-${input.code.toLowerCase()}`, kind: 'part-d-drug', codes: [input.code], codeAdded: {}, label: record.shortDescriptor ?? record.descriptor,
      effective: record.effective, requires: NONE, citations: record.citations,
    };
    const indexed: IndexedRule = { rule, from: record.effective.from, to: record.effective.to };
    result = decideRule(input, [indexed], indexed, 'n/a');
  }
  if (CATALOG_CACHE.size >= CATALOG_CACHE_LIMIT) CATALOG_CACHE.clear();
  CATALOG_CACHE.set(key, result ?? null);
  return result;
}

/** Whether the catalog or the rule table knows the code at all. */
export function knownCode(code: string): boolean {
  return hasRule(code) || hasCode(code);
}

function sCode(code: string): Classification {
  return finish({
    benefit: 'not-covered', requires: NONE, warnings: [],
    reasons: [reason('S_CODE_NOT_MEDICARE', `${code} is an S-code with HCPCS coverage code I: not payable by Medicare; bill the Medicare-recognised drug, pump, supply or G-codes instead.`, S_CODE)],
  });
}

function decideRule(input: DecisionInput, candidates: IndexedRule[], picked: IndexedRule | undefined, state: DiagnosisState): Classification {
  const warnings: string[] = [];
  const code = input.code;
  const rule = (picked ?? (candidates[0] as IndexedRule)).rule;
  const reasons: ClassificationReason[] = [];

  // 2. Hospice, item related to the terminal illness.
  if (input.hospice === 'related') {
    reasons.push(reason('HOSPICE_RELATED', `${code} is for the terminal illness or related conditions of a hospice patient: the hospice provides it within its per diem; do not bill Part B or Part D.`, HOSPICE));
    return finish({ benefit: 'hospice', billTo: 'hospice', requires: NONE, reasons, warnings });
  }
  if (input.hospice === 'unrelated') {
    reasons.push(reason('HOSPICE_UNRELATED', 'Hospice elected, but the item is unrelated to the terminal illness: classified as for any patient.', HOSPICE));
    warnings.push('Hospice election on file: make sure the record shows the item is unrelated to the terminal illness and related conditions.');
  }

  // 3. Part A stays.
  if (input.partAStay) {
    if (input.setting === 'hospital') {
      reasons.push(reason('INPATIENT_PART_A_STAY', `${code} during a hospital inpatient stay covered by Part A is part of the hospital's Part A payment; no separate claim.`, BPM_PART_A));
      return finish({ benefit: 'not-covered', requires: NONE, reasons, warnings });
    }
    reasons.push(reason('SNF_PART_A_STAY', `${code} during a SNF stay covered by Part A is furnished and billed by the SNF (consolidated billing); Part B pays nothing for it.`, BPM_PART_A));
    return finish({ benefit: 'snf-part-a', billTo: 'snf', requires: NONE, reasons, warnings });
  }

  // 4. Settings other than the home.
  let setting = input.setting;
  if (setting === undefined) {
    setting = 'home';
    if (rule.kind !== 'hit-service') warnings.push("No setting given: classified as used in the patient's home.");
  }
  if (setting === 'practitioner-office' || setting === 'hospital') {
    const office = setting === 'practitioner-office';
    if (isDrug(rule)) {
      reasons.push(office
        ? reason('INCIDENT_TO_OFFICE', `${code} started in the practitioner's office is billed to the A/B MAC incident to the practitioner's service (SSA §1861(s)(2)(A)/(B)), even when the infusion is completed at home; not to the DME MAC.`, A52507_OFFICE)
        : reason('INCIDENT_TO_HOSPITAL_OUTPATIENT', `${code} given in the hospital outpatient department is billed by the hospital to the A/B MAC under Part B.`, BPM_INCIDENT));
      return finish({ benefit: 'part-b-incident-to', billTo: 'ab-mac', requires: NONE, reasons, warnings });
    }
    if (rule.kind === 'implanted-pump') {
      reasons.push(reason('IMPLANTED_PUMP', `${code} is an implantable infusion pump item: billed to the A/B MAC, not the DME MAC.`, first(rule)));
      return finish({ benefit: 'part-b-incident-to', billTo: 'ab-mac', requires: NONE, reasons, warnings });
    }
    if (rule.kind === 'pn') {
      reasons.push(reason('PN_PROSTHETIC_DEVICE', `${code} is parenteral nutrition, covered under the prosthetic device benefit (SSA §1861(s)(8)) when the impairment is permanent.`, first(rule)));
      warnings.push('Parenteral nutrition given in an outpatient facility: the pump and IV pole used there are not separately payable.');
      warnings.push('Coverage needs the test of permanence: the record must show an impairment of long and indefinite duration.');
      return finish({ benefit: 'part-b-pn', billTo: 'dme-mac', requires: rule.requires, reasons, warnings });
    }
    if (rule.kind === 'hit-service' || rule.kind === 'ivig-services' || rule.kind === 'home-health-nursing') {
      reasons.push(reason('NOT_IN_HOME', `${code} is paid only for services in the patient's home.`, rule.kind === 'hit-service' ? BPM_HIT_HOME : first(rule)));
      return finish({ benefit: 'not-covered', requires: NONE, reasons, warnings });
    }
    reasons.push(reason('NOT_SEPARATELY_BILLABLE', `${code} used ${office ? "in the practitioner's office" : 'in the hospital outpatient department'} is not separately billable as DME; the DME MAC rejects it as wrong jurisdiction.`, A52507_OFFICE));
    return finish({ benefit: 'not-covered', requires: NONE, reasons, warnings });
  }
  if (setting === 'snf') {
    if (rule.kind === 'pn') {
      reasons.push(reason('PN_PROSTHETIC_DEVICE', `${code} is parenteral nutrition, covered under the prosthetic device benefit; outside a Part A stay it may be billed to the DME MAC.`, first(rule)));
      warnings.push('Coverage needs the test of permanence: the record must show an impairment of long and indefinite duration.');
      return finish({ benefit: 'part-b-pn', billTo: 'dme-mac', requires: rule.requires, reasons, warnings });
    }
    if (isDrug(rule)) {
      reasons.push(reason('SNF_NOT_HOME', `A SNF is not the patient's home for the DME or home IVIG benefits: ${code} for a resident outside a Part A stay is not a Part B home drug.`, BPM_DME_HOME));
      reasons.push(reason('PART_D_DRUG_ONLY', 'Part D covers the drug only, when it is a Part D drug on the plan formulary.', PART_D));
      return finish({ benefit: 'part-d', billTo: 'part-d-plan', requires: NONE, reasons, warnings });
    }
    reasons.push(reason('SNF_NOT_HOME', `A SNF is not the patient's home for the DME, home IVIG and HIT benefits: ${code} is not covered there outside a Part A stay.`, rule.kind === 'hit-service' ? BPM_HIT_HOME : BPM_DME_HOME));
    return finish({ benefit: 'not-covered', requires: NONE, reasons, warnings });
  }

  // 5. At home.
  if (input.device === 'implanted-pump' && isDrug(rule)) {
    reasons.push(reason('IMPLANTED_PUMP', `${code} given through an implanted pump is billed to the A/B MAC (incident to the practitioner who refills the pump), not to the DME MAC.`, A52507_IMPLANTED));
    return finish({ benefit: 'part-b-incident-to', billTo: 'ab-mac', requires: NONE, reasons, warnings });
  }
  if (!picked) {
    reasons.push(reason('ROUTE_NOT_COVERED', `No Part B home rule covers ${code} given by the ${input.route} route (${candidates.map((c) => c.rule.label).join('; ')}).`, first(rule)));
    return partD(reasons, warnings);
  }
  return atHome(rule, input, state, reasons, warnings);
}

function partD(reasons: ClassificationReason[], warnings: string[]): Classification {
  reasons.push(reason('PART_D_DRUG_ONLY', 'Part D covers the drug only, when it is a Part D drug on the plan formulary; Medicare pays nothing for the pump, supplies or nursing.', PART_D));
  warnings.push('Part D pays for the drug only: supplies, equipment and nursing are not covered by Part D.');
  return finish({ benefit: 'part-d', billTo: 'part-d-plan', requires: NONE, reasons, warnings });
}

function atHome(rule: ClassifyRule, input: DecisionInput, state: DiagnosisState, reasons: ClassificationReason[], warnings: string[]): Classification {
  const code = input.code;
  const date = input.date;
  switch (rule.kind) {
    case 'eip-drug':
      return eipDrug(rule, input, state, reasons, warnings);
    case 'part-d-drug': {
      const pumped = input.device === 'external-pump' || input.device === 'insulin-pump';
      if (rule.exclusion) {
        const why = rule.exclusion === 'vancomycin-pump'
          ? 'vancomycin through an external infusion pump is nationally non-covered (NCD 280.14)'
          : rule.exclusion === 'heparin-home'
            ? 'heparin infusion for thromboembolic disease at home is not reasonable and necessary under LCD L33794 (pumps for heparin are covered only in an institution, NCD 280.14)'
            : 'meperidine is excluded from the narcotic analgesic indication V(B) of LCD L33794';
        reasons.push(reason('EIP_EXCLUDED_DRUG', `${code}: ${why}; the pump, drug and supplies get no Part B DME payment.`, first(rule)));
      } else if (pumped) {
        reasons.push(reason('NO_DURABLE_PUMP', `${code} (${rule.label}) is not a drug LCD L33794 covers through a durable pump, so the pump and supplies get no Part B DME payment.`, first(rule)));
      } else {
        reasons.push(reason(input.device === 'elastomeric' ? 'DISPOSABLE_DEVICE_NOT_DME' : 'NO_DURABLE_PUMP', `${code} (${rule.label}) given ${deviceWords(input.device)} is not a Part B DME drug.`, input.device === 'elastomeric' ? A52507_DISPOSABLE : A52507_DRUG_ALONE));
      }
      return partD(reasons, warnings);
    }
    case 'compounded':
      reasons.push(reason('EIP_COMPOUNDED_NOT_COVERED', `${code}: compounded drugs given through an external infusion pump are denied as not reasonable and necessary.`, first(rule)));
      warnings.push('Expect a medical-necessity denial: bill with GA when a valid ABN is on file, GZ otherwise; the claim must carry the SWO information and the amount dispensed.');
      return finish({ benefit: 'not-covered', billTo: 'dme-mac', requires: rule.requires, reasons, warnings });
    case 'disposable-device':
      reasons.push(reason('DISPOSABLE_DEVICE_NOT_DME', `${code} is a disposable drug delivery system: not DME, and not covered by Medicare Part B.`, first(rule)));
      return finish({ benefit: 'not-covered', requires: NONE, reasons, warnings });
    case 'implanted-pump':
      reasons.push(reason('IMPLANTED_PUMP', `${code} is an implantable infusion pump item: billed to the A/B MAC, not the DME MAC.`, first(rule)));
      return finish({ benefit: 'part-b-incident-to', billTo: 'ab-mac', requires: NONE, reasons, warnings });
    case 'eip-pump':
    case 'eip-supply': {
      const wrong = input.device !== undefined && rule.devices !== undefined && !rule.devices.includes(input.device);
      if (wrong) {
        reasons.push(reason('EIP_WRONG_PUMP', `${code} (${rule.label}) is not used with ${deviceWords(input.device)}${rule.pumps ? `; it goes with ${rule.pumps.join(', ')}` : ''}: incorrect coding.`, first(rule)));
        return finish({ benefit: 'not-covered', billTo: 'dme-mac', requires: NONE, reasons, warnings });
      }
      reasons.push(reason(rule.kind === 'eip-pump' ? 'EIP_PUMP_COVERED' : 'EIP_SUPPLY_COVERED', `${code} (${rule.label}) is covered under the DME benefit when an LCD L33794 indication is met; bill the DME MAC with KX, GA or GZ.`, first(rule)));
      lcdWarning(date, warnings);
      return finish({ benefit: 'part-b-dme', billTo: 'dme-mac', requires: rule.requires, reasons, warnings });
    }
    case 'ivig-drug': {
      if (date < DATA.pid.effective.from) warnings.push(`The primary immune deficiency list held is the one in force from ${DATA.pid.effective.from}; earlier lists may differ.`);
      if (state === 'unlisted') {
        reasons.push(reason('IVIG_DIAGNOSIS_NOT_PID', `None of the diagnoses given is a primary immune deficiency listed for the home IVIG benefit, so ${code} is not covered under it (and IVIG is not covered under the pump LCD).`, DATA.pid.citations[0]));
        return partD(reasons, warnings);
      }
      reasons.push(reason('IVIG_HOME_PID', `${code} (${rule.label}) at home for primary immune deficiency: home IVIG benefit (SSA §1861(zz)), billed to the DME MAC; no pump is needed.`, first(rule)));
      if (state === 'absent') {
        reasons.push(reason('DIAGNOSIS_NOT_GIVEN', 'No diagnosis was given: the home IVIG benefit needs a primary immune deficiency diagnosis from its list.', DATA.pid.citations[0]));
        warnings.push('Coverage needs a primary immune deficiency diagnosis listed in BPM ch. 15 §50.6; none was given.');
      }
      warnings.push('The items and services to give the IVIG at home (nursing, supplies) are billed separately as Q2052 by the supplier of the drug.');
      return finish({ benefit: 'part-b-ivig', billTo: 'dme-mac', requires: rule.requires, reasons, warnings });
    }
    case 'ivig-services': {
      if (state === 'unlisted') {
        reasons.push(reason('IVIG_DIAGNOSIS_NOT_PID', 'None of the diagnoses given is on the primary immune deficiency list: Q2052 is payable only with a covered home IVIG drug.', DATA.pid.citations[0]));
        return finish({ benefit: 'not-covered', requires: NONE, reasons, warnings });
      }
      reasons.push(reason('IVIG_SERVICES', `${code}: items and services to give IVIG at home, a bundled payment to the DME supplier of the drug (from 2024-01-01).`, first(rule)));
      if (state === 'absent') {
        reasons.push(reason('DIAGNOSIS_NOT_GIVEN', 'No diagnosis was given: Q2052 needs a primary immune deficiency diagnosis from the home IVIG list.', DATA.pid.citations[0]));
        warnings.push('Coverage needs a primary immune deficiency diagnosis listed in BPM ch. 15 §50.6; none was given.');
      }
      return finish({ benefit: 'part-b-ivig-services', billTo: 'dme-mac', requires: rule.requires, reasons, warnings });
    }
    case 'pn':
      reasons.push(reason('PN_PROSTHETIC_DEVICE', `${code} is parenteral nutrition, covered under the prosthetic device benefit (SSA §1861(s)(8)) and billed to the DME MAC.`, first(rule)));
      warnings.push('Coverage needs the test of permanence: the record must show an impairment of long and indefinite duration; without it the solutions fall to Part D.');
      return finish({ benefit: 'part-b-pn', billTo: 'dme-mac', requires: rule.requires, reasons, warnings });
    case 'hit-service': {
      const category = rule.hitCategory as HitCategory;
      reasons.push(reason('HIT_SERVICE', `${code} is a home infusion therapy services code, category ${category}: Part B HIT benefit, billed to the A/B MAC by a qualified HIT supplier.`, first(rule)));
      if (date < HIT_PERMANENT) warnings.push('2019-2020 was the temporary transitional payment: one code per category (G0068, G0069, G0070), paid to eligible pharmacy suppliers.');
      const out: Draft = { benefit: 'part-b-hit', billTo: 'ab-mac', hitCategory: category, requires: rule.requires, reasons, warnings };
      const codes = FROZEN_HIT_CODES.get(category);
      if (codes && date >= HIT_PERMANENT) out.hitCodes = codes;
      return finish(out);
    }
    case 'home-health-nursing':
      reasons.push(reason('HOME_HEALTH_VISIT', `${code} is a skilled nursing visit under a home health plan of care, paid under the home health benefit (HH PPS); a visit only to administer a home infusion drug is billed as HIT instead.`, first(rule)));
      warnings.push('The home health benefit needs a homebound patient under a home health plan of care; the classifier does not check these.');
      return finish({ benefit: 'home-health', billTo: 'ab-mac', requires: NONE, reasons, warnings });
  }
}

function deviceWords(device: Device | undefined): string {
  switch (device) {
    case 'gravity': return 'by gravity drip';
    case 'push': return 'by IV push or injection';
    case 'elastomeric': return 'through a disposable (elastomeric) pump';
    case 'implanted-pump': return 'through an implanted pump';
    case 'insulin-pump': return 'an insulin pump';
    case 'external-pump': return 'a durable external infusion pump';
    default: return 'without a device';
  }
}

function lcdWarning(date: string, warnings: string[]): void {
  if (date < LCD_REVISION_DATE) {
    warnings.push(`The rule table encodes LCD L33794 and article A52507 as revised effective ${LCD_REVISION_DATE}; criteria in force on earlier dates may differ.`);
  }
}

function eipDrug(rule: ClassifyRule, input: DecisionInput, state: DiagnosisState, reasons: ClassificationReason[], warnings: string[]): Classification {
  const code = input.code;
  const date = input.date;
  const device = input.device;
  if (device === 'gravity' || device === 'push') {
    reasons.push(reason('NO_DURABLE_PUMP', `${code} given ${deviceWords(device)} is not a supply to a covered durable pump: Part B DME has no benefit for it (bill with GY if sent to the DME MAC).`, A52507_DRUG_ALONE));
    return partD(reasons, warnings);
  }
  if (device === 'elastomeric') {
    reasons.push(reason('DISPOSABLE_DEVICE_NOT_DME', `${code} given through a disposable (elastomeric) pump: the device is not DME and the drug and supplies used with it are not covered by Part B.`, A52507_DISPOSABLE));
    return partD(reasons, warnings);
  }
  const devices = rule.devices ?? [];
  if (device !== undefined && !devices.includes(device)) {
    reasons.push(reason('EIP_WRONG_PUMP', `${code} (${rule.label}) is covered only with ${(rule.pumps ?? []).join(', ')}; with ${deviceWords(device)} the pump, drug and supplies are denied as not reasonable and necessary.`, first(rule)));
    warnings.push('Expect a medical-necessity denial: bill with GA when a valid ABN is on file, GZ otherwise.');
    return finish({ benefit: 'not-covered', billTo: 'dme-mac', requires: ABN, reasons, warnings });
  }
  if (device === undefined) {
    warnings.push(`No device given: classified as given through ${rule.pumps ? rule.pumps.join(', ') : 'a covered external infusion pump'}, the pump(s) LCD L33794 allows for ${code}.`);
  }
  if (state === 'unlisted') {
    reasons.push(reason('EIP_DIAGNOSIS_NOT_LISTED', `None of the diagnoses given is in A52507 ICD-10 group ${groupList(rule, date)}, which LCD L33794 indication ${rule.indication} needs: the pump, drug and supplies are denied as not reasonable and necessary.`, DATA.icd10Citations[0]));
    warnings.push('Expect a medical-necessity denial: bill with GA when a valid ABN is on file, GZ otherwise.');
    return finish({ benefit: 'not-covered', billTo: 'dme-mac', requires: ABN, reasons, warnings });
  }
  reasons.push(reason('EIP_DRUG_COVERED', `${code} (${rule.label}) is covered under LCD L33794 indication ${rule.indication} as a supply to a covered external infusion pump (${(rule.pumps ?? []).join(', ')}): DME benefit, DME MAC.`, first(rule)));
  if (state === 'listed') {
    reasons.push(reason('EIP_DIAGNOSIS_LISTED', `A diagnosis given is in A52507 ICD-10 group ${groupList(rule, date)}.`, DATA.icd10Citations[0]));
  } else if (state === 'absent') {
    reasons.push(reason('DIAGNOSIS_NOT_GIVEN', `No diagnosis was given: indication ${rule.indication} needs one from A52507 ICD-10 group ${groupList(rule, date)}.`, DATA.icd10Citations[0]));
    warnings.push(`Coverage needs a diagnosis from A52507 ICD-10 group ${groupList(rule, date)}; none was given.`);
  }
  if (input.route === undefined && rule.defaultRoute) warnings.push(`No route given: classified as ${rule.defaultRoute}.`);
  lcdWarning(date, warnings);
  const out: Draft = { benefit: 'part-b-dme', billTo: 'dme-mac', requires: rule.requires, reasons, warnings };
  applyHit(rule, input, out);
  return finish(out);
}

/** Adds the HIT category of a covered pump drug (BPM ch. 15 §320.7-320.8; SSA §1834(u)(7)(C)). */
function applyHit(rule: ClassifyRule, input: DecisionInput, out: Draft): void {
  const date = input.date;
  if (date < HIT_START) {
    out.warnings.push('Home infusion therapy services were first paid for dates of service from 2019-01-01.');
    return;
  }
  if (rule.indication === 'IV') {
    out.reasons.push(reason('HIT_NOT_ELIGIBLE', 'Insulin through an insulin pump is not a home infusion drug: no HIT services category.', BPM_HIT_DRUGS));
    return;
  }
  const route = input.route ?? rule.defaultRoute;
  if (route !== undefined && route !== 'intravenous' && route !== 'subcutaneous' && date >= HIT_PERMANENT) {
    out.reasons.push(reason('HIT_NOT_ELIGIBLE', `Given by the ${route} route, ${input.code} is not a home infusion drug (intravenous or subcutaneous only): no HIT services category.`, BPM_HIT_DRUGS));
    return;
  }
  const period = (rule.hit ?? []).find((p) => p.from <= date && (p.to === undefined || date <= p.to));
  if (!period) {
    out.reasons.push(reason('HIT_CATEGORY_NOT_FOUND', `No HIT payment category is held for ${input.code} on this date.`, first(rule)));
    out.warnings.push(`HIT services: no payment category is held for ${input.code}; check CMS's HIT drug list (Claims Processing Manual ch. 32 §411) before billing G-codes.`);
    return;
  }
  out.hitCategory = period.category;
  // From 2021 the MAC's list of the permanent benefit is the closer source; for 2019-2020 the statute.
  const citation = (date >= HIT_PERMANENT ? period.citations.find((c) => c.id === 'noridian-jeb-hit-page') : undefined) ?? period.citations[0];
  out.reasons.push(reason('HIT_ELIGIBLE', `${input.code} is in HIT services payment category ${period.category}.`, citation));
  const codes = FROZEN_HIT_CODES.get(period.category);
  if (date >= HIT_PERMANENT && codes) {
    out.hitCodes = codes;
    out.warnings.push(`HIT services (${codes.initial} first visit, ${codes.subsequent} later visits) are billed separately to the A/B MAC by a qualified home infusion therapy supplier, not on this DME claim.`);
  } else {
    out.warnings.push(`2019-2020 temporary transitional payment: HIT services for category ${period.category} were billed with one code (${codes ? codes.subsequent : 'G0068-G0070'}) by an eligible pharmacy supplier.`);
  }
}

export { REASON_CODES };
