import type { Citation } from '../core/citation.js';
// {@link} targets for the docs below.
import type { dmeposFee } from './dmepos-fee.js';
import type { drugPaymentLimit } from './drug-payment-limit.js';
import type { priceClaim } from './price-claim.js';
import type { Money } from '../core/money.js';
import type { Step } from '../core/payment.js';
import type { ClaimLine } from '../claims/index.js';
import type { HitRateTable } from '../hit/types.js';

/** Where one imported CMS file came from: its citation (section = the file name), SHA-256 and banner rows. */
export interface PricingFileSource {
  readonly citation: Citation;
  readonly file: string;
  readonly sha256: string;
  readonly banner: readonly string[];
}

/** One fee schedule row as CMS published it: amounts are dollar text with two decimals ('301.20'). */
export interface FeeScheduleRow {
  readonly hcpcs: string;
  /** The row's pricing modifiers (Mod, Mod2), e.g. `['RR']`, `['NU', 'KF']`, or none. */
  readonly modifiers: readonly string[];
  /** DMEPOS file only: JURIS `D` (DME MAC), `L` (A/B MAC), `J` (joint). */
  readonly juris?: string;
  /** DMEPOS file only: CATG, the payment category (`CR`, `FS`, `IN`, `SU`, `OX`, …). */
  readonly catg?: string;
  readonly ceiling?: string;
  readonly floor?: string;
  /** `[non-rural, rural]` per two-letter state column; a rural `'0.00'` means no separate rural amount. */
  readonly fees: Readonly<Record<string, readonly [string, string]>>;
  readonly description: string;
}

/** A DMEPOS or PEN fee schedule file of one quarter, as imported (only the codes kept). */
export interface FeeScheduleTable {
  readonly kind: 'dmepos' | 'pen';
  readonly source: PricingFileSource;
  readonly states: readonly string[];
  readonly rows: readonly FeeScheduleRow[];
}

/** CMS's DMEPOS rural ZIP code file of one quarter. */
export interface RuralZipTable {
  readonly kind: 'rural-zip';
  readonly source: PricingFileSource;
  /** Rural ZIP codes by state, one space-separated sorted string per state. */
  readonly zips: Readonly<Record<string, string>>;
}

/** One row of the ASP pricing file, as published. */
export interface AspTableRow {
  readonly hcpcs: string;
  readonly description: string;
  /** The billing unit the limit is per, as published: `'100 MG'`. */
  readonly dosage: string;
  /** Dollars per billing unit with three decimals, as published: `'13.637'`. */
  readonly paymentLimit: string;
  /** As published: `'20.000'`, `'19.810'`. */
  readonly coinsurancePercent: string;
  readonly notes?: string;
}

/** The ASP pricing file of one quarter, as imported (only the codes kept). */
export interface AspTable {
  readonly kind: 'asp';
  readonly source: PricingFileSource;
  readonly rows: readonly AspTableRow[];
}

/**
 * One quarter of CMS pricing files as imported by `scripts/import-pricing.ts`: the bundled quarters
 * have this shape, and a caller can pass one it imported itself (`--tables-out`).
 */
export interface PricingTables {
  /** `'2025Q1'` */
  readonly quarter: string;
  /** First and last date of service the files apply to. */
  readonly from: string;
  readonly to: string;
  readonly dmepos: FeeScheduleTable;
  readonly pen: FeeScheduleTable;
  readonly ruralZip: RuralZipTable;
  readonly asp: AspTable;
}

/** The payment class of a fee schedule row, from the DMEPOS file's CATG column (DMEREAD 2025); PEN rows from the catalog. */
export type FeeCategory =
  | 'capped-rental'
  | 'frequently-serviced'
  | 'inexpensive-routinely-purchased'
  | 'supplies'
  | 'parenteral-nutrition'
  | 'enteral-nutrition'
  | 'oxygen'
  | 'other';

/** Input of {@link dmeposFee}. */
export interface DmeposFeeInput {
  hcpcs: string;
  modifiers?: readonly string[];
  dateOfService: string | Date;
  /** Two-letter postal code of the beneficiary's residence (a state column of the file). */
  state: string;
  /** Five-digit ZIP (or ZIP+4): rural when CMS's rural ZIP file lists it. Give `zip` or `rural`. */
  zip?: string;
  rural?: boolean;
  /** 1-based month of continuous rental; required for capped rental (CATG CR) items. */
  rentalMonth?: number;
  /** A quarter imported by the caller; else the bundled quarter holding the date of service. */
  tables?: PricingTables;
}

/** The fee schedule amount that applies to one item, and how it was reached. */
export interface DmeposFee {
  readonly hcpcs: string;
  /** The pricing modifiers of the row used. */
  readonly modifiers: readonly string[];
  readonly category: FeeCategory;
  readonly jurisdiction: 'dme-mac' | 'ab-mac' | 'joint';
  /** The fee schedule amount that applies (after the rental-month rule), per unit. */
  readonly fee: Money;
  readonly quarter: string;
  readonly rural: boolean;
  readonly steps: readonly Step[];
  readonly warnings: readonly string[];
  readonly citations: readonly Citation[];
}

/** Input of {@link drugPaymentLimit}. */
export interface DrugPaymentLimitInput {
  hcpcs: string;
  dateOfService: string | Date;
  tables?: PricingTables;
}

/** A drug's Part B payment limit per billing unit from the ASP file, and its co-insurance percentage. */
export interface DrugPaymentLimit {
  readonly hcpcs: string;
  /** The file's dosage, e.g. `'100 MG'`. */
  readonly billingUnit: string;
  /** Exactly as published, three decimals: `'13.637'`. */
  readonly limitPerUnit: { readonly dollars: string };
  /** 20, or the inflation-adjusted figure the file gives (19.81). */
  readonly coinsurancePercent: number;
  readonly quarter: string;
  readonly citations: readonly Citation[];
}

/** A claim line to price: checkClaim's line shape plus the supplier's charge and the rental month. */
export interface PriceClaimLine extends ClaimLine {
  /** The supplier's actual charge for the line, in cents (Medicare pays on the lesser of charge and fee). */
  chargeCents?: number;
  /** 1-based rental month, for capped rental items. */
  rentalMonth?: number;
}

/** Input of {@link priceClaim}: the claim lines and who the beneficiary is (state, ZIP or rural). */
export interface PriceClaimInput {
  lines: readonly PriceClaimLine[];
  state: string;
  zip?: string;
  rural?: boolean;
  /** Part B deductible not yet met this year; default: the year's whole deductible (medicareParameters). */
  deductibleRemainingCents?: number;
  /** HIT national rates for the year; without it HIT G-code lines are not priced. */
  hitRates?: HitRateTable;
  /** GAF for HIT lines. */
  gaf?: number;
  tables?: PricingTables;
}

/** Where a line's allowed amount comes from: the DMEPOS or PEN fee schedule, the ASP file, the HIT calculator, or nowhere. */
export type PricingBasis = 'dmepos-fee' | 'pen-fee' | 'asp' | 'hit' | 'not-priced';

/** One priced (or not priced) claim line. */
export interface PricedLine {
  /** 1-based, as on an X12 837 claim. */
  readonly line: number;
  readonly hcpcs: string;
  readonly basis: PricingBasis;
  readonly allowed?: Money;
  readonly deductibleApplied?: Money;
  readonly medicarePays?: Money;
  readonly beneficiaryPays?: Money;
  readonly steps: readonly Step[];
  /** Why the line is not priced: not payable, HIT without rates, contractor-priced drug, no fee row. */
  readonly reason?: string;
}

/** What {@link priceClaim} answers: every line, the totals of the priced lines, warnings and citations. */
export interface PricedClaim {
  readonly lines: readonly PricedLine[];
  readonly totals: { readonly allowed: Money; readonly medicarePays: Money; readonly beneficiaryPays: Money };
  readonly warnings: readonly string[];
  readonly citations: readonly Citation[];
}
