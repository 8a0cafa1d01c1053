// The data build refuses inconsistent documentation, deadline and parameter data with a message
// naming the file, the record and the field. These tests feed the real data, broken one way at a time.
import { readFileSync, readdirSync } from 'node:fs';
import { loadCoverage } from '../../src/generated/coverage.js';
import { describe, expect, it } from 'vitest';
import { dataset as aic } from '../../scripts/datasets/aic-thresholds.js';
import { dataset as documentation } from '../../scripts/datasets/documentation.js';
import { dataset as parameters } from '../../scripts/datasets/parameters.js';
import type { BuildContext, DataFile, SourceRecord } from '../../scripts/lib/dataset.js';

const read = (path: string): unknown => JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'));

// The real registry: whether a cited source is primary decides whether a figure needs a warning.
const registry = readdirSync(new URL('../../data/sources/', import.meta.url))
  .filter((name) => name.endsWith('.json'))
  .flatMap((name) => read(`data/sources/${name}`) as SourceRecord[]);

const ctx: BuildContext = {
  sources: new Map(registry.map((s) => [s.id, s])),
  cite: (refs) => refs.map((r) => ({ id: typeof r === 'string' ? r : r.source, title: 't', url: 'https://example.org' })),
  fail: (file, record, field, message) => {
    throw new Error(`${file}: record ${record}: field ${field}: ${message}`);
  },
  // The coverage model builds first; documentation reads which drug needs which criteria from it.
  built: new Map<string, unknown>([['coverage', loadCoverage()]]),
};

type Req = { id: string; versions: { from: string; to?: string }[] };
type App = { benefits: { benefit: string; requirements: string[] }[] };

function buildDocs(mutate: (reqs: Req[], app: App) => void) {
  const reqs = read('data/documentation/requirements.json') as Req[];
  const app = read('data/documentation/applicability.json') as App;
  mutate(reqs, app);
  const files = [
    { path: 'data/documentation/applicability.json', content: documentation.schema.parse(app) },
    { path: 'data/documentation/requirements.json', content: documentation.schema.parse(reqs) },
  ] as DataFile<never>[];
  return () => documentation.build(files, ctx);
}

describe('documentation data build', () => {
  it('accepts the real data', () => {
    const out = buildDocs(() => {})();
    expect(out.requirements.length).toBeGreaterThan(20);
  });

  it('refuses a requirement defined twice', () => {
    expect(buildDocs((reqs) => reqs.push(structuredClone(reqs[0]!)))).toThrow(/requirements\.json: record \[\d+\] standard-written-order: field id: defined twice/);
  });

  it('refuses an id outside REQUIREMENT_IDS, and a listed id left undefined', () => {
    expect(buildDocs((reqs) => (reqs[0]!.id = 'swo'))).toThrow(/record \[0\] swo: field id: not in REQUIREMENT_IDS/);
    expect(buildDocs((reqs) => reqs.splice(reqs.findIndex((r) => r.id === 'abn'), 1))).toThrow(/record abn: field id: REQUIREMENT_IDS lists it/);
  });

  it('refuses overlapping versions of one requirement', () => {
    expect(
      buildDocs((reqs) => {
        const v = reqs[0]!.versions[0]!;
        reqs[0]!.versions.push({ ...structuredClone(v), from: '2025-01-01' });
      }),
    ).toThrow(/standard-written-order versions\[1\]: field from: overlaps/);
  });

  it('refuses an "any of" alternative naming an element the version lacks, or an element in two alternatives', () => {
    type Grouped = { id: string; versions: { groups?: { anyOf: { elements: string[] }[] }[] }[] };
    const insulin = (reqs: Req[]) => (reqs as unknown as Grouped[]).find((r) => r.id === 'eip-insulin-pump')!.versions[0]!.groups!;
    expect(buildDocs((reqs) => insulin(reqs)[0]!.anyOf[0]!.elements.push('nope'))).toThrow(/eip-insulin-pump versions\[0\] groups\[0\] criterion-a-or-b criterion-a: field elements: 'nope' is not an element/);
    expect(buildDocs((reqs) => insulin(reqs)[1]!.anyOf[1]!.elements.push('diabetes-education'))).toThrow(/field elements: 'diabetes-education' is already in alternative 'criterion-c'/);
  });

  it('refuses a benefit with neither requirements nor an out-of-scope reason, or with both', () => {
    type Scoped = App & { outOfScope: { benefit: string }[] };
    expect(buildDocs((_, app) => (app as Scoped).outOfScope.splice(0, 1))).toThrow(/record part-d: field benefit: in neither benefits nor outOfScope/);
    expect(buildDocs((_, app) => ((app as Scoped).outOfScope[0]!.benefit = 'part-b-dme'))).toThrow(/outOfScope\[0\] part-b-dme: field benefit: listed twice/);
  });

  it('refuses unknown requirement ids in the applicability file', () => {
    expect(buildDocs((_, app) => app.benefits[0]!.requirements.push('nope'))).toThrow(/applicability\.json: record benefits\[0\] part-b-dme: field requirements: unknown requirement 'nope'/);
  });

  it('reads which drug needs which LCD criteria from the coverage model, not from a list of its own', () => {
    const out = buildDocs(() => {})() as unknown as { codes: { code: string; requirement: string; from: string; to?: string }[] };
    expect(out.codes.find((c) => c.code === 'J2278')?.requirement).toBe('eip-other-drug');
    expect(out.codes.find((c) => c.code === 'J7356')).toMatchObject({ requirement: 'eip-parkinsons', from: '2025-07-01' });
    expect(out.codes.find((c) => c.code === 'J1457')).toMatchObject({ requirement: 'eip-other-drug', to: '2025-12-31' });
  });
});

describe('deadline and parameter data builds', () => {
  it('refuses a duplicate amount-in-controversy year and an ALJ amount off the $10 grid', () => {
    const rows = read('data/deadlines/aic-thresholds.json') as { year: number; aljCents: number }[];
    const dup = aic.schema.parse([...rows, rows[0]]);
    expect(() => aic.build([{ path: 'data/deadlines/aic-thresholds.json', content: dup }], ctx)).toThrow(/field year: listed twice/);
    const odd = structuredClone(rows);
    odd[odd.length - 1]!.aljCents = 20050;
    expect(() => aic.build([{ path: 'data/deadlines/aic-thresholds.json', content: aic.schema.parse(odd) }], ctx)).toThrow(/field aljCents: must be a multiple of \$10/);
  });

  it('refuses an amount cited only to secondary sources without a warning naming it', () => {
    const rows = read('data/deadlines/aic-thresholds.json') as { year: number; warnings?: string[] }[];
    const silent = structuredClone(rows);
    delete silent.find((r) => r.year === 2019)!.warnings;
    expect(() => aic.build([{ path: 'data/deadlines/aic-thresholds.json', content: aic.schema.parse(silent) }], ctx)).toThrow(
      /record \[3\] 2019: field aljCitations: cites only secondary sources/,
    );
    const params = read('data/parameters/2026.json') as { warnings: string[] };
    params.warnings = [];
    expect(() => parameters.build([{ path: 'data/parameters/2026.json', content: parameters.schema.parse(params) }], ctx)).toThrow(
      /record 2026: field partD\.deductible: cites only secondary sources/,
    );
  });

  it('refuses a parameters file whose year does not match its name', () => {
    const content = parameters.schema.parse(read('data/parameters/2026.json'));
    expect(() => parameters.build([{ path: 'data/parameters/2025.json', content }], ctx)).toThrow(/2025\.json: record 2026: field year/);
  });

  it('requires a derivation for a derived figure', () => {
    const raw = read('data/parameters/2026.json') as { partB: { coinsurancePercent: { derivation?: string } } };
    delete raw.partB.coinsurancePercent.derivation;
    expect(parameters.schema.safeParse(raw).success).toBe(false);
  });
});
