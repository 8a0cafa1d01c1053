/**
 * The whole answer of classify, word for word, for one input per step of the decision procedure
 * (src/classify/decide.ts): benefit, contractor, HIT category and codes, what must be on file, each
 * reason with its message and the source it cites, and each warning. golden.test.ts says which
 * benefit and deciding reason each source gives; this file pins the text users read, so that a
 * changed message, a dropped warning or a citation to the wrong section is a deliberate edit
 * (update the snapshot with `npx vitest run test/classify/answers-text.test.ts -u` and review the diff).
 */
import { describe, expect, it } from 'vitest';
import { classify } from '../../src/classify/classify.js';
import type { Classification, ClassifyInput } from '../../src/classify/types.js';
import { JUPYTER_DISPLAY } from '../../src/core/display.js';

const D = '2026-03-02';

function text(c: Classification): string {
  const head = [c.benefit, c.billTo ?? '-', c.hitCategory ?? '-', c.hitCodes ? `${c.hitCodes.initial}/${c.hitCodes.subsequent}` : '-', `[${c.requires.join(', ')}]`].join(' | ');
  const reasons = c.reasons.map((r) => `R ${r.code}: ${r.message} <${r.citation ? `${r.citation.id}${r.citation.section ? ` ${r.citation.section}` : ''}` : 'no citation'}>`);
  const warnings = c.warnings.map((w) => `W ${w}`);
  return [head, ...reasons, ...warnings].join('\n');
}
const answer = (input: Omit<ClassifyInput, 'dateOfService'> & { dateOfService?: string }) => text(classify({ dateOfService: D, ...input } as ClassifyInput));

describe('classify: steps 1-4 (S-codes, hospice, Part A stays, settings outside the home)', () => {
  it('an S-code, and a code CMS marks not payable that the coverage model does not name', () => {
    expect(answer({ hcpcs: 'S9500' })).toMatchInlineSnapshot(`
      "not-covered | - | - | - | []
      R S_CODE_NOT_MEDICARE: S9500 is an S-code (HCPCS coverage code I): not payable by Medicare; bill the Medicare-recognised drug, pump, supply or G-codes instead. <hcpcs-2025-oct-anweb coverage code I (not payable by Medicare) on 532 of the file's 533 S-codes>"
    `);
    expect(answer({ hcpcs: 'A4232', setting: 'home' })).toMatchInlineSnapshot(`
      "not-covered | - | - | - | []
      R NOT_PAYABLE_BY_MEDICARE: A4232 is not payable by Medicare (catalog record). <article-a52507 Coding Guidelines (invalid for submission to Medicare)>"
    `);
  });
  it('hospice related and unrelated', () => {
    expect(answer({ hcpcs: 'J2260', device: 'external-pump', hospice: 'related', setting: 'home' })).toMatchInlineSnapshot(`
      "hospice | hospice | - | - | []
      R HOSPICE_RELATED: J2260 is for the terminal illness or related conditions of a hospice patient: the hospice provides it within its per diem; do not bill Part B or Part D. <cfr-42-418.200 §418.200: hospice covers what is reasonable and necessary for the terminal illness and related conditions>"
    `);
    expect(answer({ hcpcs: 'J2260', device: 'external-pump', route: 'intravenous', hospice: 'unrelated', setting: 'home' })).toMatchInlineSnapshot(`
      "part-b-dme | dme-mac | 1 | G0088/G0068 | [standard-written-order, proof-of-delivery, medical-record, continued-need, refill-documentation, eip-inotrope]
      R HOSPICE_UNRELATED: Hospice elected, but the item is unrelated to the terminal illness: classified as for any patient. <cfr-42-418.200 §418.200: hospice covers what is reasonable and necessary for the terminal illness and related conditions>
      R EIP_DRUG_COVERED: J2260 (Dobutamine, dopamine, milrinone (parenteral inotropes, Stage D / NYHA class IV heart failure)) is covered under LCD L33794 indication V(D) as a supply to a covered external infusion pump (E0779, E0780, E0781, E0791): DME benefit, DME MAC. <lcd-l33794 indication V(D)>
      R HIT_ELIGIBLE: J2260 is in HIT services payment category 1. <noridian-jeb-hit-page Overview: infusion drugs assigned to three payment categories>
      W Hospice election on file: make sure the record shows the item is unrelated to the terminal illness and related conditions.
      W HIT services (G0088 first visit, G0068 later visits) are billed separately to the A/B MAC by a qualified home infusion therapy supplier, not on this DME claim."
    `);
  });
  it('Part A hospital and SNF stays', () => {
    expect(answer({ hcpcs: 'J2260', setting: 'hospital', partAStay: true })).toMatchInlineSnapshot(`
      "not-covered | - | - | - | []
      R INPATIENT_PART_A_STAY: J2260 during a hospital inpatient stay covered by Part A is part of the hospital's Part A payment; no separate claim. <bpm-100-02-ch15 §10: no Part B payment for services the individual is entitled to have paid under Part A>"
    `);
    expect(answer({ hcpcs: 'J2260', setting: 'snf', partAStay: true })).toMatchInlineSnapshot(`
      "snf-part-a | snf | - | - | []
      R SNF_PART_A_STAY: J2260 during a SNF stay covered by Part A is furnished and billed by the SNF (consolidated billing); Part B pays nothing for it. <bpm-100-02-ch15 §10: no Part B payment for services the individual is entitled to have paid under Part A>"
    `);
  });
  it('the practitioner office and the hospital outpatient department, for each kind of rule', () => {
    expect(answer({ hcpcs: 'J2260', setting: 'practitioner-office' })).toMatchInlineSnapshot(`
      "part-b-incident-to | ab-mac | - | - | []
      R INCIDENT_TO_OFFICE: J2260 started in the practitioner's office is billed to the A/B MAC incident to the practitioner's service (SSA §1861(s)(2)(A)/(B)), even when the infusion is completed at home; not to the DME MAC. <article-a52507 Non-medical necessity coverage: drugs started in a practitioner's office are billed to the A/B MAC>"
    `);
    expect(answer({ hcpcs: 'J2260', setting: 'hospital' })).toMatchInlineSnapshot(`
      "part-b-incident-to | ab-mac | - | - | []
      R INCIDENT_TO_HOSPITAL_OUTPATIENT: J2260 given in the hospital outpatient department is billed by the hospital to the A/B MAC under Part B. <bpm-100-02-ch15 §60 B: hospital services incident to a physician's service to outpatients, paid by the A/B MAC>"
    `);
    expect(answer({ hcpcs: 'E0782', setting: 'practitioner-office' })).toMatchInlineSnapshot(`
      "part-b-incident-to | ab-mac | - | - | []
      R IMPLANTED_PUMP: E0782 is an implantable infusion pump item: billed to the A/B MAC, not the DME MAC. <article-a52507 Non-medical necessity coverage: the DME MACs do not process implantable pumps (E0782, E0783, E0785, E0786) or their drugs and supplies; bill the A/B MAC>"
    `);
    expect(answer({ hcpcs: 'B4164', setting: 'hospital' })).toMatchInlineSnapshot(`
      "part-b-pn | dme-mac | - | - | [standard-written-order, proof-of-delivery, medical-record, refill-documentation, parenteral-nutrition]
      R PN_PROSTHETIC_DEVICE: B4164 is parenteral nutrition, covered under the prosthetic device benefit (SSA §1861(s)(8)) when the impairment is permanent. <bpm-100-02-ch15 §120 A: parenteral and enteral nutrition are prosthetic devices; test of permanence (long and indefinite duration)>
      W Parenteral nutrition given in an outpatient facility: the pump and IV pole used there are not separately payable.
      W Coverage needs the test of permanence: the record must show an impairment of long and indefinite duration."
    `);
    expect(answer({ hcpcs: 'G0068', setting: 'practitioner-office' })).toMatchInlineSnapshot(`
      "not-covered | - | - | - | []
      R NOT_IN_HOME: G0068 is paid only for services in the patient's home. <bpm-100-02-ch15 §320.4: home excludes hospitals, CAHs and SNFs>"
    `);
    expect(answer({ hcpcs: 'Q2052', setting: 'hospital' })).toMatchInlineSnapshot(`
      "not-covered | - | - | - | []
      R NOT_IN_HOME: Q2052 is paid only for services in the patient's home. <bpm-100-02-ch15 §50.6 (Rev. 12352): permanent bundled payment for home IVIG items and services from 2024-01-01, paid to a DME supplier>"
    `);
    expect(answer({ hcpcs: 'G0299', setting: 'practitioner-office' })).toMatchInlineSnapshot(`
      "not-covered | - | - | - | []
      R NOT_IN_HOME: G0299 is paid only for services in the patient's home. <bpm-100-02-ch15 §320.4.1: a home health visit unrelated to home infusion therapy is paid under the HH PPS>"
    `);
    expect(answer({ hcpcs: 'E0781', setting: 'practitioner-office' })).toMatchInlineSnapshot(`
      "not-covered | - | - | - | []
      R NOT_SEPARATELY_BILLABLE: E0781 used in the practitioner's office is not separately billable as DME; the DME MAC rejects it as wrong jurisdiction. <article-a52507 Non-medical necessity coverage: drugs started in a practitioner's office are billed to the A/B MAC>"
    `);
    expect(answer({ hcpcs: 'E0781', setting: 'hospital' })).toMatchInlineSnapshot(`
      "not-covered | - | - | - | []
      R NOT_SEPARATELY_BILLABLE: E0781 used in the hospital outpatient department is not separately billable as DME; the DME MAC rejects it as wrong jurisdiction. <bpm-100-02-ch15 §60 B: hospital services incident to a physician's service to outpatients, paid by the A/B MAC>"
    `);
  });
  it('a SNF outside a Part A stay: parenteral nutrition, a drug, a pump, a HIT visit', () => {
    expect(answer({ hcpcs: 'B4164', setting: 'snf' })).toMatchInlineSnapshot(`
      "part-b-pn | dme-mac | - | - | [standard-written-order, proof-of-delivery, medical-record, refill-documentation, parenteral-nutrition]
      R PN_PROSTHETIC_DEVICE: B4164 is parenteral nutrition, covered under the prosthetic device benefit; outside a Part A stay it may be billed to the DME MAC. <bpm-100-02-ch15 §120 A: parenteral and enteral nutrition are prosthetic devices; test of permanence (long and indefinite duration)>
      W Coverage needs the test of permanence: the record must show an impairment of long and indefinite duration."
    `);
    expect(answer({ hcpcs: 'J2260', setting: 'snf' })).toMatchInlineSnapshot(`
      "part-d | part-d-plan | - | - | []
      R SNF_NOT_HOME: A SNF is not the patient's home for the DME or home IVIG benefits: J2260 for a resident outside a Part A stay is not a Part B home drug. <bpm-100-02-ch15 §110.1 D: a hospital or SNF is not the beneficiary's home for DME>
      R PART_D_DRUG_ONLY: Part D covers the drug only, when it is a Part D drug on the plan formulary. <medicare-advocacy-part-d-or-b Part D excludes drugs payable under Part A or B as prescribed and dispensed or administered>"
    `);
    expect(answer({ hcpcs: 'E0781', setting: 'snf' })).toMatchInlineSnapshot(`
      "not-covered | - | - | - | []
      R SNF_NOT_HOME: A SNF is not the patient's home for the DME, home IVIG and HIT benefits: E0781 is not covered there outside a Part A stay. <bpm-100-02-ch15 §110.1 D: a hospital or SNF is not the beneficiary's home for DME>"
    `);
    expect(answer({ hcpcs: 'G0068', setting: 'snf' })).toMatchInlineSnapshot(`
      "not-covered | - | - | - | []
      R SNF_NOT_HOME: A SNF is not the patient's home for the DME, home IVIG and HIT benefits: G0068 is not covered there outside a Part A stay. <bpm-100-02-ch15 §320.4: home excludes hospitals, CAHs and SNFs>"
    `);
  });
});

describe('classify: step 5, at home, by kind of rule', () => {
  it('no setting given; an implanted pump; a route no rule covers', () => {
    expect(answer({ hcpcs: 'E0781' })).toMatchInlineSnapshot(`
      "part-b-dme | dme-mac | - | - | [standard-written-order, proof-of-delivery, medical-record, continued-need]
      R EIP_PUMP_COVERED: E0781 (External infusion pump (non-insulin)) is covered under the DME benefit when an LCD L33794 indication is met; bill the DME MAC with KX, GA or GZ. <article-a52507 Non-medical necessity coverage: external infusion pumps are covered under the DME benefit (SSA §1861(s)(6))>
      W No setting given: classified as used in the patient's home."
    `);
    expect(answer({ hcpcs: 'J2260', device: 'implanted-pump', setting: 'home' })).toMatchInlineSnapshot(`
      "part-b-incident-to | ab-mac | - | - | []
      R IMPLANTED_PUMP: J2260 given through an implanted pump is billed to the A/B MAC (incident to the practitioner who refills the pump), not to the DME MAC. <article-a52507 Non-medical necessity coverage: implantable pumps and their drugs and supplies go to the A/B MAC>"
    `);
    expect(answer({ hcpcs: 'J1459', route: 'subcutaneous', diagnoses: ['D80.0'], setting: 'home' })).toMatchInlineSnapshot(`
      "part-d | part-d-plan | - | - | []
      R ROUTE_NOT_COVERED: No Part B home rule covers J1459 given by the subcutaneous route (Privigen (intravenous immune globulin)). <bpm-100-02-ch15 §50.6 (Rev. 12352): IVIG for primary immune deficiency in the home; no DME needed>
      R PART_D_DRUG_ONLY: Part D covers the drug only, when it is a Part D drug on the plan formulary; Medicare pays nothing for the pump, supplies or nursing. <medicare-advocacy-part-d-or-b Part D excludes drugs payable under Part A or B as prescribed and dispensed or administered>
      W Part D pays for the drug only: supplies, equipment and nursing are not covered by Part D."
    `);
  });
  it('Part D drugs: the three exclusions, through a pump, by gravity, push, elastomeric, without a device', () => {
    expect(answer({ hcpcs: 'J3370', device: 'external-pump', setting: 'home' })).toMatchInlineSnapshot(`
      "part-d | part-d-plan | - | - | []
      R EIP_EXCLUDED_DRUG: J3370: vancomycin through an external infusion pump is nationally non-covered (NCD 280.14); the pump, drug and supplies get no Part B DME payment. <ncd-280.14 C.1 Nationally non-covered: vancomycin via external infusion pump (from 1996-09-01)>
      R PART_D_DRUG_ONLY: Part D covers the drug only, when it is a Part D drug on the plan formulary; Medicare pays nothing for the pump, supplies or nursing. <medicare-advocacy-part-d-or-b Part D excludes drugs payable under Part A or B as prescribed and dispensed or administered>
      W Part D pays for the drug only: supplies, equipment and nursing are not covered by Part D."
    `);
    expect(answer({ hcpcs: 'J1644', device: 'external-pump', setting: 'home' })).toMatchInlineSnapshot(`
      "part-d | part-d-plan | - | - | []
      R EIP_EXCLUDED_DRUG: J1644: heparin infusion for thromboembolic disease at home is not reasonable and necessary under LCD L33794 (pumps for heparin are covered only in an institution, NCD 280.14); the pump, drug and supplies get no Part B DME payment. <lcd-l33794 GENERAL: heparin infusion for thromboembolic disease or pulmonary embolism in the home is not reasonable and necessary>
      R PART_D_DRUG_ONLY: Part D covers the drug only, when it is a Part D drug on the plan formulary; Medicare pays nothing for the pump, supplies or nursing. <medicare-advocacy-part-d-or-b Part D excludes drugs payable under Part A or B as prescribed and dispensed or administered>
      W Part D pays for the drug only: supplies, equipment and nursing are not covered by Part D."
    `);
    expect(answer({ hcpcs: 'J2175', device: 'external-pump', setting: 'home' })).toMatchInlineSnapshot(`
      "part-d | part-d-plan | - | - | []
      R EIP_EXCLUDED_DRUG: J2175: meperidine is excluded from the narcotic analgesic indication V(B) of LCD L33794; the pump, drug and supplies get no Part B DME payment. <lcd-l33794 indication V(B): narcotic analgesics except meperidine>
      R PART_D_DRUG_ONLY: Part D covers the drug only, when it is a Part D drug on the plan formulary; Medicare pays nothing for the pump, supplies or nursing. <medicare-advocacy-part-d-or-b Part D excludes drugs payable under Part A or B as prescribed and dispensed or administered>
      W Part D pays for the drug only: supplies, equipment and nursing are not covered by Part D."
    `);
    expect(answer({ hcpcs: 'J0696', device: 'insulin-pump', setting: 'home' })).toMatchInlineSnapshot(`
      "part-d | part-d-plan | - | - | []
      R NO_DURABLE_PUMP: J0696 (Ceftriaxone (IV anti-infective not listed in LCD L33794)) is not a drug LCD L33794 covers through a durable pump, so the pump and supplies get no Part B DME payment. <lcd-l33794 indication V(C) lists only acyclovir, foscarnet, amphotericin B and ganciclovir>
      R PART_D_DRUG_ONLY: Part D covers the drug only, when it is a Part D drug on the plan formulary; Medicare pays nothing for the pump, supplies or nursing. <medicare-advocacy-part-d-or-b Part D excludes drugs payable under Part A or B as prescribed and dispensed or administered>
      W Part D pays for the drug only: supplies, equipment and nursing are not covered by Part D."
    `);
    expect(answer({ hcpcs: 'J0696', device: 'gravity', setting: 'home' })).toMatchInlineSnapshot(`
      "part-d | part-d-plan | - | - | []
      R NO_DURABLE_PUMP: J0696 (Ceftriaxone (IV anti-infective not listed in LCD L33794)) given by gravity drip is not a Part B DME drug. <article-a52507 Non-medical necessity coverage: drugs are covered only as a supply to a covered DME pump; drugs billed alone have no benefit>
      R PART_D_DRUG_ONLY: Part D covers the drug only, when it is a Part D drug on the plan formulary; Medicare pays nothing for the pump, supplies or nursing. <medicare-advocacy-part-d-or-b Part D excludes drugs payable under Part A or B as prescribed and dispensed or administered>
      W Part D pays for the drug only: supplies, equipment and nursing are not covered by Part D."
    `);
    expect(answer({ hcpcs: 'J0696', device: 'push', setting: 'home' })).toMatchInlineSnapshot(`
      "part-d | part-d-plan | - | - | []
      R NO_DURABLE_PUMP: J0696 (Ceftriaxone (IV anti-infective not listed in LCD L33794)) given by IV push or injection is not a Part B DME drug. <article-a52507 Non-medical necessity coverage: drugs are covered only as a supply to a covered DME pump; drugs billed alone have no benefit>
      R PART_D_DRUG_ONLY: Part D covers the drug only, when it is a Part D drug on the plan formulary; Medicare pays nothing for the pump, supplies or nursing. <medicare-advocacy-part-d-or-b Part D excludes drugs payable under Part A or B as prescribed and dispensed or administered>
      W Part D pays for the drug only: supplies, equipment and nursing are not covered by Part D."
    `);
    expect(answer({ hcpcs: 'J0696', device: 'elastomeric', setting: 'home' })).toMatchInlineSnapshot(`
      "part-d | part-d-plan | - | - | []
      R DISPOSABLE_DEVICE_NOT_DME: J0696 (Ceftriaxone (IV anti-infective not listed in LCD L33794)) given through a disposable (elastomeric) pump is not a Part B DME drug. <article-a52507 Non-medical necessity coverage: disposable drug delivery systems, including elastomeric pumps, are not DME>
      R PART_D_DRUG_ONLY: Part D covers the drug only, when it is a Part D drug on the plan formulary; Medicare pays nothing for the pump, supplies or nursing. <medicare-advocacy-part-d-or-b Part D excludes drugs payable under Part A or B as prescribed and dispensed or administered>
      W Part D pays for the drug only: supplies, equipment and nursing are not covered by Part D."
    `);
    expect(answer({ hcpcs: 'J0696', setting: 'home' })).toMatchInlineSnapshot(`
      "part-d | part-d-plan | - | - | []
      R NO_DURABLE_PUMP: J0696 (Ceftriaxone (IV anti-infective not listed in LCD L33794)) given without a device is not a Part B DME drug. <article-a52507 Non-medical necessity coverage: drugs are covered only as a supply to a covered DME pump; drugs billed alone have no benefit>
      R PART_D_DRUG_ONLY: Part D covers the drug only, when it is a Part D drug on the plan formulary; Medicare pays nothing for the pump, supplies or nursing. <medicare-advocacy-part-d-or-b Part D excludes drugs payable under Part A or B as prescribed and dispensed or administered>
      W Part D pays for the drug only: supplies, equipment and nursing are not covered by Part D."
    `);
  });
  it('compounded, disposable, implanted pump items', () => {
    expect(answer({ hcpcs: 'J7999', device: 'external-pump', setting: 'home' })).toMatchInlineSnapshot(`
      "not-covered | dme-mac | - | - | [abn]
      R EIP_COMPOUNDED_NOT_COVERED: J7999: compounded drugs given through an external infusion pump are denied as not reasonable and necessary. <lcd-l33794 GENERAL: J7999 compounded drugs with an external infusion pump are not reasonable and necessary>
      W Expect a medical-necessity denial: bill with GA when a valid ABN is on file, GZ otherwise; the claim must carry the SWO information and the amount dispensed."
    `);
    expect(answer({ hcpcs: 'A4305', setting: 'home' })).toMatchInlineSnapshot(`
      "not-covered | - | - | - | []
      R DISPOSABLE_DEVICE_NOT_DME: A4305 is a disposable drug delivery system: not DME, and not covered by Medicare Part B. <article-a52507 Non-medical necessity coverage: disposable drug delivery systems including elastomeric pumps (A4305, A4306, A9274) are not DME>"
    `);
    expect(answer({ hcpcs: 'E0782', setting: 'home' })).toMatchInlineSnapshot(`
      "part-b-incident-to | ab-mac | - | - | []
      R IMPLANTED_PUMP: E0782 is an implantable infusion pump item: billed to the A/B MAC, not the DME MAC. <article-a52507 Non-medical necessity coverage: the DME MACs do not process implantable pumps (E0782, E0783, E0785, E0786) or their drugs and supplies; bill the A/B MAC>"
    `);
  });
  it('pumps, supplies and accessories, with the right and the wrong device', () => {
    expect(answer({ hcpcs: 'E0781', device: 'external-pump', setting: 'home' })).toMatchInlineSnapshot(`
      "part-b-dme | dme-mac | - | - | [standard-written-order, proof-of-delivery, medical-record, continued-need]
      R EIP_PUMP_COVERED: E0781 (External infusion pump (non-insulin)) is covered under the DME benefit when an LCD L33794 indication is met; bill the DME MAC with KX, GA or GZ. <article-a52507 Non-medical necessity coverage: external infusion pumps are covered under the DME benefit (SSA §1861(s)(6))>"
    `);
    expect(answer({ hcpcs: 'E0784', device: 'external-pump', setting: 'home' })).toMatchInlineSnapshot(`
      "not-covered | dme-mac | - | - | []
      R EIP_WRONG_PUMP: E0784 (External ambulatory insulin infusion pump) is not used through a durable external infusion pump: incorrect coding. <lcd-l33794 indication IV>"
    `);
    expect(answer({ hcpcs: 'A4222', setting: 'home', dateOfService: '2025-06-01' })).toMatchInlineSnapshot(`
      "part-b-dme | dme-mac | - | - | [standard-written-order, proof-of-delivery, medical-record, continued-need, refill-documentation]
      R EIP_SUPPLY_COVERED: A4222 (Supplies for a non-insulin external infusion pump) is covered under the DME benefit when an LCD L33794 indication is met and it is used with E0779, E0780, E0781, E0791, K0455; bill the DME MAC with KX, GA or GZ. <article-a52507 Coding Guidelines: HCPCS supply codes associated with external infusion pumps (A4221, A4222, K0552 with E0779, E0780, E0781, E0791, K0455)>
      W The coverage model encodes LCD L33794 and article A52507 as revised effective 2026-01-25; criteria in force on earlier dates may differ."
    `);
    expect(answer({ hcpcs: 'A4222', device: 'insulin-pump', setting: 'home' })).toMatchInlineSnapshot(`
      "not-covered | dme-mac | - | - | []
      R EIP_WRONG_PUMP: A4222 (Supplies for a non-insulin external infusion pump) is not used through an insulin pump; it goes with E0779, E0780, E0781, E0791, K0455: incorrect coding. <article-a52507 Coding Guidelines: HCPCS supply codes associated with external infusion pumps (A4221, A4222, K0552 with E0779, E0780, E0781, E0791, K0455)>"
    `);
    expect(answer({ hcpcs: 'E0776', setting: 'home' })).toMatchInlineSnapshot(`
      "part-b-dme | dme-mac | - | - | [standard-written-order, proof-of-delivery, medical-record, continued-need]
      R EIP_ACCESSORY_COVERED: E0776 (IV pole (with a stationary infusion pump)) is covered under the DME benefit when an LCD L33794 indication is met and it is used with E0791. <lcd-l33794 IV pole E0776: covered only with a covered stationary infusion pump (E0791); not reasonable and necessary with ambulatory pumps (E0779, E0780, E0781, E0784, K0455)>"
    `);
    expect(answer({ hcpcs: 'E0776', device: 'gravity', setting: 'home' })).toMatchInlineSnapshot(`
      "not-covered | dme-mac | - | - | []
      R EIP_WRONG_PUMP: E0776 (IV pole (with a stationary infusion pump)) is not used by gravity drip; it goes with E0791: incorrect coding. <lcd-l33794 IV pole E0776: covered only with a covered stationary infusion pump (E0791); not reasonable and necessary with ambulatory pumps (E0779, E0780, E0781, E0784, K0455)>"
    `);
  });
  it('home IVIG: listed, not listed, no diagnosis, before the list held', () => {
    expect(answer({ hcpcs: 'J1459', route: 'intravenous', diagnoses: ['D80.0'], setting: 'home' })).toMatchInlineSnapshot(`
      "part-b-ivig | dme-mac | - | - | [standard-written-order, proof-of-delivery, medical-record, refill-documentation, ivig-home]
      R IVIG_HOME_PID: J1459 (Privigen (intravenous immune globulin)) at home for primary immune deficiency: home IVIG benefit (SSA §1861(zz)), billed to the DME MAC; no pump is needed. <bpm-100-02-ch15 §50.6 (Rev. 12352): IVIG for primary immune deficiency in the home; no DME needed>
      W The items and services to give the IVIG at home (nursing, supplies) are billed separately as Q2052 by the supplier of the drug."
    `);
    expect(answer({ hcpcs: 'J1459', route: 'intravenous', diagnoses: ['D80.1'], setting: 'home' })).toMatchInlineSnapshot(`
      "part-d | part-d-plan | - | - | []
      R IVIG_DIAGNOSIS_NOT_PID: None of the diagnoses given is a primary immune deficiency listed for the home IVIG benefit, so J1459 is not covered under it (and IVIG is not covered under the pump LCD). <bpm-100-02-ch15 §50.6 (Rev. 12352, effective 2024-01-01)>
      R PART_D_DRUG_ONLY: Part D covers the drug only, when it is a Part D drug on the plan formulary; Medicare pays nothing for the pump, supplies or nursing. <medicare-advocacy-part-d-or-b Part D excludes drugs payable under Part A or B as prescribed and dispensed or administered>
      W Part D pays for the drug only: supplies, equipment and nursing are not covered by Part D."
    `);
    expect(answer({ hcpcs: 'J1459', route: 'intravenous', setting: 'home', dateOfService: '2023-12-31' })).toMatchInlineSnapshot(`
      "part-b-ivig | dme-mac | - | - | [standard-written-order, proof-of-delivery, medical-record, refill-documentation, ivig-home]
      R IVIG_HOME_PID: J1459 (Privigen (intravenous immune globulin)) at home for primary immune deficiency: home IVIG benefit (SSA §1861(zz)), billed to the DME MAC; no pump is needed. <bpm-100-02-ch15 §50.6 (Rev. 12352): IVIG for primary immune deficiency in the home; no DME needed>
      R DIAGNOSIS_NOT_GIVEN: No diagnosis was given: the home IVIG benefit needs a primary immune deficiency diagnosis from its list. <bpm-100-02-ch15 §50.6 (Rev. 12352, effective 2024-01-01)>
      W The primary immune deficiency list held is the one in force from 2024-01-01; earlier lists may differ.
      W Coverage needs a primary immune deficiency diagnosis listed in BPM ch. 15 §50.6; none was given.
      W The items and services to give the IVIG at home (nursing, supplies) are billed separately as Q2052 by the supplier of the drug."
    `);
  });
  it('Q2052: the demonstration, the permanent benefit, not listed, no diagnosis', () => {
    expect(answer({ hcpcs: 'Q2052', diagnoses: ['D80.0'], setting: 'home', dateOfService: '2023-12-31' })).toMatchInlineSnapshot(`
      "part-b-ivig-services | dme-mac | - | - | [ivig-items-services]
      R IVIG_SERVICES_DEMONSTRATION: Q2052 on 2023-12-31: items and services to give IVIG at home under the Medicare IVIG demonstration, paid to the DME supplier of the drug for enrolled beneficiaries. <cms-ivig-demonstration the demonstration (P.L. 112-242 §101), ended 2023-12-31; permanent benefit from 2024-01-01>
      W Before 2024 Q2052 was paid only for beneficiaries enrolled in the IVIG demonstration; the classifier cannot see enrolment.
      W The primary immune deficiency list held is the one in force from 2024-01-01; earlier lists may differ.
      W Bill one unit of Q2052 per infusion date of service, with its immune globulin on the claim (within 30 days of the drug's date of service)."
    `);
    expect(answer({ hcpcs: 'Q2052', diagnoses: ['D80.0'], setting: 'home' })).toMatchInlineSnapshot(`
      "part-b-ivig-services | dme-mac | - | - | [ivig-items-services]
      R IVIG_SERVICES: Q2052: items and services to give IVIG at home, a bundled payment to the DME supplier of the drug (from 2024-01-01). <bpm-100-02-ch15 §50.6 (Rev. 12352): permanent bundled payment for home IVIG items and services from 2024-01-01, paid to a DME supplier>
      W Bill one unit of Q2052 per infusion date of service, with its immune globulin on the claim (within 30 days of the drug's date of service)."
    `);
    expect(answer({ hcpcs: 'Q2052', diagnoses: ['D80.1'], setting: 'home' })).toMatchInlineSnapshot(`
      "not-covered | - | - | - | []
      R IVIG_DIAGNOSIS_NOT_PID: None of the diagnoses given is on the primary immune deficiency list: Q2052 is payable only with a covered home IVIG drug. <bpm-100-02-ch15 §50.6 (Rev. 12352, effective 2024-01-01)>"
    `);
    expect(answer({ hcpcs: 'Q2052', setting: 'home' })).toMatchInlineSnapshot(`
      "part-b-ivig-services | dme-mac | - | - | [ivig-items-services]
      R IVIG_SERVICES: Q2052: items and services to give IVIG at home, a bundled payment to the DME supplier of the drug (from 2024-01-01). <bpm-100-02-ch15 §50.6 (Rev. 12352): permanent bundled payment for home IVIG items and services from 2024-01-01, paid to a DME supplier>
      R DIAGNOSIS_NOT_GIVEN: No diagnosis was given: Q2052 needs a primary immune deficiency diagnosis from the home IVIG list. <bpm-100-02-ch15 §50.6 (Rev. 12352, effective 2024-01-01)>
      W Coverage needs a primary immune deficiency diagnosis listed in BPM ch. 15 §50.6; none was given.
      W Bill one unit of Q2052 per infusion date of service, with its immune globulin on the claim (within 30 days of the drug's date of service)."
    `);
  });
  it('parenteral nutrition, HIT visits (2020 and 2026), home health nursing', () => {
    expect(answer({ hcpcs: 'B4164', setting: 'home' })).toMatchInlineSnapshot(`
      "part-b-pn | dme-mac | - | - | [standard-written-order, proof-of-delivery, medical-record, refill-documentation, parenteral-nutrition]
      R PN_PROSTHETIC_DEVICE: B4164 is parenteral nutrition, covered under the prosthetic device benefit (SSA §1861(s)(8)) and billed to the DME MAC. <bpm-100-02-ch15 §120 A: parenteral and enteral nutrition are prosthetic devices; test of permanence (long and indefinite duration)>
      W Coverage needs the test of permanence: the record must show an impairment of long and indefinite duration; without it the solutions fall to Part D."
    `);
    expect(answer({ hcpcs: 'G0069', dateOfService: '2020-06-01' })).toMatchInlineSnapshot(`
      "part-b-hit | dme-mac | 2 | - | [hit-plan-of-care, hit-eligibility, hit-visit]
      R HIT_SERVICE: G0069 is a home infusion therapy services code, category 2: Part B HIT benefit, billed to the DME MAC by an eligible DME supplier (2019-2020 temporary transitional payment). <noridian-jddme-ttp-faq temporary transitional payment: eligible DME suppliers bill G0068-G0070 to the DME MAC>
      W 2019-2020 was the temporary transitional payment: one code per category (G0068, G0069, G0070), paid to eligible DME suppliers."
    `);
    expect(answer({ hcpcs: 'G0069' })).toMatchInlineSnapshot(`
      "part-b-hit | ab-mac | 2 | G0089/G0069 | [hit-plan-of-care, hit-eligibility, hit-visit]
      R HIT_SERVICE: G0069 is a home infusion therapy services code, category 2: Part B HIT benefit, billed to the A/B MAC by a qualified HIT supplier. <mln-mm11880 qualified HIT suppliers bill Part B A/B MACs from 2021-01-01>"
    `);
    expect(answer({ hcpcs: 'G0299', setting: 'home' })).toMatchInlineSnapshot(`
      "home-health | ab-mac | - | - | []
      R HOME_HEALTH_VISIT: G0299 is a skilled nursing visit under a home health plan of care, paid under the home health benefit (HH PPS); a visit only to administer a home infusion drug is billed as HIT instead. <bpm-100-02-ch15 §320.4.1: a home health visit unrelated to home infusion therapy is paid under the HH PPS>
      W The home health benefit needs a homebound patient under a home health plan of care; the classifier does not check these."
    `);
  });
});

describe('classify: pump drugs (LCD L33794, A52507) and their HIT category', () => {
  it('no durable pump, a disposable pump, no paired pump, the wrong pump, no device', () => {
    expect(answer({ hcpcs: 'J2260', device: 'gravity', setting: 'home' })).toMatchInlineSnapshot(`
      "part-d | part-d-plan | - | - | []
      R NO_DURABLE_PUMP: J2260 given by gravity drip is not a supply to a covered durable pump: Part B DME has no benefit for it (bill with GY if sent to the DME MAC). <article-a52507 Non-medical necessity coverage: drugs are covered only as a supply to a covered DME pump; drugs billed alone have no benefit>
      R PART_D_DRUG_ONLY: Part D covers the drug only, when it is a Part D drug on the plan formulary; Medicare pays nothing for the pump, supplies or nursing. <medicare-advocacy-part-d-or-b Part D excludes drugs payable under Part A or B as prescribed and dispensed or administered>
      W Part D pays for the drug only: supplies, equipment and nursing are not covered by Part D."
    `);
    expect(answer({ hcpcs: 'J2260', device: 'push', setting: 'home' })).toMatchInlineSnapshot(`
      "part-d | part-d-plan | - | - | []
      R NO_DURABLE_PUMP: J2260 given by IV push or injection is not a supply to a covered durable pump: Part B DME has no benefit for it (bill with GY if sent to the DME MAC). <article-a52507 Non-medical necessity coverage: drugs are covered only as a supply to a covered DME pump; drugs billed alone have no benefit>
      R PART_D_DRUG_ONLY: Part D covers the drug only, when it is a Part D drug on the plan formulary; Medicare pays nothing for the pump, supplies or nursing. <medicare-advocacy-part-d-or-b Part D excludes drugs payable under Part A or B as prescribed and dispensed or administered>
      W Part D pays for the drug only: supplies, equipment and nursing are not covered by Part D."
    `);
    expect(answer({ hcpcs: 'J2260', device: 'elastomeric', setting: 'home' })).toMatchInlineSnapshot(`
      "part-d | part-d-plan | - | - | []
      R DISPOSABLE_DEVICE_NOT_DME: J2260 given through a disposable (elastomeric) pump: the device is not DME and the drug and supplies used with it are not covered by Part B. <article-a52507 Non-medical necessity coverage: disposable drug delivery systems, including elastomeric pumps, are not DME>
      R PART_D_DRUG_ONLY: Part D covers the drug only, when it is a Part D drug on the plan formulary; Medicare pays nothing for the pump, supplies or nursing. <medicare-advocacy-part-d-or-b Part D excludes drugs payable under Part A or B as prescribed and dispensed or administered>
      W Part D pays for the drug only: supplies, equipment and nursing are not covered by Part D."
    `);
    expect(answer({ hcpcs: 'J1562', device: 'external-pump', diagnoses: ['D80.0'], setting: 'home' })).toMatchInlineSnapshot(`
      "not-covered | dme-mac | - | - | [abn]
      R EIP_NO_PAIRED_PUMP: J1562 (Vivaglobin (subcutaneous immune globulin, not in A52507's SCIg pump table)): A52507 pairs no pump with it, so the pump, drug and supplies are expected to be denied as not reasonable and necessary. <article-a52507 Coding Guidelines: SCIg preparation and pump table (E0779 J1555, J1559, J1561, J1569; E0781 J1575; E0779 or E0781 J1551, J1558)>
      W Expect a medical-necessity denial: bill with GA when a valid ABN is on file, GZ otherwise.
      W A52507 pairs each SCIg preparation with its pumps; J1562 is in no row of that table, so no pump is paired with it and a claim for it is expected to be denied as not reasonable and necessary."
    `);
    expect(answer({ hcpcs: 'J1817', device: 'external-pump', setting: 'home' })).toMatchInlineSnapshot(`
      "not-covered | dme-mac | - | - | [abn]
      R EIP_WRONG_PUMP: J1817 (Insulin through an external insulin pump (CSII)) is covered only with E0784; used through a durable external infusion pump, the pump, drug and supplies are denied as not reasonable and necessary. <lcd-l33794 indication IV (E0784 only)>
      W Expect a medical-necessity denial: bill with GA when a valid ABN is on file, GZ otherwise."
    `);
    expect(answer({ hcpcs: 'J2260', setting: 'home' })).toMatchInlineSnapshot(`
      "part-b-dme | dme-mac | 1 | G0088/G0068 | [standard-written-order, proof-of-delivery, medical-record, continued-need, refill-documentation, eip-inotrope]
      R EIP_DRUG_COVERED: J2260 (Dobutamine, dopamine, milrinone (parenteral inotropes, Stage D / NYHA class IV heart failure)) is covered under LCD L33794 indication V(D) as a supply to a covered external infusion pump (E0779, E0780, E0781, E0791): DME benefit, DME MAC. <lcd-l33794 indication V(D)>
      R HIT_ELIGIBLE: J2260 is in HIT services payment category 1. <noridian-jeb-hit-page Overview: infusion drugs assigned to three payment categories>
      W No device given: classified as given through E0779, E0780, E0781, E0791, the pump(s) LCD L33794 allows for J2260.
      W No route given: the HIT category applies only when J2260 is infused intravenous or subcutaneous (BPM ch. 15 §320.7.1).
      W HIT services (G0088 first visit, G0068 later visits) are billed separately to the A/B MAC by a qualified home infusion therapy supplier, not on this DME claim."
    `);
  });
  it('diagnoses: listed, not listed (with the doubt it touches), absent; the date of the LCD revision', () => {
    expect(answer({ hcpcs: 'J1559', device: 'external-pump', route: 'subcutaneous', diagnoses: ['D83.9'], setting: 'home' })).toMatchInlineSnapshot(`
      "part-b-dme | dme-mac | 2 | G0089/G0069 | [standard-written-order, proof-of-delivery, medical-record, continued-need, refill-documentation, eip-subcutaneous-immune-globulin]
      R EIP_DRUG_COVERED: J1559 (Hizentra (subcutaneous immune globulin)) is covered under LCD L33794 indication V(H) as a supply to a covered external infusion pump (E0779): DME benefit, DME MAC. <lcd-l33794 indication V(H): subcutaneous immune globulin, criteria 1-3 and (4) PID or (5) CIDP>
      R EIP_DIAGNOSIS_LISTED: A diagnosis given is in A52507 ICD-10 group 3, 6. <article-a52507 ICD-10-CM Codes that Support Medical Necessity, groups 1-6>
      R HIT_ELIGIBLE: J1559 is in HIT services payment category 2. <noridian-jeb-hit-page Overview: infusion drugs assigned to three payment categories>
      W HIT services (G0089 first visit, G0069 later visits) are billed separately to the A/B MAC by a qualified home infusion therapy supplier, not on this DME claim."
    `);
    expect(answer({ hcpcs: 'J1555', device: 'external-pump', route: 'subcutaneous', diagnoses: ['G61.81'], setting: 'home' })).toMatchInlineSnapshot(`
      "not-covered | dme-mac | - | - | [abn]
      R EIP_DIAGNOSIS_NOT_LISTED: None of the diagnoses given is in A52507 ICD-10 group 3, which LCD L33794 indication V(H) needs: the pump, drug and supplies are denied as not reasonable and necessary. <article-a52507 ICD-10-CM Codes that Support Medical Necessity, groups 1-6>
      W Expect a medical-necessity denial: bill with GA when a valid ABN is on file, GZ otherwise.
      W A52507 names only Hizentra (J1559) for CIDP ('Claims for Hizentra for beneficiaries with CIDP for dates of service on or after July 18, 2021 must be submitted using the HCPCS code J1559'); LCD L33794 criterion V(H)(5) reads more broadly. CIDP is treated as covered for J1559 only: check the current LCD and article before billing another SCIg for CIDP."
    `);
    expect(answer({ hcpcs: 'J1817', device: 'insulin-pump', diagnoses: ['E11.10'], setting: 'home' })).toMatchInlineSnapshot(`
      "not-covered | dme-mac | - | - | [abn]
      R EIP_DIAGNOSIS_NOT_LISTED: None of the diagnoses given is in A52507 ICD-10 group 1, which LCD L33794 indication IV needs: the pump, drug and supplies are denied as not reasonable and necessary. <article-a52507 ICD-10-CM Codes that Support Medical Necessity, groups 1-6>
      W Expect a medical-necessity denial: bill with GA when a valid ABN is on file, GZ otherwise.
      W E11.10 and E11.11 (valid ICD-10-CM codes from 2023-10-01) are not in the A52507 ICD-10 export held for group 1; the current article may list them. Check the current A52507 list before billing with them."
    `);
    expect(answer({ hcpcs: 'J1559', device: 'external-pump', setting: 'home', dateOfService: '2026-01-24' })).toMatchInlineSnapshot(`
      "part-b-dme | dme-mac | 2 | G0089/G0069 | [standard-written-order, proof-of-delivery, medical-record, continued-need, refill-documentation, eip-subcutaneous-immune-globulin]
      R EIP_DRUG_COVERED: J1559 (Hizentra (subcutaneous immune globulin)) is covered under LCD L33794 indication V(H) as a supply to a covered external infusion pump (E0779): DME benefit, DME MAC. <lcd-l33794 indication V(H): subcutaneous immune globulin, criteria 1-3 and (4) PID or (5) CIDP>
      R DIAGNOSIS_NOT_GIVEN: No diagnosis was given: indication V(H) needs one from A52507 ICD-10 group 3, 6. <article-a52507 ICD-10-CM Codes that Support Medical Necessity, groups 1-6>
      R HIT_ELIGIBLE: J1559 is in HIT services payment category 2. <noridian-jeb-hit-page Overview: infusion drugs assigned to three payment categories>
      W Coverage needs a diagnosis from A52507 ICD-10 group 3, 6; none was given.
      W No route given: classified as subcutaneous.
      W The coverage model encodes LCD L33794 and article A52507 as revised effective 2026-01-25; criteria in force on earlier dates may differ.
      W HIT services (G0089 first visit, G0069 later visits) are billed separately to the A/B MAC by a qualified home infusion therapy supplier, not on this DME claim."
    `);
    expect(answer({ hcpcs: 'J1559', device: 'external-pump', setting: 'home', dateOfService: '2026-01-25' })).toMatchInlineSnapshot(`
      "part-b-dme | dme-mac | 2 | G0089/G0069 | [standard-written-order, proof-of-delivery, medical-record, continued-need, refill-documentation, eip-subcutaneous-immune-globulin]
      R EIP_DRUG_COVERED: J1559 (Hizentra (subcutaneous immune globulin)) is covered under LCD L33794 indication V(H) as a supply to a covered external infusion pump (E0779): DME benefit, DME MAC. <lcd-l33794 indication V(H): subcutaneous immune globulin, criteria 1-3 and (4) PID or (5) CIDP>
      R DIAGNOSIS_NOT_GIVEN: No diagnosis was given: indication V(H) needs one from A52507 ICD-10 group 3, 6. <article-a52507 ICD-10-CM Codes that Support Medical Necessity, groups 1-6>
      R HIT_ELIGIBLE: J1559 is in HIT services payment category 2. <noridian-jeb-hit-page Overview: infusion drugs assigned to three payment categories>
      W Coverage needs a diagnosis from A52507 ICD-10 group 3, 6; none was given.
      W No route given: classified as subcutaneous.
      W HIT services (G0089 first visit, G0069 later visits) are billed separately to the A/B MAC by a qualified home infusion therapy supplier, not on this DME claim."
    `);
  });
  it('HIT: before 2019, insulin, a route that is not IV or SC, no category held, 2019-2020, no route', () => {
    expect(answer({ hcpcs: 'J2260', device: 'external-pump', route: 'intravenous', setting: 'home', dateOfService: '2018-12-31' })).toMatchInlineSnapshot(`
      "part-b-dme | dme-mac | - | - | [standard-written-order, proof-of-delivery, medical-record, continued-need, refill-documentation, eip-inotrope]
      R EIP_DRUG_COVERED: J2260 (Dobutamine, dopamine, milrinone (parenteral inotropes, Stage D / NYHA class IV heart failure)) is covered under LCD L33794 indication V(D) as a supply to a covered external infusion pump (E0779, E0780, E0781, E0791): DME benefit, DME MAC. <lcd-l33794 indication V(D)>
      W The coverage model encodes LCD L33794 and article A52507 as revised effective 2026-01-25; criteria in force on earlier dates may differ.
      W Home infusion therapy services were first paid for dates of service from 2019-01-01."
    `);
    expect(answer({ hcpcs: 'J1817', device: 'insulin-pump', diagnoses: ['E10.9'], setting: 'home' })).toMatchInlineSnapshot(`
      "part-b-dme | dme-mac | - | - | [standard-written-order, proof-of-delivery, medical-record, continued-need, refill-documentation, eip-insulin-pump]
      R EIP_DRUG_COVERED: J1817 (Insulin through an external insulin pump (CSII)) is covered under LCD L33794 indication IV as a supply to a covered external infusion pump (E0784): DME benefit, DME MAC. <lcd-l33794 indication IV (E0784 only)>
      R EIP_DIAGNOSIS_LISTED: A diagnosis given is in A52507 ICD-10 group 1. <article-a52507 ICD-10-CM Codes that Support Medical Necessity, groups 1-6>
      R HIT_NOT_ELIGIBLE: Insulin through an insulin pump is not a home infusion drug: no HIT services category. <bpm-100-02-ch15 §320.7: home infusion drugs are given intravenously or subcutaneously and exclude insulin pump systems>
      W No route given: classified as subcutaneous."
    `);
    expect(answer({ hcpcs: 'J2278', device: 'external-pump', route: 'intrathecal', setting: 'home' })).toMatchInlineSnapshot(`
      "part-b-dme | dme-mac | - | - | [standard-written-order, proof-of-delivery, medical-record, continued-need, refill-documentation, eip-other-drug]
      R EIP_DRUG_COVERED: J2278 (Ziconotide (severe chronic pain, intrathecal)) is covered under LCD L33794 indication V(G) as a supply to a covered external infusion pump (E0779, E0780, E0781, E0791): DME benefit, DME MAC. <lcd-l33794 indication V(G)>
      R HIT_NOT_ELIGIBLE: Given by the intrathecal route, J2278 is not a home infusion drug (intravenous or subcutaneous only): no HIT services category. <bpm-100-02-ch15 §320.7.1: pump drugs 'qualify as home infusion drugs as long as they are infused intravenously or subcutaneously'>"
    `);
    expect(answer({ hcpcs: 'J9200', device: 'external-pump', route: 'intravenous', setting: 'home' })).toMatchInlineSnapshot(`
      "part-b-dme | dme-mac | - | - | [standard-written-order, proof-of-delivery, medical-record, continued-need, refill-documentation]
      R EIP_DRUG_COVERED: J9200 (Floxuridine (anticancer chemotherapy by continuous infusion)) is covered under LCD L33794 indication V(A) as a supply to a covered external infusion pump (E0779, E0780, E0781, E0791): DME benefit, DME MAC. <lcd-l33794 indication V(A)>
      R HIT_CATEGORY_NOT_FOUND: No HIT payment category is held for J9200 on this date. <lcd-l33794 indication V(A)>
      W HIT services: no payment category is held for J9200; check CMS's HIT drug list (Claims Processing Manual ch. 32 §411) before billing G-codes."
    `);
    expect(answer({ hcpcs: 'J9200', device: 'external-pump', route: 'intravenous', setting: 'home', dateOfService: '2020-05-01' })).toMatchInlineSnapshot(`
      "part-b-dme | dme-mac | 3 | - | [standard-written-order, proof-of-delivery, medical-record, continued-need, refill-documentation]
      R EIP_DRUG_COVERED: J9200 (Floxuridine (anticancer chemotherapy by continuous infusion)) is covered under LCD L33794 indication V(A) as a supply to a covered external infusion pump (E0779, E0780, E0781, E0791): DME benefit, DME MAC. <lcd-l33794 indication V(A)>
      R HIT_ELIGIBLE: J9200 is in HIT services payment category 3. <ssa-1834u (u)(7)(C)(iii) payment category 3>
      W The coverage model encodes LCD L33794 and article A52507 as revised effective 2026-01-25; criteria in force on earlier dates may differ.
      W 2019-2020 temporary transitional payment: HIT services for category 3 were billed with one code (G0070) by an eligible DME supplier to the DME MAC."
    `);
    expect(answer({ hcpcs: 'J2260', device: 'external-pump', setting: 'home', dateOfService: '2020-12-31' })).toMatchInlineSnapshot(`
      "part-b-dme | dme-mac | 1 | - | [standard-written-order, proof-of-delivery, medical-record, continued-need, refill-documentation, eip-inotrope]
      R EIP_DRUG_COVERED: J2260 (Dobutamine, dopamine, milrinone (parenteral inotropes, Stage D / NYHA class IV heart failure)) is covered under LCD L33794 indication V(D) as a supply to a covered external infusion pump (E0779, E0780, E0781, E0791): DME benefit, DME MAC. <lcd-l33794 indication V(D)>
      R HIT_ELIGIBLE: J2260 is in HIT services payment category 1. <ssa-1834u (u)(7)(C)(i) payment category 1>
      W The coverage model encodes LCD L33794 and article A52507 as revised effective 2026-01-25; criteria in force on earlier dates may differ.
      W 2019-2020 temporary transitional payment: HIT services for category 1 were billed with one code (G0068) by an eligible DME supplier to the DME MAC."
    `);
    expect(answer({ hcpcs: 'J2260', device: 'external-pump', setting: 'home', dateOfService: '2021-01-01' })).toMatchInlineSnapshot(`
      "part-b-dme | dme-mac | 1 | G0088/G0068 | [standard-written-order, proof-of-delivery, medical-record, continued-need, refill-documentation, eip-inotrope]
      R EIP_DRUG_COVERED: J2260 (Dobutamine, dopamine, milrinone (parenteral inotropes, Stage D / NYHA class IV heart failure)) is covered under LCD L33794 indication V(D) as a supply to a covered external infusion pump (E0779, E0780, E0781, E0791): DME benefit, DME MAC. <lcd-l33794 indication V(D)>
      R HIT_ELIGIBLE: J2260 is in HIT services payment category 1. <noridian-jeb-hit-page Overview: infusion drugs assigned to three payment categories>
      W The coverage model encodes LCD L33794 and article A52507 as revised effective 2026-01-25; criteria in force on earlier dates may differ.
      W No route given: the HIT category applies only when J2260 is infused intravenous or subcutaneous (BPM ch. 15 §320.7.1).
      W HIT services (G0088 first visit, G0068 later visits) are billed separately to the A/B MAC by a qualified home infusion therapy supplier, not on this DME claim."
    `);
  });
});

describe('classify: the Jupyter display of an answer', () => {
  const display = (input: Omit<ClassifyInput, 'dateOfService'> & { dateOfService?: string }) =>
    (classify({ dateOfService: D, ...input } as ClassifyInput) as unknown as Record<symbol, () => Record<string, string>>)[JUPYTER_DISPLAY]!()['text/markdown'];
  it('the answer, the reasons with their sources, and the warnings when there are any', () => {
    expect(display({ hcpcs: 'J2260', device: 'external-pump', route: 'intravenous', setting: 'home' })).toMatchInlineSnapshot(`
      "**Classification**

      | Benefit | Bill to | HIT category | HIT codes (initial / subsequent) | Must be on file |
      | --- | --- | --- | --- | --- |
      | part-b-dme | dme-mac | 1 | G0088 / G0068 | standard-written-order, proof-of-delivery, medical-record, continued-need, refill-documentation, eip-inotrope |

      **Why**

      | Reason | Explanation | Source |
      | --- | --- | --- |
      | EIP_DRUG_COVERED | J2260 (Dobutamine, dopamine, milrinone (parenteral inotropes, Stage D / NYHA class IV heart failure)) is covered under LCD L33794 indication V(D) as a supply to a covered external infusion pump (E0779, E0780, E0781, E0791): DME benefit, DME MAC. | LCD L33794 External Infusion Pumps (DME MACs), revision effective 2026-01-25, indication V(D) |
      | HIT_ELIGIBLE | J2260 is in HIT services payment category 1. | Noridian JE Part B: Home Infusion Therapy (HIT) (drug categories and J-codes), Overview: infusion drugs assigned to three payment categories |

      **Warnings**

      | Warning |
      | --- |
      | HIT services (G0088 first visit, G0068 later visits) are billed separately to the A/B MAC by a qualified home infusion therapy supplier, not on this DME claim. |"
    `);
    expect(display({ hcpcs: 'S9500' })).toMatchInlineSnapshot(`
      "**Classification**

      | Benefit | Bill to | HIT category | HIT codes (initial / subsequent) | Must be on file |
      | --- | --- | --- | --- | --- |
      | not-covered |  |  |  |  |

      **Why**

      | Reason | Explanation | Source |
      | --- | --- | --- |
      | S_CODE_NOT_MEDICARE | S9500 is an S-code (HCPCS coverage code I): not payable by Medicare; bill the Medicare-recognised drug, pump, supply or G-codes instead. | CMS October 2025 Alpha-Numeric HCPCS File (HCPC2025_OCT_ANWEB), quarterly update, coverage code I (not payable by Medicare) on 532 of the file's 533 S-codes |"
    `);
  });
});
