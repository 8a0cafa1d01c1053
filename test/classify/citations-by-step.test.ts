/**
 * Which source decides each step of classify's order of precedence (src/classify/decide.ts), and
 * what the answer warns about. The golden table (golden.test.ts) checks the benefit and the deciding
 * reason code; this table checks that each reason cites the source of its step and that the warnings
 * a user relies on are there, so a step that cited the wrong rule or dropped a warning fails.
 * (Written for mutation testing, docs/mutation.md: most of these strings and citations were checked by
 * no test before.)
 */
import { describe, expect, it } from 'vitest';
import { classify } from '../../src/classify/classify.js';
import type { ClassifyInput } from '../../src/classify/types.js';

const D = '2026-03-02';
const PART_D_ONLY = 'Part D pays for the drug only: supplies, equipment and nursing are not covered by Part D.';
const EXPECT_DENIAL = 'Expect a medical-necessity denial: bill with GA when a valid ABN is on file, GZ otherwise.';
const PERMANENCE = 'Coverage needs the test of permanence: the record must show an impairment of long and indefinite duration.';

interface Row {
  /** The rule, in the source's words or close to them. */
  readonly rule: string;
  readonly input: Omit<ClassifyInput, 'dateOfService'>;
  readonly benefit: string;
  /** Each reason as `CODE@source-id`, with the start of the cited section where the step names one. */
  readonly reasons: readonly string[];
  readonly warnings: readonly string[];
}

const ROWS: Row[] = [
  { rule: 'HCPCS file: S-codes have coverage code I, not payable by Medicare', input: { hcpcs: 'S9500' }, benefit: 'not-covered', reasons: ['S_CODE_NOT_MEDICARE@hcpcs-2025-oct-anweb'], warnings: [] },
  { rule: 'BPM ch. 15 §120 A: PN is a prosthetic device; a SNF resident outside a Part A stay may get it from the DME MAC', input: { hcpcs: 'B4189', setting: 'snf' }, benefit: 'part-b-pn', reasons: ['PN_PROSTHETIC_DEVICE@bpm-100-02-ch15:§120 A'], warnings: [PERMANENCE] },
  { rule: 'BPM ch. 15 §110.1 D: a SNF is not the home for DME; Part D covers the drug only', input: { hcpcs: 'J2260', setting: 'snf' }, benefit: 'part-d', reasons: ['SNF_NOT_HOME@bpm-100-02-ch15:§110.1 D', 'PART_D_DRUG_ONLY@medicare-advocacy-part-d-or-b'], warnings: [] },
  { rule: 'BPM ch. 15 §320.4: for HIT, home excludes hospitals, CAHs and SNFs', input: { hcpcs: 'G0068', setting: 'snf' }, benefit: 'not-covered', reasons: ['SNF_NOT_HOME@bpm-100-02-ch15:§320.4'], warnings: [] },
  { rule: 'BPM ch. 15 §110.1 D: a SNF is not the home for a DME pump', input: { hcpcs: 'E0781', setting: 'snf' }, benefit: 'not-covered', reasons: ['SNF_NOT_HOME@bpm-100-02-ch15:§110.1 D'], warnings: [] },
  { rule: 'A52507: implantable pumps go to the A/B MAC, in any setting', input: { hcpcs: 'E0783', setting: 'practitioner-office' }, benefit: 'part-b-incident-to', reasons: ['IMPLANTED_PUMP@article-a52507'], warnings: [] },
  { rule: 'BPM ch. 15 §120 A: PN in an outpatient facility; the pump and pole there are not separately payable', input: { hcpcs: 'B4189', setting: 'hospital' }, benefit: 'part-b-pn', reasons: ['PN_PROSTHETIC_DEVICE@bpm-100-02-ch15:§120 A'], warnings: ['Parenteral nutrition given in an outpatient facility: the pump and IV pole used there are not separately payable.', PERMANENCE] },
  { rule: 'BPM ch. 15 §320.4: HIT is paid only in the home', input: { hcpcs: 'G0068', setting: 'practitioner-office' }, benefit: 'not-covered', reasons: ['NOT_IN_HOME@bpm-100-02-ch15:§320.4'], warnings: [] },
  { rule: 'BPM ch. 15 §50.6: Q2052 is the home IVIG items and services payment', input: { hcpcs: 'Q2052', setting: 'practitioner-office' }, benefit: 'not-covered', reasons: ['NOT_IN_HOME@bpm-100-02-ch15:§50.6'], warnings: [] },
  { rule: 'A52507: a DME pump used in the office is not separately billable as DME', input: { hcpcs: 'E0781', setting: 'practitioner-office' }, benefit: 'not-covered', reasons: ['NOT_SEPARATELY_BILLABLE@article-a52507'], warnings: [] },
  { rule: 'A52507: a drug given through an implanted pump goes to the A/B MAC', input: { hcpcs: 'J2260', setting: 'home', device: 'implanted-pump' }, benefit: 'part-b-incident-to', reasons: ['IMPLANTED_PUMP@article-a52507'], warnings: [] },
  { rule: 'NCD 280.14 C.1: vancomycin through an external pump is nationally non-covered', input: { hcpcs: 'J3370', setting: 'home', device: 'external-pump' }, benefit: 'part-d', reasons: ['EIP_EXCLUDED_DRUG@ncd-280.14:C.1', 'PART_D_DRUG_ONLY@medicare-advocacy-part-d-or-b'], warnings: [PART_D_ONLY] },
  { rule: 'A52507: drugs are covered only as a supply to a covered pump; by gravity there is none', input: { hcpcs: 'J0696', setting: 'home', device: 'gravity' }, benefit: 'part-d', reasons: ['NO_DURABLE_PUMP@article-a52507', 'PART_D_DRUG_ONLY@medicare-advocacy-part-d-or-b'], warnings: [PART_D_ONLY] },
  { rule: 'A52507: disposable (elastomeric) pumps are not DME', input: { hcpcs: 'J0696', setting: 'home', device: 'elastomeric' }, benefit: 'part-d', reasons: ['DISPOSABLE_DEVICE_NOT_DME@article-a52507', 'PART_D_DRUG_ONLY@medicare-advocacy-part-d-or-b'], warnings: [PART_D_ONLY] },
  { rule: 'LCD L33794 GENERAL: compounded drugs through a pump are not reasonable and necessary', input: { hcpcs: 'J7999', setting: 'home' }, benefit: 'not-covered', reasons: ['EIP_COMPOUNDED_NOT_COVERED@lcd-l33794:GENERAL'], warnings: ['Expect a medical-necessity denial: bill with GA when a valid ABN is on file, GZ otherwise; the claim must carry the SWO information and the amount dispensed.'] },
  { rule: 'A52507: a supply is coded for the pump it is used with', input: { hcpcs: 'A4222', setting: 'home', device: 'insulin-pump' }, benefit: 'not-covered', reasons: ['EIP_WRONG_PUMP@article-a52507'], warnings: [] },
  { rule: 'BPM ch. 15 §50.6: home IVIG needs a listed primary immune deficiency', input: { hcpcs: 'J1459', setting: 'home', diagnoses: ['E11.9'] }, benefit: 'part-d', reasons: ['IVIG_DIAGNOSIS_NOT_PID@bpm-100-02-ch15:§50.6', 'PART_D_DRUG_ONLY@medicare-advocacy-part-d-or-b'], warnings: [PART_D_ONLY] },
  { rule: 'BPM ch. 15 §50.6: Q2052 only with a covered home IVIG drug', input: { hcpcs: 'Q2052', setting: 'home', diagnoses: ['E11.9'] }, benefit: 'not-covered', reasons: ['IVIG_DIAGNOSIS_NOT_PID@bpm-100-02-ch15:§50.6'], warnings: [] },
  { rule: 'BPM ch. 15 §120 A: PN at home, with the test of permanence', input: { hcpcs: 'B4189', setting: 'home' }, benefit: 'part-b-pn', reasons: ['PN_PROSTHETIC_DEVICE@bpm-100-02-ch15:§120 A'], warnings: ['Coverage needs the test of permanence: the record must show an impairment of long and indefinite duration; without it the solutions fall to Part D.'] },
  { rule: 'BPM ch. 15 §320.4.1: a home health nursing visit is paid under the HH PPS', input: { hcpcs: 'G0299', setting: 'home' }, benefit: 'home-health', reasons: ['HOME_HEALTH_VISIT@bpm-100-02-ch15:§320.4.1'], warnings: ['The home health benefit needs a homebound patient under a home health plan of care; the classifier does not check these.'] },
  { rule: 'A52507: J1562 is in no row of the SCIg pump table', input: { hcpcs: 'J1562', setting: 'home', device: 'external-pump', route: 'subcutaneous' }, benefit: 'not-covered', reasons: ['EIP_NO_PAIRED_PUMP@article-a52507:Coding Guidelines'], warnings: [EXPECT_DENIAL, 'A52507 pairs each SCIg preparation with its pumps; J1562 is in no row of that table, so no pump is paired with it and a claim for it is expected to be denied as not reasonable and necessary.'] },
  { rule: 'LCD L33794 V(D): milrinone only with its external pumps', input: { hcpcs: 'J2260', setting: 'home', device: 'insulin-pump' }, benefit: 'not-covered', reasons: ['EIP_WRONG_PUMP@lcd-l33794:indication V(D)'], warnings: [EXPECT_DENIAL] },
  { rule: 'A52507 group 1: E11.10 is not in the export held; the doubt is said', input: { hcpcs: 'J1817', setting: 'home', device: 'insulin-pump', diagnoses: ['E11.10'] }, benefit: 'not-covered', reasons: ['EIP_DIAGNOSIS_NOT_LISTED@article-a52507:ICD-10-CM Codes'], warnings: [EXPECT_DENIAL, 'E11.10 and E11.11 (valid ICD-10-CM codes from 2023-10-01) are not in the A52507 ICD-10 export held for group 1; the current article may list them. Check the current A52507 list before billing with them.'] },
  { rule: '42 CFR 418.200: hospice elected, item unrelated: classified as for any patient, with a warning', input: { hcpcs: 'J2260', setting: 'home', device: 'external-pump', route: 'intravenous', hospice: 'unrelated' }, benefit: 'part-b-dme', reasons: ['HOSPICE_UNRELATED@cfr-42-418.200:§418.200', 'EIP_DRUG_COVERED@lcd-l33794:indication V(D)', 'HIT_ELIGIBLE@noridian-jeb-hit-page'], warnings: ['Hospice election on file: make sure the record shows the item is unrelated to the terminal illness and related conditions.', 'HIT services (G0088 first visit, G0068 later visits) are billed separately to the A/B MAC by a qualified home infusion therapy supplier, not on this DME claim.'] },
  { rule: 'J1569 without a device or route is home IVIG (BPM ch. 15 §50.6: no pump is needed)', input: { hcpcs: 'J1569', setting: 'home', diagnoses: ['D83.9'] }, benefit: 'part-b-ivig', reasons: ['IVIG_HOME_PID@bpm-100-02-ch15:§50.6'], warnings: ['The items and services to give the IVIG at home (nursing, supplies) are billed separately as Q2052 by the supplier of the drug.'] },
  { rule: 'J1569 through an external pump is SCIg under LCD L33794 V(H)', input: { hcpcs: 'J1569', setting: 'home', device: 'external-pump', diagnoses: ['D83.9'] }, benefit: 'part-b-dme', reasons: ['EIP_DRUG_COVERED@lcd-l33794:indication V(H)', 'EIP_DIAGNOSIS_LISTED@article-a52507:ICD-10-CM Codes', 'HIT_ELIGIBLE@noridian-jeb-hit-page'], warnings: ['No route given: classified as subcutaneous.', 'HIT services (G0089 first visit, G0069 later visits) are billed separately to the A/B MAC by a qualified home infusion therapy supplier, not on this DME claim.'] },
  { rule: 'J1569 given subcutaneously, no device: the pump LCD L33794 allows is assumed and named', input: { hcpcs: 'J1569', setting: 'home', route: 'subcutaneous', diagnoses: ['D83.9'] }, benefit: 'part-b-dme', reasons: ['EIP_DRUG_COVERED@lcd-l33794:indication V(H)', 'EIP_DIAGNOSIS_LISTED@article-a52507:ICD-10-CM Codes', 'HIT_ELIGIBLE@noridian-jeb-hit-page'], warnings: ['No device given: classified as given through E0779, the pump(s) LCD L33794 allows for J1569.', 'HIT services (G0089 first visit, G0069 later visits) are billed separately to the A/B MAC by a qualified home infusion therapy supplier, not on this DME claim.'] },
];

describe('classify: the source of each step, and its warnings', () => {
  for (const row of ROWS) {
    it(`${row.input.hcpcs}: ${row.rule}`, () => {
      const c = classify({ dateOfService: D, ...row.input });
      expect(c.benefit).toBe(row.benefit);
      expect(c.reasons.length).toBe(row.reasons.length);
      row.reasons.forEach((expected, i) => {
        const [code, cite] = expected.split('@') as [string, string];
        const [id, section] = cite.split(':') as [string, string | undefined];
        const r = c.reasons[i]!;
        expect(r.code).toBe(code);
        expect(r.citation?.id).toBe(id);
        if (section) expect(r.citation?.section ?? '').toMatch(new RegExp(`^${section.replace(/[.()§]/g, '\\$&')}`));
      });
      expect(c.warnings).toEqual(row.warnings);
    });
  }
});
