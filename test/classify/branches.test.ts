/**
 * Branches of the decision procedure (src/classify/decide.ts) that golden.test.ts and
 * answers-text.test.ts do not reach: which of two rules a code follows without a route (J1569: home
 * IVIG, BPM ch. 15 §50.6, or subcutaneous by pump, LCD L33794 V(H)), drugs outside the home, an empty
 * diagnosis list, the CIDP group from 2021-07-18 (A52507), the doubts a diagnosis touches, the day the
 * PID list held starts (2024-01-01) and the keys of an answer.
 */
import { describe, expect, it } from 'vitest';
import { classify } from '../../src/classify/classify.js';
import { checkClaim } from '../../src/claims/index.js';
import type { ClassifyInput } from '../../src/classify/types.js';
import { JUPYTER_DISPLAY } from '../../src/core/display.js';

const D = '2026-03-02';
const ask = (input: Omit<ClassifyInput, 'dateOfService'> & { dateOfService?: string }) => classify({ dateOfService: D, setting: 'home', ...input } as ClassifyInput);
const codes = (input: Parameters<typeof ask>[0]) => ask(input).reasons.map((r) => r.code);

describe('J1569 without a route: the device decides the rule', () => {
  it('an external pump: the pump rule (subcutaneous, V(H))', () => {
    const answer = ask({ hcpcs: 'J1569', device: 'external-pump', diagnoses: ['D80.0'] });
    expect(answer.benefit).toBe('part-b-dme');
    expect(answer.warnings).toContain('No route given: classified as subcutaneous.');
  });
  it('an insulin pump: the pump rule too, which pairs only E0779', () => {
    const answer = ask({ hcpcs: 'J1569', device: 'insulin-pump' });
    expect(answer.benefit).toBe('not-covered');
    expect(answer.reasons[0]?.message).toBe(
      'J1569 (Gamunex-C/Gammaked, Gammagard Liquid given subcutaneously) is covered only with E0779; used through an insulin pump, the pump, drug and supplies are denied as not reasonable and necessary.',
    );
  });
  it('no device: home IVIG', () => {
    expect(ask({ hcpcs: 'J1569', diagnoses: ['D80.0'] }).benefit).toBe('part-b-ivig');
  });
  it('a route neither rule covers names both', () => {
    expect(ask({ hcpcs: 'J1569', route: 'intrathecal' }).reasons[0]?.message).toBe(
      'No Part B home rule covers J1569 given by the intrathecal route (Gamunex-C/Gammaked, Gammagard Liquid given intravenously; Gamunex-C/Gammaked, Gammagard Liquid given subcutaneously).',
    );
  });
});

describe('drugs outside the home are incident to the practitioner (A52507)', () => {
  it('an IVIG drug and a compounded drug started in the office', () => {
    expect(codes({ hcpcs: 'J1459', setting: 'practitioner-office' })).toEqual(['INCIDENT_TO_OFFICE']);
    expect(codes({ hcpcs: 'J7999', setting: 'practitioner-office' })).toEqual(['INCIDENT_TO_OFFICE']);
    expect(codes({ hcpcs: 'J1459', setting: 'hospital' })).toEqual(['INCIDENT_TO_HOSPITAL_OUTPATIENT']);
    expect(codes({ hcpcs: 'J1459', device: 'implanted-pump' })).toEqual(['IMPLANTED_PUMP']);
  });
});

describe('Part D drugs through a durable pump', () => {
  it('an external pump: not a drug LCD L33794 covers through a durable pump', () => {
    expect(ask({ hcpcs: 'J0696', device: 'external-pump' }).reasons[0]?.message).toBe(
      'J0696 (Ceftriaxone (IV anti-infective not listed in LCD L33794)) is not a drug LCD L33794 covers through a durable pump, so the pump and supplies get no Part B DME payment.',
    );
  });
});

describe('the wrong device', () => {
  it('a pump drug through the wrong pump names every pump it is covered with', () => {
    expect(ask({ hcpcs: 'J2260', device: 'insulin-pump' }).reasons[0]?.message).toBe(
      'J2260 (Dobutamine, dopamine, milrinone (parenteral inotropes, Stage D / NYHA class IV heart failure)) is covered only with E0779, E0780, E0781, E0791; used through an insulin pump, the pump, drug and supplies are denied as not reasonable and necessary.',
    );
  });
  it('a pump with an implanted pump as the device', () => {
    expect(ask({ hcpcs: 'E0781', device: 'implanted-pump' }).reasons[0]?.message).toBe('E0781 (External infusion pump (non-insulin)) is not used through an implanted pump: incorrect coding.');
  });
});

describe('diagnoses', () => {
  it('an empty list is no diagnosis, not an unlisted one', () => {
    expect(codes({ hcpcs: 'J1459', route: 'intravenous', diagnoses: [] })).toEqual(['IVIG_HOME_PID', 'DIAGNOSIS_NOT_GIVEN']);
    expect(codes({ hcpcs: 'J1559', device: 'external-pump', diagnoses: [] })).toEqual(['EIP_DRUG_COVERED', 'DIAGNOSIS_NOT_GIVEN', 'HIT_ELIGIBLE']);
    expect(ask({ hcpcs: 'Q2052', diagnoses: [] }).reasons.map((r) => r.code)).toEqual(['IVIG_SERVICES', 'DIAGNOSIS_NOT_GIVEN']);
  });
  it('the CIDP group (6) is named from 2021-07-18 only (A52507)', () => {
    expect(ask({ hcpcs: 'J1559', device: 'external-pump', dateOfService: '2021-07-17' }).reasons[1]?.message).toBe('No diagnosis was given: indication V(H) needs one from A52507 ICD-10 group 3.');
    expect(ask({ hcpcs: 'J1559', device: 'external-pump', dateOfService: '2021-07-18' }).reasons[1]?.message).toBe('No diagnosis was given: indication V(H) needs one from A52507 ICD-10 group 3, 6.');
  });
  it('a doubt becomes a warning only when a diagnosis given touches it', () => {
    const denial = 'Expect a medical-necessity denial: bill with GA when a valid ABN is on file, GZ otherwise.';
    // J1817's doubt is about E11.10/E11.11; J1555's about group 6 (CIDP).
    expect(ask({ hcpcs: 'J1817', device: 'insulin-pump', diagnoses: ['C91.00'] }).warnings).toEqual([denial]);
    expect(ask({ hcpcs: 'J1555', device: 'external-pump', route: 'subcutaneous', diagnoses: ['E11.9'] }).warnings).toEqual([denial]);
    expect(ask({ hcpcs: 'J1555', device: 'external-pump', route: 'subcutaneous', diagnoses: ['E11.9', 'G61.81'] }).warnings).toHaveLength(2);
  });
  it('the PID list held starts on 2024-01-01: no warning that day', () => {
    const warning = /The primary immune deficiency list held is the one in force from 2024-01-01/;
    expect(ask({ hcpcs: 'J1459', route: 'intravenous', diagnoses: ['D80.0'], dateOfService: '2024-01-01' }).warnings.some((w) => warning.test(w))).toBe(false);
    expect(ask({ hcpcs: 'J1459', route: 'intravenous', diagnoses: ['D80.0'], dateOfService: '2023-12-31' }).warnings.some((w) => warning.test(w))).toBe(true);
  });
});

describe('the answer object', () => {
  it('has no billTo, hitCategory or hitCodes key when there is none', () => {
    expect(Object.keys(classify({ hcpcs: 'S9500', dateOfService: D }))).toEqual(['benefit', 'requires', 'reasons', 'warnings']);
    expect(Object.keys(ask({ hcpcs: 'J0696', device: 'gravity' }))).toEqual(['benefit', 'requires', 'reasons', 'warnings', 'billTo']);
    expect(Object.keys(ask({ hcpcs: 'J2260', device: 'external-pump', route: 'intravenous' }))).toEqual(['benefit', 'requires', 'reasons', 'warnings', 'billTo', 'hitCategory', 'hitCodes']);
  });
  it('displays a source by its title and section; A4232 cites the coding guideline that makes it not payable, as checkClaim does', () => {
    const display = (classify({ hcpcs: 'A4232', dateOfService: D, setting: 'home' }) as unknown as Record<symbol, () => Record<string, string>>)[JUPYTER_DISPLAY]!()['text/markdown'];
    expect(display).toMatch(/\| NOT_PAYABLE_BY_MEDICARE \| A4232 is not payable by Medicare \(catalog record\)\. \| Article A52507 External Infusion Pumps - Policy Article \(DME MACs\), Coding Guidelines \(invalid for submission to Medicare\) \|$/m);
    // CPT 99601: classify and checkClaim give NOT_PAYABLE_BY_MEDICARE with the same citation (BPM ch. 15 §320).
    const answer = classify({ hcpcs: '99601', dateOfService: D, setting: 'home' }).reasons.find((r) => r.code === 'NOT_PAYABLE_BY_MEDICARE');
    const finding = checkClaim([{ hcpcs: '99601', units: 1, dateOfService: D }]).find((f) => f.code === 'NOT_PAYABLE_BY_MEDICARE');
    expect(answer?.citation).toEqual(finding?.citation);
    expect(answer?.citation?.id).toBe('bpm-100-02-ch15');
  });
});
