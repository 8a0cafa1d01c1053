import type { Citation } from '../core/citation.js';

/**
 * Whether a figure was read in a primary source (CMS, a MAC, the Federal Register, SSA; possibly
 * through a verbatim copy) or only in a secondary one (a report or compilation quoting them).
 */
export type FigureBasis = 'primary' | 'secondary';

/** One cited yearly amount, in integer cents, as held in data. */
export interface CitedAmount {
  readonly cents: number;
  readonly citations: readonly Citation[];
  /** `primary` when at least one cited source is primary (set by the data build). */
  readonly basis: FigureBasis;
}

/** The yearly Medicare parameters, as held in data. */
export interface ParametersRecord {
  readonly year: number;
  readonly partA: { readonly deductible: CitedAmount };
  readonly partB: {
    readonly standardPremium: CitedAmount;
    readonly deductible: CitedAmount;
    readonly coinsurancePercent: {
      readonly value: number;
      readonly status: 'published' | 'derived';
      readonly derivation?: string;
      readonly citations: readonly Citation[];
    };
  };
  readonly partD: { readonly deductible: CitedAmount; readonly outOfPocketThreshold: CitedAmount };
  readonly warnings: readonly string[];
}

/** One year's negotiated drugs, as held in data. */
export interface NegotiatedDrugsRecord {
  readonly year: number;
  readonly effectiveFrom: string;
  readonly priceBasis: string;
  readonly nameNote: string;
  readonly citations: readonly Citation[];
  readonly drugs: readonly {
    readonly name: string;
    readonly brand: string;
    readonly maximumFairPriceCents?: number;
    readonly priceCitations?: readonly Citation[];
    readonly priceNote?: string;
  }[];
}
