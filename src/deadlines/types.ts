import type { Citation } from '../core/citation.js';

/**
 * The five levels of a Medicare fee-for-service appeal (42 CFR part 405, subpart I).
 *
 * @example
 * ```ts
 * const level: AppealLevel = 'reconsideration';
 * ```
 */
export type AppealLevel = 'redetermination' | 'reconsideration' | 'alj' | 'council' | 'court';

/**
 * Every {@link AppealLevel}, in the order an appeal climbs them.
 *
 * @example
 * ```ts
 * APPEAL_LEVELS.map((level) => appealDeadline({ level, noticeDate: '2026-03-02' }).fileBy);
 * ```
 */
export const APPEAL_LEVELS: readonly AppealLevel[] = /* @__PURE__ */ Object.freeze([
  'redetermination',
  'reconsideration',
  'alj',
  'council',
  'court',
] as const);

/** Filing rule of one appeal level, as held in data. */
export interface AppealLevelRule {
  readonly level: AppealLevel;
  readonly title: string;
  /** Calendar days to file, counted from the presumed date of receipt of the notice. */
  readonly filingDays: number;
  /** Receipt of the notice is presumed this many calendar days after its date. */
  readonly receiptPresumedDays: number;
  readonly citations: readonly Citation[];
}

/** Deadline rules, as held in data. */
export interface DeadlineRules {
  readonly appealLevels: readonly AppealLevelRule[];
  readonly refill: {
    readonly contactDaysBeforeEnd: number;
    readonly deliveryDaysBeforeEnd: number;
    readonly from: string;
    readonly citations: readonly Citation[];
  };
  readonly timelyFiling: { readonly years: number; readonly from: string; readonly citations: readonly Citation[] };
  readonly adrResponse: { readonly days: number; readonly upicDays: number; readonly citations: readonly Citation[] };
}

/** Amount-in-controversy thresholds of one calendar year, as held in data. */
export interface AicThresholdRecord {
  readonly year: number;
  readonly aljCents: number;
  readonly courtCents: number;
  readonly citations: readonly Citation[];
  /** Amounts read only in secondary sources. */
  readonly secondary: readonly ('alj' | 'court')[];
  readonly warnings: readonly string[];
}
