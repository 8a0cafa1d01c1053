import { describe, expect, it } from 'vitest';
import type { HcpcsRelease } from '../../scripts/import-hcpcs.js';
import { addDays, buildCatalog } from '../../scripts/datasets/catalog.js';
import { DataError, type BuildContext, type CitationRef, type SourceRecord } from '../../scripts/lib/dataset.js';

// A small world: two releases of CMS's file and a registry with the sources they cite.
const sources = new Map<string, SourceRecord>(
  ['hcpcs-2020-anweb', 'hcpcs-2025-oct-anweb', 'article-a52507', 'ssa-1834u'].map((id) => [
    id,
    { id, title: id, url: `https://example.org/${id}`, kind: 'primary' },
  ]),
);
const entry = (longDescriptor: string, addDate: string, actionEffective: string, extra: object = {}) => ({
  longDescriptor,
  shortDescriptor: longDescriptor.slice(0, 28),
  addDate,
  actionEffective,
  coverageCode: 'C',
  lines: 1,
  ...extra,
});
const release = (name: string, appliesFrom: string, codes: HcpcsRelease['codes']): HcpcsRelease => ({
  release: name,
  appliesFrom,
  sourceId: `hcpcs-${name}`,
  fileName: name,
  sha256: '0'.repeat(64),
  format: 'fixed-width',
  codes,
  notInFile: [],
});
const releases = [
  release('2020-anweb', '2020-01-01', {
    J1559: entry('Injection, immune globulin (hizentra), 100 mg', '2011-01-01', '2011-01-01'),
    G0068: entry('Old wording, each 15 minutes', '2019-01-01', '2019-01-01'),
    Q9977: entry('Compounded drug, not otherwise classified', '2015-07-01', '2016-01-01', { terminationDate: '2015-12-31' }),
    J0001: entry('Injection, old drug, 1 mg', '2001-01-01', '2001-01-01'),
    S9500: entry('Home infusion therapy, per diem', '2002-01-01', '2002-01-01', { coverageCode: 'I' }),
  }),
  release('2025-oct-anweb', '2025-10-01', {
    J1559: entry('Injection, immune globulin (hizentra), 100 mg', '2011-01-01', '2011'),
    G0068: entry('New wording, each 15 minutes', '2019-01-01', '2021'),
    S9500: entry('Home infusion therapy, per diem', '2002-01-01', '2002', { coverageCode: 'I' }),
  }),
];

function context(): BuildContext {
  return {
    sources,
    built: new Map([['hcpcs', releases]]),
    fail(file, record, field, message): never {
      throw new DataError(`${file}: record ${record}: field ${field}: ${message}`);
    },
    cite(refs: readonly CitationRef[], where: string) {
      return refs.map((ref) => {
        const id = typeof ref === 'string' ? ref : ref.source;
        const source = sources.get(id);
        if (!source) throw new DataError(`${where}: cites unknown source id '${id}'`);
        const section = typeof ref === 'string' ? undefined : ref.section;
        return { id, title: source.title, url: source.url, ...(section ? { section } : {}) };
      });
    },
  };
}

const drugs = { kind: 'drug' as const, benefits: ['part-b-dme' as const], billTo: 'dme-mac' as const, medicarePayable: true, citations: ['article-a52507'] };
const build = (content: object, coverage?: object) => {
  const ctx = context();
  if (coverage) (ctx.built as Map<string, unknown>).set('coverage', coverage);
  return buildCatalog([{ path: 'data/catalog/test.json', content: { title: 'test', ...content } as never }], ctx);
};

describe('catalog build', () => {
  it('joins curated entries with the CMS text and the coverage model, cut where the model changes', () => {
    const cited = { id: 'ssa-1834u', title: 'ssa-1834u', url: 'https://example.org/ssa-1834u' };
    const coverage = {
      rules: [{
        id: 'scig', kind: 'eip-drug', codes: ['J1559'], codeAdded: { J1559: '2011-01-01' }, label: 'Hizentra', effective: { from: '2011-01-01' },
        routes: ['subcutaneous'], requires: [], citations: [{ ...cited, id: 'article-a52507', title: 'article-a52507', url: 'https://example.org/article-a52507' }],
        hit: [{ category: 2, from: '2019-01-01', citations: [cited] }],
      }],
      hitContractor: [],
      hitEligibleRoutes: { from: '2021-01-01', routes: ['intravenous', 'subcutaneous'], citations: [cited] },
      sCodes: { exceptions: [], citations: [cited] },
    };
    const { benefits: _b, billTo: _t, ...kindOnly } = drugs;
    const records = build({ defaults: kindOnly, codes: [{ code: 'J1559' }] }, coverage);
    expect(records.map((r) => [r.effective.from, r.effective.to, r.benefits, r.billTo, r.hitCategory, r.hitRoutes])).toEqual([
      ['2011-01-01', '2018-12-31', ['part-b-dme'], 'dme-mac', undefined, undefined],
      ['2019-01-01', '2020-12-31', ['part-b-dme'], 'dme-mac', 2, undefined],
      // From 2021 the category holds on the drug's intravenous or subcutaneous routes only (BPM ch. 15 §320.7.1).
      ['2021-01-01', undefined, ['part-b-dme'], 'dme-mac', 2, ['subcutaneous']],
    ]);
    expect(records[0]!.unit).toEqual({ amount: 100, unit: 'mg' });
    // A benefit stated in the catalog for a code the coverage model names is a second copy of a fact.
    expect(() => build({ defaults: kindOnly, codes: [{ code: 'J1559', benefits: ['part-d'] }] }, coverage)).toThrow(/stated by the coverage model/);
  });

  it('closes the old wording the day before a cited change', () => {
    const records = build({
      defaults: { ...drugs, kind: 'service' },
      codes: [{ code: 'G0068' }],
      descriptorChanges: [{ code: 'G0068', from: '2021-01-01', citations: ['hcpcs-2025-oct-anweb'] }],
    });
    expect(records.map((r) => [r.descriptor, r.effective.from, r.effective.to])).toEqual([
      ['Old wording, each 15 minutes', '2019-01-01', '2020-12-31'],
      ['New wording, each 15 minutes', '2021-01-01', undefined],
    ]);
  });

  it('refuses new text that loses the billing unit unless the change says why', () => {
    const saved = releases[1]!.codes.G0068!;
    releases[1]!.codes.G0068 = entry('New wording', '2019-01-01', '2021');
    try {
      const change = { code: 'G0068', from: '2021-01-01', citations: ['hcpcs-2025-oct-anweb'] };
      const input = { defaults: { ...drugs, kind: 'service' as const }, codes: [{ code: 'G0068' }], descriptorChanges: [change] };
      expect(() => build(input)).toThrow(
        /record G0068: field unitLost: the 2025-oct-anweb descriptor has no billing unit where the earlier text had 15 minutes/,
      );
      const records = build({ ...input, descriptorChanges: [{ ...change, unitLost: 'CMS removed the time unit from the text' }] });
      expect(records.map((r) => r.unit)).toEqual([{ amount: 15, unit: 'minutes' }, undefined]);
    } finally {
      releases[1]!.codes.G0068 = saved;
    }
  });

  it('ends a code on its termination date', () => {
    const [record] = build({ defaults: drugs, codes: [{ code: 'Q9977' }] });
    expect(record!.effective).toEqual({ from: '2015-07-01', to: '2015-12-31' });
  });

  it.each([
    ['a descriptor change without a cited date', { codes: [{ code: 'G0068' }] }, /descriptorChanges.*differs/],
    [
      'a change date that does not match the file\'s action year',
      { codes: [{ code: 'G0068' }], descriptorChanges: [{ code: 'G0068', from: '2022-01-01', citations: ['ssa-1834u'] }] },
      /action effective date 2021/,
    ],
    ['an uncited code', { codes: [{ code: 'J1559', citations: [] }], defaults: { ...drugs, citations: [] } }, /uncited/],
    ['a code no release holds', { codes: [{ code: 'J9999' }] }, /not in any imported HCPCS release/],
    ['a code that vanished without an end', { codes: [{ code: 'J0001' }] }, /no termination date/],
    ['a code listed twice', { codes: [{ code: 'J1559' }, { code: 'J1559' }] }, /listed twice/],
    ['medicarePayable true on a coverage code I code', { codes: [{ code: 'S9500' }] }, /coverage code I/],
    [
      'overlapping periods setting the same field',
      {
        codes: [
          {
            code: 'J1559',
            periods: [
              { from: '2019-01-01', to: '2020-12-31', set: { billTo: 'ab-mac' }, citations: ['ssa-1834u'] },
              { from: '2020-06-01', set: { billTo: 'dme-mac' }, citations: ['ssa-1834u'] },
            ],
          },
        ],
      },
      /overlaps/,
    ],
    ['a citation of an unregistered source', { codes: [{ code: 'J1559', citations: ['no-such-source'] }] }, /unknown source id 'no-such-source'/],
    ['a descriptor typed into the catalog', { codes: [{ code: 'J1559', label: 'Hizentra', from: '2011-01-01' }] }, /come from the imported CMS file/],
  ])('fails on %s, naming file, record and field', (_label, content, message) => {
    expect(() => build({ defaults: drugs, ...content })).toThrow(DataError);
    expect(() => build({ defaults: drugs, ...content })).toThrow(message);
    expect(() => build({ defaults: drugs, ...content })).toThrow(/data\/catalog\/test\.json: record/);
  });

  it('adds days across month and year ends', () => {
    expect(addDays('2020-12-31', 1)).toBe('2021-01-01');
    expect(addDays('2021-01-01', -1)).toBe('2020-12-31');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
  });
});
