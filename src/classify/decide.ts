/**
 * The decision procedure of `classify`: one ordered pass over the coverage model (src/coverage,
 * built from data/coverage/). The model says what each code is (drug under which LCD indication,
 * pump, supply, IVIG, PN, HIT service, ...), with which pumps, routes and diagnoses; the steps
 * below only apply the order of precedence that the sources set:
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
import type { RequirementId } from '../core/requirement-ids.js';
import { getSource } from '../core/source-registry.js';
import { findCodeRecord, notPayableCitation } from '../catalog/lookup.js';
import { coverageModel, hitCategoryOf, hitContractorOn, hitInitialVisitsFrom, hitRouteEligible, icd10Group, isNonMedicareSCode, pidDiagnoses, rulesInForce, type CodeRule } from '../coverage/index.js';
import type { CoverageRule } from '../coverage/types.js';
import { hitCode } from '../hit/hitCode.js';
import type { ReasonCode } from './reasons.js';
import type { Classification, ClassificationReason, Device, Route, Setting } from './types.js';

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
}

/** The LCD L33794 revision the coverage model encodes. */
export const LCD_REVISION_DATE = '2026-01-25';

/** The mutable result under construction; frozen once at the end. */
interface Draft {
  benefit: Classification['benefit'];
  billTo?: Classification['billTo'];
  hitCategory?: HitCategory;
  hitCodes?: Classification['hitCodes'];
  requires: readonly RequirementId[];
  reasons: ClassificationReason[];
  warnings: string[];
}

const NONE: readonly RequirementId[] = /* @__PURE__ */ Object.freeze([]);
const ABN: readonly RequirementId[] = /* @__PURE__ */ Object.freeze(['abn']);

function reason(code: ReasonCode, message: string, citation: Citation | undefined): ClassificationReason {
  return citation ? { code, message, citation } : { code, message };
}
const first = (rule: CoverageRule): Citation | undefined => rule.citations[0];

/** A citation of a precedence step, from the citation registry. */
function cited(id: string, section: string): Citation {
  const source = getSource(id);
  if (!source) throw new Error(`classify: source ${id} is not in the citation registry`);
  return Object.freeze({ id: source.id, title: source.title, url: source.url, section });
}
/**
 * The citations of the precedence steps, resolved from the citation registry once, on first use
 * (an index over frozen data, like the coverage model's).
 */
interface StepCitations {
  readonly office: Citation;
  readonly drugAlone: Citation;
  readonly disposable: Citation;
  readonly implanted: Citation;
  readonly partA: Citation;
  readonly dmeHome: Citation;
  readonly hitHome: Citation;
  readonly hospitalOutpatient: Citation;
  readonly hitDrugs: Citation;
  readonly partD: Citation;
  readonly hospice: Citation;
}
let STEPS: StepCitations | undefined;
function steps(): StepCitations {
  STEPS ??= {
    office: cited('article-a52507', 'Non-medical necessity coverage: drugs started in a practitioner\'s office are billed to the A/B MAC'),
    drugAlone: cited('article-a52507', 'Non-medical necessity coverage: drugs are covered only as a supply to a covered DME pump; drugs billed alone have no benefit'),
    disposable: cited('article-a52507', 'Non-medical necessity coverage: disposable drug delivery systems, including elastomeric pumps, are not DME'),
    implanted: cited('article-a52507', 'Non-medical necessity coverage: implantable pumps and their drugs and supplies go to the A/B MAC'),
    partA: cited('bpm-100-02-ch15', '§10: no Part B payment for services the individual is entitled to have paid under Part A'),
    dmeHome: cited('bpm-100-02-ch15', '§110.1 D: a hospital or SNF is not the beneficiary\'s home for DME'),
    hitHome: cited('bpm-100-02-ch15', '§320.4: home excludes hospitals, CAHs and SNFs'),
    hospitalOutpatient: cited('bpm-100-02-ch15', '§60 B: hospital services incident to a physician\'s service to outpatients, paid by the A/B MAC'),
    hitDrugs: cited('bpm-100-02-ch15', '§320.7: home infusion drugs are given intravenously or subcutaneously and exclude insulin pump systems'),
    partD: cited('medicare-advocacy-part-d-or-b', 'Part D excludes drugs payable under Part A or B as prescribed and dispensed or administered'),
    hospice: cited('cfr-42-418.200', '§418.200: hospice covers what is reasonable and necessary for the terminal illness and related conditions'),
  };
  return STEPS;
}

function finish(d: Draft): Classification {
  const out: { -readonly [K in keyof Classification]: Classification[K] } = {
    benefit: d.benefit,
    requires: d.requires,
    reasons: Object.freeze(d.reasons.map((r) => Object.freeze(r))),
    warnings: Object.freeze(d.warnings),
  };
  if (d.billTo) out.billTo = d.billTo;
  if (d.hitCategory) out.hitCategory = d.hitCategory;
  if (d.hitCodes) out.hitCodes = Object.freeze({ ...d.hitCodes });
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

/**
 * Chooses the rule for the input's route (or the device, when the route is not given). J1561 and
 * J1569 have two: subcutaneous through a pump (LCD L33794) and intravenous at home (home IVIG).
 */
function pickRule(candidates: readonly CodeRule[], input: DecisionInput): CodeRule | undefined {
  if (input.route) return candidates.find((c) => !c.rule.routes || c.rule.routes.includes(input.route as Route));
  if (candidates.length === 1) return candidates[0];
  const pumped = input.device === 'external-pump' || input.device === 'insulin-pump';
  return candidates.find((c) => (c.rule.kind === 'eip-drug') === pumped) ?? candidates[0];
}

const isDrug = (rule: CoverageRule): boolean =>
  rule.kind === 'eip-drug' || rule.kind === 'ivig-drug' || rule.kind === 'part-d-drug' || rule.kind === 'compounded';

type DiagnosisState = 'listed' | 'unlisted' | 'absent' | 'n/a';

/** Whether the diagnoses meet the rule: 'listed', 'unlisted' or 'absent' (or 'n/a' when the rule needs none). */
function diagnosisState(rule: CoverageRule, input: DecisionInput): DiagnosisState {
  const diagnoses = input.diagnoses;
  if (rule.diagnosisList === 'pid') {
    if (!diagnoses || diagnoses.length === 0) return 'absent';
    const pid = pidDiagnoses();
    return diagnoses.some((d) => pid.has(d)) ? 'listed' : 'unlisted';
  }
  const groups = rule.diagnosisGroups;
  if (!groups) return 'n/a';
  if (!diagnoses || diagnoses.length === 0) return 'absent';
  const listed = groups.some((g) => (!g.from || input.date >= g.from) && diagnoses.some((d) => icd10Group(g.group).has(d)));
  return listed ? 'listed' : 'unlisted';
}

/** The doubts of the rule that a given diagnosis touches: their notes become warnings. */
function doubtsTouched(rule: CoverageRule, input: DecisionInput): string[] {
  const diagnoses = input.diagnoses ?? [];
  return (rule.doubts ?? [])
    .filter((d) => diagnoses.some((code) => (d.group !== undefined && icd10Group(d.group).has(code)) || (d.codes?.includes(code) ?? false)))
    .map((d) => d.note);
}

function groupList(rule: CoverageRule, date: string): string {
  return (rule.diagnosisGroups ?? []).filter((g) => !g.from || date >= g.from).map((g) => String(g.group)).join(', ');
}

/** Classifies a validated input; `undefined` when the coverage model holds no rule for the code on the date. */
export function decide(input: DecisionInput): Classification | undefined {
  if (isNonMedicareSCode(input.code)) return sCode(input.code);
  const candidates = rulesInForce(input.code, input.date);
  if (candidates.length === 0) return notPayableInCatalog(input);
  const picked = pickRule(candidates, input);
  return decideRule(input, candidates, picked);
}

/**
 * Codes CMS's HCPCS file marks not payable by Medicare (coverage code I or S) that the coverage
 * model does not name: "not payable". Anything else gets no answer (NO_DATA) rather than a guess.
 */
function notPayableInCatalog(input: DecisionInput): Classification | undefined {
  const record = findCodeRecord(input.code, input.date);
  if (!record || record.medicarePayable) return undefined;
  return finish({
    benefit: 'not-covered', requires: NONE, warnings: [],
    reasons: [reason('NOT_PAYABLE_BY_MEDICARE', `${input.code} is not payable by Medicare (catalog record).`, notPayableCitation(record))],
  });
}

function sCode(code: string): Classification {
  return finish({
    benefit: 'not-covered', requires: NONE, warnings: [],
    reasons: [reason('S_CODE_NOT_MEDICARE', `${code} is an S-code (HCPCS coverage code I): not payable by Medicare; bill the Medicare-recognised drug, pump, supply or G-codes instead.`, coverageModel().sCodes.citations[0])],
  });
}

function decideRule(input: DecisionInput, candidates: readonly CodeRule[], picked: CodeRule | undefined): Classification {
  const warnings: string[] = [];
  const code = input.code;
  const rule = (picked ?? (candidates[0] as CodeRule)).rule;
  const reasons: ClassificationReason[] = [];

  // 2. Hospice, item related to the terminal illness.
  if (input.hospice === 'related') {
    reasons.push(reason('HOSPICE_RELATED', `${code} is for the terminal illness or related conditions of a hospice patient: the hospice provides it within its per diem; do not bill Part B or Part D.`, steps().hospice));
    return finish({ benefit: 'hospice', billTo: 'hospice', requires: NONE, reasons, warnings });
  }
  if (input.hospice === 'unrelated') {
    reasons.push(reason('HOSPICE_UNRELATED', 'Hospice elected, but the item is unrelated to the terminal illness: classified as for any patient.', steps().hospice));
    warnings.push('Hospice election on file: make sure the record shows the item is unrelated to the terminal illness and related conditions.');
  }

  // 3. Part A stays.
  if (input.partAStay) {
    if (input.setting === 'hospital') {
      reasons.push(reason('INPATIENT_PART_A_STAY', `${code} during a hospital inpatient stay covered by Part A is part of the hospital's Part A payment; no separate claim.`, steps().partA));
      return finish({ benefit: 'not-covered', requires: NONE, reasons, warnings });
    }
    reasons.push(reason('SNF_PART_A_STAY', `${code} during a SNF stay covered by Part A is furnished and billed by the SNF (consolidated billing); Part B pays nothing for it.`, steps().partA));
    return finish({ benefit: 'snf-part-a', billTo: 'snf', requires: NONE, reasons, warnings });
  }

  // 4. Settings other than the home.
  let setting = input.setting;
  if (setting === undefined) {
    setting = 'home';
    if (rule.kind !== 'hit-service') warnings.push("No setting given: classified as used in the patient's home.");
  }
  if (setting === 'practitioner-office' || setting === 'hospital') return outsideHome(rule, input, setting, reasons, warnings);
  if (setting === 'snf') {
    if (rule.kind === 'pn') {
      reasons.push(reason('PN_PROSTHETIC_DEVICE', `${code} is parenteral nutrition, covered under the prosthetic device benefit; outside a Part A stay it may be billed to the DME MAC.`, first(rule)));
      warnings.push('Coverage needs the test of permanence: the record must show an impairment of long and indefinite duration.');
      return finish({ benefit: 'part-b-pn', billTo: 'dme-mac', requires: rule.requires as RequirementId[], reasons, warnings });
    }
    if (isDrug(rule)) {
      reasons.push(reason('SNF_NOT_HOME', `A SNF is not the patient's home for the DME or home IVIG benefits: ${code} for a resident outside a Part A stay is not a Part B home drug.`, steps().dmeHome));
      reasons.push(reason('PART_D_DRUG_ONLY', 'Part D covers the drug only, when it is a Part D drug on the plan formulary.', steps().partD));
      return finish({ benefit: 'part-d', billTo: 'part-d-plan', requires: NONE, reasons, warnings });
    }
    reasons.push(reason('SNF_NOT_HOME', `A SNF is not the patient's home for the DME, home IVIG and HIT benefits: ${code} is not covered there outside a Part A stay.`, rule.kind === 'hit-service' ? steps().hitHome : steps().dmeHome));
    return finish({ benefit: 'not-covered', requires: NONE, reasons, warnings });
  }

  // 5. At home.
  if (input.device === 'implanted-pump' && isDrug(rule)) {
    reasons.push(reason('IMPLANTED_PUMP', `${code} given through an implanted pump is billed to the A/B MAC (incident to the practitioner who refills the pump), not to the DME MAC.`, steps().implanted));
    return finish({ benefit: 'part-b-incident-to', billTo: 'ab-mac', requires: NONE, reasons, warnings });
  }
  if (!picked) {
    reasons.push(reason('ROUTE_NOT_COVERED', `No Part B home rule covers ${code} given by the ${input.route} route (${candidates.map((c) => c.rule.label).join('; ')}).`, first(rule)));
    return partD(reasons, warnings);
  }
  return atHome(rule, input, diagnosisState(rule, input), reasons, warnings);
}

function outsideHome(rule: CoverageRule, input: DecisionInput, setting: 'practitioner-office' | 'hospital', reasons: ClassificationReason[], warnings: string[]): Classification {
  const code = input.code;
  const office = setting === 'practitioner-office';
  if (isDrug(rule)) {
    reasons.push(office
      ? reason('INCIDENT_TO_OFFICE', `${code} started in the practitioner's office is billed to the A/B MAC incident to the practitioner's service (SSA §1861(s)(2)(A)/(B)), even when the infusion is completed at home; not to the DME MAC.`, steps().office)
      : reason('INCIDENT_TO_HOSPITAL_OUTPATIENT', `${code} given in the hospital outpatient department is billed by the hospital to the A/B MAC under Part B.`, steps().hospitalOutpatient));
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
    return finish({ benefit: 'part-b-pn', billTo: 'dme-mac', requires: rule.requires as RequirementId[], reasons, warnings });
  }
  if (rule.kind === 'hit-service' || rule.kind === 'ivig-services' || rule.kind === 'home-health-nursing') {
    reasons.push(reason('NOT_IN_HOME', `${code} is paid only for services in the patient's home.`, rule.kind === 'hit-service' ? steps().hitHome : first(rule)));
    return finish({ benefit: 'not-covered', requires: NONE, reasons, warnings });
  }
  reasons.push(reason('NOT_SEPARATELY_BILLABLE', `${code} used ${office ? "in the practitioner's office" : 'in the hospital outpatient department'} is not separately billable as DME; the DME MAC rejects it as wrong jurisdiction.`, office ? steps().office : steps().hospitalOutpatient));
  return finish({ benefit: 'not-covered', requires: NONE, reasons, warnings });
}

function partD(reasons: ClassificationReason[], warnings: string[]): Classification {
  reasons.push(reason('PART_D_DRUG_ONLY', 'Part D covers the drug only, when it is a Part D drug on the plan formulary; Medicare pays nothing for the pump, supplies or nursing.', steps().partD));
  warnings.push('Part D pays for the drug only: supplies, equipment and nursing are not covered by Part D.');
  return finish({ benefit: 'part-d', billTo: 'part-d-plan', requires: NONE, reasons, warnings });
}

function atHome(rule: CoverageRule, input: DecisionInput, state: DiagnosisState, reasons: ClassificationReason[], warnings: string[]): Classification {
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
        reasons.push(reason(input.device === 'elastomeric' ? 'DISPOSABLE_DEVICE_NOT_DME' : 'NO_DURABLE_PUMP', `${code} (${rule.label}) given ${deviceWords(input.device)} is not a Part B DME drug.`, input.device === 'elastomeric' ? steps().disposable : steps().drugAlone));
      }
      return partD(reasons, warnings);
    }
    case 'compounded':
      reasons.push(reason('EIP_COMPOUNDED_NOT_COVERED', `${code}: compounded drugs given through an external infusion pump are denied as not reasonable and necessary.`, first(rule)));
      warnings.push('Expect a medical-necessity denial: bill with GA when a valid ABN is on file, GZ otherwise; the claim must carry the SWO information and the amount dispensed.');
      return finish({ benefit: 'not-covered', billTo: 'dme-mac', requires: rule.requires as RequirementId[], reasons, warnings });
    case 'disposable-device':
      reasons.push(reason('DISPOSABLE_DEVICE_NOT_DME', `${code} is a disposable drug delivery system: not DME, and not covered by Medicare Part B.`, first(rule)));
      return finish({ benefit: 'not-covered', requires: NONE, reasons, warnings });
    case 'implanted-pump':
      reasons.push(reason('IMPLANTED_PUMP', `${code} is an implantable infusion pump item: billed to the A/B MAC, not the DME MAC.`, first(rule)));
      return finish({ benefit: 'part-b-incident-to', billTo: 'ab-mac', requires: NONE, reasons, warnings });
    case 'eip-pump':
    case 'eip-supply':
    case 'eip-accessory': {
      const wrong = input.device !== undefined && rule.devices !== undefined && !rule.devices.includes(input.device);
      if (wrong) {
        reasons.push(reason('EIP_WRONG_PUMP', `${code} (${rule.label}) is not used ${deviceWords(input.device)}${rule.pumps ? `; it goes with ${rule.pumps.join(', ')}` : ''}: incorrect coding.`, first(rule)));
        return finish({ benefit: 'not-covered', billTo: 'dme-mac', requires: NONE, reasons, warnings });
      }
      const covered: ReasonCode = rule.kind === 'eip-pump' ? 'EIP_PUMP_COVERED' : rule.kind === 'eip-supply' ? 'EIP_SUPPLY_COVERED' : 'EIP_ACCESSORY_COVERED';
      const modifiers = rule.kind === 'eip-accessory' ? '' : '; bill the DME MAC with KX, GA or GZ';
      reasons.push(reason(covered, `${code} (${rule.label}) is covered under the DME benefit when an LCD L33794 indication is met${rule.kind === 'eip-pump' ? '' : ` and it is used with ${(rule.pumps ?? []).join(', ')}`}${modifiers}.`, first(rule)));
      lcdWarning(date, warnings);
      return finish({ benefit: 'part-b-dme', billTo: 'dme-mac', requires: rule.requires as RequirementId[], reasons, warnings });
    }
    case 'ivig-drug': {
      const pid = coverageModel().pid;
      if (date < pid.effective.from) warnings.push(`The primary immune deficiency list held is the one in force from ${pid.effective.from}; earlier lists may differ.`);
      if (state === 'unlisted') {
        reasons.push(reason('IVIG_DIAGNOSIS_NOT_PID', `None of the diagnoses given is a primary immune deficiency listed for the home IVIG benefit, so ${code} is not covered under it (and IVIG is not covered under the pump LCD).`, pid.citations[0]));
        return partD(reasons, warnings);
      }
      reasons.push(reason('IVIG_HOME_PID', `${code} (${rule.label}) at home for primary immune deficiency: home IVIG benefit (SSA §1861(zz)), billed to the DME MAC; no pump is needed.`, first(rule)));
      if (state === 'absent') {
        reasons.push(reason('DIAGNOSIS_NOT_GIVEN', 'No diagnosis was given: the home IVIG benefit needs a primary immune deficiency diagnosis from its list.', pid.citations[0]));
        warnings.push('Coverage needs a primary immune deficiency diagnosis listed in BPM ch. 15 §50.6; none was given.');
      }
      warnings.push('The items and services to give the IVIG at home (nursing, supplies) are billed separately as Q2052 by the supplier of the drug.');
      return finish({ benefit: 'part-b-ivig', billTo: 'dme-mac', requires: rule.requires as RequirementId[], reasons, warnings });
    }
    case 'ivig-services': {
      const pid = coverageModel().pid;
      if (state === 'unlisted') {
        reasons.push(reason('IVIG_DIAGNOSIS_NOT_PID', 'None of the diagnoses given is on the primary immune deficiency list: Q2052 is payable only with a covered home IVIG drug.', pid.citations[0]));
        return finish({ benefit: 'not-covered', requires: NONE, reasons, warnings });
      }
      if (rule.demonstration) {
        reasons.push(reason('IVIG_SERVICES_DEMONSTRATION', `${code} on ${date}: items and services to give IVIG at home under the Medicare IVIG demonstration, paid to the DME supplier of the drug for enrolled beneficiaries.`, first(rule)));
        warnings.push('Before 2024 Q2052 was paid only for beneficiaries enrolled in the IVIG demonstration; the classifier cannot see enrolment.');
      } else {
        reasons.push(reason('IVIG_SERVICES', `${code}: items and services to give IVIG at home, a bundled payment to the DME supplier of the drug (from 2024-01-01).`, first(rule)));
      }
      if (date < pid.effective.from) warnings.push(`The primary immune deficiency list held is the one in force from ${pid.effective.from}; earlier lists may differ.`);
      if (state === 'absent') {
        reasons.push(reason('DIAGNOSIS_NOT_GIVEN', 'No diagnosis was given: Q2052 needs a primary immune deficiency diagnosis from the home IVIG list.', pid.citations[0]));
        warnings.push('Coverage needs a primary immune deficiency diagnosis listed in BPM ch. 15 §50.6; none was given.');
      }
      const line = coverageModel().ivigServicesLine;
      warnings.push(`Bill one unit of ${code} per infusion date of service, with its immune globulin on the claim (within ${line.drugWithinDays} days of the drug's date of service).`);
      return finish({ benefit: 'part-b-ivig-services', billTo: 'dme-mac', requires: rule.requires as RequirementId[], reasons, warnings });
    }
    case 'pn':
      reasons.push(reason('PN_PROSTHETIC_DEVICE', `${code} is parenteral nutrition, covered under the prosthetic device benefit (SSA §1861(s)(8)) and billed to the DME MAC.`, first(rule)));
      warnings.push('Coverage needs the test of permanence: the record must show an impairment of long and indefinite duration; without it the solutions fall to Part D.');
      return finish({ benefit: 'part-b-pn', billTo: 'dme-mac', requires: rule.requires as RequirementId[], reasons, warnings });
    case 'hit-service': {
      const category = rule.hitCategory as HitCategory;
      const contractor = hitContractorOn(date);
      const billTo = contractor?.billTo ?? 'ab-mac';
      const who = billTo === 'dme-mac'
        ? 'billed to the DME MAC by an eligible DME supplier (2019-2020 temporary transitional payment)'
        : 'billed to the A/B MAC by a qualified HIT supplier';
      reasons.push(reason('HIT_SERVICE', `${code} is a home infusion therapy services code, category ${category}: Part B HIT benefit, ${who}.`, contractor?.citations[0] ?? first(rule)));
      const out: Draft = { benefit: 'part-b-hit', billTo, hitCategory: category, requires: rule.requires as RequirementId[], reasons, warnings };
      if (date >= hitInitialVisitsFrom()) {
        out.hitCodes = { initial: hitCode(category, 'initial'), subsequent: hitCode(category, 'subsequent') };
      } else {
        warnings.push('2019-2020 was the temporary transitional payment: one code per category (G0068, G0069, G0070), paid to eligible DME suppliers.');
      }
      return finish(out);
    }
    case 'home-health-nursing':
      reasons.push(reason('HOME_HEALTH_VISIT', `${code} is a skilled nursing visit under a home health plan of care, paid under the home health benefit (HH PPS); a visit only to administer a home infusion drug is billed as HIT instead.`, first(rule)));
      warnings.push('The home health benefit needs a homebound patient under a home health plan of care; the classifier does not check these.');
      return finish({ benefit: 'home-health', billTo: 'ab-mac', requires: NONE, reasons, warnings });
  }
}

/** How the drug is given, as a phrase that follows "given" or "used" ("given by gravity drip"). */
function deviceWords(device: Device | undefined): string {
  switch (device) {
    case 'gravity': return 'by gravity drip';
    case 'push': return 'by IV push or injection';
    case 'elastomeric': return 'through a disposable (elastomeric) pump';
    case 'implanted-pump': return 'through an implanted pump';
    case 'insulin-pump': return 'through an insulin pump';
    case 'external-pump': return 'through a durable external infusion pump';
    default: return 'without a device';
  }
}

function lcdWarning(date: string, warnings: string[]): void {
  if (date < LCD_REVISION_DATE) {
    warnings.push(`The coverage model encodes LCD L33794 and article A52507 as revised effective ${LCD_REVISION_DATE}; criteria in force on earlier dates may differ.`);
  }
}

function eipDrug(rule: CoverageRule, input: DecisionInput, state: DiagnosisState, reasons: ClassificationReason[], warnings: string[]): Classification {
  const code = input.code;
  const date = input.date;
  const device = input.device;
  const icd10Citation = coverageModel().icd10Citations[0];
  if (device === 'gravity' || device === 'push') {
    reasons.push(reason('NO_DURABLE_PUMP', `${code} given ${deviceWords(device)} is not a supply to a covered durable pump: Part B DME has no benefit for it (bill with GY if sent to the DME MAC).`, steps().drugAlone));
    return partD(reasons, warnings);
  }
  if (device === 'elastomeric') {
    reasons.push(reason('DISPOSABLE_DEVICE_NOT_DME', `${code} given through a disposable (elastomeric) pump: the device is not DME and the drug and supplies used with it are not covered by Part B.`, steps().disposable));
    return partD(reasons, warnings);
  }
  if (!rule.pumps) {
    // A52507 pairs each SCIg preparation with its pumps; a drug in no row has no covered pump.
    reasons.push(reason('EIP_NO_PAIRED_PUMP', `${code} (${rule.label}): A52507 pairs no pump with it, so the pump, drug and supplies are expected to be denied as not reasonable and necessary.`, rule.citations[1] ?? first(rule)));
    warnings.push('Expect a medical-necessity denial: bill with GA when a valid ABN is on file, GZ otherwise.');
    if (rule.notes) warnings.push(rule.notes);
    return finish({ benefit: 'not-covered', billTo: 'dme-mac', requires: ABN, reasons, warnings });
  }
  const devices = rule.devices ?? [];
  if (device !== undefined && !devices.includes(device)) {
    reasons.push(reason('EIP_WRONG_PUMP', `${code} (${rule.label}) is covered only with ${rule.pumps.join(', ')}; used ${deviceWords(device)}, the pump, drug and supplies are denied as not reasonable and necessary.`, first(rule)));
    warnings.push('Expect a medical-necessity denial: bill with GA when a valid ABN is on file, GZ otherwise.');
    return finish({ benefit: 'not-covered', billTo: 'dme-mac', requires: ABN, reasons, warnings });
  }
  if (device === undefined) {
    warnings.push(`No device given: classified as given through ${rule.pumps.join(', ')}, the pump(s) LCD L33794 allows for ${code}.`);
  }
  if (state === 'unlisted') {
    reasons.push(reason('EIP_DIAGNOSIS_NOT_LISTED', `None of the diagnoses given is in A52507 ICD-10 group ${groupList(rule, date)}, which LCD L33794 indication ${rule.indication} needs: the pump, drug and supplies are denied as not reasonable and necessary.`, icd10Citation));
    warnings.push('Expect a medical-necessity denial: bill with GA when a valid ABN is on file, GZ otherwise.');
    warnings.push(...doubtsTouched(rule, input));
    return finish({ benefit: 'not-covered', billTo: 'dme-mac', requires: ABN, reasons, warnings });
  }
  reasons.push(reason('EIP_DRUG_COVERED', `${code} (${rule.label}) is covered under LCD L33794 indication ${rule.indication} as a supply to a covered external infusion pump (${rule.pumps.join(', ')}): DME benefit, DME MAC.`, first(rule)));
  if (state === 'listed') {
    reasons.push(reason('EIP_DIAGNOSIS_LISTED', `A diagnosis given is in A52507 ICD-10 group ${groupList(rule, date)}.`, icd10Citation));
  } else if (state === 'absent') {
    reasons.push(reason('DIAGNOSIS_NOT_GIVEN', `No diagnosis was given: indication ${rule.indication} needs one from A52507 ICD-10 group ${groupList(rule, date)}.`, icd10Citation));
    warnings.push(`Coverage needs a diagnosis from A52507 ICD-10 group ${groupList(rule, date)}; none was given.`);
  }
  if (input.route === undefined && rule.defaultRoute) warnings.push(`No route given: classified as ${rule.defaultRoute}.`);
  lcdWarning(date, warnings);
  const out: Draft = { benefit: 'part-b-dme', billTo: 'dme-mac', requires: rule.requires as RequirementId[], reasons, warnings };
  applyHit(rule, input, out);
  return finish(out);
}

/** Adds the HIT category of a covered pump drug (BPM ch. 15 §320.7-320.8; SSA §1834(u)(7)(C)). */
function applyHit(rule: CoverageRule, input: DecisionInput, out: Draft): void {
  const date = input.date;
  const model = coverageModel();
  const firstContractor = model.hitContractor[0];
  if (firstContractor && date < firstContractor.from) {
    out.warnings.push(`Home infusion therapy services were first paid for dates of service from ${firstContractor.from}.`);
    return;
  }
  if (rule.indication === 'IV') {
    out.reasons.push(reason('HIT_NOT_ELIGIBLE', 'Insulin through an insulin pump is not a home infusion drug: no HIT services category.', steps().hitDrugs));
    return;
  }
  const route = input.route ?? rule.defaultRoute;
  if (!hitRouteEligible(rule, date, route)) {
    out.reasons.push(reason('HIT_NOT_ELIGIBLE', `Given by the ${route ?? (rule.routes ?? []).join(' or ')} route, ${input.code} is not a home infusion drug (intravenous or subcutaneous only): no HIT services category.`, model.hitEligibleRoutes.citations[0]));
    return;
  }
  const period = hitCategoryOf(rule, date, route);
  if (!period) {
    out.reasons.push(reason('HIT_CATEGORY_NOT_FOUND', `No HIT payment category is held for ${input.code} on this date.`, first(rule)));
    out.warnings.push(`HIT services: no payment category is held for ${input.code}; check CMS's HIT drug list (Claims Processing Manual ch. 32 §411) before billing G-codes.`);
    return;
  }
  out.hitCategory = period.category;
  const permanent = date >= hitInitialVisitsFrom();
  // From 2021 the MAC's list of the permanent benefit is the closer source; for 2019-2020 the statute.
  const citation = (permanent ? period.citations.find((c) => c.id === 'noridian-jeb-hit-page') : undefined) ?? period.citations[0];
  out.reasons.push(reason('HIT_ELIGIBLE', `${input.code} is in HIT services payment category ${period.category}.`, citation));
  if (route === undefined && date >= model.hitEligibleRoutes.from) {
    out.warnings.push(`No route given: the HIT category applies only when ${input.code} is infused ${model.hitEligibleRoutes.routes.join(' or ')} (BPM ch. 15 §320.7.1).`);
  }
  const contractor = hitContractorOn(date);
  const subsequent = hitCode(period.category, 'subsequent');
  if (permanent) {
    out.hitCodes = { initial: hitCode(period.category, 'initial'), subsequent };
    out.warnings.push(`HIT services (${out.hitCodes.initial} first visit, ${subsequent} later visits) are billed separately to the ${contractor?.billTo === 'dme-mac' ? 'DME MAC' : 'A/B MAC'} by a qualified home infusion therapy supplier, not on this DME claim.`);
  } else {
    out.warnings.push(`2019-2020 temporary transitional payment: HIT services for category ${period.category} were billed with one code (${subsequent}) by an eligible DME supplier to the DME MAC.`);
  }
}
