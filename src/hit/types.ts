import type { HitCategory } from '../core/benefit.js';
import type { Citation } from '../core/citation.js';
import type { DateInput } from '../core/dates.js';
import type { Money } from '../core/money.js';

/** Whether a HIT visit is the initial (first) visit of an episode or a subsequent one (BPM ch. 15 §320.8.3). */
export type HitVisit = 'initial' | 'subsequent';

/** Input of {@link hitVisitType}. */
export interface HitVisitTypeInput {
  /** Date of service of the visit being billed. */
  readonly dateOfService: DateInput;
  /**
   * The patient's earlier HIT visits (G-codes billed for this patient, any category) **by any
   * supplier**, on or before `dateOfService`: BPM ch. 15 §320.8.3 asks whether "there cannot be a
   * G-code billed for this patient within the past 60 days". A visit billed by another supplier
   * counts as much as one's own. `discharged: true` marks a visit at which the patient was
   * discharged from HIT services. Required (or the deprecated `priorVisits`, not both).
   */
  readonly patientPriorVisits?: readonly HitPriorVisit[];
  /**
   * The same list as `patientPriorVisits` (the patient's visits by any supplier), under its first name.
   *
   * @deprecated Use `patientPriorVisits`: the rule counts the patient's G-codes billed by any
   * supplier, not only this supplier's. Giving both is `INVALID_INPUT`.
   */
  readonly priorVisits?: readonly HitPriorVisit[];
}

/**
 * One earlier HIT visit of the patient (a G-code billed for the patient by any supplier).
 *
 * @example
 * ```ts
 * const visit: HitPriorVisit = { date: '2025-01-02', discharged: true };
 * ```
 */
export interface HitPriorVisit {
  readonly date: DateInput;
  /** True when the patient was discharged from HIT services at this visit. */
  readonly discharged?: boolean;
}

/**
 * National unadjusted HIT payment amounts for one calendar year, in cents by G-code
 * (e.g. a table loaded from CMS's yearly rate file).
 */
export interface HitRateTable {
  readonly year: number;
  /** National unadjusted amount in cents, by G-code. */
  readonly rates: Readonly<Record<string, number>>;
  /** `published`: CMS's figure. `derived`: computed from published inputs by a stated rule. */
  readonly status?: 'published' | 'derived';
  readonly citations?: readonly Citation[];
}

/** Input of {@link hitPayment}. Give `code`, or `category` and `visit`. */
export interface HitPaymentInput {
  readonly dateOfService: DateInput;
  /** G0068–G0070 (subsequent; the only codes in 2019–2020) or G0088–G0090 (initial, 2021 on). */
  readonly code?: string;
  readonly category?: HitCategory;
  readonly visit?: HitVisit;
  /** Geographic adjustment factor of the supplier's locality (2021 on), a positive number such as 1.0523. */
  readonly gaf?: number;
  /** A locality id the library holds a GAF for (none yet: always `NO_DATA`). */
  readonly locality?: string;
  /** The supplier's actual charge in cents; Medicare pays on the lesser of this and the allowed amount. */
  readonly chargeCents?: number;
  /** Part B deductible not yet met this year, in cents (default 0). */
  readonly deductibleRemainingCents?: number;
  /** A rate table for the date of service's year (required where the library holds none). */
  readonly rates?: HitRateTable;
}

/** One line of a calculation, in order: a label and the figure it produced. */
export interface HitPaymentStep {
  readonly label: string;
  readonly value: string;
}

/** What Medicare pays for one HIT visit, and how it was reached. */
export interface HitPayment {
  readonly code: string;
  readonly category: HitCategory;
  readonly visit: HitVisit;
  readonly year: number;
  readonly nationalRate: Money;
  readonly gaf: number;
  readonly allowed: Money;
  readonly deductibleApplied: Money;
  readonly medicarePays: Money;
  readonly beneficiaryPays: Money;
  readonly steps: readonly HitPaymentStep[];
  readonly citations: readonly Citation[];
  readonly warnings: readonly string[];
}

/** Input of {@link ivigServicesPayment}. */
export interface IvigServicesPaymentInput {
  readonly dateOfService: DateInput;
}

/** The Q2052 payment amount in force on a date of service. */
export interface IvigServicesPayment {
  readonly code: 'Q2052';
  readonly rate: Money;
  readonly citations: readonly Citation[];
}
