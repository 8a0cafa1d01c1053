import type { Benefit, HitCategory } from '../core/benefit.js';
import type { Citation } from '../core/citation.js';

/** What a code bills for. */
export type CodeKind = 'drug' | 'pump' | 'supply' | 'service' | 'nutrition' | 'per-diem' | 'nursing' | 'other';

/** Every {@link CodeKind}. */
export const CODE_KINDS: readonly CodeKind[] = Object.freeze([
  'drug',
  'pump',
  'supply',
  'service',
  'nutrition',
  'per-diem',
  'nursing',
  'other',
] as const);

/** One dated record of a HCPCS or CPT code, as the catalog holds it. */
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
  /** False for S-codes and codes Medicare does not pay. */
  readonly medicarePayable: boolean;
  /** Where a Medicare claim for it belongs. */
  readonly benefits: readonly Benefit[];
  readonly billTo?: 'dme-mac' | 'ab-mac';
  /** HIT services category of an eligible drug, or of a HIT G-code itself. */
  readonly hitCategory?: HitCategory;
  readonly citations: readonly Citation[];
}

/** Filter for {@link listCodes}. */
export interface CodeFilter {
  readonly kind?: CodeKind;
  readonly benefit?: Benefit;
  readonly hitCategory?: HitCategory;
  /** Only records in effect on this date of service. */
  readonly asOf?: string | Date;
  /** Case-insensitive text search over code, descriptor and short descriptor. */
  readonly text?: string;
}
