import type { Route } from '../coverage/types.js';
import type { Benefit, HitCategory } from '../core/benefit.js';
import type { Citation } from '../core/citation.js';

/**
 * What a code bills for.
 *
 * @example
 * ```ts
 * const kind: CodeKind = getCode('E0784')!.kind // 'pump'
 * ```
 */
export type CodeKind = 'drug' | 'pump' | 'supply' | 'service' | 'nutrition' | 'per-diem' | 'nursing' | 'other';

/**
 * Every {@link CodeKind}, for menus and validation.
 *
 * @example
 * ```ts
 * CODE_KINDS.map((kind) => [kind, listCodes({ kind }).length])
 * ```
 */
export const CODE_KINDS: readonly CodeKind[] = /* @__PURE__ */ Object.freeze([
  'drug',
  'pump',
  'supply',
  'service',
  'nutrition',
  'per-diem',
  'nursing',
  'other',
] as const);

/**
 * One dated record of a HCPCS or CPT code, as the catalog holds it. A code whose descriptor,
 * contractor or HIT category changed has one record per period; `effective` says which.
 *
 * @example
 * ```ts
 * const info: CodeInfo | undefined = getCode('G0068', { asOf: '2020-06-01' })
 * info?.effective // { from: '2019-01-01', to: '2020-12-31' }
 * ```
 */
export interface CodeInfo {
  /** Canonical upper-case code, e.g. `'J1559'`. */
  readonly code: string;
  /** CPT codes appear by number only, with a short label of the library's own (AMA copyright). */
  readonly system: 'HCPCS' | 'CPT';
  readonly kind: CodeKind;
  /** HCPCS long descriptor exactly as CMS publishes it (for CPT: the library's own label). */
  readonly descriptor: string;
  /** HCPCS short descriptor (28 characters at most), where CMS's file gives one. */
  readonly shortDescriptor?: string;
  /** Billing unit parsed from the descriptor, e.g. `{ amount: 100, unit: 'mg' }`. */
  readonly unit?: { readonly amount: number; readonly unit: string };
  /** First and last date of service this record is valid (`to` absent: still in effect). */
  readonly effective: { readonly from: string; readonly to?: string };
  /**
   * False where CMS's HCPCS file marks the code not payable by Medicare (coverage code I, e.g. every
   * S-code) or non-covered by statute (S), where a cited rule makes it invalid on a Medicare claim
   * (A4230-A4232), and for CPT codes (the library has not verified a Medicare payment for them).
   */
  readonly medicarePayable: boolean;
  /**
   * Where a home infusion claim for it belongs (`'not-covered'`: no Medicare benefit pays it in
   * the home, e.g. disposable elastomeric pumps; empty when the library names none).
   */
  readonly benefits: readonly Benefit[];
  readonly billTo?: 'dme-mac' | 'ab-mac';
  /** HIT services category of an eligible drug, or of a HIT G-code itself (from the coverage model). */
  readonly hitCategory?: HitCategory;
  /**
   * Where the drug's HIT category depends on the route (from 2021, BPM ch. 15 §320.7.1: infused
   * intravenously or subcutaneously), the routes on which it applies; absent when no route condition applies.
   */
  readonly hitRoutes?: readonly Route[];
  readonly citations: readonly Citation[];
}

/**
 * Filter for {@link listCodes}: every given field must match.
 *
 * @example
 * ```ts
 * const filter: CodeFilter = { benefit: 'part-b-pn', kind: 'nutrition', asOf: '2026-01-01' }
 * ```
 */
export interface CodeFilter {
  readonly kind?: CodeKind;
  readonly benefit?: Benefit;
  readonly hitCategory?: HitCategory;
  /** Only records in effect on this date of service. */
  readonly asOf?: string | Date;
  /** Case-insensitive text search over code, descriptor and short descriptor. */
  readonly text?: string;
}
