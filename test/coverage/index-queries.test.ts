/**
 * The coverage model's queries (src/coverage/index.ts) on the days their answers change: a code
 * added to a rule after the rule began (J1554 to home IVIG on 2021-04-01, A52509's code list), a
 * rule that ends (J1457 on 2025-12-31, A52507: J7799 from 2026-01-01), Q2052's demonstration
 * (through 2023-12-31) and permanent benefit (from 2024-01-01), the HIT contractor (DME MAC 2019-2020,
 * A/B MAC from 2021, MLN MM11880) and the IV/SC route rule from 2021 (BPM ch. 15 §320.7.1).
 */
import { describe, expect, it } from 'vitest';
import {
  coverageRulesOn,
  eipPumpCodes,
  hasCoverageRule,
  hitCategoryOf,
  hitContractorOn,
  hitInitialVisitsFrom,
  hitRouteEligible,
  icd10Group,
  isNonMedicareSCode,
  pidDiagnoses,
  rulesInForce,
  rulesOfCode,
} from '../../src/coverage/index.js';

const kinds = (rules: readonly { kind: string }[]) => rules.map((r) => r.kind);

describe('rules in force on a date', () => {
  it('a code added to a rule later is in force from the day it was added, not from the rule start', () => {
    expect(rulesOfCode('J1554')[0]?.from).toBe('2021-04-01');
    expect(rulesInForce('J1554', '2021-03-31')).toEqual([]);
    expect(kinds(rulesInForce('J1554', '2021-04-01').map((r) => r.rule))).toEqual(['ivig-drug']);
    expect(coverageRulesOn('J1554', '2021-03-31')).toEqual([]);
    expect(kinds(coverageRulesOn('J1554', '2021-04-01'))).toEqual(['ivig-drug']);
  });
  it('a rule that ends is in force on its last day and not the day after', () => {
    expect(rulesInForce('J1457', '2025-12-31')).toHaveLength(1);
    expect(rulesInForce('J1457', '2026-01-01')).toEqual([]);
    expect(coverageRulesOn('J1457', '2025-12-31')).toHaveLength(1);
    expect(coverageRulesOn('J1457', '2026-01-01')).toEqual([]);
  });
  it('Q2052: the demonstration rule through 2023-12-31, the permanent one from 2024-01-01, none before 2014-04-01', () => {
    const demo = coverageRulesOn('Q2052', '2023-12-31');
    expect(demo).toHaveLength(1);
    expect(demo[0]?.demonstration).toBe(true);
    const permanent = coverageRulesOn('Q2052', '2024-01-01');
    expect(permanent).toHaveLength(1);
    expect(permanent[0]?.demonstration).toBeFalsy();
    expect(coverageRulesOn('Q2052', '2014-03-31')).toEqual([]);
    expect(rulesInForce('Q2052', '2014-04-01')).toHaveLength(1);
  });
  it('two rules in force together (J1569: home IVIG and subcutaneous by pump) are both returned', () => {
    expect(kinds(coverageRulesOn('J1569', '2026-03-02'))).toEqual(['ivig-drug', 'eip-drug']);
    expect(coverageRulesOn('J1569', '2026-03-02')).toBe(coverageRulesOn('J1569', '2026-03-03'));
  });
  it('a code without a rule', () => {
    expect(hasCoverageRule('J1559')).toBe(true);
    expect(hasCoverageRule('A4232')).toBe(false);
    expect(coverageRulesOn('A4232', '2026-03-02')).toEqual([]);
    expect(rulesInForce('A4232', '2026-03-02')).toEqual([]);
    expect(rulesOfCode('A4232')).toEqual([]);
  });
});

describe('code sets', () => {
  it('S-codes are not payable by Medicare except those the HCPCS file marks otherwise (S3620)', () => {
    expect(isNonMedicareSCode('S9500')).toBe(true);
    expect(isNonMedicareSCode('S3620')).toBe(false);
    expect(isNonMedicareSCode('J1559')).toBe(false);
  });
  it('pumps, ICD-10 groups and the PID list', () => {
    expect(eipPumpCodes().has('E0781')).toBe(true);
    expect(eipPumpCodes().has('A4222')).toBe(false);
    expect(icd10Group(3).has('D83.9')).toBe(true);
    expect(icd10Group(6).has('G61.81')).toBe(true);
    expect(icd10Group(7).size).toBe(0);
    expect(pidDiagnoses().has('D80.0')).toBe(true);
    expect(pidDiagnoses().has('D80.1')).toBe(false);
  });
});

describe('HIT: contractor, initial visits, category and route', () => {
  it('the DME MAC for 2019-2020, the A/B MAC from 2021-01-01, nobody before 2019', () => {
    expect(hitContractorOn('2018-12-31')).toBeUndefined();
    expect(hitContractorOn('2019-01-01')?.billTo).toBe('dme-mac');
    expect(hitContractorOn('2020-12-31')?.billTo).toBe('dme-mac');
    expect(hitContractorOn('2021-01-01')?.billTo).toBe('ab-mac');
    expect(hitContractorOn('2199-12-31')?.billTo).toBe('ab-mac');
    expect(hitInitialVisitsFrom()).toBe('2021-01-01');
  });
  it('a category is held from 2019-01-01; from 2021 only for an IV or SC route', () => {
    const milrinone = rulesOfCode('J2260')[0]!.rule;
    expect(hitCategoryOf(milrinone, '2018-12-31', 'intravenous')).toBeUndefined();
    expect(hitCategoryOf(milrinone, '2019-01-01', undefined)?.category).toBe(1);
    const ziconotide = rulesOfCode('J2278')[0]!.rule;
    expect(hitCategoryOf(ziconotide, '2020-12-31', 'intrathecal')?.category).toBe(1);
    expect(hitCategoryOf(ziconotide, '2021-01-01', 'intrathecal')).toBeUndefined();
    expect(hitCategoryOf(ziconotide, '2021-01-01', 'intravenous')?.category).toBe(1);
  });
  it('a category that ends is held through its last day (J9200: category 3 in 2019-2020 only)', () => {
    const floxuridine = rulesOfCode('J9200')[0]!.rule;
    expect(hitCategoryOf(floxuridine, '2020-12-31', 'intravenous')?.category).toBe(3);
    expect(hitCategoryOf(floxuridine, '2021-01-01', 'intravenous')).toBeUndefined();
  });
  it('the route rule: the route given, else the rule routes, else eligible', () => {
    const ziconotide = rulesOfCode('J2278')[0]!.rule;
    expect(hitRouteEligible(ziconotide, '2020-12-31', undefined)).toBe(true);
    expect(hitRouteEligible(ziconotide, '2021-01-01', undefined)).toBe(false);
    expect(hitRouteEligible(ziconotide, '2021-01-01', 'subcutaneous')).toBe(true);
    const milrinone = rulesOfCode('J2260')[0]!.rule;
    expect(milrinone.routes).toBeUndefined();
    expect(hitRouteEligible(milrinone, '2021-01-01', undefined)).toBe(true);
    expect(hitRouteEligible(milrinone, '2021-01-01', 'intrathecal')).toBe(false);
  });
});
