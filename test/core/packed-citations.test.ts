import { describe, expect, it } from 'vitest';
import { packCitations } from '../../scripts/lib/dataset.js';
import { unpackCitations, type PackedData } from '../../src/core/packed-citations.js';

const cfr = { id: 'cfr-42-414.1550', title: '42 CFR 414.1550', url: 'https://www.ecfr.gov/current/title-42/section-414.1550' };
const roundTrip = (value: unknown) => unpackCitations(JSON.parse(JSON.stringify(packCitations(value))) as PackedData);

describe('packed citations: the stored form of bundled datasets', () => {
  it('stores each source once and each citation as a reference', () => {
    const value = { rules: [{ id: 'a', citations: [{ ...cfr, section: '(a)' }, cfr] }, { id: 'b', citations: [{ ...cfr, section: '(a)' }] }] };
    const packed = packCitations(value);
    expect(packed.sources).toEqual([[cfr.id, cfr.title, cfr.url]]);
    expect(packed.data).toEqual({ rules: [{ id: 'a', citations: [{ cite: [0, '(a)'] }, { cite: [0] }] }, { id: 'b', citations: [{ cite: [0, '(a)'] }] }] });
  });

  it('unpacks to exactly the value packed, with equal citations shared and frozen', () => {
    const value = { rules: [{ id: 'a', n: 1, flag: true, none: null, citations: [{ ...cfr, section: '(a)' }, cfr] }, { id: 'b', citations: [{ ...cfr, section: '(a)' }] }] };
    const back = roundTrip(value) as typeof value;
    expect(back).toEqual(value);
    expect(back.rules[0]!.citations[0]).toBe(back.rules[1]!.citations[0]);
    expect(Object.isFrozen(back.rules[0]!.citations[1])).toBe(true);
    expect(Object.keys(back.rules[0]!.citations[1]!)).toEqual(['id', 'title', 'url']);
  });

  it('leaves objects that merely resemble a citation alone (extra keys, non-string fields)', () => {
    const value = [{ ...cfr, kind: 'primary' }, { id: 'x', title: 'y', url: 3 }, { id: 'x', title: 'y' }];
    expect(packCitations(value).sources).toEqual([]);
    expect(roundTrip(value)).toEqual(value);
  });

  it('refuses data the packed form cannot carry', () => {
    expect(() => packCitations({ item: { cite: [1] } })).toThrow(/single key 'cite'/);
    expect(() => packCitations([cfr, { ...cfr, title: 'another title' }])).toThrow(/two titles or URLs/);
  });
});
