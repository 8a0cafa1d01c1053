/**
 * What classify tells a caller it refuses or cannot answer, word for word: the field and the message
 * are what a caller reads to fix the input (src/classify/classify.ts, icd10.ts).
 */
import { describe, expect, it } from 'vitest';
import { classify, normalizeIcd10 } from '../../src/index.js';
import { inputErrorOf as errorOf } from '../helpers.js';

const D = '2026-03-02';
const message = (input: object) => {
  const e = errorOf(() => classify({ hcpcs: 'J2260', dateOfService: D, ...input } as never));
  return `${e.code} ${e.message}`;
};

describe('classify refusals', () => {
  it('a Part A stay needs a hospital or SNF setting', () => {
    expect(message({ partAStay: 'yes' })).toBe('INVALID_INPUT partAStay: must be true or false, got "yes"');
    expect(message({ partAStay: true, setting: 'home' })).toBe(`INVALID_INPUT partAStay: a Part A stay needs setting 'snf' or 'hospital', got "home"`);
    expect(message({ partAStay: true })).toBe(`INVALID_INPUT partAStay: a Part A stay needs setting 'snf' or 'hospital', got undefined`);
    expect(classify({ hcpcs: 'J2260', dateOfService: D, partAStay: false, setting: 'home' }).benefit).toBe('part-b-dme');
  });
  it('diagnoses, route, device, setting, hospice', () => {
    expect(message({ diagnoses: 'E10.9' })).toBe('INVALID_INPUT diagnoses: must be an array of ICD-10-CM codes, got "E10.9"');
    expect(message({ diagnoses: ['E10.9', 'E10.'] })).toBe('INVALID_INPUT diagnoses[1]: "E10." ends with a dot');
    expect(message({ diagnoses: ['1E0'] })).toBe('INVALID_INPUT diagnoses[0]: "1E0" is not an ICD-10-CM code (a letter, a digit, a letter or digit, then up to 4 more, optional dot)');
    expect(message({ diagnoses: [10] })).toBe('INVALID_INPUT diagnoses[0]: must be an ICD-10-CM code string, got 10');
    expect(message({ route: 'oral' })).toBe(`INVALID_INPUT route: must be one of 'intravenous', 'subcutaneous', 'intrathecal', 'epidural', 'enteral', 'intra-arterial', got "oral"`);
    expect(errorOf(() => classify({ hcpcs: 'J2260', dateOfService: D, device: 'syringe' } as never)).field).toBe('device');
    expect(errorOf(() => classify({ hcpcs: 'J2260', dateOfService: D, setting: 'clinic' } as never)).field).toBe('setting');
    expect(message({ hospice: 'yes' })).toBe(`INVALID_INPUT hospice: must be one of 'related', 'unrelated', got "yes"`);
    expect(errorOf(() => classify({ hcpcs: 'J2260', dateOfService: D, hcpc: 'x' } as never)).field).toBe('hcpc');
  });
  it('a code nobody holds, a code without a rule, a date without a rule', () => {
    expect(message({ hcpcs: 'Z9999' })).toBe('UNKNOWN_CODE hcpcs: Z9999 is not in the catalog or the coverage model');
    expect(message({ hcpcs: 'K0601' })).toBe('NO_DATA hcpcs: the coverage model holds no rule for K0601 (the catalog lists it; see getCode)');
    expect(message({ hcpcs: 'J1457' })).toBe('NO_DATA dateOfService: no coverage rule for J1457 is in force on 2026-03-02');
    expect(classify({ hcpcs: 'J1457', dateOfService: '2025-12-31', device: 'external-pump' }).benefit).toBe('part-b-dme');
  });
});

describe('normalizeIcd10: ICD-10-CM codes as the A52507 and BPM lists write them', () => {
  it('trims, upper-cases and puts the dot after the category', () => {
    expect(normalizeIcd10(' e10.9 ')).toBe('E10.9');
    expect(normalizeIcd10('E109')).toBe('E10.9');
    expect(normalizeIcd10('E10')).toBe('E10');
    expect(normalizeIcd10('g6181')).toBe('G61.81');
    expect(normalizeIcd10('C91.00')).toBe('C91.00');
  });
  it("names the field given, or 'diagnosis'", () => {
    expect(errorOf(() => normalizeIcd10(1)).message).toBe('diagnosis: must be an ICD-10-CM code string, got 1');
    expect(errorOf(() => normalizeIcd10(1, '')).field).toBe('diagnosis');
    expect(errorOf(() => normalizeIcd10(1, 5 as never)).field).toBe('diagnosis');
    expect(errorOf(() => normalizeIcd10('E1', 'dx')).field).toBe('dx');
    expect(errorOf(() => normalizeIcd10('E10.12345', 'dx')).field).toBe('dx');
    expect(errorOf(() => normalizeIcd10('x E10', 'dx')).field).toBe('dx');
  });
});
