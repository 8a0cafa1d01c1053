import type { ClaimLine } from '../index.js';

/**
 * One service line of an X12 837 claim, in `checkClaim`'s line shape (so `claim.lines` can be
 * passed to `checkClaim` as it is) plus what the file says about it.
 *
 * @example
 * ```ts
 * const line: X12ClaimLine = readX12Claims(edi)[0]!.lines[0]!
 * line.hcpcs; line.modifiers; line.units; line.chargeCents; line.segment
 * ```
 */
export interface X12ClaimLine extends ClaimLine {
  readonly hcpcs: string;
  /** SV1-01-3..6 (837P) or SV2-02-3..6 (837I), in file order; absent when the line has none. */
  readonly modifiers?: readonly string[];
  /** SV1-04 or SV2-05: whole units of service. */
  readonly units: number;
  /** SV1-03 or SV2-04: `'UN'` (unit), `'MJ'` (minutes, 837P) or `'DA'` (days, 837I). */
  readonly unitBasis: 'UN' | 'MJ' | 'DA';
  /** The line's DTP*472, else the claim's (DTP*472, or the 837I statement period DTP*434). */
  readonly dateOfService: string;
  /** Last day of an `RD8` range (DTP*472 or the statement period), when the range spans more than one day. */
  readonly lastDateOfService?: string;
  /** SV1-05, else CLM-05-1 when CLM-05-2 is `B` (place of service codes). */
  readonly placeOfService?: string;
  /** SV1-02 or SV2-03 in cents, read from the decimal text exactly (never through a float). */
  readonly chargeCents: number;
  /** SV1-07: 1-based positions in the claim's {@link X12Claim.diagnoses} (837P). */
  readonly diagnosisPointers?: readonly number[];
  /** SV2-01 revenue code (837I). */
  readonly revenueCode?: string;
  /** LIN-03 when LIN-02 is `N4`: the 11-digit NDC of the drug on this line. */
  readonly ndc?: string;
  /** CTP-04 and CTP-05-1: the NDC quantity exactly as written (`'10.00'`) and its unit (`ML`, `UN`, `GR`, `F2`, `ME`). */
  readonly ndcQuantity?: { readonly amount: string; readonly unit: string };
  /** SV1-01-7 or SV2-02-7: the free-text description a not-otherwise-classified code needs. */
  readonly description?: string;
  /** Position of the SV1/SV2 segment in the file (1-based, counting from the first ISA). */
  readonly segment: number;
}

/**
 * A service line of an 837I that has no HCPCS code (SV2-02 absent or not `HC`, e.g. room and
 * board by revenue code alone, or a HIPPS code): kept so nothing in the file is silently dropped,
 * but not a `checkClaim` line.
 */
export interface X12UncodedLine {
  readonly revenueCode: string;
  /** SV2-02-1 and SV2-02-2 when present (e.g. `{ qualifier: 'HP', code: '1AA11' }` for HIPPS). */
  readonly procedure?: { readonly qualifier: string; readonly code: string };
  readonly chargeCents: number;
  readonly segment: number;
}

/**
 * One claim (CLM loop 2300) of an X12 837P or 837I file.
 *
 * @example
 * ```ts
 * for (const claim of readX12Claims(edi)) {
 *   console.log(claim.claimId, claim.segment, claim.lines.length)
 * }
 * ```
 */
export interface X12Claim {
  /** CLM-01, the patient control number the provider assigned. */
  readonly claimId: string;
  /** `'837P'` (005010X222) or `'837I'` (005010X223), from ST-03 (or GS-08). */
  readonly kind: '837P' | '837I';
  /** The implementation guide version, ST-03 (or GS-08), e.g. `'005010X222A1'`. */
  readonly version: string;
  /** CLM-02 in cents. */
  readonly totalChargeCents: number;
  /** CLM-05-1 when CLM-05-2 is `B` (837P place of service). */
  readonly placeOfService?: string;
  /** 837I: CLM-05-1 and CLM-05-3, the facility type and claim frequency (`'141'`). */
  readonly typeOfBill?: string;
  /**
   * Diagnosis codes from HI, in order: principal (ABK; BK for ICD-9) then others (ABF; BF),
   * without dots as X12 writes them. An SV1-07 pointer `n` names `diagnoses[n - 1]`.
   */
  readonly diagnoses: readonly string[];
  readonly lines: readonly X12ClaimLine[];
  /** 837I lines without a HCPCS code (see {@link X12UncodedLine}). */
  readonly uncodedLines: readonly X12UncodedLine[];
  /** Position of its CLM segment in the file (1-based, counting from the first ISA). */
  readonly segment: number;
}
