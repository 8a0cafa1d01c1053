/**
 * Where a Medicare claim for a home infusion item or service belongs.
 *
 * - `part-b-dme`: external infusion pump LCD L33794 (drug, pump, supplies; DME MAC)
 * - `part-b-hit`: home infusion therapy services (G-codes; A/B MAC)
 * - `part-b-ivig`: IVIG drug in the home for primary immune deficiency (SSA §1861(zz))
 * - `part-b-ivig-services`: IVIG items and services in the home (Q2052)
 * - `part-b-pn`: parenteral nutrition under the prosthetic device benefit
 * - `part-b-incident-to`: started in a practitioner's office, or an implanted pump (A/B MAC)
 * - `part-d`: Part D plan (drug only)
 * - `home-health`, `hospice`, `snf-part-a` (SNF consolidated billing), `not-covered`
 */
export type Benefit =
  | 'part-b-dme'
  | 'part-b-hit'
  | 'part-b-ivig'
  | 'part-b-ivig-services'
  | 'part-b-pn'
  | 'part-b-incident-to'
  | 'part-d'
  | 'home-health'
  | 'hospice'
  | 'snf-part-a'
  | 'not-covered';

/** Every {@link Benefit}, in the order the API lists them. */
export const BENEFITS: readonly Benefit[] = /* @__PURE__ */ Object.freeze([
  'part-b-dme',
  'part-b-hit',
  'part-b-ivig',
  'part-b-ivig-services',
  'part-b-pn',
  'part-b-incident-to',
  'part-d',
  'home-health',
  'hospice',
  'snf-part-a',
  'not-covered',
] as const);

/** The contractor or payer a claim goes to. */
export type BillTo = 'dme-mac' | 'ab-mac' | 'part-d-plan' | 'hospice' | 'snf';

/** HIT services payment category (42 CFR 414.1550; SSA §1834(u)(7)(C)). */
export type HitCategory = 1 | 2 | 3;
