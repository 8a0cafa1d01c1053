/**
 * Stable reason codes of `Classification.reasons`. A code never changes meaning; new
 * situations get new codes. Each entry says when the classifier gives it (docs/which-benefit.md
 * lists the same codes with their sources).
 *
 * @example
 * ```ts
 * REASON_CODES.NO_DURABLE_PUMP // 'The drug is not given through a durable infusion pump ...'
 * ```
 */
export const REASON_CODES = /* @__PURE__ */ Object.freeze({
  EIP_DRUG_COVERED: 'The drug is covered under the external infusion pump LCD L33794 as a supply to a covered durable pump (DME benefit, DME MAC).',
  EIP_PUMP_COVERED: 'The code is an external infusion pump covered under the DME benefit when an LCD L33794 indication is met.',
  EIP_SUPPLY_COVERED: 'The code is a supply for a covered external infusion pump (A52507 supply table).',
  EIP_ACCESSORY_COVERED: 'The code is an accessory of a covered external infusion pump (the IV pole E0776, only with the stationary pump E0791).',
  EIP_NO_PAIRED_PUMP: 'A52507 pairs no pump with this drug (an SCIg preparation missing from its SCIg pump table): expect a medical-necessity denial.',
  EIP_WRONG_PUMP: 'The device is not the pump the LCD or article allows for this drug or supply (insulin only with E0784; epoprostenol and treprostinil only with K0455; A4221/A4222/K0552 never with E0784, A4224/A4225 only with E0784).',
  EIP_DIAGNOSIS_LISTED: 'A diagnosis given is in the A52507 ICD-10 group the indication needs.',
  EIP_DIAGNOSIS_NOT_LISTED: 'Diagnoses were given but none is in the A52507 ICD-10 group(s) the indication needs: expect a medical-necessity denial.',
  DIAGNOSIS_NOT_GIVEN: 'The rule needs a listed diagnosis and none was given: classified by benefit category, with a warning.',
  ROUTE_NOT_COVERED: 'No Part B rule covers this code by the route given (e.g. an IVIG product given subcutaneously, a subcutaneous-only product given intravenously).',
  EIP_EXCLUDED_DRUG: 'The drug is excluded from the external infusion pump benefit at home (meperidine; heparin for thromboembolic disease at home; vancomycin by NCD 280.14).',
  EIP_COMPOUNDED_NOT_COVERED: 'A compounded drug (J7999) given through an external infusion pump is not reasonable and necessary under LCD L33794.',
  NO_DURABLE_PUMP: 'The drug is not given through a durable infusion pump (gravity, push): Part B DME pays only for drugs that are a supply to a covered pump.',
  DISPOSABLE_DEVICE_NOT_DME: 'Disposable drug delivery systems, including elastomeric pumps, are not DME; the drugs and supplies used with them are not covered by Part B.',
  PART_D_DRUG_ONLY: 'Part D covers the drug (when it is a Part D drug on the plan formulary); it does not pay for the pump, supplies or nursing.',
  HIT_ELIGIBLE: 'The drug has a home infusion therapy (HIT) services payment category; HIT visits are billed separately to the A/B MAC by a qualified HIT supplier.',
  HIT_NOT_ELIGIBLE: 'The drug does not qualify for HIT services (insulin, or a route other than intravenous or subcutaneous).',
  HIT_CATEGORY_NOT_FOUND: 'No HIT payment category is held for this code on this date (CMS assigns later codes, J7799 and J7999 case by case).',
  HIT_SERVICE: 'The code is a home infusion therapy services G-code (Part B HIT benefit): billed to the DME MAC under the 2019-2020 transitional payment, to the A/B MAC from 2021.',
  NOT_IN_HOME: 'The service (HIT G-codes, Q2052, home health nursing) is paid only in the patient\'s home; for HIT, home excludes hospitals, CAHs and SNFs.',
  IVIG_HOME_PID: 'IVIG in the home for a diagnosed primary immune deficiency is covered under the home IVIG benefit (SSA §1861(zz)); no pump is needed.',
  IVIG_DIAGNOSIS_NOT_PID: 'None of the diagnoses given is on the primary immune deficiency list of the home IVIG benefit.',
  IVIG_SERVICES_DEMONSTRATION: 'Before 2024, Q2052 paid the items and services to give home IVIG only for beneficiaries enrolled in the Medicare IVIG demonstration (2014-2023).',
  IVIG_SERVICES: 'Q2052 pays for the items and services to give home IVIG (permanent benefit from 2024-01-01), billed to the DME MAC.',
  PN_PROSTHETIC_DEVICE: 'Parenteral nutrition is covered under the prosthetic device benefit when the test of permanence is met.',
  INCIDENT_TO_OFFICE: 'A drug started in the practitioner\'s office is billed to the A/B MAC incident to the practitioner\'s service, even if the infusion ends at home.',
  INCIDENT_TO_HOSPITAL_OUTPATIENT: 'A drug given in the hospital outpatient department is billed to the A/B MAC under Part B, not to the DME MAC.',
  IMPLANTED_PUMP: 'Implantable pumps and the drugs and supplies used with them are billed to the A/B MAC, not the DME MAC.',
  NOT_SEPARATELY_BILLABLE: 'Outside the home, the pump or supply is not separately billable as DME (a pump taken home to finish an office infusion is rejected as wrong jurisdiction).',
  SNF_PART_A_STAY: 'During a SNF stay covered by Part A, the SNF furnishes and bills the item; no Part B payment is made.',
  INPATIENT_PART_A_STAY: 'During a hospital inpatient stay covered by Part A, the item is part of the hospital stay: no separate Part B or Part D claim.',
  SNF_NOT_HOME: 'A SNF is not the patient\'s home for the DME, home IVIG and HIT benefits; a drug for a resident outside a Part A stay falls to Part D.',
  HOSPICE_RELATED: 'The item is for the terminal illness or related conditions of a hospice patient: the hospice covers it.',
  HOSPICE_UNRELATED: 'The patient has elected hospice but the item is unrelated to the terminal illness: it is classified as usual.',
  NOT_PAYABLE_BY_MEDICARE: 'CMS marks the code not payable by Medicare (e.g. CPT home infusion visit codes, insulin infusion sets A4230/A4231 that the DME MAC does not accept).',
  S_CODE_NOT_MEDICARE: 'Every S-code but the few CMS marks otherwise is not payable by Medicare (HCPCS coverage code I); S-codes are for commercial and Medicaid per-diem billing.',
  HOME_HEALTH_VISIT: 'A skilled nursing visit under a home health plan of care is paid under the home health benefit (HH PPS), not as HIT.',
} as const);

/**
 * A stable reason code; see {@link REASON_CODES}.
 * @example
 * ```ts
 * const code: ReasonCode = 'HIT_ELIGIBLE';
 * ```
 */
export type ReasonCode = keyof typeof REASON_CODES;
