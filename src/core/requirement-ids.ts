/**
 * The ids of documentation requirements, shared by the classifier (`Classification.requires`)
 * and the documentation module (`documentationRequirements`, `checkDocumentation`).
 * Every id here has exactly one definition in the documentation data; a test proves it.
 */
export const REQUIREMENT_IDS = /* @__PURE__ */ Object.freeze([
  // General DMEPOS (42 CFR 410.38, PIM ch. 5)
  'standard-written-order',
  'written-order-prior-to-delivery',
  'face-to-face-encounter',
  'proof-of-delivery',
  'medical-record',
  'continued-need',
  'continued-use',
  'refill-documentation',
  'abn',
  // External infusion pump LCD L33794, per indication
  'eip-insulin-pump',
  'eip-inotrope',
  'eip-pulmonary-hypertension',
  'eip-subcutaneous-immune-globulin',
  'eip-parkinsons',
  'eip-blinatumomab',
  'eip-other-drug',
  // Home IVIG (SSA §1861(zz)) and IVIG items and services (Q2052)
  'ivig-home',
  'ivig-items-services',
  // Parenteral nutrition (LCD L38953 / A58836)
  'parenteral-nutrition',
  // Home infusion therapy services (42 CFR 486.520, BPM ch. 15 §320)
  'hit-plan-of-care',
  'hit-eligibility',
  'hit-visit',
] as const);

/** A documentation requirement id; see {@link REQUIREMENT_IDS}. */
export type RequirementId = (typeof REQUIREMENT_IDS)[number];
