// Generated X12 837P files for the x12 benchmarks, and the naive split-everything reader they are
// measured against. The generated claims look like a home infusion supplier's month: claims of four
// service lines (pump rental, drug with its NDC, supplies, a HIT visit), each line dated.
import { freezeDeep } from './naive.mjs';

const LINE_TEMPLATES = [
  (d) => [`SV1*HC:E0779:RR:KX*100.00*UN*1*12**1`, `DTP*472*D8*${d}`],
  (d) => [`SV1*HC:J1559:KX:JB*1350.25*UN*80*12**1:2`, `DTP*472*D8*${d}`, 'LIN**N4*00000000000', 'CTP****40*ML'],
  (d) => [`SV1*HC:A4221:KX*45.10*UN*4*12**1`, `DTP*472*D8*${d}`],
  (d) => [`SV1*HC:G0069*210.00*UN*4*12**1`, `DTP*472*D8*${d}`],
];

/** An 837P interchange with `lines` service lines in claims of four, CRLF after each segment. */
export function generate837(lines) {
  const out = [
    'ISA*00*          *00*          *ZZ*BENCHSENDER    *ZZ*BENCHRECEIVER  *260302*1200*^*00501*000000001*0*T*:',
    'GS*HC*BENCHSENDER*BENCHRECEIVER*20260302*1200*1*X*005010X222A1',
    'ST*837*0001*005010X222A1',
    'BHT*0019*00*BENCH*20260302*1200*CH',
    'NM1*41*2*BENCH SUPPLIER*****46*BENCH',
    'HL*1**20*1',
    'NM1*85*2*BENCH SUPPLIER*****XX*1234567893',
  ];
  const start = 2; // ST
  for (let written = 0, claim = 0; written < lines; claim++) {
    const day = String(1 + (claim % 28)).padStart(2, '0');
    out.push(`HL*${claim + 2}*1*22*0`, 'SBR*P*18*******MB', `NM1*IL*1*PATIENT*BENCH****MI*MBI${claim}`,
      `CLM*C${claim}*1705.35***12:B:1*Y*A*Y*Y`, 'HI*ABK:D800*ABF:Z7982');
    for (let i = 0; i < 4 && written < lines; i++, written++) {
      out.push(`LX*${i + 1}`, ...LINE_TEMPLATES[i](`202603${day}`));
    }
  }
  out.push(`SE*${out.length - start + 1}*0001`, 'GE*1*1', 'IEA*1*000000001');
  return out.join('~\r\n') + '~\r\n';
}

/**
 * The naive reader: split the whole file into segments, every segment into elements, every element
 * into components (all at once, in memory), then walk the arrays. Handles what generate837 writes
 * and returns the same claims as readX12Claims (checked by `agree` before timing).
 */
export function naiveReadX12Claims(edi) {
  const element = edi[3];
  const component = edi[104];
  const terminator = edi[105];
  const segments = edi.split(terminator).map((s) => s.trim()).filter((s) => s !== '').map((s) => s.split(element).map((e) => e.split(component)));
  const claims = [];
  let claim;
  let line;
  const date = (d8) => `${d8.slice(0, 4)}-${d8.slice(4, 6)}-${d8.slice(6, 8)}`;
  for (let i = 0; i < segments.length; i++) {
    const [[id], ...el] = segments[i];
    if (id === 'HL' || id === 'SE') claim = undefined;
    if (id === 'CLM') {
      claim = { claimId: el[0][0], kind: '837P', version: '005010X222A1', totalChargeCents: Math.round(parseFloat(el[1][0]) * 100), placeOfService: el[4][0], segment: i + 1, diagnoses: [], lines: [], uncodedLines: [] };
      claims.push(claim);
      line = undefined;
    } else if (id === 'HI' && claim) {
      for (const [, code] of el) claim.diagnoses.push(code);
    } else if (id === 'LX') {
      line = undefined;
    } else if (id === 'SV1' && claim) {
      const [, hcpcs, ...mods] = el[0];
      line = { hcpcs, ...(mods.length ? { modifiers: mods } : {}), units: Number(el[3][0]), unitBasis: el[2][0], dateOfService: '', placeOfService: el[4][0],
        chargeCents: Math.round(parseFloat(el[1][0]) * 100), diagnosisPointers: el[6].map(Number), segment: i + 1 };
      claim.lines.push(line);
    } else if (id === 'DTP' && line && el[0][0] === '472') {
      line.dateOfService = date(el[2][0]);
    } else if (id === 'LIN' && line) {
      line.ndc = el[2][0];
    } else if (id === 'CTP' && line) {
      line.ndcQuantity = { amount: el[3][0], unit: el[4][0] };
    }
  }
  return freezeDeep(claims);
}
