import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classify } from '../../src/classify/classify.js';
import { normalizeIcd10 } from '../../src/classify/icd10.js';
import { REASON_CODES } from '../../src/classify/reasons.js';
import { classifyRuleTable } from '../../src/classify/rule-table.js';
import { DEVICES, ROUTES, SETTINGS, type ClassifyInput } from '../../src/classify/types.js';
import { MedicareInputError } from '../../src/core/errors.js';
import { inputErrorOf as thrown } from '../helpers.js';

const base = { hcpcs: 'J2260', dateOfService: '2026-03-02' };

describe('classify: bad input', () => {
  it.each([
    ['missing date', { hcpcs: 'J2260' }, 'INVALID_INPUT', 'dateOfService'],
    ['impossible date', { ...base, dateOfService: '2026-02-30' }, 'INVALID_INPUT', 'dateOfService'],
    ['date in the wrong format', { ...base, dateOfService: '03/02/2026' }, 'INVALID_INPUT', 'dateOfService'],
    ['invalid Date object', { ...base, dateOfService: new Date('nope') }, 'INVALID_INPUT', 'dateOfService'],
    ['missing code', { dateOfService: '2026-03-02' }, 'INVALID_INPUT', 'hcpcs'],
    ['malformed code', { ...base, hcpcs: 'J22600' }, 'INVALID_INPUT', 'hcpcs'],
    ['unknown code', { ...base, hcpcs: 'J9999' }, 'UNKNOWN_CODE', 'hcpcs'],
    ['catalog code with no coverage rule', { ...base, hcpcs: 'K0601' }, 'NO_DATA', 'hcpcs'],
    ['unknown route', { ...base, route: 'oral' }, 'INVALID_INPUT', 'route'],
    ['unknown device', { ...base, device: 'syringe-driver' }, 'INVALID_INPUT', 'device'],
    ['unknown setting', { ...base, setting: 'clinic' }, 'INVALID_INPUT', 'setting'],
    ['unknown hospice value', { ...base, hospice: 'yes' }, 'INVALID_INPUT', 'hospice'],
    ['partAStay not a boolean', { ...base, setting: 'snf', partAStay: 'yes' }, 'INVALID_INPUT', 'partAStay'],
    ['Part A stay at home', { ...base, setting: 'home', partAStay: true }, 'INVALID_INPUT', 'partAStay'],
    ['diagnoses not an array', { ...base, diagnoses: 'D80.0' }, 'INVALID_INPUT', 'diagnoses'],
    ['malformed ICD-10 code', { ...base, diagnoses: ['D80.0', '80.0D'] }, 'INVALID_INPUT', 'diagnoses[1]'],
    ['ICD-10 code too long', { ...base, diagnoses: ['E11.35191'] }, 'INVALID_INPUT', 'diagnoses[0]'],
    ['ICD-10 code not a string', { ...base, diagnoses: [42] }, 'INVALID_INPUT', 'diagnoses[0]'],
    ['Q2052 before it existed (HCPCS add date 2014-04-01)', { ...base, hcpcs: 'Q2052', dateOfService: '2014-03-31' }, 'NO_DATA', 'dateOfService'],
    ['gallium J1457 after its last date', { ...base, hcpcs: 'J1457', dateOfService: '2026-01-01' }, 'NO_DATA', 'dateOfService'],
    ['J7356 before the code existed', { ...base, hcpcs: 'J7356', dateOfService: '2025-06-30' }, 'NO_DATA', 'dateOfService'],
  ])('%s', (_name, input, code, field) => {
    const error = thrown(() => classify(input as unknown as ClassifyInput));
    expect(error.code).toBe(code);
    expect(error.field).toBe(field);
    expect(error.message).toContain(field);
  });

  it('ignores inherited properties', () => {
    const inherited = Object.create({ hcpcs: 'J2260' }) as Record<string, unknown>;
    inherited.dateOfService = '2026-03-02';
    expect(thrown(() => classify(inherited as unknown as ClassifyInput)).field).toBe('hcpcs');
  });

  it('ignores input keys planted on Object.prototype', () => {
    const proto = Object.prototype as unknown as Record<string, unknown>;
    proto.route = 'enteral';
    try {
      const result = classify({ ...base, device: 'external-pump', setting: 'home' });
      expect(result.benefit).toBe('part-b-dme');
    } finally {
      delete proto.route;
    }
  });

  it('refuses a non-object input', () => {
    expect(thrown(() => classify(null as unknown as ClassifyInput)).field).toBe('input');
    expect(thrown(() => classify([] as unknown as ClassifyInput)).field).toBe('input');
  });
});

describe('classify: normalisation', () => {
  it('reads codes case-insensitively and ignores surrounding white space', () => {
    const a = classify({ ...base, hcpcs: ' j2260 ', device: 'external-pump', setting: 'home' });
    const b = classify({ ...base, hcpcs: 'J2260', device: 'external-pump', setting: 'home' });
    expect(a).toEqual(b);
  });

  it('normalises ICD-10-CM codes: case and dot', () => {
    expect(normalizeIcd10('d800', 'dx')).toBe('D80.0');
    expect(normalizeIcd10(' D80.0 ', 'dx')).toBe('D80.0');
    expect(normalizeIcd10('e1137x1', 'dx')).toBe('E11.37X1');
    expect(normalizeIcd10('g20a1', 'dx')).toBe('G20.A1');
    expect(normalizeIcd10('I10', 'dx')).toBe('I10');
    expect(() => normalizeIcd10('D80.', 'dx')).toThrow(MedicareInputError);
    expect(() => normalizeIcd10('D8', 'dx')).toThrow(MedicareInputError);
    const dotted = classify({ hcpcs: 'J1559', dateOfService: '2026-03-02', device: 'external-pump', setting: 'home', diagnoses: ['D83.9'] });
    const bare = classify({ hcpcs: 'J1559', dateOfService: '2026-03-02', device: 'external-pump', setting: 'home', diagnoses: ['d839'] });
    expect(bare).toEqual(dotted);
  });

  it('accepts a Date for the date of service', () => {
    const fromDate = classify({ ...base, dateOfService: new Date(2026, 2, 2), device: 'external-pump', setting: 'home' });
    expect(fromDate).toEqual(classify({ ...base, device: 'external-pump', setting: 'home' }));
  });

  it('assumes home when no setting is given, and says so', () => {
    const result = classify({ ...base, device: 'external-pump' });
    expect(result.benefit).toBe('part-b-dme');
    expect(result.warnings.join(' ')).toMatch(/No setting given/);
  });
});

const BILL_TO: Record<string, readonly (string | undefined)[]> = {
  'part-b-dme': ['dme-mac'],
  // 2019-2020 transitional payment: eligible DME suppliers billed the DME MAC; from 2021 the A/B MAC (MM11880).
  'part-b-hit': ['ab-mac', 'dme-mac'],
  'part-b-ivig': ['dme-mac'],
  'part-b-ivig-services': ['dme-mac'],
  'part-b-pn': ['dme-mac'],
  'part-b-incident-to': ['ab-mac'],
  'part-d': ['part-d-plan'],
  'home-health': ['ab-mac'],
  hospice: ['hospice'],
  'snf-part-a': ['snf'],
  'not-covered': [undefined, 'dme-mac'],
};

describe('classify: invariants', () => {
  const codes = [...new Set(classifyRuleTable().rules.flatMap((r) => r.codes))].sort();
  const dates = fc.integer({ min: Date.UTC(2015, 0, 1), max: Date.UTC(2027, 11, 31) }).map((t) => new Date(t).toISOString().slice(0, 10));
  const anyInput = fc.record(
    {
      hcpcs: fc.oneof(fc.constantFrom(...codes), fc.constantFrom('J0692', '99601', 'E0776', 'S9123'), fc.string(), fc.constant('J9999')),
      dateOfService: fc.oneof(dates, fc.string(), fc.constant(undefined)),
      route: fc.oneof(fc.constantFrom(...ROUTES), fc.constant(undefined), fc.string()),
      device: fc.oneof(fc.constantFrom(...DEVICES), fc.constant(undefined), fc.string()),
      setting: fc.oneof(fc.constantFrom(...SETTINGS), fc.constant(undefined)),
      diagnoses: fc.oneof(fc.constant(undefined), fc.array(fc.constantFrom('D80.0', 'G61.81', 'E11.9', 'C91.00', 'G20.A1', 'E83.52', 'd839', 'x', 'I10'))),
      partAStay: fc.oneof(fc.boolean(), fc.constant(undefined)),
      hospice: fc.oneof(fc.constantFrom('related', 'unrelated'), fc.constant(undefined)),
    },
    { requiredKeys: [] },
  );

  it('throws only MedicareInputError, never mutates the input, and returns deeply frozen, documented results', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const copy = structuredClone(input);
        let result;
        try {
          result = classify(input as unknown as ClassifyInput);
        } catch (error) {
          expect(error).toBeInstanceOf(MedicareInputError);
          expect(input).toEqual(copy);
          return;
        }
        expect(input).toEqual(copy);
        expect(Object.isFrozen(result)).toBe(true);
        expect(Object.isFrozen(result.reasons)).toBe(true);
        expect(Object.isFrozen(result.warnings)).toBe(true);
        expect(Object.isFrozen(result.requires)).toBe(true);
        expect(result.reasons.length).toBeGreaterThan(0);
        for (const r of result.reasons) {
          expect(Object.isFrozen(r)).toBe(true);
          expect(Object.keys(REASON_CODES)).toContain(r.code);
          if (r.citation) expect(Object.isFrozen(r.citation)).toBe(true);
        }
        if (result.hitCodes) {
          expect(result.hitCategory).toBeDefined();
          expect(Object.isFrozen(result.hitCodes)).toBe(true);
        }
        if (result.hitCategory !== undefined) expect(['part-b-dme', 'part-b-hit']).toContain(result.benefit);
        // Each benefit goes to one payer (not-covered: nobody, or the DME MAC for a GA/GZ claim).
        expect(BILL_TO[result.benefit]).toContain(result.billTo);
      }),
      { numRuns: 3000 },
    );
  });

  it('every code in the rule table classifies on 2026-03-02 or says why not (NO_DATA)', () => {
    for (const code of codes) {
      try {
        const result = classify({ hcpcs: code, dateOfService: '2026-03-02', setting: 'home' });
        expect(result.reasons.length).toBeGreaterThan(0);
      } catch (error) {
        expect((error as MedicareInputError).code).toBe('NO_DATA');
        expect(['J1457']).toContain(code);
      }
    }
  });
});

describe('normalizeIcd10 as a public function', () => {
  it('names a default field when the caller gives none or a bad one', () => {
    for (const field of [undefined, '', 42]) {
      try {
        (normalizeIcd10 as (value: unknown, field?: unknown) => string)([], field);
        throw new Error('expected a MedicareInputError');
      } catch (error) {
        expect(error).toBeInstanceOf(MedicareInputError);
        expect((error as MedicareInputError).field).toBe('diagnosis');
      }
    }
    expect(normalizeIcd10('e119')).toBe('E11.9');
  });
});
