import type { Benefit, BillTo, HitCategory } from '../core/benefit.js';
import type { Citation } from '../core/citation.js';
import type { DateInput } from '../core/dates.js';

/**
 * How the drug enters the body.
 * @example
 * ```ts
 * const route: Route = 'subcutaneous';
 * ```
 */
export type Route = 'intravenous' | 'subcutaneous' | 'intrathecal' | 'epidural' | 'enteral' | 'intra-arterial';
/**
 * What delivers the drug. `external-pump` is a durable (reusable) external infusion pump other than an insulin pump.
 * @example
 * ```ts
 * const device: Device = 'gravity';
 * ```
 */
export type Device = 'external-pump' | 'insulin-pump' | 'implanted-pump' | 'elastomeric' | 'gravity' | 'push';
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
  readonly code: string;
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
  readonly requires: readonly string[];
  readonly reasons: readonly ClassificationReason[];
  readonly warnings: readonly string[];
}

/**
 * What kind of item a rule describes; the decision procedure branches on it.
 * @example
 * ```ts
 * const kind: RuleKind = 'eip-drug';
 * ```
 */
export type RuleKind =
  | 'eip-drug'
  | 'eip-pump'
  | 'eip-supply'
  | 'compounded'
  | 'disposable-device'
  | 'implanted-pump'
  | 'ivig-drug'
  | 'ivig-services'
  | 'pn'
  | 'hit-service'
  | 'home-health-nursing'
  | 'part-d-drug';

/**
 * One row of the cited rule table (data/classify/rules.json), with citations resolved.
 * @example
 * ```ts
 * const rule: ClassifyRule | undefined = classifyRuleTable().rules.find((r) => r.id === 'eip-inotropes');
 * ```
 */
export interface ClassifyRule {
  readonly id: string;
  readonly kind: RuleKind;
  readonly codes: readonly string[];
  /** Date each code was added to HCPCS (CMS HCPCS file); a code is not classified before it. */
  readonly codeAdded: Readonly<Partial<Record<string, string>>>;
  readonly label: string;
  /** LCD L33794 indication, e.g. `'V(D)'`. */
  readonly indication?: string;
  readonly effective: { readonly from: string; readonly to?: string };
  /** Devices the rule covers (the durable pump type). */
  readonly devices?: readonly Device[];
  /** Pump HCPCS codes the LCD or article allows with this drug or supply. */
  readonly pumps?: readonly string[];
  /** Routes the rule covers; absent means any route. */
  readonly routes?: readonly Route[];
  /** Route assumed when the input gives none. */
  readonly defaultRoute?: Route;
  /** A52507 ICD-10 groups that support medical necessity (a group may start later than the rule). */
  readonly diagnosisGroups?: readonly { readonly group: number; readonly from?: string }[];
  /** `'pid'`: the home IVIG primary immune deficiency list (BPM ch. 15 §50.6). */
  readonly diagnosisList?: 'pid';
  /** HIT payment category of the drug, by period. */
  readonly hit?: readonly { readonly category: HitCategory; readonly from: string; readonly to?: string; readonly citations: readonly Citation[] }[];
  /** HIT category of a HIT G-code. */
  readonly hitCategory?: HitCategory;
  /** Visit type of a HIT G-code. */
  readonly hitVisit?: 'initial' | 'subsequent';
  readonly exclusion?: 'vancomycin-pump' | 'heparin-home' | 'meperidine';
  readonly requires: readonly string[];
  readonly citations: readonly Citation[];
  readonly notes?: string;
  /** Codes read from the CMS HCPCS file that the catalog does not hold yet (a declared, build-checked gap). */
  readonly notInCatalog?: readonly string[];
}

/**
 * A52507 ICD-10 group.
 * @example
 * ```ts
 * const group: Icd10Group | undefined = classifyRuleTable().icd10Groups.find((g) => g.group === 6); // CIDP
 * ```
 */
export interface Icd10Group {
  readonly group: number;
  readonly label: string;
  readonly indications: readonly string[];
  /** The group-to-indication mapping is inferred (the source gives group numbers only). */
  readonly mappingInferred: boolean;
  readonly codes: readonly string[];
}

/**
 * Everything the classifier reads, as built from data/classify/.
 * @example
 * ```ts
 * const table: ClassifyData = classifyRuleTable();
 * ```
 */
export interface ClassifyData {
  readonly rules: readonly ClassifyRule[];
  readonly icd10Groups: readonly Icd10Group[];
  readonly icd10Citations: readonly Citation[];
  readonly pid: { readonly effective: { readonly from: string; readonly to?: string }; readonly codes: readonly string[]; readonly citations: readonly Citation[] };
  readonly sCodes: readonly { readonly code: string; readonly from: string }[];
  readonly sCodeCitations: readonly Citation[];
}

export type { Benefit, BillTo, HitCategory };
