/**
 * Golden scenarios for the benefit classifier. Each row: the input, the expected benefit,
 * bill-to, HIT category, the reason code that decides it, and where the rule comes from.
 * Unless stated, the date of service is 2026-03-02 (after the LCD L33794 revision of 2026-01-25).
 */
import { describe, expect, it } from 'vitest';
import { classify } from '../../src/classify/classify.js';
import type { ClassifyInput } from '../../src/classify/types.js';
import { BENEFITS } from '../../src/core/benefit.js';

const D = '2026-03-02';

interface Golden {
  name: string;
  input: Omit<ClassifyInput, 'dateOfService'> & { dateOfService?: string };
  benefit: string;
  billTo?: string;
  hitCategory?: 1 | 2 | 3;
  hitCodes?: { initial: string; subsequent: string };
  decidedBy: string;
  source: string;
}

const home = { setting: 'home' } as const;

const GOLDEN: Golden[] = [
  // Inotropes, LCD L33794 V(D); HIT category 1 (SSA §1834(u)(7)(C)(i)); G0088/G0068 from 2021.
  { name: 'milrinone by external pump at home', input: { hcpcs: 'J2260', device: 'external-pump', route: 'intravenous', ...home }, benefit: 'part-b-dme', billTo: 'dme-mac', hitCategory: 1, hitCodes: { initial: 'G0088', subsequent: 'G0068' }, decidedBy: 'EIP_DRUG_COVERED', source: 'LCD L33794 V(D); SSA §1834(u)(7)(C)(i)' },
  { name: 'milrinone started in the practitioner office', input: { hcpcs: 'J2260', device: 'external-pump', setting: 'practitioner-office' }, benefit: 'part-b-incident-to', billTo: 'ab-mac', decidedBy: 'INCIDENT_TO_OFFICE', source: 'A52507 non-medical necessity rules' },
  { name: 'milrinone during a Part A SNF stay', input: { hcpcs: 'J2260', setting: 'snf', partAStay: true }, benefit: 'snf-part-a', billTo: 'snf', decidedBy: 'SNF_PART_A_STAY', source: 'BPM ch.15 §10' },
  { name: 'milrinone for a SNF resident outside a Part A stay', input: { hcpcs: 'J2260', device: 'external-pump', setting: 'snf' }, benefit: 'part-d', billTo: 'part-d-plan', decidedBy: 'SNF_NOT_HOME', source: 'BPM ch.15 §110.1 D (a SNF is not the home for DME)' },
  { name: 'milrinone during a Part A hospital stay', input: { hcpcs: 'J2260', setting: 'hospital', partAStay: true }, benefit: 'not-covered', decidedBy: 'INPATIENT_PART_A_STAY', source: 'BPM ch.15 §10' },
  { name: 'milrinone in the hospital outpatient department', input: { hcpcs: 'J2260', setting: 'hospital' }, benefit: 'part-b-incident-to', billTo: 'ab-mac', decidedBy: 'INCIDENT_TO_HOSPITAL_OUTPATIENT', source: 'BPM ch.15 §60 B' },
  { name: 'milrinone for a hospice patient, related to the terminal illness', input: { hcpcs: 'J2260', device: 'external-pump', hospice: 'related', ...home }, benefit: 'hospice', billTo: 'hospice', decidedBy: 'HOSPICE_RELATED', source: '42 CFR 418.200' },
  { name: 'milrinone for a hospice patient, unrelated to the terminal illness', input: { hcpcs: 'J2260', device: 'external-pump', hospice: 'unrelated', ...home }, benefit: 'part-b-dme', billTo: 'dme-mac', hitCategory: 1, decidedBy: 'HOSPICE_UNRELATED', source: '42 CFR 418.200; LCD L33794 V(D)' },
  // Anti-infectives not in the LCD: Part D, drug only.
  { name: 'ceftriaxone by gravity at home', input: { hcpcs: 'J0696', device: 'gravity', route: 'intravenous', ...home }, benefit: 'part-d', billTo: 'part-d-plan', decidedBy: 'NO_DURABLE_PUMP', source: 'A52507: drugs only as a supply to a covered pump' },
  { name: 'ceftriaxone through an external pump at home (not an LCD drug)', input: { hcpcs: 'J0696', device: 'external-pump', ...home }, benefit: 'part-d', billTo: 'part-d-plan', decidedBy: 'NO_DURABLE_PUMP', source: 'LCD L33794 V(C) lists acyclovir, foscarnet, amphotericin B, ganciclovir only' },
  { name: 'acyclovir through an elastomeric pump', input: { hcpcs: 'J0133', device: 'elastomeric', ...home }, benefit: 'part-d', billTo: 'part-d-plan', decidedBy: 'DISPOSABLE_DEVICE_NOT_DME', source: 'A52507: disposable drug delivery systems are not DME' },
  { name: 'acyclovir by external pump', input: { hcpcs: 'J0133', device: 'external-pump', route: 'intravenous', ...home }, benefit: 'part-b-dme', billTo: 'dme-mac', hitCategory: 1, decidedBy: 'EIP_DRUG_COVERED', source: 'LCD L33794 V(C)' },
  { name: 'vancomycin through an external pump', input: { hcpcs: 'J3370', device: 'external-pump', ...home }, benefit: 'part-d', billTo: 'part-d-plan', decidedBy: 'EIP_EXCLUDED_DRUG', source: 'NCD 280.14 C.1' },
  { name: 'heparin through an external pump at home', input: { hcpcs: 'J1644', device: 'external-pump', ...home }, benefit: 'part-d', billTo: 'part-d-plan', decidedBy: 'EIP_EXCLUDED_DRUG', source: 'LCD L33794 GENERAL; NCD 280.14 B.1.b' },
  { name: 'meperidine through an external pump', input: { hcpcs: 'J2175', device: 'external-pump', ...home }, benefit: 'part-d', billTo: 'part-d-plan', decidedBy: 'EIP_EXCLUDED_DRUG', source: 'LCD L33794 V(B): except meperidine' },
  { name: 'hydromorphone through an external pump', input: { hcpcs: 'J1170', device: 'external-pump', route: 'intravenous', ...home }, benefit: 'part-b-dme', billTo: 'dme-mac', hitCategory: 1, decidedBy: 'EIP_DRUG_COVERED', source: 'LCD L33794 V(B); SSA §1834(u)(7)(C)(i)' },
  { name: 'compounded drug J7999 through an external pump', input: { hcpcs: 'J7999', device: 'external-pump', ...home }, benefit: 'not-covered', billTo: 'dme-mac', decidedBy: 'EIP_COMPOUNDED_NOT_COVERED', source: 'LCD L33794 GENERAL' },
  // Subcutaneous immune globulin, V(H), A52507 groups 3 (PID) and 6 (CIDP from 2021-07-18).
  { name: 'Hizentra by pump for CVID', input: { hcpcs: 'J1559', device: 'external-pump', route: 'subcutaneous', diagnoses: ['D83.9'], ...home }, benefit: 'part-b-dme', billTo: 'dme-mac', hitCategory: 2, hitCodes: { initial: 'G0089', subsequent: 'G0069' }, decidedBy: 'EIP_DIAGNOSIS_LISTED', source: 'LCD L33794 V(H); A52507 group 3' },
  { name: 'Hizentra by pump for CIDP', input: { hcpcs: 'J1559', device: 'external-pump', diagnoses: ['g6181'], ...home }, benefit: 'part-b-dme', billTo: 'dme-mac', hitCategory: 2, decidedBy: 'EIP_DIAGNOSIS_LISTED', source: 'A52507 group 6; CIDP from 2021-07-18' },
  { name: 'Hizentra for CIDP the day before CIDP coverage began', input: { hcpcs: 'J1559', dateOfService: '2021-07-17', device: 'external-pump', diagnoses: ['G61.81'], ...home }, benefit: 'not-covered', billTo: 'dme-mac', decidedBy: 'EIP_DIAGNOSIS_NOT_LISTED', source: 'A52507: Hizentra for CIDP from 2021-07-18' },
  { name: 'Hizentra by pump without a diagnosis', input: { hcpcs: 'J1559', device: 'external-pump', ...home }, benefit: 'part-b-dme', billTo: 'dme-mac', hitCategory: 2, decidedBy: 'DIAGNOSIS_NOT_GIVEN', source: 'documented policy: absent diagnosis warns' },
  { name: 'Hizentra by pump for type 2 diabetes', input: { hcpcs: 'J1559', device: 'external-pump', diagnoses: ['E11.9'], ...home }, benefit: 'not-covered', billTo: 'dme-mac', decidedBy: 'EIP_DIAGNOSIS_NOT_LISTED', source: 'A52507 groups 3 and 6' },
  { name: 'Gammagard given subcutaneously by pump', input: { hcpcs: 'J1569', device: 'external-pump', route: 'subcutaneous', diagnoses: ['D80.0'], ...home }, benefit: 'part-b-dme', billTo: 'dme-mac', hitCategory: 2, decidedBy: 'EIP_DRUG_COVERED', source: 'A52507 SCIg pump table (E0779)' },
  { name: 'Xembify in 2020, before its HIT category', input: { hcpcs: 'J1558', dateOfService: '2020-12-15', device: 'external-pump', diagnoses: ['D80.0'], ...home }, benefit: 'part-b-dme', billTo: 'dme-mac', decidedBy: 'HIT_CATEGORY_NOT_FOUND', source: 'Noridian JE HIT page (category 2 list); statute list lacks J1558' },
  { name: 'Cutaquig by pump', input: { hcpcs: 'J1551', device: 'external-pump', diagnoses: ['D80.3'], ...home }, benefit: 'part-b-dme', billTo: 'dme-mac', hitCategory: 2, decidedBy: 'HIT_ELIGIBLE', source: 'Noridian JE HIT page' },
  // Home IVIG, BPM ch.15 §50.6.
  { name: 'Gammagard given intravenously at home for PID', input: { hcpcs: 'J1569', route: 'intravenous', diagnoses: ['D800'], ...home }, benefit: 'part-b-ivig', billTo: 'dme-mac', decidedBy: 'IVIG_HOME_PID', source: 'BPM ch.15 §50.6' },
  { name: 'Privigen at home for PID through a pump (no DME needed)', input: { hcpcs: 'J1459', device: 'external-pump', diagnoses: ['D81.82'], ...home }, benefit: 'part-b-ivig', billTo: 'dme-mac', decidedBy: 'IVIG_HOME_PID', source: 'BPM ch.15 §50.6 (Rev. 12352 lists D81.82)' },
  { name: 'Privigen at home for nonfamilial hypogammaglobulinemia (not on the list)', input: { hcpcs: 'J1459', route: 'intravenous', diagnoses: ['D80.1'], ...home }, benefit: 'part-d', billTo: 'part-d-plan', decidedBy: 'IVIG_DIAGNOSIS_NOT_PID', source: 'BPM ch.15 §50.6 list' },
  { name: 'Privigen given subcutaneously', input: { hcpcs: 'J1459', route: 'subcutaneous', diagnoses: ['D80.0'], ...home }, benefit: 'part-d', billTo: 'part-d-plan', decidedBy: 'ROUTE_NOT_COVERED', source: 'LCD L33794 V(H): only products labeled for subcutaneous use' },
  { name: 'Q2052 home IVIG items and services', input: { hcpcs: 'Q2052', diagnoses: ['D83.9'], ...home }, benefit: 'part-b-ivig-services', billTo: 'dme-mac', decidedBy: 'IVIG_SERVICES', source: 'BPM ch.15 §50.6 (permanent benefit from 2024-01-01)' },
  { name: 'Q2052 in the practitioner office', input: { hcpcs: 'Q2052', setting: 'practitioner-office' }, benefit: 'not-covered', decidedBy: 'NOT_IN_HOME', source: 'BPM ch.15 §50.6 (in the home)' },
  // Insulin, IV: E0784 only, never HIT.
  { name: 'insulin through an insulin pump', input: { hcpcs: 'J1817', device: 'insulin-pump', diagnoses: ['E10.9'], ...home }, benefit: 'part-b-dme', billTo: 'dme-mac', decidedBy: 'HIT_NOT_ELIGIBLE', source: 'LCD L33794 IV; BPM ch.15 §320.7' },
  { name: 'insulin through a non-insulin external pump', input: { hcpcs: 'J1817', device: 'external-pump', ...home }, benefit: 'not-covered', billTo: 'dme-mac', decidedBy: 'EIP_WRONG_PUMP', source: 'LCD L33794 IV: E0784 only' },
  { name: 'insulin by syringe', input: { hcpcs: 'J1817', device: 'push', ...home }, benefit: 'part-d', billTo: 'part-d-plan', decidedBy: 'NO_DURABLE_PUMP', source: 'A52507: drugs only with a covered pump' },
  { name: 'Lyumjev through an insulin pump', input: { hcpcs: 'J1813', device: 'insulin-pump', diagnoses: ['E11.65'], ...home }, benefit: 'part-b-dme', billTo: 'dme-mac', decidedBy: 'EIP_DIAGNOSIS_LISTED', source: 'A52507 group 1' },
  // Pulmonary hypertension, V(E): K0455 only.
  { name: 'epoprostenol through an external pump', input: { hcpcs: 'J1325', device: 'external-pump', route: 'intravenous', ...home }, benefit: 'part-b-dme', billTo: 'dme-mac', hitCategory: 1, decidedBy: 'EIP_DRUG_COVERED', source: 'LCD L33794 V(E)' },
  { name: 'treprostinil through an insulin pump', input: { hcpcs: 'J3285', device: 'insulin-pump', ...home }, benefit: 'not-covered', billTo: 'dme-mac', decidedBy: 'EIP_WRONG_PUMP', source: 'LCD L33794 V(E): K0455 only' },
  // Chemotherapy and blinatumomab, category 3.
  { name: 'blinatumomab for ALL', input: { hcpcs: 'J9039', device: 'external-pump', route: 'intravenous', diagnoses: ['C91.00'], ...home }, benefit: 'part-b-dme', billTo: 'dme-mac', hitCategory: 3, hitCodes: { initial: 'G0090', subsequent: 'G0070' }, decidedBy: 'EIP_DIAGNOSIS_LISTED', source: 'LCD L33794 V(J); A52507 group 5' },
  { name: 'fluorouracil by continuous infusion', input: { hcpcs: 'J9190', device: 'external-pump', route: 'intravenous', ...home }, benefit: 'part-b-dme', billTo: 'dme-mac', hitCategory: 3, decidedBy: 'EIP_DRUG_COVERED', source: 'LCD L33794 V(A); SSA §1834(u)(7)(C)(iii)' },
  { name: 'floxuridine in 2026 (no HIT category held from 2021)', input: { hcpcs: 'J9200', device: 'external-pump', route: 'intravenous', ...home }, benefit: 'part-b-dme', billTo: 'dme-mac', decidedBy: 'HIT_CATEGORY_NOT_FOUND', source: 'Noridian JE list omits J9200' },
  { name: 'floxuridine in 2020 (transitional payment category 3)', input: { hcpcs: 'J9200', dateOfService: '2020-05-01', device: 'external-pump', route: 'intravenous', ...home }, benefit: 'part-b-dme', billTo: 'dme-mac', hitCategory: 3, decidedBy: 'HIT_ELIGIBLE', source: 'SSA §1834(u)(7)(C)(iii)' },
  // Other indications.
  { name: 'ziconotide intrathecal through an external pump', input: { hcpcs: 'J2278', device: 'external-pump', route: 'intrathecal', ...home }, benefit: 'part-b-dme', billTo: 'dme-mac', decidedBy: 'HIT_NOT_ELIGIBLE', source: 'LCD L33794 V(G); BPM ch.15 §320.7 (IV or SC only)' },
  { name: 'carbidopa/levodopa enteral suspension for Parkinson disease', input: { hcpcs: 'J7340', device: 'external-pump', diagnoses: ['G20.A2'], ...home }, benefit: 'part-b-dme', billTo: 'dme-mac', decidedBy: 'HIT_NOT_ELIGIBLE', source: 'LCD L33794 V(I); A52507 group 4' },
  { name: 'foscarbidopa/foslevodopa for Parkinson disease', input: { hcpcs: 'J7356', device: 'external-pump', diagnoses: ['G20.B2'], ...home }, benefit: 'part-b-dme', billTo: 'dme-mac', decidedBy: 'HIT_CATEGORY_NOT_FOUND', source: 'A52507: J7356 from 2025-07-01' },
  { name: 'gallium nitrate in 2025 for hypercalcemia', input: { hcpcs: 'J1457', dateOfService: '2025-06-01', device: 'external-pump', diagnoses: ['E83.52'], ...home }, benefit: 'part-b-dme', billTo: 'dme-mac', hitCategory: 1, decidedBy: 'EIP_DIAGNOSIS_LISTED', source: 'LCD L33794 V(F); A52507 group 2' },
  { name: 'morphine through an implanted pump', input: { hcpcs: 'J2274', device: 'implanted-pump', route: 'intrathecal', ...home }, benefit: 'part-b-incident-to', billTo: 'ab-mac', decidedBy: 'IMPLANTED_PUMP', source: 'A52507: implantable pumps go to the A/B MAC' },
  // Pumps, supplies, devices.
  { name: 'external infusion pump E0779', input: { hcpcs: 'E0779', ...home }, benefit: 'part-b-dme', billTo: 'dme-mac', decidedBy: 'EIP_PUMP_COVERED', source: 'A52507: SSA §1861(s)(6)' },
  { name: 'pump E0779 taken home from the office', input: { hcpcs: 'E0779', setting: 'practitioner-office' }, benefit: 'not-covered', decidedBy: 'NOT_SEPARATELY_BILLABLE', source: 'A52507: rejected as wrong jurisdiction' },
  { name: 'implantable pump E0783', input: { hcpcs: 'E0783', ...home }, benefit: 'part-b-incident-to', billTo: 'ab-mac', decidedBy: 'IMPLANTED_PUMP', source: 'A52507' },
  { name: 'A4221 supplies with an insulin pump', input: { hcpcs: 'A4221', device: 'insulin-pump', ...home }, benefit: 'not-covered', billTo: 'dme-mac', decidedBy: 'EIP_WRONG_PUMP', source: 'A52507 supply table' },
  { name: 'A4224 supplies with an insulin pump', input: { hcpcs: 'A4224', device: 'insulin-pump', ...home }, benefit: 'part-b-dme', billTo: 'dme-mac', decidedBy: 'EIP_SUPPLY_COVERED', source: 'A52507 supply table' },
  { name: 'elastomeric device A4305', input: { hcpcs: 'A4305', ...home }, benefit: 'not-covered', decidedBy: 'DISPOSABLE_DEVICE_NOT_DME', source: 'A52507' },
  // Parenteral nutrition, prosthetic device benefit.
  { name: 'parenteral nutrition premix at home', input: { hcpcs: 'B4189', ...home }, benefit: 'part-b-pn', billTo: 'dme-mac', decidedBy: 'PN_PROSTHETIC_DEVICE', source: 'BPM ch.15 §120' },
  { name: 'parenteral nutrition during a Part A SNF stay', input: { hcpcs: 'B4189', setting: 'snf', partAStay: true }, benefit: 'snf-part-a', billTo: 'snf', decidedBy: 'SNF_PART_A_STAY', source: 'BPM ch.15 §10' },
  { name: 'parenteral nutrition in a SNF outside a Part A stay', input: { hcpcs: 'B9004', setting: 'snf' }, benefit: 'part-b-pn', billTo: 'dme-mac', decidedBy: 'PN_PROSTHETIC_DEVICE', source: 'BPM ch.15 §120' },
  // HIT services and home health.
  { name: 'G0088 first HIT visit at home', input: { hcpcs: 'G0088', ...home }, benefit: 'part-b-hit', billTo: 'ab-mac', hitCategory: 1, hitCodes: { initial: 'G0088', subsequent: 'G0068' }, decidedBy: 'HIT_SERVICE', source: 'BPM ch.15 §320.8.3' },
  { name: 'G0069 HIT visit in a SNF', input: { hcpcs: 'G0069', setting: 'snf' }, benefit: 'not-covered', decidedBy: 'SNF_NOT_HOME', source: 'BPM ch.15 §320.4' },
  { name: 'G0068 in 2020 (transitional payment, one code, DME MAC)', input: { hcpcs: 'G0068', dateOfService: '2020-06-01', ...home }, benefit: 'part-b-hit', billTo: 'dme-mac', hitCategory: 1, decidedBy: 'HIT_SERVICE', source: 'SSA §1834(u)(7); Joint DME MAC TTP FAQ: eligible DME suppliers bill the DME MAC' },
  { name: 'G0299 home health nursing visit', input: { hcpcs: 'G0299', ...home }, benefit: 'home-health', billTo: 'ab-mac', decidedBy: 'HOME_HEALTH_VISIT', source: 'BPM ch.15 §320.4.1' },
  // Codes the catalog files under Part D or as not payable (no specific rule in the table).
  { name: 'cefepime by gravity at home (catalog Part D drug)', input: { hcpcs: 'J0692', device: 'gravity', ...home }, benefit: 'part-d', billTo: 'part-d-plan', decidedBy: 'PART_D_DRUG_ONLY', source: 'catalog record (Part D home-infused drugs)' },
  { name: 'cefepime started in the office', input: { hcpcs: 'J0692', setting: 'practitioner-office' }, benefit: 'part-b-incident-to', billTo: 'ab-mac', decidedBy: 'INCIDENT_TO_OFFICE', source: 'A52507' },
  { name: 'CPT 99601 home infusion visit', input: { hcpcs: '99601', ...home }, benefit: 'not-covered', decidedBy: 'NOT_PAYABLE_BY_MEDICARE', source: 'catalog record (CPT, not payable by Medicare)' },
  // S-codes.
  { name: 'S9500 per diem', input: { hcpcs: 'S9500', ...home }, benefit: 'not-covered', decidedBy: 'S_CODE_NOT_MEDICARE', source: 'HCPCS coverage code I' },
  { name: 'S9338 per diem for a hospice patient', input: { hcpcs: 's9338', hospice: 'related', ...home }, benefit: 'not-covered', decidedBy: 'S_CODE_NOT_MEDICARE', source: 'HCPCS coverage code I' },
];

describe('classify: golden scenarios', () => {
  it('holds at least 40 scenarios, each traced to a source', () => {
    expect(GOLDEN.length).toBeGreaterThanOrEqual(40);
    for (const g of GOLDEN) expect(g.source.length).toBeGreaterThan(3);
  });

  it('reaches every benefit', () => {
    expect(new Set(GOLDEN.map((g) => g.benefit))).toEqual(new Set(BENEFITS));
  });

  for (const g of GOLDEN) {
    it(g.name, () => {
      const result = classify({ dateOfService: D, ...g.input } as ClassifyInput);
      expect(result.benefit).toBe(g.benefit);
      expect(result.billTo).toBe(g.billTo);
      expect(result.hitCategory).toBe(g.hitCategory);
      if (g.hitCodes) expect(result.hitCodes).toEqual(g.hitCodes);
      // No G-code pair without a category, nor before the permanent benefit (2021-01-01).
      if (g.hitCategory === undefined || (g.input.dateOfService ?? D) < '2021-01-01') expect(result.hitCodes).toBeUndefined();
      expect(result.reasons.map((r) => r.code)).toContain(g.decidedBy);
      expect(Object.isFrozen(result)).toBe(true);
    });
  }
});
