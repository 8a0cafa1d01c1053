import type { Benefit, BillTo, HitCategory } from '../core/benefit.js';
import type { Citation } from '../core/citation.js';
import type { DateInput } from '../core/dates.js';
import type { RequirementId } from '../core/requirement-ids.js';
import type { CoverageData, CoverageRule, Device, Route } from '../coverage/types.js';
import type { ReasonCode } from './reasons.js';

/**
 * Where the drug is given or the item is used.
 * @example
 * ```ts
 * const setting: Setting = 'practitioner-office';
 * ```
 */
export type Setting = 'home' | 'practitioner-office' | 'snf' | 'hospital';

/**
 * Every {@link Route}.
 * @example
 * ```ts
 * ROUTES.includes('enteral') // true
 * ```
 */
export const ROUTES: readonly Route[] = /* @__PURE__ */ Object.freeze(['intravenous', 'subcutaneous', 'intrathecal', 'epidural', 'enteral', 'intra-arterial'] as const);
/**
 * Every {@link Device}.
 * @example
 * ```ts
 * DEVICES.includes('elastomeric') // true
 * ```
 */
export const DEVICES: readonly Device[] = /* @__PURE__ */ Object.freeze(['external-pump', 'insulin-pump', 'implanted-pump', 'elastomeric', 'gravity', 'push'] as const);
/**
 * Every {@link Setting}.
 * @example
 * ```ts
 * SETTINGS.includes('snf') // true
 * ```
 */
export const SETTINGS: readonly Setting[] = /* @__PURE__ */ Object.freeze(['home', 'practitioner-office', 'snf', 'hospital'] as const);

/**
 * Input of `classify`. Only `hcpcs` and `dateOfService` are required.
 * @example
 * ```ts
 * const input: ClassifyInput = { hcpcs: 'J1559', dateOfService: '2026-03-02', device: 'external-pump', diagnoses: ['D83.9'] };
 * ```
 */
export interface ClassifyInput {
  /** HCPCS code of the drug, pump, supply or service (case and surrounding white space ignored). */
  readonly hcpcs: string;
  readonly dateOfService: DateInput;
  readonly route?: Route;
  readonly device?: Device;
  /** ICD-10-CM codes, dots optional, any case: `'d80.0'`, `'D800'` and `'D80.0'` are the same code. */
  readonly diagnoses?: readonly string[];
  /** Omitted: the item is classified as used at home, with a warning. */
  readonly setting?: Setting;
  /** An inpatient or SNF stay covered by Part A (needs `setting` 'snf' or 'hospital'). */
  readonly partAStay?: boolean;
  /** Hospice election, and whether the item is for the terminal illness and related conditions. */
  readonly hospice?: 'related' | 'unrelated';
}

/**
 * Why a classification came out as it did: a stable code, a sentence, and the rule's source.
 * @example
 * ```ts
 * classify({ hcpcs: 'S9500', dateOfService: '2026-03-02' }).reasons[0].code // 'S_CODE_NOT_MEDICARE'
 * ```
 */
export interface ClassificationReason {
  /** Stable reason code, e.g. `'EIP_DRUG_COVERED'`; every code is listed in `REASON_CODES`. */
  readonly code: ReasonCode;
  readonly message: string;
  readonly citation?: Citation;
}

/**
 * Which benefit pays, who to bill, what must be on file, and why.
 * @example
 * ```ts
 * const { benefit, billTo } = classify({ hcpcs: 'J0696', dateOfService: '2026-03-02', device: 'gravity', setting: 'home' });
 * // 'part-d', 'part-d-plan'
 * ```
 */
export interface Classification {
  readonly benefit: Benefit;
  readonly billTo?: BillTo;
  /** HIT services payment category of the drug, when the benefit is `part-b-dme` (or the code is a HIT G-code). */
  readonly hitCategory?: HitCategory;
  /** The HIT G-codes for that category (2021 on; 2019-2020 had one code per category, named in `warnings`). */
  readonly hitCodes?: { readonly initial: string; readonly subsequent: string };
  /** Documentation requirement ids that must be on file (see `documentationRequirements`). */
  readonly requires: readonly RequirementId[];
  readonly reasons: readonly ClassificationReason[];
  readonly warnings: readonly string[];
}

/**
 * The classifier's rule table is the coverage model: the same rows the catalog and checkClaim read.
 * @example
 * ```ts
 * const rule: ClassifyRule | undefined = classifyRuleTable().rules.find((r) => r.id === 'eip-inotropes');
 * ```
 */
export type ClassifyRule = CoverageRule;
/**
 * Everything the classifier reads: the coverage model built from data/coverage/.
 * @example
 * ```ts
 * const table: ClassifyData = classifyRuleTable();
 * ```
 */
export type ClassifyData = CoverageData;

export type { Benefit, BillTo, HitCategory };
export type { CoverageData, CoverageRule, CoverageDoubt, Dated, Device, HitPeriod, Icd10Group, Route, RuleKind } from '../coverage/types.js';
