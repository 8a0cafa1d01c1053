import type { Benefit } from '../core/benefit.js';
import type { Citation } from '../core/citation.js';
import type { RequirementId } from '../core/requirement-ids.js';

/**
 * When a documentation requirement must exist:
 * - `before-claim`: on file before the claim is submitted
 * - `before-delivery`: communicated to the supplier before the item is delivered
 * - `at-delivery`: created when the item is delivered or shipped
 * - `before-dispensing`: before each refill is dispensed
 * - `before-furnishing`: before the item or service is furnished
 * - `within-12-months-before-service`: a record dated within the 12 months before the date of service
 * - `on-file`: kept in the supplier's files and produced on request
 * - `on-request`: produced when the contractor asks for it
 *
 * @example
 * ```ts
 * const when: RequirementWhen = 'before-claim';
 * ```
 */
export type RequirementWhen =
  | 'before-claim'
  | 'before-delivery'
  | 'at-delivery'
  | 'before-dispensing'
  | 'before-furnishing'
  | 'within-12-months-before-service'
  | 'on-file'
  | 'on-request';

/**
 * How an item reaches the beneficiary, for proof of delivery.
 *
 * @example
 * ```ts
 * documentationRequirements({ benefit: 'part-b-dme', deliveryMethod: 'shipped' });
 * ```
 */
export type DeliveryMethod = 'direct' | 'shipped';

/**
 * One element a requirement's documentation must show.
 *
 * @example
 * ```ts
 * const e: RequirementElement = { id: 'order-date', label: 'Order date', required: true };
 * ```
 */
export interface RequirementElement {
  /** Stable id, used as the key in `checkDocumentation`'s `provided` object. */
  readonly id: string;
  readonly label: string;
  /**
   * Whether the element must be on file. For an element of an "any of" alternative (it then has
   * `alternative`), it is required only when that alternative is the one the chart relies on:
   * `checkDocumentation` reports it missing only through its group (see {@link RequirementGroup}).
   */
  readonly required: boolean;
  /** Proof-of-delivery elements that apply to one delivery method only. */
  readonly method?: DeliveryMethod;
  /** The id of the "any of" alternative this element belongs to (see `Requirement.groups`). */
  readonly alternative?: string;
  /** Where an element rests on a source other than the requirement's own citations. */
  readonly citations?: readonly Citation[];
}

/**
 * One alternative of an "any of" group: it is met when every one of its elements is provided.
 *
 * @example
 * ```ts
 * const d: RequirementAlternative = {
 *   id: 'criterion-d',
 *   label: 'Criterion D: on an external insulin pump before Medicare enrollment',
 *   elements: ['pump-before-medicare', 'self-testing-before-medicare'],
 * };
 * ```
 */
export interface RequirementAlternative {
  /** Stable id, unique within the requirement (e.g. `'criterion-d'`). */
  readonly id: string;
  readonly label: string;
  /** Ids of the requirement's elements that must all be provided for this alternative. */
  readonly elements: readonly string[];
}

/**
 * Criteria a rule joins with "or": the group is met when one of its alternatives is met. An LCD that
 * says "covered if criterion A or B is met and if criterion C or D is met" (L33794, insulin pumps)
 * gives two groups, each with two alternatives; elements outside any group are required on their own.
 *
 * @example
 * ```ts
 * const insulin = documentationRequirements({ benefit: 'part-b-dme', hcpcs: 'E0784' }).at(-1);
 * insulin?.groups?.map((g) => g.id); // ['criterion-a-or-b', 'criterion-c-or-d']
 * ```
 */
export interface RequirementGroup {
  /** Stable id, unique within the requirement (e.g. `'criterion-c-or-d'`). */
  readonly id: string;
  readonly label: string;
  /** The alternatives, in the order the rule lists them. */
  readonly anyOf: readonly RequirementAlternative[];
}

/**
 * A documentation requirement in force on a date, as returned by `documentationRequirements`.
 *
 * @example
 * ```ts
 * const [swo] = documentationRequirements({ benefit: 'part-b-dme' });
 * swo.when; // 'before-claim'
 * ```
 */
export interface Requirement {
  readonly id: RequirementId;
  readonly title: string;
  readonly when: RequirementWhen;
  /** When the requirement applies only in some cases (e.g. an ABN only when denial is expected). */
  readonly condition?: string;
  /** How long the supplier keeps the record, where a rule says so. */
  readonly retention?: string;
  readonly note?: string;
  /** First (and last, when superseded) date of service this version of the rule governs. */
  readonly effective: { readonly from: string; readonly to?: string };
  readonly elements: readonly RequirementElement[];
  /**
   * Criteria the rule joins with "or" (each group met by any one of its alternatives). Present only
   * on requirements that have such criteria.
   */
  readonly groups?: readonly RequirementGroup[];
  readonly citations: readonly Citation[];
}

/** One dated version of a requirement, as held in data. */
export interface RequirementVersion {
  readonly from: string;
  readonly to?: string;
  readonly elements: readonly RequirementElement[];
  readonly groups?: readonly RequirementGroup[];
  readonly citations: readonly Citation[];
  readonly note?: string;
}

/** A requirement with all its versions, as held in data. */
export interface RequirementDefinition {
  readonly id: RequirementId;
  readonly title: string;
  readonly when: RequirementWhen;
  readonly condition?: string;
  readonly retention?: string;
  readonly versions: readonly RequirementVersion[];
}

/**
 * Whether the library holds supplier documentation requirements for a benefit, and why (not).
 *
 * @example
 * ```ts
 * documentationScope('part-d').holds; // false: the plan's own rules; no DME MAC documentation
 * ```
 */
export interface DocumentationScope {
  readonly benefit: Benefit;
  /** True when `documentationRequirements` lists requirements for the benefit. */
  readonly holds: boolean;
  /** What documentation governs claims of the benefit, or why the library lists none. */
  readonly reason: string;
  readonly citations: readonly Citation[];
}

/** The general requirements of one benefit. */
export interface BenefitRequirements {
  readonly benefit: Benefit;
  readonly reason: string;
  readonly requirements: readonly RequirementId[];
  readonly citations: readonly Citation[];
}

/** A HCPCS code that brings a per-drug or per-indication requirement. */
export interface CodeRequirement {
  readonly code: string;
  /** The benefit whose claim carries the code (per-drug rules apply only to that benefit). */
  readonly benefit: Benefit;
  readonly requirement: RequirementId;
  readonly from?: string;
  readonly to?: string;
  readonly citations: readonly Citation[];
}

/** The documentation dataset. */
export interface DocumentationData {
  readonly requirements: readonly RequirementDefinition[];
  readonly benefits: readonly BenefitRequirements[];
  /** Benefits with no supplier documentation requirements held, each with the reason. */
  readonly outOfScope: readonly { readonly benefit: Benefit; readonly reason: string; readonly citations: readonly Citation[] }[];
  readonly codes: readonly CodeRequirement[];
}
