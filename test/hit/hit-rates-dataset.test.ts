import { describe, expect, it } from 'vitest';
import { dataset as hitRates, type HitRateFile } from '../../scripts/datasets/hit-rates.js';
import { dataset as q2052 } from '../../scripts/datasets/q2052.js';
import { DataError, type BuildContext, type CitationRef } from '../../scripts/lib/dataset.js';
import { loadSources } from '../../src/generated/sources.js';

const SOURCES = loadSources();

// A build context like build-data's, over the real citation registry.
const sources = new Map(SOURCES.map((s) => [s.id, { ...s }]));
const ctx: BuildContext = {
  sources,
  built: new Map(),
  fail: (file, record, field, message) => {
    throw new DataError(`${file}: record ${record}: field ${field}: ${message}`);
  },
  cite: (refs: readonly CitationRef[], where: string) =>
    refs.map((ref) => {
      const id = typeof ref === 'string' ? ref : ref.source;
      const source = sources.get(id);
      if (!source) throw new DataError(`${where}: cites unknown source id '${id}'`);
      const section = typeof ref === 'string' ? undefined : ref.section;
      return { id, title: source.title, url: source.url, ...(section ? { section } : {}) };
    }),
};

const good: HitRateFile = {
  year: 2031,
  status: 'published',
  rates: { G0068: 100, G0069: 200, G0070: 300, G0088: 150, G0089: 250, G0090: 350 },
  citations: [{ source: 'cms-hit-overview', section: 'CY 2031 national rates' }],
};
const build = (path: string, content: unknown) =>
  hitRates.build([{ path, content: hitRates.schema.parse(content) }], ctx);

describe('hit-rates dataset (data build)', () => {
  it('builds a valid year with resolved citations and sorted codes', () => {
    const [table] = build('data/hit-rates/2031.json', good);
    expect(table?.rates).toEqual(good.rates);
    expect(table?.citations[0]?.url).toBe(sources.get('cms-hit-overview')?.url);
    expect(hitRates.emit([table!])).toContain('/* @__PURE__ */ deepFreeze(');
  });

  it('names file, record and field for each data error', () => {
    expect(() => build('data/hit-rates/2030.json', good)).toThrow(
      'data/hit-rates/2030.json: record year 2031: field year: file is named 2030.json but holds year 2031',
    );
    const { G0090: _dropped, ...five } = good.rates;
    expect(() => build('data/hit-rates/2031.json', { ...good, rates: five })).toThrow(/record G0090: field rates: missing/);
    expect(() => build('data/hit-rates/2031.json', { ...good, rates: { ...good.rates, G0088: 99 } })).toThrow(
      /record G0088: field rates: initial-visit amount 99 is below subsequent 100/,
    );
    expect(() => build('data/hit-rates/2020.json', { ...good, year: 2020 })).toThrow(/G0088 does not exist in 2020/);
    expect(() => build('data/hit-rates/2031.json', { ...good, status: 'derived' })).toThrow(/field derivation/);
    expect(() => build('data/hit-rates/2031.json', { ...good, citations: ['no-such-source'] })).toThrow(/unknown source id 'no-such-source'/);
    expect(() => hitRates.schema.parse({ ...good, rates: { G0068: 10.5 } })).toThrow();
    expect(() => hitRates.schema.parse({ ...good, citations: [] })).toThrow();
  });

  it('a 2019-2020 table holds only G0068-G0070', () => {
    const [table] = build('data/hit-rates/2020.json', {
      year: 2020,
      status: 'derived',
      derivation: 'test',
      rates: { G0068: 1, G0069: 2, G0070: 3 },
      citations: ['ssa-1834u'],
    });
    expect(Object.keys(table!.rates)).toEqual(['G0068', 'G0069', 'G0070']);
  });
});

describe('q2052 dataset (data build)', () => {
  const file = (periods: unknown[]) => [{ path: 'data/q2052.json', content: q2052.schema.parse({ code: 'Q2052', periods }) }];
  const period = (from: string, to: string) => ({ from, to, cents: 100, program: 'demonstration', citations: ['noridian-jddme-ivig-page'] });
  it('refuses overlapping or reversed periods, naming the record', () => {
    expect(() => q2052.build(file([period('2024-01-01', '2024-12-31'), period('2024-06-01', '2025-01-01')]), ctx)).toThrow(
      /record periods\[1\] \(2024-06-01\): field from: overlaps/,
    );
    expect(() => q2052.build(file([period('2024-12-31', '2024-01-01')]), ctx)).toThrow(/field to/);
  });
});
