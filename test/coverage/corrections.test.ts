/**
 * The classes of wrong answers found when the library was checked against the primary texts
 * (shared/reference/coverage-corrections.md), each tested across every code of its class, with
 * the sentence of the source it rests on. The examples named in the review are among the codes.
 */
import { describe, expect, it } from 'vitest';
import { checkClaim, classify, classifyRuleTable, getCode, listCodes, type ClaimLine } from '../../src/index.js';
import { expectInvalidInput } from '../helpers.js';

const DOS = '2026-03-02';
const model = classifyRuleTable();
const L = (hcpcs: string, modifiers: string[] = [], units = 1, dateOfService = DOS, extra: Partial<ClaimLine> = {}): ClaimLine => ({ hcpcs, modifiers, units, dateOfService, ...extra });
const codesOf = (lines: ClaimLine[], options?: Parameters<typeof checkClaim>[1]) => checkClaim(lines, options).map((f) => `${f.line}:${f.code}`);
const inForce = (date: string) => model.rules.filter((r) => r.effective.from <= date && (!r.effective.to || date <= r.effective.to));
const codesInForce = (rule: (typeof model.rules)[number], date: string) => rule.codes.filter((c) => (rule.codeAdded[c] ?? '0000') <= date && getCode(c, { asOf: date }));

describe('1. KX, GA or GZ on every L33794 pump, drug and supply line', () => {
  // A52507: "suppliers must add the KX modifier to claim lines billed for the external infusion pump,
  // drugs and supplies for dates of service on or after January 1, 2023 … Claim lines billed for the
  // above services without a KX, GA, or GZ modifier will be rejected as missing information".
  const kinds = model.lineModifiers.kinds;
  const rules = inForce(DOS).filter((r) => kinds.includes(r.kind));

  it('names every pump, supply and drug kind of the policy', () => {
    expect([...kinds].sort()).toEqual(['compounded', 'eip-drug', 'eip-pump', 'eip-supply']);
    expect(model.lineModifiers.from).toBe('2023-01-01');
    expect(model.lineModifiers.anyDate).toEqual(['E0784', 'J1817']);
  });

  for (const rule of rules) {
    for (const code of codesInForce(rule, DOS)) {
      it(`${code} (${rule.id}) without KX/GA/GZ is rejected; with KX it is not`, () => {
        const pump = rule.pumps?.[0];
        const jb = rule.indication === 'V(H)' ? ['JB'] : [];
        const lines = rule.kind === 'eip-drug' && pump ? [L(pump, ['KX', ...jb]), L(code, jb, 1)] : [L(code, [], 1)];
        const at = lines.length;
        expect(codesOf(lines)).toContain(`${at}:EIP_MODIFIER_MISSING`);
        lines[at - 1] = L(code, ['KX', ...jb], 1);
        expect(codesOf(lines)).not.toContain(`${at}:EIP_MODIFIER_MISSING`);
      });
    }
  }

  it('the review example: milrinone J2260 with E0781 KX and no modifier', () => {
    expect(codesOf([L('E0781', ['KX']), L('J2260', [], 20)])).toContain('2:EIP_MODIFIER_MISSING');
  });
});

describe('2. Drug-pump pairings are checked on claims', () => {
  // A52507: "Specific infusion pump HCPCS codes are used with specific SCIg preparations according to
  // the table below. Infusion Pump SCIg Preparation E0779 J1555, J1559, J1561, J1569 E0781 J1575
  // E0779 or E0781 J1551, J1558"; K0455 for epoprostenol (J1325) and treprostinil (J3285);
  // J1811, J1813 or J1817 for insulin through E0784. LCD L33794 (reference notes): the IV pole E0776
  // only with the stationary pump E0791.
  const pumps = [...new Set(model.rules.filter((r) => r.kind === 'eip-pump').flatMap((r) => r.codes))];
  const drugRules = inForce(DOS).filter((r) => r.kind === 'eip-drug');

  for (const rule of drugRules) {
    for (const code of codesInForce(rule, DOS)) {
      const jb = rule.indication === 'V(H)' ? ['JB'] : [];
      const extra = rule.indication === 'IV' ? ['JK'] : [];
      for (const pump of pumps) {
        const paired = rule.pumps?.includes(pump) ?? false;
        it(`${code} with ${pump}: ${paired ? 'paired' : 'mismatch'}`, () => {
          const found = codesOf([L(pump, ['KX', ...jb]), L(code, ['KX', ...jb, ...extra])]);
          if (paired) expect(found).not.toContain('2:DRUG_PUMP_MISMATCH');
          else expect(found).toContain('2:DRUG_PUMP_MISMATCH');
        });
      }
    }
  }

  it('the review example: HyQvia J1575 billed with E0779', () => {
    expect(codesOf([L('E0779', ['KX', 'JB']), L('J1575', ['KX', 'JB'], 100)])).toContain('2:DRUG_PUMP_MISMATCH');
  });

  it('the IV pole E0776 only with the stationary pump E0791', () => {
    for (const pump of ['E0779', 'E0780', 'E0781', 'E0784', 'K0455']) {
      expect(codesOf([L(pump, ['KX']), L('E0776')])).toContain('2:SUPPLY_NOT_FOR_PUMP');
    }
    expect(codesOf([L('E0791', ['KX']), L('E0776')])).toEqual([]);
  });
});

describe('3. Home IVIG is not an external infusion pump claim', () => {
  // BPM ch. 15 §50.6 and A52509: IVIG at home for primary immune deficiency, no pump needed; Q2052
  // pays the items and services. J1561 and J1569 are also SCIg under L33794 (with JB and a pump).
  const both = [...new Set(model.rules.filter((r) => r.kind === 'ivig-drug').flatMap((r) => r.codes))]
    .filter((c) => model.rules.some((r) => r.kind === 'eip-drug' && r.codes.includes(c)));

  it('J1561 and J1569 are the codes in both', () => expect(both.sort()).toEqual(['J1561', 'J1569']));

  for (const code of both) {
    it(`${code} with Q2052 and no pump: no L33794 modifier finding and no GY advice`, () => {
      const findings = checkClaim([L(code, [], 300), L('Q2052', [], 1)]);
      expect(findings.map((f) => f.code)).toEqual([]);
    });
    it(`${code} with no pump and no Q2052: never GY advice (it may be home IVIG)`, () => {
      expect(codesOf([L(code, ['KX'], 300)])).not.toContain('1:GY_IF_NO_PUMP');
    });
    it(`${code} intravenous at home is home IVIG, billed to the DME MAC`, () => {
      const c = classify({ hcpcs: code, dateOfService: DOS, route: 'intravenous', setting: 'home', diagnoses: ['D80.0'] });
      expect([c.benefit, c.billTo, c.hitCategory]).toEqual(['part-b-ivig', 'dme-mac', undefined]);
    });
  }
});

describe('4. One HIT category per code, date and route', () => {
  // BPM ch. 15 §320.7.1: pump drugs "qualify as home infusion drugs as long as they are infused
  // intravenously or subcutaneously".
  const restricted = model.rules.filter((r) => r.kind === 'eip-drug' && r.routes && !r.routes.some((x) => x === 'intravenous' || x === 'subcutaneous'));

  it('ziconotide J2278 (intrathecal) and carbidopa/levodopa J7340 (enteral) are the drugs with no IV or SC route', () => {
    expect(restricted.flatMap((r) => r.codes).sort()).toEqual(['J2278', 'J7340']);
  });

  for (const rule of restricted) {
    for (const code of rule.codes) {
      it(`${code}: no HIT category from 2021 in getCode, listCodes, classify`, () => {
        expect(getCode(code, { asOf: DOS })?.hitCategory).toBeUndefined();
        expect(listCodes({ hitCategory: 1, asOf: DOS }).map((r) => r.code)).not.toContain(code);
        const c = classify({ hcpcs: code, dateOfService: DOS, route: rule.defaultRoute, device: 'external-pump', setting: 'home', diagnoses: ['G20.A1'] });
        expect(c.hitCategory).toBeUndefined();
      });
    }
  }

  it('a drug covered on any route: the catalog says on which routes its category holds; classify agrees route by route', () => {
    expect(getCode('J2270', { asOf: DOS })).toMatchObject({ hitCategory: 1, hitRoutes: ['intravenous', 'subcutaneous'] });
    for (const route of ['intravenous', 'subcutaneous', 'epidural', 'intrathecal'] as const) {
      const c = classify({ hcpcs: 'J2270', dateOfService: DOS, route, device: 'external-pump', setting: 'home' });
      expect(c.hitCategory, route).toBe(route === 'intravenous' || route === 'subcutaneous' ? 1 : undefined);
    }
  });
});

describe('5. HIT G-codes in 2019-2020 are billed to the DME MAC', () => {
  // Joint DME MAC FAQ on the temporary transitional payment (CR 10836): eligible DME suppliers billed
  // G0068-G0070 to the DME MAC; MLN MM11880: qualified HIT suppliers bill A/B MACs from 2021-01-01.
  for (const code of ['G0068', 'G0069', 'G0070']) {
    it(code, () => {
      for (const [date, billTo] of [['2019-01-01', 'dme-mac'], ['2020-12-31', 'dme-mac'], ['2021-01-01', 'ab-mac']] as const) {
        expect(getCode(code, { asOf: date })?.billTo, date).toBe(billTo);
        expect(classify({ hcpcs: code, dateOfService: date, setting: 'home' }).billTo, date).toBe(billTo);
      }
    });
  }
});

describe('7. A coding remark is not a coverage rule: gallium has no route exclusion', () => {
  // LCD L33794 indication V(F) names no route; A52507's "gallium nitrate injection for continuous
  // subcutaneous infusion" says which code to use.
  it('IV gallium J1457 through a covered pump is Part B DME', () => {
    const c = classify({ hcpcs: 'J1457', dateOfService: '2025-06-01', route: 'intravenous', device: 'external-pump', setting: 'home', diagnoses: ['E83.52'] });
    expect(c.benefit).toBe('part-b-dme');
  });
});

describe('8. Smaller ones', () => {
  it('A4602 ("owned by patient") is not payable with a rented pump', () => {
    expect(getCode('A4602')?.descriptor).toContain('owned by patient');
    expect(codesOf([L('E0781', ['KX', 'RR']), L('A4602', [], 2)])).toContain('2:BATTERY_WITH_RENTED_PUMP');
    expect(codesOf([L('E0781', ['KX']), L('A4602', [], 2)])).not.toContain('2:BATTERY_WITH_RENTED_PUMP');
  });

  it('JB only on subcutaneous lines (A52507: "For other methods of administration, no modifier should be added")', () => {
    const ivOnly = [...new Set(inForce(DOS).filter((r) => r.kind === 'ivig-drug' && r.codes.length > 0).flatMap((r) => r.codes))]
      .filter((c) => !model.rules.some((r) => r.kind === 'eip-drug' && r.codes.includes(c)));
    expect(ivOnly.length).toBeGreaterThan(5);
    for (const code of ivOnly) expect(codesOf([L(code, ['JB'], 100)]), code).toContain('1:JB_NOT_SUBCUTANEOUS');
    expect(codesOf([L('E0779', ['KX', 'JB']), L('J1559', ['KX', 'JB'], 100)])).toEqual([]);
  });

  it('J1562 is answered by classify: an SCIg A52507 pairs with no pump', () => {
    const c = classify({ hcpcs: 'J1562', dateOfService: DOS, device: 'external-pump', setting: 'home' });
    expect(c.benefit).toBe('not-covered');
    expect(c.reasons[0]!.code).toBe('EIP_NO_PAIRED_PUMP');
  });

  it('Q2052 is classified in the demonstration years from its HCPCS add date 2014-04-01', () => {
    for (const date of ['2014-04-01', '2018-06-01', '2023-12-31']) {
      const c = classify({ hcpcs: 'Q2052', dateOfService: date, setting: 'home', diagnoses: ['D80.0'] });
      expect(c.benefit, date).toBe('part-b-ivig-services');
      expect(c.reasons[0]!.code, date).toBe('IVIG_SERVICES_DEMONSTRATION');
    }
    expect(classify({ hcpcs: 'Q2052', dateOfService: '2024-01-01', setting: 'home' }).reasons[0]!.code).toBe('IVIG_SERVICES');
  });

  it('every S-code is not payable by Medicare (coverage code I), listed in the catalog or not', () => {
    for (const code of ['S9562', 'S9500', 'S0155', 'S9999', ...listCodes({ text: 's' }).filter((r) => r.code.startsWith('S')).map((r) => r.code)]) {
      if (code === 'S3620') continue;
      const c = classify({ hcpcs: code, dateOfService: DOS });
      expect(c.benefit, code).toBe('not-covered');
      expect(c.reasons[0]!.code, code).toBe('S_CODE_NOT_MEDICARE');
      expect(codesOf([L(code)]), code).toContain('1:S_CODE_NOT_MEDICARE');
    }
  });
});

describe('Silent where a biller expects an answer', () => {
  it('Q2052: "Only one unit of service of Q2052 shall be paid per infusion date of service" (A52509)', () => {
    expect(codesOf([L('J1569', [], 300), L('Q2052', [], 2)])).toContain('2:Q2052_UNITS_PER_DAY');
    expect(codesOf([L('J1569', [], 300), L('Q2052', [], 1), L('Q2052', [], 1)])).toContain('3:Q2052_UNITS_PER_DAY');
    expect(codesOf([L('J1569', [], 300), L('Q2052', [], 1), L('Q2052', [], 1, '2026-03-03')])).toEqual([]);
  });

  it('Q2052 without its immune globulin within 30 days is not payable', () => {
    expect(codesOf([L('Q2052', [], 1)])).toContain('1:Q2052_WITHOUT_DRUG');
    expect(codesOf([L('J1459', [], 300, '2026-01-30'), L('Q2052', [], 1)])).toContain('2:Q2052_WITHOUT_DRUG'); // 31 days
    expect(codesOf([L('J1459', [], 300, '2026-01-31'), L('Q2052', [], 1)])).not.toContain('2:Q2052_WITHOUT_DRUG'); // 30 days
    expect(codesOf([L('Q2052', [], 1)], { drugLines: [{ hcpcs: 'J1459', dateOfService: '2026-02-20' }] })).toEqual([]);
  });

  it('a HIT visit needs its drug billed with the visit or no more than 30 days before it (MM11880)', () => {
    const visit = [L('G0069', [], 4)];
    expect(codesOf(visit, { drugLines: [{ hcpcs: 'J1559', dateOfService: '2026-01-31' }] })).toEqual([]); // 30 days before
    expect(codesOf(visit, { drugLines: [{ hcpcs: 'J1559', dateOfService: '2026-01-30' }] })).toEqual(['1:HIT_DRUG_NOT_BILLED']); // 31
    expect(codesOf(visit, { drugLines: [{ hcpcs: 'J2260', dateOfService: DOS }] })).toEqual(['1:HIT_DRUG_NOT_BILLED']); // category 1 drug
    expect(codesOf(visit)).toEqual(['1:HIT_DRUG_NOT_CHECKED']);
    expect(checkClaim(visit)[0]!.severity).toBe('warning');
  });

  it('LCD quantity limits: blinatumomab above 875 units a month; days of supply over 3 months (pump drugs) or 1 month (IVIG)', () => {
    expect(codesOf([L('E0781', ['KX']), L('J9039', ['KX'], 500, '2026-03-01'), L('J9039', ['KX'], 400, '2026-03-20')])).toContain('3:QUANTITY_OVER_MONTHLY_LIMIT');
    expect(codesOf([L('E0781', ['KX']), L('J9039', ['KX'], 500, '2026-03-01'), L('J9039', ['KX'], 375, '2026-03-20')])).toEqual([]);
    expect(codesOf([L('E0781', ['KX']), L('J2260', ['KX'], 20, DOS, { daysSupply: 93 })])).toContain('2:DISPENSED_OVER_LIMIT');
    expect(codesOf([L('E0781', ['KX']), L('J2260', ['KX'], 20, DOS, { daysSupply: 92 })])).toEqual([]); // 2026-03-02 to 2026-06-02
    expect(codesOf([L('J1459', [], 300, DOS, { daysSupply: 32 })])).toContain('1:DISPENSED_OVER_LIMIT');
  });

  it('the 60-day initial-visit rule counts the patient\'s visits with any supplier (BPM §320.8.3)', () => {
    const drugLines = [{ hcpcs: 'J2260', dateOfService: DOS }];
    expect(codesOf([L('G0088', [], 4)], { drugLines, priorHitVisits: [{ date: '2026-02-01', discharged: true }] })).toEqual(['1:HIT_INITIAL_NOT_ALLOWED']);
    expect(codesOf([L('G0088', [], 4)], { drugLines, priorHitVisits: [{ date: '2025-12-01', discharged: true }] })).toEqual([]);
    expect(codesOf([L('G0088', [], 4)], { drugLines, priorHitVisits: [{ date: '2025-12-01', discharged: false }] })).toEqual(['1:HIT_INITIAL_NOT_ALLOWED']);
  });

  it('unknown input keys are refused, never silently ignored', () => {
    expectInvalidInput(() => classify({ hcpcs: 'J2260', dateOfService: DOS, devcie: 'gravity' } as never), 'devcie');
    expectInvalidInput(() => checkClaim([{ hcpcs: 'J2260', units: 1, dateOfService: DOS, modifier: ['KX'] } as never]), 'lines[0].modifier');
    expectInvalidInput(() => checkClaim([], { drugLine: [] } as never), 'options.drugLine');
  });
});

describe('Doubtful readings come with a warning that names the doubt', () => {
  it('CIDP: covered for Hizentra J1559 only (A52507), with a warning for the other SCIg', () => {
    const hizentra = classify({ hcpcs: 'J1559', dateOfService: DOS, device: 'external-pump', setting: 'home', diagnoses: ['G61.81'] });
    expect(hizentra.benefit).toBe('part-b-dme');
    for (const code of ['J1555', 'J1561', 'J1569', 'J1575', 'J1558', 'J1551', 'J1562']) {
      const c = classify({ hcpcs: code, dateOfService: DOS, route: 'subcutaneous', device: 'external-pump', setting: 'home', diagnoses: ['G61.81'] });
      expect(c.benefit, code).toBe('not-covered');
      if (code !== 'J1562') expect(c.warnings.join(' '), code).toContain('Hizentra (J1559)');
    }
  });

  it('E11.10 and E11.11 are not in the held A52507 group 1: not covered, with a warning naming them', () => {
    const c = classify({ hcpcs: 'J1817', dateOfService: DOS, device: 'insulin-pump', setting: 'home', diagnoses: ['E11.10'] });
    expect(c.benefit).toBe('not-covered');
    expect(c.warnings.join(' ')).toContain('E11.10 and E11.11');
  });
});
