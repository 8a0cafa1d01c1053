import type { CodeSystem } from '@medplum/fhirtypes';
import { describe, expect, it } from 'vitest';
import type { DeepReadonly } from '../../src/core/freeze.js';
import { getCode } from '../../src/catalog/getCode.js';
import { listCodes } from '../../src/catalog/listCodes.js';
import { MedicareInputError } from '../../src/core/errors.js';
import { loadHcpcsReleases } from '../../src/generated/hcpcs-releases.js';
import { parseBillingUnit } from '../../scripts/lib/units.js';
import { latestHcpcsRelease } from '../helpers.js';
import { HCPCS_SYSTEM_URL, toFhirCodeSystem, type FhirCodeSystem } from '../../src/export/toFhirCodeSystem.js';

const HCPCS_RELEASES = loadHcpcsReleases();

/** value[x] element each FHIR R4 CodeSystem property type takes (CodeSystem.concept.property.value[x]). */
const VALUE_ELEMENT: Record<string, string> = {
  code: 'valueCode',
  Coding: 'valueCoding',
  string: 'valueString',
  integer: 'valueInteger',
  boolean: 'valueBoolean',
  dateTime: 'valueDateTime',
  decimal: 'valueDecimal',
};
const VALUE_ELEMENTS = new Set(Object.values(VALUE_ELEMENT));
// FHIR R4 primitive formats (datatypes.html): id, code, dateTime, integer.
const FHIR_ID = /^[A-Za-z0-9\-.]{1,64}$/;
const FHIR_CODE = /^[^\s]+( [^\s]+)*$/;
const FHIR_DATE_TIME = /^([0-9]([0-9]([0-9][1-9]|[1-9]0)|[1-9]00)|[1-9]000)(-(0[1-9]|1[0-2])(-(0[1-9]|[1-2][0-9]|3[0-1])(T([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\.[0-9]+)?(Z|(\+|-)((0[0-9]|1[0-3]):[0-5][0-9]|14:00)))?)?)?$/;

/** Checks a resource against the FHIR R4 CodeSystem structure; returns the problems found. */
function fhirCodeSystemProblems(resource: Record<string, unknown>): string[] {
  const problems: string[] = [];
  const allowedTop = new Set([
    'resourceType', 'id', 'meta', 'text', 'url', 'identifier', 'version', 'name', 'title', 'status', 'experimental',
    'date', 'publisher', 'contact', 'description', 'useContext', 'jurisdiction', 'purpose', 'copyright',
    'caseSensitive', 'valueSet', 'hierarchyMeaning', 'compositional', 'versionNeeded', 'content', 'supplements',
    'count', 'filter', 'property', 'concept',
  ]);
  for (const key of Object.keys(resource)) if (!allowedTop.has(key)) problems.push(`unknown element ${key}`);
  for (const [key, value] of Object.entries(resource)) {
    if (Array.isArray(value) && value.length === 0) problems.push(`${key}: empty array (not allowed in FHIR JSON)`);
    if (value === null || value === '') problems.push(`${key}: null or empty`);
  }
  if (resource.resourceType !== 'CodeSystem') problems.push('resourceType');
  // Required in R4: status (1..1) and content (1..1).
  if (!['draft', 'active', 'retired', 'unknown'].includes(resource.status as string)) problems.push('status');
  if (!['not-present', 'example', 'fragment', 'complete', 'supplement'].includes(resource.content as string)) problems.push('content');
  if (typeof resource.id !== 'string' || !FHIR_ID.test(resource.id)) problems.push('id');
  if (typeof resource.url !== 'string') problems.push('url');
  if (typeof resource.version !== 'string') problems.push('version');
  // csd-0 (name should be usable as an identifier): starts with a capital letter, no spaces.
  if (typeof resource.name !== 'string' || !/^[A-Z]([A-Za-z0-9_]){0,254}$/.test(resource.name)) problems.push('name');
  if (typeof resource.caseSensitive !== 'boolean') problems.push('caseSensitive');
  if (typeof resource.experimental !== 'boolean') problems.push('experimental');
  if (!Number.isInteger(resource.count) || (resource.count as number) < 0) problems.push('count');
  const declared = new Map<string, string>();
  for (const [i, def] of ((resource.property as Record<string, unknown>[] | undefined) ?? []).entries()) {
    if (typeof def.code !== 'string' || !FHIR_CODE.test(def.code)) problems.push(`property[${i}].code`);
    if (typeof def.type !== 'string' || !(def.type in VALUE_ELEMENT)) problems.push(`property[${i}].type`);
    // csd-1: within a code system definition, all the codes SHALL be unique (property codes too).
    if (declared.has(def.code as string)) problems.push(`property[${i}] duplicates ${String(def.code)}`);
    declared.set(def.code as string, def.type as string);
  }
  const concepts = (resource.concept as Record<string, unknown>[] | undefined) ?? [];
  if (resource.count !== concepts.length) problems.push('count differs from concept length');
  const codes = new Set<string>();
  for (const [i, concept] of concepts.entries()) {
    const where = `concept[${i}] (${String(concept.code)})`;
    if (typeof concept.code !== 'string' || !FHIR_CODE.test(concept.code)) problems.push(`${where}.code`);
    if (codes.has(concept.code as string)) problems.push(`${where}: duplicate code`);
    codes.add(concept.code as string);
    for (const key of ['display', 'definition']) {
      if (key in concept && (typeof concept[key] !== 'string' || concept[key] === '')) problems.push(`${where}.${key}`);
    }
    const props = (concept.property as Record<string, unknown>[] | undefined) ?? [];
    if ('property' in concept && props.length === 0) problems.push(`${where}.property empty`);
    for (const [j, prop] of props.entries()) {
      const type = declared.get(prop.code as string);
      if (type === undefined) problems.push(`${where}.property[${j}]: ${String(prop.code)} not declared`);
      const values = Object.keys(prop).filter((k) => k.startsWith('value'));
      if (values.length !== 1 || !VALUE_ELEMENTS.has(values[0]!)) problems.push(`${where}.property[${j}]: needs one value[x]`);
      else if (type !== undefined && values[0] !== VALUE_ELEMENT[type]) problems.push(`${where}.property[${j}]: ${values[0]} for a ${type}`);
      const value = prop[values[0]!];
      switch (values[0]) {
        case 'valueCode':
          if (typeof value !== 'string' || !FHIR_CODE.test(value)) problems.push(`${where}.property[${j}] valueCode`);
          break;
        case 'valueString':
          if (typeof value !== 'string' || value === '') problems.push(`${where}.property[${j}] valueString`);
          break;
        case 'valueInteger':
          if (!Number.isInteger(value)) problems.push(`${where}.property[${j}] valueInteger`);
          break;
        case 'valueBoolean':
          if (typeof value !== 'boolean') problems.push(`${where}.property[${j}] valueBoolean`);
          break;
        case 'valueDateTime':
          if (typeof value !== 'string' || !FHIR_DATE_TIME.test(value)) problems.push(`${where}.property[${j}] valueDateTime`);
          break;
      }
    }
  }
  return problems;
}

function concept(cs: FhirCodeSystem, code: string) {
  return cs.concept?.find((c) => c.code === code);
}

function prop(cs: FhirCodeSystem, code: string, property: string): unknown[] {
  return (concept(cs, code)?.property ?? [])
    .filter((p) => p.code === property)
    .map((p) => p.valueString ?? p.valueInteger ?? p.valueBoolean ?? p.valueDateTime);
}

describe('toFhirCodeSystem', () => {
  const all = toFhirCodeSystem();

  it('is a valid FHIR R4 CodeSystem fragment for the HCPCS system URL', () => {
    expect(fhirCodeSystemProblems(all as unknown as Record<string, unknown>)).toEqual([]);
    expect(all.resourceType).toBe('CodeSystem');
    expect(all.url).toBe('http://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets');
    expect(HCPCS_SYSTEM_URL).toBe(all.url);
    expect(all.content).toBe('fragment');
    expect(all.caseSensitive).toBe(true);
    expect(all.status).toBe('active');
    expect(all.property.map((p) => [p.code, p.type])).toEqual([
      ['kind', 'string'],
      ['benefit', 'string'],
      ['billTo', 'string'],
      ['hitCategory', 'integer'],
      ['medicarePayable', 'boolean'],
      ['effectiveFrom', 'dateTime'],
      ['effectiveTo', 'dateTime'],
      ['recordFrom', 'dateTime'],
      ['recordTo', 'dateTime'],
      ['unit', 'string'],
    ]);
  });

  it('names the latest bundled HCPCS release as its version', () => {
    const latest = [...HCPCS_RELEASES].sort((a, b) => (a.appliesFrom < b.appliesFrom ? 1 : -1))[0]!;
    expect(all.version).toBe(latest.release);
    expect(all.version).toBe(latestHcpcsRelease().release);
  });

  it('holds one concept per HCPCS code of the catalog and no CPT code', () => {
    const records = listCodes();
    const hcpcs = new Set(records.filter((r) => r.system === 'HCPCS').map((r) => r.code));
    const cpt = new Set(records.filter((r) => r.system === 'CPT').map((r) => r.code));
    expect(cpt.size).toBeGreaterThan(0);
    expect(all.count).toBe(hcpcs.size);
    expect(new Set(all.concept!.map((c) => c.code))).toEqual(hcpcs);
    for (const code of cpt) expect(concept(all, code)).toBeUndefined();
    expect(toFhirCodeSystem({ text: '99601' }).count).toBe(0);
  });

  it('takes descriptors exactly from the catalog: display short, definition long (J1559)', () => {
    const j1559 = concept(all, 'J1559')!;
    // J1559 as the latest CMS HCPCS file gives it (data/hcpcs/<latest release>.json).
    const cms = latestHcpcsRelease().codes.J1559!;
    expect(j1559.display).toBe(cms.shortDescriptor);
    expect(j1559.definition).toBe(cms.longDescriptor);
    const unit = parseBillingUnit(cms.longDescriptor);
    expect(prop(all, 'J1559', 'unit')).toEqual(unit ? [`${unit.amount} ${unit.unit}`] : []);
    expect(prop(all, 'J1559', 'kind')).toEqual(['drug']);
    expect(prop(all, 'J1559', 'benefit')).toEqual([...getCode('J1559')!.benefits]);
    expect(prop(all, 'J1559', 'medicarePayable')).toEqual([true]);
  });

  it('uses the record in effect on filter.asOf, else the latest record (G0068)', () => {
    const latest = getCode('G0068')!;
    const in2020 = getCode('G0068', { asOf: '2020-06-01' })!;
    expect(latest.effective.from).not.toBe(in2020.effective.from);
    expect(prop(all, 'G0068', 'recordFrom')).toEqual([latest.effective.from]);
    expect(concept(all, 'G0068')!.definition).toBe(latest.descriptor);
    const cs2020 = toFhirCodeSystem({ asOf: '2020-06-01' });
    expect(prop(cs2020, 'G0068', 'recordFrom')).toEqual([in2020.effective.from]);
    expect(prop(cs2020, 'G0068', 'recordTo')).toEqual([in2020.effective.to]);
    expect(prop(cs2020, 'G0068', 'billTo')).toEqual([in2020.billTo]);
    expect(concept(cs2020, 'G0068')!.definition).toBe(in2020.descriptor);
    expect(fhirCodeSystemProblems(cs2020 as unknown as Record<string, unknown>)).toEqual([]);
    // J1457 ended 2025-12-31: present on 2025-12-31, absent on 2026-01-01.
    expect(concept(toFhirCodeSystem({ asOf: '2025-12-31' }), 'J1457')).toBeDefined();
    expect(concept(toFhirCodeSystem({ asOf: '2026-01-01' }), 'J1457')).toBeUndefined();
    expect(prop(all, 'J1457', 'effectiveTo')).toEqual(['2025-12-31']);
  });

  it("gives a code's whole validity, not its latest record's: G0068 starts 2019-01-01, undated and dated", () => {
    // The catalog holds G0068 as two records, 2019-01-01..2020-12-31 and 2021-01-01.. (a revised
    // descriptor); the undated concept once said effectiveFrom 2021-01-01.
    const records = listCodes({ text: 'G0068' }).filter((r) => r.code === 'G0068');
    expect(records.map((r) => r.effective.from)).toEqual(['2019-01-01', '2021-01-01']);
    for (const cs of [all, toFhirCodeSystem({ asOf: '2020-06-01' }), toFhirCodeSystem({ asOf: '2026-01-01' })]) {
      expect(prop(cs, 'G0068', 'effectiveFrom')).toEqual(['2019-01-01']);
      expect(prop(cs, 'G0068', 'effectiveTo')).toEqual([]);
    }
    // Every concept's span covers its record, and starts at the code's first record when records are consecutive.
    for (const c of all.concept!) {
      const from = prop(all, c.code, 'effectiveFrom')[0] as string;
      const recordFrom = prop(all, c.code, 'recordFrom')[0] as string;
      expect(from <= recordFrom).toBe(true);
      expect(from).toBe(listCodes({ text: c.code }).filter((r) => r.code === c.code)[0]!.effective.from);
    }
  });

  it('its result type is a FHIR R4 CodeSystem as @medplum/fhirtypes defines it (checked by tsc)', () => {
    // A compile-time check: an element or value type R4 does not allow fails `npm run typecheck`.
    const resource: DeepReadonly<CodeSystem> = toFhirCodeSystem({ kind: 'pump' });
    expect(resource.resourceType).toBe('CodeSystem');
  });

  it('names the bundled HCPCS release in force on filter.asOf as its version', () => {
    expect(toFhirCodeSystem({ asOf: '2026-01-01' }).version).toBe('2025-oct-anweb');
    expect(toFhirCodeSystem({ asOf: '2025-10-01' }).version).toBe('2025-oct-anweb');
    expect(toFhirCodeSystem({ asOf: '2025-09-30' }).version).toBe('2020-anweb');
    expect(toFhirCodeSystem({ asOf: '2020-01-01' }).version).toBe('2020-anweb');
    expect(toFhirCodeSystem({ asOf: new Date(2025, 11, 1) }).version).toBe('2025-oct-anweb');
    // Before every bundled release: the earliest, which supplied the records of those dates.
    expect(toFhirCodeSystem({ asOf: '2019-06-01' }).version).toBe('2020-anweb');
    expect(toFhirCodeSystem({ kind: 'pump' }).version).toBe('2025-oct-anweb');
  });

  it('every concept matches its catalog record property by property', () => {
    for (const c of all.concept!) {
      const record = getCode(c.code)!;
      expect(c.definition).toBe(record.descriptor);
      expect(c.display).toBe(record.shortDescriptor ?? record.descriptor);
      expect(prop(all, c.code, 'benefit')).toEqual([...record.benefits]);
      expect(prop(all, c.code, 'hitCategory')).toEqual(record.hitCategory === undefined ? [] : [record.hitCategory]);
      expect(prop(all, c.code, 'billTo')).toEqual(record.billTo === undefined ? [] : [record.billTo]);
      expect(prop(all, c.code, 'unit')).toEqual(record.unit === undefined ? [] : [`${record.unit.amount} ${record.unit.unit}`]);
    }
  });

  it('applies the listCodes filter (HIT category 2 drugs on 2026-01-01)', () => {
    const cs = toFhirCodeSystem({ hitCategory: 2, kind: 'drug', asOf: '2026-01-01' });
    const expected = listCodes({ hitCategory: 2, kind: 'drug', asOf: '2026-01-01' }).map((r) => r.code);
    expect(cs.concept!.map((c) => c.code)).toEqual(expected);
    for (const c of cs.concept!) expect(prop(cs, c.code, 'hitCategory')).toEqual([2]);
  });

  it('omits concept (no empty array) when nothing matches', () => {
    const cs = toFhirCodeSystem({ text: 'no such descriptor text' });
    expect(cs.count).toBe(0);
    expect('concept' in cs).toBe(false);
    expect(fhirCodeSystemProblems(cs as unknown as Record<string, unknown>)).toEqual([]);
  });

  it('is deeply frozen and survives a JSON round trip unchanged', () => {
    expect(Object.isFrozen(all)).toBe(true);
    expect(Object.isFrozen(all.concept)).toBe(true);
    expect(Object.isFrozen(all.concept![0]!.property[0])).toBe(true);
    expect(Object.isFrozen(all.property[0])).toBe(true);
    expect(JSON.parse(JSON.stringify(all))).toEqual(all);
  });

  it('throws MedicareInputError naming the filter field', () => {
    expect(() => toFhirCodeSystem({ kind: 'pumps' as never })).toThrow(MedicareInputError);
    expect(() => toFhirCodeSystem({ kind: 'pumps' as never })).toThrow(/filter\.kind/);
    expect(() => toFhirCodeSystem({ asOf: '2026-02-30' })).toThrow(/filter\.asOf/);
    expect(() => toFhirCodeSystem({ colour: 'red' } as never)).toThrow(/filter\.colour/);
    expect(() => toFhirCodeSystem(null as never)).toThrow(MedicareInputError);
  });

  it('the structure check itself rejects broken resources', () => {
    const bad = JSON.parse(JSON.stringify(toFhirCodeSystem({ text: 'J1559' }))) as Record<string, unknown> & {
      concept: { property: Record<string, unknown>[] }[];
    };
    const added = bad.concept[0]!.property.length;
    bad.concept[0]!.property.push({ code: 'undeclared', valueString: 'x' });
    bad.concept[0]!.property[0] = { code: 'kind', valueCode: 'drug' };
    delete bad.status;
    expect(fhirCodeSystemProblems(bad)).toEqual([
      'status',
      'concept[0] (J1559).property[0]: valueCode for a string',
      `concept[0] (J1559).property[${added}]: undeclared not declared`,
    ]);
    expect(fhirCodeSystemProblems({ ...bad, status: 'active', concept: [] })).toEqual([
      'concept: empty array (not allowed in FHIR JSON)',
      'count differs from concept length',
    ]);
  });
});
