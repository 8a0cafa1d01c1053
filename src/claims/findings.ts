import type { Citation } from '../core/citation.js';

/**
 * A stable finding code of `checkClaim`: one rule module under src/claims/rules/ per code, whose
 * metadata (severity, summary, citation) is listed in {@link CLAIM_FINDINGS}.
 *
 * @example
 * ```ts
 * const blocking: ClaimFindingCode[] = ['EIP_MODIFIER_MISSING', 'SUPPLY_NOT_FOR_PUMP']
 * ```
 */
export type ClaimFindingCode =
  | 'UNITS_OVER_9999'
  | 'S_CODE_NOT_MEDICARE'
  | 'NOT_PAYABLE_BY_MEDICARE'
  | 'UNKNOWN_CODE'
  | 'CODE_NOT_IN_EFFECT'
  | 'MODIFIER_NOT_IN_EFFECT'
  | 'CODE_INVALID_FOR_DME_MAC'
  | 'CODE_INVALID_FOR_MEDICARE'
  | 'BILL_TO_AB_MAC'
  | 'EIP_MODIFIER_MISSING'
  | 'EIP_GA_AND_GZ'
  | 'EIP_KX_WITH_GA_GZ'
  | 'GY_IF_NO_PUMP'
  | 'GY_MISSING_J3490'
  | 'GY_WITH_J7799'
  | 'DRUG_PUMP_MISMATCH'
  | 'SUPPLY_NOT_FOR_PUMP'
  | 'JB_MISSING'
  | 'JB_IF_SUBCUTANEOUS'
  | 'JB_NOT_SUBCUTANEOUS'
  | 'INSULIN_JK_JL_MISSING'
  | 'INSULIN_JK_AND_JL'
  | 'INSULIN_JL_MAY_JUNE_2023'
  | 'JW_AND_JZ'
  | 'JW_JZ_CONFLICT'
  | 'JW_WITHOUT_DOSE_LINE'
  | 'JW_JZ_NOT_A_DRUG'
  | 'BATTERY_WITH_RENTED_PUMP'
  | 'K0455_SECOND_PUMP'
  | 'QUANTITY_OVER_MONTHLY_LIMIT'
  | 'DISPENSED_OVER_LIMIT'
  | 'Q2052_UNITS_PER_DAY'
  | 'Q2052_WITHOUT_DRUG'
  | 'HIT_SAME_CATEGORY_SAME_DAY'
  | 'HIT_INITIAL_NOT_ALLOWED'
  | 'HIT_DRUG_NOT_BILLED'
  | 'HIT_DRUG_NOT_CHECKED';


/**
 * One claim line as `checkClaim` reads it.
 *
 * @example
 * ```ts
 * const line: ClaimLine = { hcpcs: 'J1817', modifiers: ['KX', 'JK'], units: 6, dateOfService: '2026-03-02' }
 * ```
 */
export interface ClaimLine {
  /** HCPCS/CPT code, case-insensitive, surrounding white space ignored. */
  readonly hcpcs: string;
  /** Up to any number of two-character modifiers (`'KX'`, `'jb'`), case-insensitive. */
  readonly modifiers?: readonly string[];
  /** Units of service: a whole number, at least 1. */
  readonly units: number;
  readonly dateOfService: string | Date;
  /** Two-digit CMS place-of-service code such as `'12'` (home); validated, not used by any check yet. */
  readonly placeOfService?: string;
  /** Days of supply dispensed on this line, where the caller knows it: checked against the LCDs' dispensing limits. */
  readonly daysSupply?: number;
  /**
   * The fields `priceClaim` reads (`chargeCents`, `rentalMonth`) and those `readX12Claims` gives
   * (`segment`, `unitBasis`, `ndc`, …) are accepted on a line, so those lines pass as they are; the
   * checks do not read them. Any other key is refused with `INVALID_INPUT` naming it.
   */
  readonly chargeCents?: number;
}

/**
 * What `checkClaim` may know beyond the claim's own lines: the patient's history with any supplier.
 *
 * @example
 * ```ts
 * const options: CheckClaimOptions = {
 *   drugLines: [{ hcpcs: 'J2260', dateOfService: '2026-03-01' }],   // billed to the DME MAC
 *   priorHitVisits: [{ date: '2026-01-10', discharged: true }],     // G-codes billed by any supplier
 * }
 * ```
 */
export interface CheckClaimOptions {
  /**
   * The patient's infusion drug lines billed on other claims (HIT visits go to the A/B MAC, their
   * drugs to the DME MAC). With them, a HIT visit is checked for its drug billed with the visit or
   * no more than 30 days before it; without them (and with no drug on the claim) a warning says it
   * could not be checked.
   */
  readonly drugLines?: readonly { readonly hcpcs: string; readonly dateOfService: string | Date }[];
  /**
   * The patient's earlier HIT visits (G-codes) billed by any supplier, with whether the last one
   * showed a discharge: the 60-day initial-visit rule is about the patient, not the supplier
   * (BPM ch. 15 §320.8.3).
   */
  readonly priorHitVisits?: readonly { readonly date: string | Date; readonly discharged?: boolean }[];
}

/**
 * Metadata of one finding code: how serious it is and what it means.
 *
 * @example
 * ```ts
 * const meta: ClaimFindingInfo = CLAIM_FINDINGS.JB_MISSING
 * ```
 */
export interface ClaimFindingInfo {
  readonly severity: 'error' | 'warning';
  readonly summary: string;
}

/**
 * One problem `checkClaim` found.
 *
 * @example
 * ```ts
 * const blocking = checkClaim(lines).filter((f: ClaimFinding) => f.severity === 'error')
 * ```
 */
export interface ClaimFinding {
  /** 1-based line number, as billing staff count claim lines (the first line is 1). */
  readonly line: number;
  readonly severity: 'error' | 'warning';
  readonly code: ClaimFindingCode;
  readonly message: string;
  readonly citation?: Citation;
}
