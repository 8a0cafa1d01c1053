import type { Citation } from '../core/citation.js';

/**
 * Every finding `checkClaim` can report, by stable code. Codes never change meaning; a new check
 * gets a new code. Severity is fixed per code:
 * - `error`: the cited rule says the line will be rejected, returned, denied as incorrect coding, or
 *   is not valid, whatever else is true about the claim;
 * - `warning`: the line is probably wrong, but whether it is depends on facts the claim lines do not
 *   carry (the route of administration, whether a pump is owned, which contractor gets the claim).
 *
 * @example
 * ```ts
 * CLAIM_FINDINGS.SUPPLY_NOT_FOR_PUMP.severity // 'error'
 * Object.keys(CLAIM_FINDINGS).filter((c) => CLAIM_FINDINGS[c as ClaimFindingCode].severity === 'warning')
 * ```
 */
export const CLAIM_FINDINGS = /* @__PURE__ */ Object.freeze({
  EIP_MODIFIER_MISSING: {
    severity: 'error',
    summary:
      'An external infusion pump, its supply or a drug used in it (LCD L33794) is billed without KX, GA or GZ: ' +
      'rejected as missing information (A52507; dates of service from 2023-01-01, E0784 and J1817 on any date).',
  },
  EIP_GA_AND_GZ: {
    severity: 'error',
    summary: 'GA (ABN on file) and GZ (no valid ABN) on one line contradict each other (A52507).',
  },
  EIP_KX_WITH_GA_GZ: {
    severity: 'warning',
    summary:
      'KX (all LCD criteria met) together with GA or GZ (a medical-necessity denial is expected): A52507 asks for one or the other.',
  },
  JB_MISSING: {
    severity: 'error',
    summary:
      'A subcutaneous immune globulin and its pump (E0779 or E0781, per the A52507 table) are on the claim, ' +
      'but this drug or pump line lacks JB (A52507).',
  },
  JB_IF_SUBCUTANEOUS: {
    severity: 'warning',
    summary:
      'An immune globulin of the A52507 JB list is billed without JB and without its pump on the claim: ' +
      'JB is required if it was given subcutaneously.',
  },
  INSULIN_JK_JL_MISSING: {
    severity: 'error',
    summary: 'Pump insulin J1817 (from 2023-04-01) or J1811/J1813 (from 2023-07-01) without JK or JL (A52507).',
  },
  INSULIN_JK_AND_JL: {
    severity: 'error',
    summary: 'JK (one month or less) and JL (three months) on one insulin line contradict each other (A52507).',
  },
  INSULIN_JL_MAY_JUNE_2023: {
    severity: 'error',
    summary: 'J1817 with JL for a date of service in May or June 2023: returned as unprocessable (A52507).',
  },
  GY_MISSING_J3490: {
    severity: 'warning',
    summary:
      'J3490 is the code for a drug without its own code that is not given by a durable pump; A52507 requires GY with it.',
  },
  GY_WITH_J7799: {
    severity: 'warning',
    summary:
      'J7799 means a drug given through DME, but GY says it was not given by a durable pump: A52507 codes such a drug J3490 with GY.',
  },
  GY_IF_NO_PUMP: {
    severity: 'warning',
    summary:
      'A drug of the external infusion pump policy is billed with no pump on the claim and without GY: ' +
      'if it was not given by a durable pump, A52507 requires GY (ignore if the pump is owned or its rental is capped).',
  },
  JW_AND_JZ: {
    severity: 'error',
    summary: 'JW (amount discarded) and JZ (zero discarded) on one line contradict each other (HCPCS modifiers; A52507).',
  },
  JW_JZ_CONFLICT: {
    severity: 'error',
    summary: 'A JW line for a drug and date that another line reports with JZ (no amount discarded).',
  },
  JW_WITHOUT_DOSE_LINE: {
    severity: 'warning',
    summary:
      'A JW (discarded amount) line with no line for the administered amount of the same drug on the same date: ' +
      'A52507 bills the dose and the discard on separate lines.',
  },
  JW_JZ_NOT_A_DRUG: {
    severity: 'error',
    summary: 'JW or JZ on a line whose code is not a drug: both modifiers describe drug amounts discarded.',
  },
  MODIFIER_NOT_IN_EFFECT: {
    severity: 'error',
    summary: 'A modifier used on a date of service before CMS added it to HCPCS (JZ 2023-01-01, JK/JL 2023-04-01).',
  },
  SUPPLY_NOT_FOR_PUMP: {
    severity: 'error',
    summary:
      'A supply billed with a pump it does not belong to (A52507 pump-supply table, e.g. A4221 with E0784): ' +
      'denied as incorrect coding (dates of service from 2017-01-01).',
  },
  CODE_INVALID_FOR_DME_MAC: {
    severity: 'error',
    summary: 'A code A52507 says is not valid on DME MAC claims (A4230, A4231, J9999).',
  },
  CODE_INVALID_FOR_MEDICARE: {
    severity: 'error',
    summary: 'A code A52507 says is invalid for submission to Medicare (A4232).',
  },
  BILL_TO_AB_MAC: {
    severity: 'warning',
    summary: 'An implantable infusion pump (E0782, E0783, E0785, E0786): the DME MACs do not process these; bill the A/B MAC.',
  },
  BATTERY_WITH_RENTED_PUMP: {
    severity: 'error',
    summary:
      'A replacement battery (K0601-K0605) billed with a rented infusion pump (a pump line with RR): not separately payable (A52507).',
  },
  K0455_SECOND_PUMP: {
    severity: 'error',
    summary:
      'More than one K0455 pump on one date of service: Medicare pays for one; a backup pump is denied as not separately payable (A52507).',
  },
  S_CODE_NOT_MEDICARE: {
    severity: 'error',
    summary: 'An S-code sent to Medicare: the HCPCS file marks it not payable by Medicare (coverage code I).',
  },
  NOT_PAYABLE_BY_MEDICARE: {
    severity: 'warning',
    summary:
      'The catalog records this code as not payable by Medicare (for example disposable elastomeric pumps); ' +
      'a warning, because such items may be billed on purpose to obtain a denial.',
  },
  UNITS_OVER_9999: {
    severity: 'error',
    summary: 'More than 9,999 units on one line: the DME MAC system takes 4 characters; split the units across lines (A52507).',
  },
  HIT_SAME_CATEGORY_SAME_DAY: {
    severity: 'error',
    summary:
      'Two HIT visits of one payment category on one day: one payment per category per infusion drug ' +
      'administration calendar day (BPM ch. 15 §320.8; 42 CFR 414.1550(b)); bill one visit.',
  },
  HIT_INITIAL_NOT_ALLOWED: {
    severity: 'error',
    summary:
      'An initial-visit HIT code (G0088-G0090) within 60 days of another HIT visit on the claim, or before ' +
      '2021-01-01 (BPM ch. 15 §320.8.3).',
  },
  UNKNOWN_CODE: {
    severity: 'warning',
    summary: 'A well-formed code the library does not hold: only the checks that need no catalog record ran on it.',
  },
  CODE_NOT_IN_EFFECT: {
    severity: 'error',
    summary: 'The code is known, but no record of it is in effect on the line\'s date of service.',
  },
} as const);

/**
 * A stable finding code; see {@link CLAIM_FINDINGS}.
 *
 * @example
 * ```ts
 * const blocking: ClaimFindingCode[] = ['EIP_MODIFIER_MISSING', 'SUPPLY_NOT_FOR_PUMP']
 * ```
 */
export type ClaimFindingCode = keyof typeof CLAIM_FINDINGS;

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
