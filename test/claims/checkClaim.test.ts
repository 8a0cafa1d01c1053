import { describe, expect, it } from 'vitest';
import { checkClaim, CLAIM_FINDINGS, MedicareInputError, type ClaimLine } from '../../src/index.js';
import { expectInvalidInput as expectInvalid } from '../helpers.js';

const DOS = '2026-03-02';

function line(hcpcs: string, modifiers: string[] = [], units = 1, dateOfService: string | Date = DOS): ClaimLine {
  return { hcpcs, modifiers, units, dateOfService };
}

/** A drug of each HIT category (LCD L33794 drugs the HIT lists name), billed on the visit's date on the DME MAC claim. */
const HIT_DRUG: Record<string, string> = { G0068: 'J2260', G0088: 'J2260', G0069: 'J1559', G0089: 'J1559', G0070: 'J9000', G0090: 'J9000' };
/** checkClaim for HIT visits, with each visit's drug given as billed elsewhere (MM11880: with the visit or up to 30 days before). */
function checkHit(lines: readonly ClaimLine[]) {
  const drugLines = lines.filter((l) => HIT_DRUG[l.hcpcs]).map((l) => ({ hcpcs: HIT_DRUG[l.hcpcs]!, dateOfService: l.dateOfService }));
  return checkClaim(lines, { drugLines });
}
function hitCodesOf(lines: readonly ClaimLine[]): string[] {
  return checkHit(lines).map((f) => `${f.line}:${f.code}`);
}

/** The finding codes reported, as `line:code` strings, in result order. */
function codesOf(lines: readonly ClaimLine[]): string[] {
  return checkClaim(lines).map((f) => `${f.line}:${f.code}`);
}

describe('checkClaim: the API examples', () => {
  it('a clean claim (insulin pump with its supplies and JK insulin) has no findings', () => {
    const result = checkClaim([
      line('E0784', ['KX']),
      line('A4224', ['KX'], 4),
      line('A4225', ['KX'], 10),
      line('J1817', ['KX', 'JK'], 6),
    ]);
    expect(result).toEqual([]);
    expect(Object.isFrozen(result)).toBe(true);
  });

  it('missing KX/GA/GZ on an external infusion pump line (DOS from 2023-01-01)', () => {
    const [f] = checkClaim([line('E0779', ['JB']), line('J1559', ['JB'], 50)]).filter((x) => x.line === 1);
    expect(f).toMatchObject({ line: 1, severity: 'error', code: 'EIP_MODIFIER_MISSING' });
    expect(f!.message).toContain('E0779');
    expect(f!.citation).toMatchObject({ id: 'article-a52507' });
    expect(f!.citation!.section).toContain('Modifiers: GA, GY, GZ and KX modifiers');
    expect(f!.citation!.url).toContain('articleid=52507');
  });

  it('KX, GA or GZ each satisfies the rule; a 2022 non-insulin line needs none', () => {
    for (const mod of ['KX', 'GA', 'GZ', 'kx', ' ga ']) {
      expect(codesOf([line('E0781', [mod], 1, '2026-01-15')])).toEqual([]);
    }
    expect(codesOf([line('E0781', [], 1, '2022-12-31')])).toEqual([]);
    expect(codesOf([line('E0781', [], 1, '2023-01-01')])).toEqual(['1:EIP_MODIFIER_MISSING']);
  });

  it('E0784 and J1817 need KX/GA/GZ on any date of service', () => {
    expect(codesOf([line('E0784', [], 1, '2019-06-01'), line('J1817', [], 2, '2019-06-01')])).toEqual([
      '1:EIP_MODIFIER_MISSING',
      '2:EIP_MODIFIER_MISSING',
    ]);
  });

  it('gallium J1457 is checked through 2025-12-31 and J7356 from 2025-07-01 only', () => {
    expect(codesOf([line('J1457', [], 5, '2025-12-31')])).toContain('1:EIP_MODIFIER_MISSING');
    expect(codesOf([line('J1457', [], 5, '2026-01-01')])).not.toContain('1:EIP_MODIFIER_MISSING');
    expect(codesOf([line('J7356', [], 5, '2025-06-30')])).not.toContain('1:EIP_MODIFIER_MISSING');
    expect(codesOf([line('J7356', [], 5, '2025-07-01')])).toContain('1:EIP_MODIFIER_MISSING');
  });

  it('JB missing on a subcutaneous immune globulin line and its E0779 pump', () => {
    expect(codesOf([line('E0779', ['KX']), line('J1559', ['KX'], 80)])).toEqual(['1:JB_MISSING', '2:JB_MISSING']);
    expect(codesOf([line('E0779', ['KX', 'JB']), line('J1559', ['KX', 'JB'], 80)])).toEqual([]);
  });

  it('JB with E0781: HyQvia J1575 and its pump', () => {
    expect(codesOf([line('E0781', ['KX']), line('J1575', ['KX', 'JB'], 100)])).toEqual(['1:JB_MISSING']);
    // A52507 SCIg table: "E0779 J1555, J1559, J1561, J1569 / E0781 J1575": Hizentra with E0781 is no
    // JB pair, and a drug with a pump the table does not pair it with is denied with its pump.
    expect(codesOf([line('E0781', ['KX']), line('J1559', ['KX', 'JB'], 100)])).toEqual(['2:DRUG_PUMP_MISMATCH']);
  });

  it('an immune globulin of the JB list without its pump on the claim: a warning, route unknown', () => {
    // J1561 is also a home IVIG drug (BPM ch. 15 §50.6: no pump needed), so no GY advice.
    const result = checkClaim([line('J1561', ['KX'], 100)]);
    expect(result.map((f) => `${f.code}:${f.severity}`)).toEqual(['JB_IF_SUBCUTANEOUS:warning']);
  });

  it('a supply billed with a pump it does not belong to (A4221 with E0784)', () => {
    const result = checkClaim([line('E0784', ['KX']), line('A4221', ['KX'], 4)]);
    expect(result).toHaveLength(1);
    expect(result[0]).toMatchObject({ line: 2, severity: 'error', code: 'SUPPLY_NOT_FOR_PUMP' });
    expect(result[0]!.message).toContain('E0784');
    expect(result[0]!.citation!.section!.toLowerCase()).toContain('hcpcs supply codes associated with external infusion pumps');
  });

  it('insulin supplies with a non-insulin pump, and none of it before 2017', () => {
    expect(codesOf([line('K0455', ['KX']), line('A4224', ['KX'], 4), line('A4225', ['KX'])])).toEqual([
      '2:SUPPLY_NOT_FOR_PUMP',
      '3:SUPPLY_NOT_FOR_PUMP',
    ]);
    expect(codesOf([line('E0784', ['KX'], 1, '2016-12-31'), line('A4221', [], 4, '2016-12-31')])).toEqual([]);
    expect(codesOf([line('E0784', ['KX'], 1, '2017-01-01'), line('A4221', [], 4, '2017-01-01')])).toEqual(['2:SUPPLY_NOT_FOR_PUMP']);
  });

  it('a supply is fine when the claim also has a pump it belongs to, or no pump at all', () => {
    expect(codesOf([line('E0784', ['KX']), line('E0779', ['KX']), line('A4221', ['KX'], 4)])).toEqual([]);
    expect(codesOf([line('A4221', ['KX'], 4)])).toEqual([]);
    // A4238 (CGM supply allowance) belongs to E0784.
    expect(codesOf([line('E0784', ['KX']), line('A4238')])).toEqual([]);
  });

  it('an S-code sent to Medicare', () => {
    const [f] = checkClaim([line('S9494', [], 1)]);
    expect(f).toMatchObject({ line: 1, severity: 'error', code: 'S_CODE_NOT_MEDICARE' });
    expect(f!.citation!.id).toBe('hcpcs-2025-oct-anweb');
    // S3620 is the one S-code the October 2025 file does not mark coverage code I.
    expect(codesOf([line('S3620')])).not.toContain('1:S_CODE_NOT_MEDICARE');
  });

  it('more than 9,999 units on one line', () => {
    expect(codesOf([line('E0781', ['KX']), line('J7356', ['KX'], 9999)])).toEqual([]);
    const [f] = checkClaim([line('J7356', ['KX', 'GY'], 10000)]);
    expect(f).toMatchObject({ line: 1, severity: 'error', code: 'UNITS_OVER_9999' });
    expect(f!.message).toContain('10000');
    expect(f!.message).toContain('9,999');
  });

  it('two HIT visits of one category on one day', () => {
    const result = checkHit([line('G0069', [], 4, '2026-03-02'), line('G0069', [], 2, '2026-03-02')]);
    expect(result).toHaveLength(1);
    expect(result[0]).toMatchObject({ line: 2, severity: 'error', code: 'HIT_SAME_CATEGORY_SAME_DAY' });
    expect(result[0]!.message).toContain('line 1');
    expect(result[0]!.citation).toMatchObject({ id: 'bpm-100-02-ch15' });
    expect(result[0]!.citation!.section).toContain('§320.8');
    // initial + subsequent of the same category is still two visits of one category
    expect(hitCodesOf([line('G0088', [], 4, '2026-03-02'), line('G0068', [], 4, '2026-03-02')])).toEqual([
      '2:HIT_SAME_CATEGORY_SAME_DAY',
    ]);
    // different categories, or different days: fine
    expect(hitCodesOf([line('G0068', [], 4, '2026-03-02'), line('G0069', [], 4, '2026-03-02')])).toEqual([]);
    expect(hitCodesOf([line('G0068', [], 4, '2026-03-02'), line('G0068', [], 4, '2026-03-03')])).toEqual([]);
  });
});

describe('checkClaim: initial HIT visit within 60 days of a prior visit', () => {
  // 2026-01-01 → 2026-03-02: 30 days to Jan 31, 28 in February, 2 in March = 60 days.
  it('day 60 after a visit: the initial code is not allowed', () => {
    const result = checkHit([line('G0068', [], 4, '2026-01-01'), line('G0088', [], 4, '2026-03-02')]);
    expect(result).toHaveLength(1);
    expect(result[0]).toMatchObject({ line: 2, code: 'HIT_INITIAL_NOT_ALLOWED', severity: 'error' });
    expect(result[0]!.message).toContain('2026-01-01');
    expect(result[0]!.message).toContain('G0068');
    expect(result[0]!.citation).toMatchObject({ id: 'bpm-100-02-ch15', section: '§320.8.3' });
  });

  it('day 61 (2026-03-03): an initial visit may follow (the lines cannot show a discharge, so it is assumed)', () => {
    expect(hitCodesOf([line('G0068', [], 4, '2026-01-01'), line('G0088', [], 4, '2026-03-03')])).toEqual([]);
  });

  it('a prior visit of another category counts; so does line order', () => {
    expect(hitCodesOf([line('G0090', [], 4, '2026-02-10'), line('G0069', [], 4, '2026-02-01')])).toEqual([
      '1:HIT_INITIAL_NOT_ALLOWED',
    ]);
  });

  it('initial-visit codes before 2021-01-01', () => {
    const result = checkHit([line('G0089', [], 4, '2020-06-01')]);
    // The catalog also knows G0089 starts on 2021-01-01.
    expect(result.map((f) => f.code)).toEqual(['CODE_NOT_IN_EFFECT', 'HIT_INITIAL_NOT_ALLOWED']);
    expect(result[0]!.message).toContain('from 2021-01-01');
    expect(result[1]!.message).toContain('G0069');
    expect(hitCodesOf([line('G0089', [], 4, '2021-01-01')])).toEqual([]);
  });
});

describe('checkClaim: pump insulin JK/JL', () => {
  it('J1817 needs JK or JL from 2023-04-01, J1811/J1813 from 2023-07-01', () => {
    expect(codesOf([line('E0784', ['KX'], 1, '2023-03-31'), line('J1817', ['KX'], 6, '2023-03-31')])).toEqual([]);
    expect(codesOf([line('E0784', ['KX'], 1, '2023-04-01'), line('J1817', ['KX'], 6, '2023-04-01')])).toEqual(['2:INSULIN_JK_JL_MISSING']);
    // J1813 itself starts on 2023-07-01 (HCPCS file, via the catalog)
    expect(codesOf([line('E0784', ['KX'], 1, '2023-06-30'), line('J1813', ['KX'], 6, '2023-06-30')])).toEqual(['2:CODE_NOT_IN_EFFECT']);
    expect(codesOf([line('E0784', ['KX'], 1, '2023-07-01'), line('J1813', ['KX'], 6, '2023-07-01')])).toEqual(['2:INSULIN_JK_JL_MISSING']);
    expect(codesOf([line('E0784', ['KX'], 1, '2026-01-05'), line('J1811', ['KX', 'JL'], 18, '2026-01-05')])).toEqual([]);
  });

  it('JK and JL together', () => {
    expect(codesOf([line('E0784', ['KX']), line('J1817', ['KX', 'JK', 'JL'], 6)])).toEqual(['2:INSULIN_JK_AND_JL']);
  });

  it('JL on J1817 in May or June 2023 is returned as unprocessable', () => {
    expect(codesOf([line('E0784', ['KX'], 1, '2023-05-01'), line('J1817', ['KX', 'JL'], 18, '2023-05-01')])).toEqual(['2:INSULIN_JL_MAY_JUNE_2023']);
    expect(codesOf([line('E0784', ['KX'], 1, '2023-06-30'), line('J1817', ['KX', 'JL'], 18, '2023-06-30')])).toEqual(['2:INSULIN_JL_MAY_JUNE_2023']);
    expect(codesOf([line('E0784', ['KX'], 1, '2023-07-01'), line('J1817', ['KX', 'JL'], 18, '2023-07-01')])).toEqual([]);
    expect(codesOf([line('E0784', ['KX'], 1, '2023-05-15'), line('J1817', ['KX', 'JK'], 6, '2023-05-15')])).toEqual([]);
  });

  it('JK/JL used before CMS added them (2023-04-01)', () => {
    expect(codesOf([line('E0784', ['KX'], 1, '2023-03-31'), line('J1817', ['KX', 'JK'], 6, '2023-03-31')])).toEqual(['2:MODIFIER_NOT_IN_EFFECT']);
  });
});

describe('checkClaim: GY for a drug not given by a durable pump', () => {
  it('J3490 without GY; with GY it is fine', () => {
    expect(checkClaim([line('J3490')])[0]).toMatchObject({ code: 'GY_MISSING_J3490', severity: 'warning' });
    expect(codesOf([line('J3490', ['GY'])])).toEqual([]);
  });

  it('J7799 (through DME) with GY contradicts itself', () => {
    expect(codesOf([line('E0781', ['KX']), line('J7799', ['KX', 'GY'])])).toEqual(['2:GY_WITH_J7799']);
  });

  it('a policy drug with no pump on the claim and no GY is a warning; GY or a pump line clears it', () => {
    expect(checkClaim([line('J9039', ['KX'], 35)])[0]).toMatchObject({ code: 'GY_IF_NO_PUMP', severity: 'warning' });
    expect(codesOf([line('J9039', ['GZ', 'GY'], 35)])).toEqual([]);
    expect(codesOf([line('E0779', ['KX']), line('J9039', ['KX'], 35)])).toEqual([]);
  });
});

describe('checkClaim: JW/JZ', () => {
  it('A52507 scenario 1: 95 units given, 5 discarded on a JW line', () => {
    expect(codesOf([line('E0781', ['KX']), line('J9039', ['KX'], 95), line('J9039', ['KX', 'JW'], 5)])).toEqual([]);
  });

  it('JW and JZ on one line', () => {
    expect(codesOf([line('E0781', ['KX']), line('J9039', ['KX', 'JW', 'JZ'], 5)])).toEqual(['2:JW_AND_JZ']);
  });

  it('a JW line for a drug and day another line reports with JZ', () => {
    expect(codesOf([line('E0781', ['KX']), line('J9039', ['KX', 'JZ'], 70), line('J9039', ['KX', 'JW'], 1)])).toEqual([
      '3:JW_JZ_CONFLICT',
    ]);
  });

  it('a JW line with no dose line for the same drug and day', () => {
    const result = checkClaim([line('E0781', ['KX']), line('J9039', ['KX', 'JW'], 5), line('J9039', ['KX'], 95, '2026-03-03')]);
    expect(result.map((f) => `${f.line}:${f.code}:${f.severity}`)).toEqual(['2:JW_WITHOUT_DOSE_LINE:warning']);
  });

  it('JZ before CMS added it (2023-01-01)', () => {
    expect(codesOf([line('J3490', ['GY', 'JZ'], 1, '2022-12-31')])).toEqual(['1:MODIFIER_NOT_IN_EFFECT']);
  });
});

describe('checkClaim: codes the DME MAC or Medicare does not take', () => {
  it('A4230, A4231 and J9999 are not valid on DME MAC claims; A4232 not for Medicare', () => {
    expect(codesOf([line('A4230'), line('A4231'), line('J9999'), line('A4232')])).toEqual([
      '1:CODE_INVALID_FOR_DME_MAC',
      '2:CODE_INVALID_FOR_DME_MAC',
      '3:CODE_INVALID_FOR_DME_MAC',
      '4:CODE_INVALID_FOR_MEDICARE',
    ]);
  });

  it('implantable pumps belong to the A/B MAC', () => {
    expect(checkClaim([line('E0783')])[0]).toMatchObject({ code: 'BILL_TO_AB_MAC', severity: 'warning' });
  });

  it('GA and GZ together, and KX with GZ', () => {
    expect(codesOf([line('E0779', ['GA', 'GZ'])])).toEqual(['1:EIP_GA_AND_GZ']);
    expect(codesOf([line('E0779', ['KX', 'GZ'])])).toEqual(['1:EIP_KX_WITH_GA_GZ']);
  });
});

describe('checkClaim: result shape', () => {
  it('lines are 1-based; findings sorted by line, then code; every finding documented', () => {
    const result = checkClaim([
      line('E0784', ['KX']),
      line('S9500', [], 12000),
      line('A4221', [], 4),
    ]);
    expect(result.map((f) => `${f.line}:${f.code}`)).toEqual([
      '2:S_CODE_NOT_MEDICARE',
      '2:UNITS_OVER_9999',
      '3:EIP_MODIFIER_MISSING',
      '3:SUPPLY_NOT_FOR_PUMP',
    ]);
    for (const f of result) {
      expect(f.severity).toBe(CLAIM_FINDINGS[f.code].severity);
      expect(Object.isFrozen(f)).toBe(true);
      expect(f.citation === undefined || Object.isFrozen(f.citation)).toBe(true);
    }
  });

  it('accepts Date objects and codes in any case with white space; does not change its input', () => {
    const lines = [
      { hcpcs: ' e0784 ', modifiers: ['kx'], units: 1, dateOfService: new Date(2026, 2, 2) },
      { hcpcs: 'a4221', modifiers: [' Kx '], units: 4, dateOfService: '2026-03-02', placeOfService: '12' },
    ];
    const copy = structuredClone(lines);
    expect(codesOf(lines)).toEqual(['2:SUPPLY_NOT_FOR_PUMP']);
    expect(lines).toEqual(copy);
  });

  it('an empty claim has no findings', () => {
    expect(checkClaim([])).toEqual([]);
  });

  it('an unknown but well-formed code is checked by the rules that need no catalog record', () => {
    expect(codesOf([line('S0000', [], 10000)])).toEqual(['1:S_CODE_NOT_MEDICARE', '1:UNITS_OVER_9999']);
  });
});

describe('checkClaim: bad input throws INVALID_INPUT naming the field', () => {
  it('lines must be an array of objects', () => {
    expectInvalid(() => checkClaim(undefined as never), 'lines');
    expectInvalid(() => checkClaim('E0784' as never), 'lines');
    expectInvalid(() => checkClaim([null] as never), 'lines[0]');
    expectInvalid(() => checkClaim([line('E0784'), []] as never), 'lines[1]');
  });

  it('hcpcs', () => {
    expectInvalid(() => checkClaim([line('E0784'), line('E078')]), 'lines[1].hcpcs');
    expectInvalid(() => checkClaim([{ units: 1, dateOfService: DOS } as never]), 'lines[0].hcpcs');
    expectInvalid(() => checkClaim([line('')]), 'lines[0].hcpcs');
  });

  it('modifiers', () => {
    expectInvalid(() => checkClaim([{ ...line('E0784'), modifiers: 'KX' } as never]), 'lines[0].modifiers');
    expectInvalid(() => checkClaim([line('E0784', ['K'])]), 'lines[0].modifiers[0]');
    expectInvalid(() => checkClaim([line('E0784', ['KX', 'KX1'])]), 'lines[0].modifiers[1]');
    expectInvalid(() => checkClaim([{ ...line('E0784'), modifiers: ['KX', 7] } as never]), 'lines[0].modifiers[1]');
  });

  it('units: a whole number of at least 1', () => {
    for (const bad of [0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, '3', undefined, 2 ** 53]) {
      expectInvalid(() => checkClaim([line('E0784'), line('E0784'), line('E0784'), { ...line('A4224'), units: bad } as never]), 'lines[3].units');
    }
  });

  it('dateOfService', () => {
    expectInvalid(() => checkClaim([line('E0784', [], 1, '2026-02-30')]), 'lines[0].dateOfService');
    expectInvalid(() => checkClaim([line('E0784', [], 1, '03/02/2026')]), 'lines[0].dateOfService');
    expectInvalid(() => checkClaim([line('E0784', [], 1, new Date(Number.NaN))]), 'lines[0].dateOfService');
    expectInvalid(() => checkClaim([{ hcpcs: 'E0784', units: 1 } as never]), 'lines[0].dateOfService');
  });

  it('placeOfService', () => {
    expectInvalid(() => checkClaim([{ ...line('E0784'), placeOfService: 12 } as never]), 'lines[0].placeOfService');
    expectInvalid(() => checkClaim([{ ...line('E0784'), placeOfService: 'home' } as never]), 'lines[0].placeOfService');
  });
});

describe('checkClaim: catalog-backed checks', () => {
  it('a well-formed code the library does not hold: a warning, not a throw', () => {
    const result = checkClaim([line('Z9999', ['KX'], 3)]);
    expect(result).toHaveLength(1);
    expect(result[0]).toMatchObject({ line: 1, severity: 'warning', code: 'UNKNOWN_CODE' });
    expect(result[0]!.citation).toBeUndefined();
  });

  it('a code outside its effective dates: gallium J1457 after 2025-12-31 (A52507: J7799 from 2026-01-01)', () => {
    const [f] = checkClaim([line('E0779', ['KX'], 1, '2026-01-02'), line('J1457', ['KX'], 300, '2026-01-02')]).filter((x) => x.line === 2);
    expect(f).toMatchObject({ code: 'CODE_NOT_IN_EFFECT', severity: 'error' });
    expect(f!.message).toContain('2021-01-01 to 2025-12-31');
  });

  it('JW or JZ on a pump or supply line', () => {
    const result = checkClaim([line('E0781', ['KX', 'JZ']), line('A4222', ['KX', 'JW'], 2)]);
    expect(result.map((f) => `${f.line}:${f.code}`)).toEqual(['1:JW_JZ_NOT_A_DRUG', '2:JW_JZ_NOT_A_DRUG', '2:JW_WITHOUT_DOSE_LINE']);
    expect(result[0]!.citation).toMatchObject({ id: 'hcpcs-2025-oct-anweb', section: 'modifier JZ' });
    expect(result[1]!.citation).toMatchObject({ id: 'hcpcs-2025-oct-anweb', section: 'modifier JW' });
  });

  it('a code the catalog records as not payable by Medicare (elastomeric A9274): a warning', () => {
    const [f] = checkClaim([line('A9274', ['GY'])]);
    expect(f).toMatchObject({ code: 'NOT_PAYABLE_BY_MEDICARE', severity: 'warning' });
    expect(f!.citation!.id).toBe('article-a52507');
  });

  it('no duplicate not-payable finding where a more specific one applies (A4232, S-codes)', () => {
    expect(codesOf([line('A4232'), line('S9494')])).toEqual(['1:CODE_INVALID_FOR_MEDICARE', '2:S_CODE_NOT_MEDICARE']);
  });
});

describe('checkClaim: batteries with a rented pump, one K0455', () => {
  it('a replacement battery with a rented pump (RR) is not separately payable; with an owned pump it is fine', () => {
    const result = checkClaim([line('E0781', ['KX', 'RR']), line('K0604', ['KX'], 2)]);
    expect(result.map((f) => `${f.line}:${f.code}`)).toEqual(['2:BATTERY_WITH_RENTED_PUMP']);
    expect(result[0]!.message).toContain('E0781');
    expect(result[0]!.citation!.id).toBe('article-a52507');
    expect(codesOf([line('K0604', [], 2)])).toEqual([]);
    expect(codesOf([line('E0781', ['KX']), line('K0604', [], 2)])).toEqual([]);
  });

  it('a second K0455 on one day, or two units of it, is a backup pump', () => {
    expect(codesOf([line('K0455', ['KX']), line('J3285', ['KX'], 10), line('K0455', ['KX'])])).toEqual(['3:K0455_SECOND_PUMP']);
    expect(codesOf([line('K0455', ['KX'], 2)])).toEqual(['1:K0455_SECOND_PUMP']);
    expect(codesOf([line('K0455', ['KX'], 1, '2026-03-02'), line('K0455', ['KX'], 1, '2026-04-02')])).toEqual([]);
  });
});
