import type { Benefit, BillTo, HitCategory } from '../core/benefit.js';
import type { Citation } from '../core/citation.js';

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
 * What kind of item a coverage rule describes: its role on a claim and the policy it falls under.
 * @example
 * ```ts
 * const kind: RuleKind = 'eip-drug';
 * ```
 */
export type RuleKind =
  | 'eip-drug'
  | 'eip-pump'
  | 'eip-supply'
  | 'eip-accessory'
  | 'compounded'
  | 'disposable-device'
  | 'implanted-pump'
  | 'ivig-drug'
  | 'ivig-services'
  | 'pn'
  | 'hit-service'
  | 'home-health-nursing'
  | 'part-d-drug';

/** A period during which a drug is on a HIT payment category list. */
export interface HitPeriod {
  readonly category: HitCategory;
  readonly from: string;
  readonly to?: string;
  readonly citations: readonly Citation[];
}

/** A reading of the sources that could not be verified offline; answers that rest on it carry `note` as a warning. */
export interface CoverageDoubt {
  /** An A52507 ICD-10 group the rule does not accept, though a source could be read as accepting it. */
  readonly group?: number;
  /** ICD-10-CM codes the rule does not accept, though the current article may list them. */
  readonly codes?: readonly string[];
  readonly note: string;
  readonly citations: readonly Citation[];
}

/**
 * One row of the coverage model (data/coverage/*.json), with citations resolved: a group of codes,
 * the dates it applies, and the facts its policy states about them.
 * @example
 * ```ts
 * const rule: CoverageRule | undefined = classifyRuleTable().rules.find((r) => r.id === 'eip-inotropes');
 * ```
 */
export interface CoverageRule {
  readonly id: string;
  readonly kind: RuleKind;
  readonly codes: readonly string[];
  /** Date each code was added to HCPCS (read from CMS's HCPCS file at build time); a code is not classified before it. */
  readonly codeAdded: Readonly<Partial<Record<string, string>>>;
  readonly label: string;
  /** LCD L33794 indication, e.g. `'V(D)'`. */
  readonly indication?: string;
  readonly effective: { readonly from: string; readonly to?: string };
  /** Devices the rule covers (the durable pump type). */
  readonly devices?: readonly Device[];
  /** Pump HCPCS codes the LCD or article allows with this drug, supply or accessory. Absent on a drug: no pump is paired with it. */
  readonly pumps?: readonly string[];
  /** Routes the rule covers; absent means any route. */
  readonly routes?: readonly Route[];
  /** Route assumed when the input gives none. */
  readonly defaultRoute?: Route;
  /** A52507 ICD-10 groups that support medical necessity (a group may start later than the rule). */
  readonly diagnosisGroups?: readonly { readonly group: number; readonly from?: string }[];
  /** `'pid'`: the home IVIG primary immune deficiency list (BPM ch. 15 §50.6). */
  readonly diagnosisList?: 'pid';
  /** Readings that could not be verified: answered with a warning naming the doubt. */
  readonly doubts?: readonly CoverageDoubt[];
  /** HIT payment category of the drug, by period (the category lists of SSA §1834(u)(7)(C) and the MACs). */
  readonly hit?: readonly HitPeriod[];
  /** HIT category of a HIT G-code. */
  readonly hitCategory?: HitCategory;
  /** Visit type of a HIT G-code. */
  readonly hitVisit?: 'initial' | 'subsequent';
  readonly exclusion?: 'vancomycin-pump' | 'heparin-home' | 'meperidine';
  /** Paid only under a demonstration (enrolment the library cannot see). */
  readonly demonstration?: boolean;
  readonly requires: readonly string[];
  readonly citations: readonly Citation[];
  readonly notes?: string;
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

/** A fact stated once for a date range, with its sources. */
export interface Dated {
  readonly from: string;
  readonly to?: string;
  readonly citations: readonly Citation[];
}

/**
 * The coverage model: every fact the catalog, `classify` and `checkClaim` derive their answers from,
 * built from data/coverage/. Each fact is stated once; the build refuses a second statement of it.
 * @example
 * ```ts
 * const model: CoverageData = classifyRuleTable();
 * model.lineModifiers.modifiers // ['KX', 'GA', 'GZ']
 * ```
 */
export interface CoverageData {
  readonly rules: readonly CoverageRule[];
  readonly icd10Groups: readonly Icd10Group[];
  readonly icd10Citations: readonly Citation[];
  /** The home IVIG primary immune deficiency list (BPM ch. 15 §50.6). */
  readonly pid: { readonly effective: { readonly from: string; readonly to?: string }; readonly codes: readonly string[]; readonly citations: readonly Citation[] };
  /** Every S-code is not payable by Medicare (HCPCS coverage code I), but these. */
  readonly sCodes: { readonly exceptions: readonly string[]; readonly citations: readonly Citation[] };
  /** A52507: KX, GA or GZ on every line of these rule kinds from `from`, and on `anyDate` codes for any date. */
  readonly lineModifiers: Dated & { readonly modifiers: readonly string[]; readonly kinds: readonly RuleKind[]; readonly anyDate: readonly string[] };
  /** A52507: JB on each immune globulin of `indication` and its paired pump, on the subcutaneous route only. */
  readonly subcutaneousModifier: { readonly modifier: string; readonly indication: string; readonly route: Route; readonly citations: readonly Citation[] };
  /** A52507: JK (one month or less) or JL (three months) on pump insulin of `indication` from `from` (or the code's first date). */
  readonly insulinSupplyModifiers: Dated & {
    readonly indication: string;
    readonly modifiers: readonly string[];
    readonly jlNotAllowed: { readonly codes: readonly string[]; readonly from: string; readonly to: string };
  };
  /** A52507: from `from`, the beneficiary's coinsurance for a month's supply of pump insulin (`indication`) is at most this. */
  readonly insulinCoinsuranceCap: Dated & { readonly indication: string; readonly maxCentsPerMonth: number };
  /** LCD unit limits per calendar month. */
  readonly quantityLimits: readonly { readonly id: string; readonly codes: readonly string[]; readonly maxUnitsPerCalendarMonth: number; readonly citations: readonly Citation[] }[];
  /** LCD limits on the quantity dispensed at a time, in months, by rule kind. */
  readonly dispensingLimits: readonly { readonly months: number; readonly kinds: readonly RuleKind[]; readonly citations: readonly Citation[] }[];
  /** A52509 and the DME MACs: Q2052's units per day and how close to its drug's date it must be. */
  readonly ivigServicesLine: { readonly code: string; readonly maxUnitsPerDay: number; readonly drugWithinDays: number; readonly citations: readonly Citation[] };
  /** Who is billed for HIT visits, by period (DME MAC under the 2019-2020 transitional payment, A/B MAC after). */
  readonly hitContractor: readonly (Dated & { readonly billTo: 'dme-mac' | 'ab-mac' })[];
  /** From `from`, a pump drug is a home infusion drug only on these routes (BPM ch. 15 §320.7.1). */
  readonly hitEligibleRoutes: Dated & { readonly routes: readonly Route[] };
  /** The drug of a HIT visit is billed with the visit or no more than `days` before it. */
  readonly hitDrugBilledWithinDays: Dated & { readonly days: number };
}

export type { Benefit, BillTo, HitCategory };
