import type { Citation } from '../core/citation.js';
import { noData } from '../core/errors.js';
import { deepFreeze } from '../core/freeze.js';
import { money, type Money } from '../core/money.js';
import { readYear } from '../core/validate.js';
import { lazy } from '../core/lazy.js';
import { loadNegotiatedDrugs } from '../generated/negotiated-drugs.js';
import { loadParameters } from '../generated/parameters.js';

/**
 * Result of {@link medicareParameters}.
 *
 * @example
 * ```ts
 * medicareParameters(2026).partD.outOfPocketThreshold.usd; // '$2,100.00'
 * ```
 */
export interface MedicareParameters {
  readonly year: number;
  readonly partA: { readonly deductible: Money };
  readonly partB: { readonly standardPremium: Money; readonly deductible: Money; readonly coinsurancePercent: number };
  readonly partD: { readonly deductible: Money; readonly outOfPocketThreshold: Money };
  /** Every source behind the figures (deduplicated). */
  readonly citations: readonly Citation[];
  /** Per-figure sources, keyed `'partB.deductible'` etc. */
  readonly sources: Readonly<Record<string, readonly Citation[]>>;
  /**
   * Figures read only in secondary sources (reports quoting CMS), keyed like `sources`, e.g.
   * `'partD.deductible'`; each is also explained in `warnings`.
   */
  readonly secondary: readonly string[];
  /** Figures computed from published inputs rather than published themselves, with how. */
  readonly derived: readonly { readonly field: string; readonly derivation: string }[];
  readonly warnings: readonly string[];
}

function dedupe(lists: readonly (readonly Citation[])[]): Citation[] {
  const seen = new Set<string>();
  const out: Citation[] = [];
  for (const list of lists) {
    for (const c of list) {
      const key = `${c.id}\u0000${c.section ?? ''}`;
      if (!seen.has(key)) {
        seen.add(key);
        out.push(c);
      }
    }
  }
  return out;
}

const PARAMETERS_BY_YEAR: () => ReadonlyMap<number, MedicareParameters> = /* @__PURE__ */ lazy(() => new Map(
  loadParameters().map((p) => {
    const sources: Record<string, readonly Citation[]> = {
      'partA.deductible': p.partA.deductible.citations,
      'partB.standardPremium': p.partB.standardPremium.citations,
      'partB.deductible': p.partB.deductible.citations,
      'partB.coinsurancePercent': p.partB.coinsurancePercent.citations,
      'partD.deductible': p.partD.deductible.citations,
      'partD.outOfPocketThreshold': p.partD.outOfPocketThreshold.citations,
    };
    const amounts = {
      'partA.deductible': p.partA.deductible,
      'partB.standardPremium': p.partB.standardPremium,
      'partB.deductible': p.partB.deductible,
      'partD.deductible': p.partD.deductible,
      'partD.outOfPocketThreshold': p.partD.outOfPocketThreshold,
    };
    const secondary = Object.entries(amounts)
      .filter(([, amount]) => amount.basis === 'secondary')
      .map(([field]) => field);
    const coinsurance = p.partB.coinsurancePercent;
    const derived =
      coinsurance.status === 'derived' && coinsurance.derivation
        ? [{ field: 'partB.coinsurancePercent', derivation: coinsurance.derivation }]
        : [];
    const result: MedicareParameters = {
      year: p.year,
      partA: { deductible: money(p.partA.deductible.cents) },
      partB: {
        standardPremium: money(p.partB.standardPremium.cents),
        deductible: money(p.partB.deductible.cents),
        coinsurancePercent: coinsurance.value,
      },
      partD: {
        deductible: money(p.partD.deductible.cents),
        outOfPocketThreshold: money(p.partD.outOfPocketThreshold.cents),
      },
      citations: dedupe(Object.values(sources)),
      sources,
      secondary,
      derived,
      warnings: [
        ...p.warnings,
        ...derived.map((d) => `${d.field} is derived, not published: ${d.derivation}`),
      ],
    };
    return [p.year, deepFreeze(result)];
  }),
));

/**
 * Medicare's yearly beneficiary parameters: Part A inpatient deductible; Part B standard monthly
 * premium, annual deductible and coinsurance; Part D standard deductible and annual out-of-pocket
 * threshold. Years with cited figures are held (2019–2026); others throw `NO_DATA`. `secondary`
 * lists the figures read only in secondary reports (all Part D figures; a few Part A/B ones before
 * 2023) and `warnings` says which primary document was not read; `derived` lists computed figures.
 *
 * @example
 * ```ts
 * medicareParameters(2026).partB.deductible.usd; // '$283.00'
 * ```
 */
export function medicareParameters(year: number): MedicareParameters {
  const y = readYear(year, 'year');
  const found = PARAMETERS_BY_YEAR().get(y);
  if (!found) {
    return noData('year', `no verified Medicare parameters for ${y} (held: ${[...PARAMETERS_BY_YEAR().keys()].join(', ')})`);
  }
  return found;
}

/**
 * One drug of {@link negotiatedDrugs}.
 *
 * @example
 * ```ts
 * negotiatedDrugs(2027).map((d: NegotiatedDrug) => d.name);
 * ```
 */
export interface NegotiatedDrug {
  /** The drug as CMS lists it (first brand of the listed group). */
  readonly name: string;
  /** Every brand CMS lists for the drug, separated by '; '. */
  readonly brand: string;
  /** CMS's negotiated price for a 30-day supply, where a cited source gives it. */
  readonly maximumFairPrice?: Money;
  readonly priceBasis?: string;
  readonly priceNote?: string;
  readonly effectiveFrom: string;
  readonly citations: readonly Citation[];
}

const DRUGS_BY_YEAR: () => ReadonlyMap<number, readonly NegotiatedDrug[]> = /* @__PURE__ */ lazy(() => new Map(
  loadNegotiatedDrugs().map((y) => [
    y.year,
    deepFreeze(
      y.drugs.map((d) => ({
        name: d.name,
        brand: d.brand,
        ...(d.maximumFairPriceCents !== undefined
          ? { maximumFairPrice: money(d.maximumFairPriceCents), priceBasis: y.priceBasis }
          : {}),
        ...(d.priceNote ? { priceNote: d.priceNote } : {}),
        effectiveFrom: y.effectiveFrom,
        citations: dedupe([y.citations, d.priceCitations ?? []]),
      })),
    ),
  ]),
));

/**
 * The drugs whose Medicare Drug Price Negotiation Program prices take effect on January 1 of
 * `year`: ten Part D drugs for 2026, fifteen for 2027. A maximum fair price (CMS's negotiated price
 * for a 30-day supply) is given only where a cited source states it. Other years throw `NO_DATA`.
 *
 * @example
 * ```ts
 * negotiatedDrugs(2026).find((d) => d.brand === 'Eliquis')?.maximumFairPrice?.usd; // '$231.00'
 * ```
 */
export function negotiatedDrugs(year: number): readonly NegotiatedDrug[] {
  const y = readYear(year, 'year');
  const found = DRUGS_BY_YEAR().get(y);
  if (!found) {
    return noData('year', `no negotiated drug list held for ${y} (held: ${[...DRUGS_BY_YEAR().keys()].join(', ')})`);
  }
  return found;
}
