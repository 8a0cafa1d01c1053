import { describe, expect, it } from 'vitest';
import { MedicareInputError } from '../../src/core/errors.js';
import { medicareParameters, negotiatedDrugs } from '../../src/parameters/index.js';
import { inputErrorOf as thrown } from '../helpers.js';

describe('medicareParameters', () => {
  it('holds the 2026 figures with their sources', () => {
    const p = medicareParameters(2026);
    expect(p.partA.deductible.usd).toBe('$1,736.00');
    expect(p.partB.standardPremium).toEqual({ cents: 20290, usd: '$202.90' });
    expect(p.partB.deductible.usd).toBe('$283.00');
    expect(p.partB.coinsurancePercent).toBe(20);
    expect(p.partD.deductible.usd).toBe('$615.00');
    expect(p.partD.outOfPocketThreshold.usd).toBe('$2,100.00');
    // Parts A and B from the Federal Register notices (primary); Part D only from reports (secondary).
    expect(p.sources['partB.deductible']!.map((c) => c.id)).toEqual(['fr-2025-20251-partb-2026']);
    expect(p.sources['partA.deductible']!.map((c) => c.id)).toEqual(['fr-2025-20249-parta-2026']);
    expect(p.secondary).toEqual(['partD.deductible', 'partD.outOfPocketThreshold']);
    expect(p.derived).toEqual([expect.objectContaining({ field: 'partB.coinsurancePercent' })]);
    expect(p.warnings.some((w) => w.includes('partD.deductible') && w.includes('secondary'))).toBe(true);
    // citations is the deduplicated union of the per-figure sources.
    const ids = p.citations.map((c) => `${c.id}|${c.section ?? ''}`);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('holds 2025, with 2026 above it on every figure', () => {
    const a = medicareParameters(2025);
    const b = medicareParameters(2026);
    expect(a.partB.standardPremium.usd).toBe('$185.00');
    expect(a.partB.deductible.usd).toBe('$257.00');
    expect(a.partA.deductible.usd).toBe('$1,676.00');
    expect(a.partD.deductible.usd).toBe('$590.00');
    expect(a.partD.outOfPocketThreshold.usd).toBe('$2,000.00');
    // $202.90 - $185.00 = $17.90; $283 - $257 = $26; $1,736 - $1,676 = $60.
    expect(b.partB.standardPremium.cents - a.partB.standardPremium.cents).toBe(1790);
    expect(b.partB.deductible.cents - a.partB.deductible.cents).toBe(2600);
    expect(b.partA.deductible.cents - a.partA.deductible.cents).toBe(6000);
  });

  it('holds every year 2019-2026, each figure as the reference gives it, primary or marked secondary', () => {
    // Year: [Part A deductible, Part B premium, Part B deductible, Part D deductible, Part D OOP threshold] in cents,
    // then the figures resting only on secondary sources (see ../shared/reference/parameters.md).
    const expected: Record<number, [number[], string[]]> = {
      2019: [[136400, 13550, 18500, 41500, 510000], ['partB.standardPremium', 'partB.deductible', 'partD.deductible', 'partD.outOfPocketThreshold']],
      2020: [[140800, 14460, 19800, 43500, 635000], ['partB.deductible', 'partD.deductible', 'partD.outOfPocketThreshold']],
      2021: [[148400, 14850, 20300, 44500, 655000], ['partA.deductible', 'partD.deductible', 'partD.outOfPocketThreshold']],
      2022: [[155600, 17010, 23300, 48000, 705000], ['partA.deductible', 'partB.deductible', 'partD.deductible', 'partD.outOfPocketThreshold']],
      2023: [[160000, 16490, 22600, 50500, 740000], ['partD.deductible', 'partD.outOfPocketThreshold']],
      2024: [[163200, 17470, 24000, 54500, 800000], ['partD.deductible', 'partD.outOfPocketThreshold']],
      2025: [[167600, 18500, 25700, 59000, 200000], ['partD.deductible', 'partD.outOfPocketThreshold']],
      2026: [[173600, 20290, 28300, 61500, 210000], ['partD.deductible', 'partD.outOfPocketThreshold']],
    };
    for (const [year, [cents, secondary]] of Object.entries(expected)) {
      const p = medicareParameters(Number(year));
      expect([p.partA.deductible, p.partB.standardPremium, p.partB.deductible, p.partD.deductible, p.partD.outOfPocketThreshold].map((m) => m.cents), year).toEqual(cents);
      expect(p.secondary, year).toEqual(secondary);
      for (const field of secondary) expect(p.warnings.some((w) => w.includes(field)), `${year} ${field}`).toBe(true);
    }
  });

  it('throws NO_DATA for other years and INVALID_INPUT for non-years', () => {
    for (const year of [2018, 2027]) {
      const err = thrown(() => medicareParameters(year));
      expect([err.code, err.field]).toEqual(['NO_DATA', 'year']);
    }
    expect(thrown(() => medicareParameters(Number.NaN)).code).toBe('INVALID_INPUT');
    expect(thrown(() => medicareParameters(null as never)).field).toBe('year');
  });

  it('returns frozen results', () => {
    const p = medicareParameters(2026);
    expect(Object.isFrozen(p)).toBe(true);
    expect(Object.isFrozen(p.partB.deductible)).toBe(true);
    expect(Object.isFrozen(p.sources)).toBe(true);
  });
});

describe('negotiatedDrugs', () => {
  it('lists the ten 2026 drugs, with prices only where a source gives one', () => {
    const drugs = negotiatedDrugs(2026);
    expect(drugs).toHaveLength(10);
    const eliquis = drugs.find((d) => d.brand === 'Eliquis')!;
    expect(eliquis.maximumFairPrice).toEqual({ cents: 23100, usd: '$231.00' });
    expect(eliquis.effectiveFrom).toBe('2026-01-01');
    expect(eliquis.citations.map((c) => c.id)).toContain('hap-ipay-2026-prices');
    const farxiga = drugs.find((d) => d.brand === 'Farxiga')!;
    expect(farxiga.maximumFairPrice).toBeUndefined();
    expect(farxiga.priceNote).toContain('disagree');
    expect(drugs.find((d) => d.name === 'Fiasp')!.brand).toContain('NovoLog');
    expect(drugs.filter((d) => d.maximumFairPrice)).toHaveLength(9);
  });

  it('lists the fifteen 2027 drugs', () => {
    const drugs = negotiatedDrugs(2027);
    expect(drugs).toHaveLength(15);
    expect(drugs.find((d) => d.name === 'Ozempic')!.maximumFairPrice!.usd).toBe('$274.00');
    expect(drugs.find((d) => d.name === 'Xtandi')!.maximumFairPrice!.usd).toBe('$7,004.00');
    expect(drugs.filter((d) => d.maximumFairPrice)).toHaveLength(3);
    expect(new Set(drugs.map((d) => d.name)).size).toBe(15);
  });

  it('throws NO_DATA for other years', () => {
    expect(thrown(() => negotiatedDrugs(2025)).code).toBe('NO_DATA');
    expect(thrown(() => negotiatedDrugs(2028)).code).toBe('NO_DATA');
    expect(thrown(() => negotiatedDrugs('2026' as never)).code).toBe('INVALID_INPUT');
  });
});
