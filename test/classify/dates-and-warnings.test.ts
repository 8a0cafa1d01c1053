/**
 * The dates at which classify's answer changes, tested on the day before and the day itself, and the
 * warnings that tell a user what the answer assumed. Each block quotes the rule it rests on. (Written
 * for mutation testing, docs/mutation.md: a boundary moved by one day, or a warning dropped, must fail.)
 */
import { describe, expect, it } from 'vitest';
import { classify } from '../../src/classify/classify.js';
import type { ClassifyInput } from '../../src/classify/types.js';

const at = (input: ClassifyInput) => classify(input);
const milrinone = (dateOfService: string, extra: Partial<ClassifyInput> = {}) =>
  at({ hcpcs: 'J2260', dateOfService, device: 'external-pump', route: 'intravenous', setting: 'home', ...extra });
const reasonCodes = (c: ReturnType<typeof classify>) => c.reasons.map((r) => r.code);

describe('the LCD L33794 revision the model encodes (effective 2026-01-25)', () => {
  // The coverage model encodes LCD L33794 and A52507 as revised effective 2026-01-25; for earlier dates
  // the answer carries a warning that the criteria then in force may differ.
  const warning = /as revised effective 2026-01-25; criteria in force on earlier dates may differ/;
  it('warns on 2026-01-24, the day before', () => expect(milrinone('2026-01-24').warnings.join('\n')).toMatch(warning));
  it('does not warn on 2026-01-25', () => expect(milrinone('2026-01-25').warnings.join('\n')).not.toMatch(warning));
});

describe('HIT services for a pump drug: from 2019 (transitional), from 2021 (permanent benefit)', () => {
  // SSA §1834(u)(7): HIT services were first paid from 2019-01-01; 2019-2020 was the temporary
  // transitional payment (one G-code per category, G0068-G0070, billed by eligible DME suppliers to the
  // DME MAC); from 2021-01-01 qualified HIT suppliers bill an initial and a subsequent visit code to the
  // A/B MAC (MLN MM11880).
  it('2018-12-31: no HIT category, and a warning naming the first day', () => {
    const c = milrinone('2018-12-31');
    expect(c.hitCategory).toBeUndefined();
    expect(c.warnings).toContain('Home infusion therapy services were first paid for dates of service from 2019-01-01.');
  });
  it('2019-01-01: category 1 under the transitional payment, one code (G0068) to the DME MAC, cited to the statute', () => {
    const c = milrinone('2019-01-01');
    expect(c.hitCategory).toBe(1);
    expect(c.hitCodes).toBeUndefined();
    expect(c.reasons.find((r) => r.code === 'HIT_ELIGIBLE')?.citation?.id).toBe('ssa-1834u');
    expect(c.warnings).toContain('2019-2020 temporary transitional payment: HIT services for category 1 were billed with one code (G0068) by an eligible DME supplier to the DME MAC.');
  });
  it('2020-12-31: still transitional (no initial-visit code)', () => expect(milrinone('2020-12-31').hitCodes).toBeUndefined());
  it('2021-01-01: initial G0088 and subsequent G0068, billed to the A/B MAC, cited to the MAC\'s HIT list', () => {
    const c = milrinone('2021-01-01');
    expect(c.hitCodes).toEqual({ initial: 'G0088', subsequent: 'G0068' });
    expect(c.reasons.find((r) => r.code === 'HIT_ELIGIBLE')?.citation?.id).toBe('noridian-jeb-hit-page');
    expect(c.warnings).toContain('HIT services (G0088 first visit, G0068 later visits) are billed separately to the A/B MAC by a qualified home infusion therapy supplier, not on this DME claim.');
  });
  it('the G-code itself: DME MAC on 2020-12-31 with one code per category; A/B MAC on 2021-01-01 with both codes', () => {
    const before = at({ hcpcs: 'G0068', dateOfService: '2020-12-31' });
    expect([before.billTo, before.hitCodes]).toEqual(['dme-mac', undefined]);
    expect(before.warnings).toEqual(['2019-2020 was the temporary transitional payment: one code per category (G0068, G0069, G0070), paid to eligible DME suppliers.']);
    expect(before.reasons[0]?.message).toMatch(/billed to the DME MAC by an eligible DME supplier/);
    const after = at({ hcpcs: 'G0068', dateOfService: '2021-01-01' });
    expect([after.billTo, after.hitCodes]).toEqual(['ab-mac', { initial: 'G0088', subsequent: 'G0068' }]);
    expect(after.reasons[0]?.message).toMatch(/billed to the A\/B MAC by a qualified HIT supplier/);
    // A HIT visit is a home service by definition: no "no setting given" warning for it.
    expect(after.warnings).toEqual([]);
  });
  it('from 2021 a missing route is named: BPM ch. 15 §320.7.1, "as long as they are infused intravenously or subcutaneously"', () => {
    const c = at({ hcpcs: 'J2260', dateOfService: '2021-01-01', device: 'external-pump', setting: 'home' });
    expect(c.warnings).toContain('No route given: the HIT category applies only when J2260 is infused intravenous or subcutaneous (BPM ch. 15 §320.7.1).');
    expect(milrinone('2021-01-01').warnings.join('\n')).not.toMatch(/No route given/);
  });
});

describe('home IVIG and Q2052: the PID list (BPM ch. 15 §50.6, Rev. 12352, from 2024-01-01) and the demonstration', () => {
  const pidWarning = 'The primary immune deficiency list held is the one in force from 2024-01-01; earlier lists may differ.';
  it('IVIG on 2023-12-31 warns that the list held is the 2024 one; on 2024-01-01 it does not', () => {
    expect(at({ hcpcs: 'J1459', dateOfService: '2023-12-31', setting: 'home', diagnoses: ['D83.9'] }).warnings).toContain(pidWarning);
    expect(at({ hcpcs: 'J1459', dateOfService: '2024-01-01', setting: 'home', diagnoses: ['D83.9'] }).warnings).not.toContain(pidWarning);
  });
  it('IVIG without a diagnosis: covered, with the reason and warning that a PID diagnosis is needed', () => {
    const c = at({ hcpcs: 'J1459', dateOfService: '2024-01-01', setting: 'home' });
    expect(reasonCodes(c)).toEqual(['IVIG_HOME_PID', 'DIAGNOSIS_NOT_GIVEN']);
    expect(c.warnings).toContain('Coverage needs a primary immune deficiency diagnosis listed in BPM ch. 15 §50.6; none was given.');
    expect(c.warnings).toContain('The items and services to give the IVIG at home (nursing, supplies) are billed separately as Q2052 by the supplier of the drug.');
  });
  it('Q2052 before 2024 is the IVIG demonstration (enrolled beneficiaries only); from 2024-01-01 the permanent bundled payment', () => {
    // CMS IVIG demonstration; CAA 2023 §4134: permanent benefit from 2024-01-01.
    const demo = at({ hcpcs: 'Q2052', dateOfService: '2023-12-31', setting: 'home', diagnoses: ['D83.9'] });
    expect(reasonCodes(demo)).toEqual(['IVIG_SERVICES_DEMONSTRATION']);
    expect(demo.warnings).toEqual([
      'Before 2024 Q2052 was paid only for beneficiaries enrolled in the IVIG demonstration; the classifier cannot see enrolment.',
      pidWarning,
      "Bill one unit of Q2052 per infusion date of service, with its immune globulin on the claim (within 30 days of the drug's date of service).",
    ]);
    const permanent = at({ hcpcs: 'Q2052', dateOfService: '2024-01-01', setting: 'home' });
    expect(reasonCodes(permanent)).toEqual(['IVIG_SERVICES', 'DIAGNOSIS_NOT_GIVEN']);
    expect(permanent.warnings).toContain('Coverage needs a primary immune deficiency diagnosis listed in BPM ch. 15 §50.6; none was given.');
  });
});

describe('what the answer assumed when the input left it open', () => {
  it('no setting: the home, said in a warning', () =>
    expect(at({ hcpcs: 'J2260', dateOfService: '2026-03-02', device: 'external-pump', route: 'intravenous' }).warnings).toContain("No setting given: classified as used in the patient's home."));
  it('insulin J1817 by insulin pump without route or diagnosis: subcutaneous assumed, group 1 named, no HIT category', () => {
    // BPM ch. 15 §320.7: home infusion drugs exclude insulin pump systems.
    const c = at({ hcpcs: 'J1817', dateOfService: '2026-03-02', setting: 'home', device: 'insulin-pump' });
    expect(reasonCodes(c)).toEqual(['EIP_DRUG_COVERED', 'DIAGNOSIS_NOT_GIVEN', 'HIT_NOT_ELIGIBLE']);
    expect(c.hitCategory).toBeUndefined();
    expect(c.warnings).toEqual(['Coverage needs a diagnosis from A52507 ICD-10 group 1; none was given.', 'No route given: classified as subcutaneous.']);
  });
});

describe('diagnoses: one listed diagnosis is enough', () => {
  // A52507, ICD-10-CM Codes that Support Medical Necessity: the claim needs a diagnosis from the
  // indication's group; other diagnoses on the claim do not take it away. Likewise home IVIG needs a
  // primary immune deficiency from the BPM ch. 15 §50.6 list among the diagnoses.
  it('Hizentra with a PID code and an unrelated code: listed', () => {
    const c = at({ hcpcs: 'J1559', dateOfService: '2026-03-02', setting: 'home', device: 'external-pump', route: 'subcutaneous', diagnoses: ['E11.9', 'D83.9'] });
    expect(reasonCodes(c)).toContain('EIP_DIAGNOSIS_LISTED');
  });
  it('home IVIG with an unrelated code and a PID code: covered', () => {
    const c = at({ hcpcs: 'J1459', dateOfService: '2026-03-02', setting: 'home', diagnoses: ['E11.9', 'D83.9'] });
    expect(c.benefit).toBe('part-b-ivig');
  });
  it('Hizentra for CIDP on 2021-07-18, the first day A52507 lists it ("on or after July 18, 2021")', () => {
    const c = at({ hcpcs: 'J1559', dateOfService: '2021-07-18', setting: 'home', device: 'external-pump', diagnoses: ['G61.81'] });
    expect(c.benefit).toBe('part-b-dme');
    expect(reasonCodes(c)).toContain('EIP_DIAGNOSIS_LISTED');
  });
});
