import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkClaim, MedicareInputError } from '../../src/index.js';
import { readX12Claims } from '../../src/x12/index.js';
import { expectInvalidInput } from '../helpers.js';
import { interchange, STANDARD } from './build-837.js';

const fixture = (name: string): string => readFileSync(new URL(`../fixtures/x12/${name}`, import.meta.url), 'utf8');

describe('readX12Claims on the implementation guide examples (test/fixtures/x12/README.md)', () => {
  it('837P example 10.3, home infusion per diem with drugs: the exact lines the file holds', () => {
    const [claim, ...more] = readX12Claims(fixture('demo.drug.example10.3.837'));
    expect(more).toEqual([]);
    expect(claim).toMatchObject({ claimId: 'CLMNO12345', kind: '837P', version: '005010X222A2', totalChargeCents: 223293, placeOfService: '12', segment: 21, diagnoses: ['4659'] });
    const range = { dateOfService: '2004-02-01', lastDateOfService: '2004-02-07', placeOfService: '12', unitBasis: 'UN', diagnosisPointers: [1] };
    expect(claim!.lines).toEqual([
      { hcpcs: 'S9500', units: 7, chargeCents: 140000, segment: 24, ...range },
      { hcpcs: 'J0696', units: 56, chargeCents: 68250, segment: 28, ndc: '00004196501', ndcQuantity: { amount: '7.00', unit: 'UN' }, ...range },
      { hcpcs: 'J7051', units: 28, chargeCents: 1512, segment: 36, ndc: '63323024910', ndcQuantity: { amount: '14.00', unit: 'UN' }, ...range },
      { hcpcs: 'J3490', units: 7, chargeCents: 6769, segment: 44, description: 'Sod Chl 0.9%see NDC#', ndc: '00338004938', ndcQuantity: { amount: '7.00', unit: 'UN' }, ...range },
      { hcpcs: 'J3490', units: 14, chargeCents: 5712, segment: 52, description: 'Sod Chl 0.9% see NDC#', ndc: '08290033010', ndcQuantity: { amount: '14.00', unit: 'UN' }, ...range },
      { hcpcs: 'J3490', units: 7, chargeCents: 1050, segment: 60, description: 'Hep Lock see NDC#', ndc: '08290038005', ndcQuantity: { amount: '7.00', unit: 'UN' }, ...range },
    ]);
    // The line charges add up to CLM-02, as the guide's example does.
    expect(claim!.lines.reduce((sum, l) => sum + l.chargeCents, 0)).toBe(claim!.totalChargeCents);
  });

  it('837P example 10.3: the home infusion findings come out on the right lines (and segments)', () => {
    const [claim] = readX12Claims(fixture('demo.drug.example10.3.837'));
    const findings = checkClaim(claim!.lines).map((f) => ({ line: f.line, code: f.code, segment: claim!.lines[f.line - 1]!.segment }));
    expect(findings).toEqual(expect.arrayContaining([
      { line: 1, code: 'S_CODE_NOT_MEDICARE', segment: 24 }, // S9500, an S-code on a Medicare claim
      { line: 4, code: 'GY_MISSING_J3490', segment: 44 },
      { line: 5, code: 'GY_MISSING_J3490', segment: 52 },
      { line: 6, code: 'GY_MISSING_J3490', segment: 60 },
    ]));
    expect(findings.filter((f) => f.code === 'S_CODE_NOT_MEDICARE' || f.code === 'GY_MISSING_J3490')).toHaveLength(4);
  });

  it('837P example 10.2: per diem S9500 and S5000/S5001 drug lines with their NDCs', () => {
    const [claim] = readX12Claims(fixture('demo.drug.example10.2.837'));
    expect(claim!.lines.map((l) => [l.hcpcs, l.units, l.chargeCents, l.ndc])).toEqual([
      ['S9500', 7, 140000, undefined], ['S5001', 7, 68250, '00004196501'], ['S5000', 14, 1512, '63323024910'],
      ['S5000', 7, 6769, '00338004938'], ['S5000', 14, 5712, '08290033010'], ['S5000', 7, 1050, '08290038005'],
    ]);
    expect(checkClaim(claim!.lines).filter((f) => f.code === 'S_CODE_NOT_MEDICARE').map((f) => f.line)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('`>` as component separator: the same claims as the `:` original', () => {
    expect(readX12Claims(fixture('home-infusion-gt-separator.837'))).toEqual(readX12Claims(fixture('demo.drug.example10.3.837')));
  });

  it('follows ISA-16, never guesses: example 6 writes `>` but declares `:`, so CLM-05-1 is not a place of service', () => {
    expectInvalidInput(() => readX12Claims(fixture('demo.example6.837')), 'segment 21 CLM-05-1');
    const [claim] = readX12Claims(fixture('example6-isa16-gt.837'));
    expect(claim).toMatchObject({ claimId: '125WILL', placeOfService: '11', diagnoses: ['7215'], totalChargeCents: 14550 });
    expect(claim!.lines).toEqual([
      { hcpcs: '98940', units: 1, unitBasis: 'UN', chargeCents: 14550, dateOfService: '2005-02-15', placeOfService: '11', diagnosisPointers: [1], segment: 28 },
    ]);
  });

  it('837P example 5, ambulance: modifiers, four pointers, CLM-05-2 left empty read as a place of service', () => {
    const [claim] = readX12Claims(fixture('demo.ambulance.example5.837'));
    expect(claim!.placeOfService).toBe('41');
    expect(claim!.diagnoses).toEqual(['8628', 'E8888', '9592', '8540']);
    expect(claim!.lines.map((l) => [l.hcpcs, l.modifiers, l.units, l.chargeCents, l.diagnosisPointers])).toEqual([
      ['A0427', ['RH'], 1, 70000, [1, 2, 3, 4]], ['A0425', ['RH'], 21, 820, [1, 2, 3, 4]],
      ['A0422', ['RH'], 1, 4600, [1, 2, 3, 4]], ['A0382', ['RH'], 1, 1230, [1, 2, 3, 4]],
    ]);
  });

  it('837P example 3.A, coordination of benefits: the other-subscriber loops before the lines are not lines', () => {
    const [claim] = readX12Claims(fixture('demo.cob.example3.A.837'));
    expect(claim!.lines.map((l) => [l.hcpcs, l.segment, l.diagnosisPointers])).toEqual([
      ['99213', 45, [1, 2, 3, 4]], ['90782', 48, [1, 2]], ['J3301', 51, [1, 2]],
    ]);
  });

  it('837P example 7, DME rental: RR lines, one-day RD8 ranges, the CMN loops between the lines are not lines', () => {
    const [claim] = readX12Claims(fixture('demo.example7.837'));
    expect(claim).toMatchObject({ claimId: 'R03996273 #01', totalChargeCents: 52024, placeOfService: '11', diagnoses: ['496', '51881', '2859'] });
    expect(claim!.lines.map((l) => ({ ...l }))).toEqual([
      { hcpcs: 'E1390', modifiers: ['RR'], units: 1, unitBasis: 'UN', chargeCents: 46110, dateOfService: '2005-03-21', placeOfService: '11', diagnosisPointers: [1, 2], segment: 23 },
      { hcpcs: 'E0431', modifiers: ['RR'], units: 1, unitBasis: 'UN', chargeCents: 5914, dateOfService: '2005-03-21', placeOfService: '11', diagnosisPointers: [1, 2], segment: 46 },
    ]);
  });

  it('837P example 10.1: an injection and its drug, NDC quantity in millilitres', () => {
    const [claim] = readX12Claims(fixture('demo.drug.example10.1.837'));
    expect(claim!.lines[1]).toMatchObject({ hcpcs: 'J1550', ndc: '00026063512', ndcQuantity: { amount: '10.00', unit: 'ML' }, chargeCents: 5337 });
  });

  it('837I: type of bill, revenue codes, statement and line dates, two claims under one provider', () => {
    const [claim] = readX12Claims(fixture('institutional-claim.837i'));
    expect(claim).toMatchObject({ claimId: '756048Q', kind: '837I', typeOfBill: '141', diagnoses: ['3669', '4019', '79431'], uncodedLines: [] });
    expect(claim!.placeOfService).toBeUndefined();
    expect(claim!.lines).toEqual([
      { hcpcs: '85025', units: 1, unitBasis: 'UN', chargeCents: 1339, revenueCode: '0305', dateOfService: '1996-09-11', segment: 39 },
      { hcpcs: '93005', units: 3, unitBasis: 'UN', chargeCents: 7654, revenueCode: '0730', dateOfService: '1996-09-11', segment: 42 },
    ]);
    const two = readX12Claims(fixture('two-claims-single-provider.837i'));
    expect(two.map((c) => [c.claimId, c.segment, c.lines.map((l) => l.hcpcs)])).toEqual([
      ['756048Q', 21, ['85025', '93005']], ['756049Q', 41, ['85087']],
    ]);
  });

  it('every fixture reads into deeply frozen claims', () => {
    for (const name of ['demo.drug.example10.1.837', 'demo.example1.837', 'two-claims-single-provider.837i']) {
      const claims = readX12Claims(fixture(name));
      expect(Object.isFrozen(claims)).toBe(true);
      for (const claim of claims) {
        expect(Object.isFrozen(claim)).toBe(true);
        for (const line of claim.lines) expect(Object.isFrozen(line)).toBe(true);
      }
    }
  });
});

describe('the example file examples/x12/home-infusion-claims.837 (written for the README example)', () => {
  it('reads into two claims and the home infusion findings land on their segments', () => {
    const edi = readFileSync(new URL('../../examples/x12/home-infusion-claims.837', import.meta.url), 'utf8');
    const [scig, insulin, ...more] = readX12Claims(edi);
    expect(more).toEqual([]);
    expect(scig!.lines.map((l) => [l.hcpcs, l.modifiers, l.segment])).toEqual([['E0779', ['RR', 'KX'], 20], ['J1559', ['KX'], 23], ['S9338', undefined, 26]]);
    expect(checkClaim(scig!.lines).map((f) => [scig!.lines[f.line - 1]!.segment, f.code])).toEqual([
      [20, 'JB_MISSING'], [23, 'JB_MISSING'], [26, 'S_CODE_NOT_MEDICARE'],
    ]);
    expect(checkClaim(insulin!.lines)).toEqual([]);
  });
});

describe('readX12Claims: layout and envelopes', () => {
  const drug = fixture('demo.drug.example10.3.837');
  const expected = readX12Claims(drug);

  it('reads CRLF, LF and no line breaks alike', () => {
    expect(readX12Claims(drug.replace(/\n/g, '\r\n'))).toEqual(expected);
    expect(readX12Claims(drug.replace(/\n/g, ''))).toEqual(expected);
    expect(readX12Claims(`\uFEFF${drug}\n\n`)).toEqual(expected);
  });

  it('reads several interchanges with different separators in one file, numbering segments across the file', () => {
    const other = interchange(['CLM*B2*10.00***12:B:1', 'HI*ABK:D800', 'LX*1', 'SV1*HC:E0779:RR:KX*10.00*UN*1***1', 'DTP*472*D8*20260302'],
      { element: '|', component: '>', repetition: '!', segment: '\n', lineBreak: '' });
    const claims = readX12Claims(`${drug}\r\n${other}`);
    const segmentsInDrug = drug.split('~').filter((s) => s.trim() !== '').length;
    expect(claims.map((c) => c.claimId)).toEqual(['CLMNO12345', 'B2']);
    expect(claims[1]!.segment).toBe(segmentsInDrug + 5); // ISA GS ST BHT CLM
    expect(claims[1]!.lines[0]).toMatchObject({ hcpcs: 'E0779', modifiers: ['RR', 'KX'], dateOfService: '2026-03-02' });
  });

  it('reads several transactions in one group and lines dated by the claim', () => {
    const one = interchange(['CLM*A*25.00***12:B:1', 'DTP*472*RD8*20260301-20260331', 'LX*1', 'SV1*HC:B4164*25.00*UN*1'], STANDARD);
    const [claim] = readX12Claims(one);
    expect(claim!.lines[0]).toMatchObject({ dateOfService: '2026-03-01', lastDateOfService: '2026-03-31', placeOfService: '12' });
  });

  it('reads charges as exact cents, never through a float', () => {
    const charges = ['1.15', '0.1', '.5', '1400', '19.99', '0.29', '1234567.89', '2.500'];
    const body = ['CLM*A*1.00***12:B:1'];
    charges.forEach((charge, i) => body.push(`LX*${i + 1}`, `SV1*HC:J1559*${charge}*UN*1`, 'DTP*472*D8*20260302'));
    const [claim] = readX12Claims(interchange(body));
    expect(claim!.lines.map((l) => l.chargeCents)).toEqual([115, 10, 50, 140000, 1999, 29, 123456789, 250]);
  });
});

describe('readX12Claims: malformed input throws INVALID_INPUT naming segment and element', () => {
  const claim = (lines: string[], head = 'CLM*A*10.00***12:B:1'): string => interchange([head, 'HI*ABK:D800', ...lines]);
  // Segment numbers: ISA 1, GS 2, ST 3, BHT 4, CLM 5, HI 6, then the lines from 7.
  const cases: [string, () => unknown, string][] = [
    ['not a string', () => readX12Claims(42 as unknown as string), 'edi'],
    ['empty', () => readX12Claims(' \n'), 'segment 1 ISA'],
    ['does not start with ISA', () => readX12Claims('GS*HC~'), 'segment 1 ISA'],
    ['ISA cut short', () => readX12Claims('ISA*00*x*00~'), 'segment 1 ISA-04'],
    ['version 4010', () => readX12Claims(interchange([]).replace('*00501*', '*00401*')), 'segment 1 ISA-12'],
    ['component separator equals element separator', () => readX12Claims(interchange([], { ...STANDARD, component: '*' })), 'segment 1 ISA'],
    ['not an 837', () => readX12Claims(interchange([]).replace('ST*837', 'ST*850')), 'segment 3 ST-01'],
    ['unknown guide', () => readX12Claims(interchange([], STANDARD, '005010X224A2')), 'segment 3 ST-03'],
    ['charge with three decimals', () => readX12Claims(claim(['LX*1', 'SV1*HC:J1559*1.005*UN*1', 'DTP*472*D8*20260302'])), 'segment 8 SV1-02'],
    ['negative charge', () => readX12Claims(claim(['LX*1', 'SV1*HC:J1559*-5.00*UN*1', 'DTP*472*D8*20260302'])), 'segment 8 SV1-02'],
    ['fractional units', () => readX12Claims(claim(['LX*1', 'SV1*HC:J1559*5.00*UN*1.5', 'DTP*472*D8*20260302'])), 'segment 8 SV1-04'],
    ['zero units', () => readX12Claims(claim(['LX*1', 'SV1*HC:J1559*5.00*UN*0', 'DTP*472*D8*20260302'])), 'segment 8 SV1-04'],
    ['unit basis', () => readX12Claims(claim(['LX*1', 'SV1*HC:J1559*5.00*XX*1', 'DTP*472*D8*20260302'])), 'segment 8 SV1-03'],
    ['not HC', () => readX12Claims(claim(['LX*1', 'SV1*ER:J1559*5.00*UN*1', 'DTP*472*D8*20260302'])), 'segment 8 SV1-01-1'],
    ['bad code', () => readX12Claims(claim(['LX*1', 'SV1*HC:J15X9*5.00*UN*1', 'DTP*472*D8*20260302'])), 'segment 8 SV1-01-2'],
    ['bad modifier', () => readX12Claims(claim(['LX*1', 'SV1*HC:J1559:KXX*5.00*UN*1', 'DTP*472*D8*20260302'])), 'segment 8 SV1-01-3'],
    ['pointer past the diagnoses', () => readX12Claims(claim(['LX*1', 'SV1*HC:J1559*5.00*UN*1***1:2', 'DTP*472*D8*20260302'])), 'segment 8 SV1-07-2'],
    ['five pointers', () => readX12Claims(interchange(['CLM*A*10.00***12:B:1', 'HI*ABK:D800*ABF:Z7982*ABF:E119*ABF:I10*ABF:Z992', 'LX*1', 'SV1*HC:J1559*5.00*UN*1***1:2:3:4:5', 'DTP*472*D8*20260302'])), 'segment 8 SV1-07'],
    ['no date anywhere', () => readX12Claims(claim(['LX*1', 'SV1*HC:J1559*5.00*UN*1'])), 'segment 8 DTP*472'],
    ['30 February', () => readX12Claims(claim(['LX*1', 'SV1*HC:J1559*5.00*UN*1', 'DTP*472*D8*20260230'])), 'segment 9 DTP-03'],
    ['range backwards', () => readX12Claims(claim(['LX*1', 'SV1*HC:J1559*5.00*UN*1', 'DTP*472*RD8*20260302-20260301'])), 'segment 9 DTP-03'],
    ['date format', () => readX12Claims(claim(['LX*1', 'SV1*HC:J1559*5.00*UN*1', 'DTP*472*D6*260302'])), 'segment 9 DTP-02'],
    ['NDC of 10 digits', () => readX12Claims(claim(['LX*1', 'SV1*HC:J1559*5.00*UN*1', 'DTP*472*D8*20260302', 'LIN**N4*0004196501'])), 'segment 10 LIN-03'],
    ['CTP without LIN', () => readX12Claims(claim(['LX*1', 'SV1*HC:J1559*5.00*UN*1', 'DTP*472*D8*20260302', 'CTP****7*UN'])), 'segment 10 CTP'],
    ['SV1 without LX', () => readX12Claims(claim(['SV1*HC:J1559*5.00*UN*1'])), 'segment 7 SV1'],
    ['SV2 in an 837P', () => readX12Claims(claim(['LX*1', 'SV2*0300*HC:85025*5.00*UN*1'])), 'segment 8 SV2'],
    ['place of service', () => readX12Claims(interchange(['CLM*A*10.00***1:B:1'])), 'segment 5 CLM-05-1'],
    ['CLM-05-2 neither A nor B', () => readX12Claims(interchange(['CLM*A*10.00***12:C:1'])), 'segment 5 CLM-05-2'],
    ['no claim id', () => readX12Claims(interchange(['CLM**10.00***12:B:1'])), 'segment 5 CLM-01'],
    ['diagnosis with a dot', () => readX12Claims(interchange(['CLM*A*10.00***12:B:1', 'HI*ABK:D80.0'])), 'segment 6 HI-01-2'],
    ['bad segment id', () => readX12Claims(interchange(['clm*A'])), 'segment 5 segment id'],
    ['SE count wrong', () => readX12Claims(interchange([]).replace('SE*3*', 'SE*4*')), 'segment 5 SE-01'],
    ['SE control number', () => readX12Claims(interchange([]).replace('SE*3*0001', 'SE*3*0002')), 'segment 5 SE-02'],
    ['GE count wrong', () => readX12Claims(interchange([]).replace('GE*1*1', 'GE*2*1')), 'segment 6 GE-01'],
    ['IEA control number', () => readX12Claims(interchange([]).replace('IEA*1*000000001', 'IEA*1*000000002')), 'segment 7 IEA-02'],
    ['file cut before IEA', () => readX12Claims(interchange([]).replace(/IEA[^~]*~\s*$/, '')), 'segment 7 IEA'],
    ['segment outside a transaction', () => readX12Claims(interchange([]).replace('GE*1*1~', 'CLM*A~\nGE*1*1~')), 'segment 6 CLM'],
  ];
  it.each(cases)('%s', (_name, run, field) => expectInvalidInput(run, field));

  it('returns nothing half-read: a bad last claim fails the whole file', () => {
    const good = 'CLM*A*10.00***12:B:1~LX*1~SV1*HC:J1559*5.00*UN*1~DTP*472*D8*20260302';
    const text = interchange([...good.split('~'), 'CLM*B*10.00***12:B:1', 'LX*1', 'SV1*HC:J1559*5.00*UN*1']);
    expect(() => readX12Claims(text)).toThrow(MedicareInputError);
  });
});
