import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importHcpcs } from '../../scripts/import-hcpcs.js';
import {
  decodeWindows1252,
  joinDescriptorLines,
  parseCsv,
  parseCsvRows,
  parseFixedWidth,
  releaseFromFileName,
} from '../../scripts/lib/hcpcs-file.js';

const fixture = (name: string): Buffer =>
  readFileSync(fileURLToPath(new URL(`../fixtures/hcpcs/${name}`, import.meta.url)));

const fixed = parseFixedWidth(decodeWindows1252(fixture('HCPC2020_ANWEB.txt')));
const csv = parseCsv(fixture('HCPC2025_OCT_ANWEB.csv').toString('utf8'));

describe('fixed-width reader (CMS 2020 file excerpt)', () => {
  it('joins the four description lines of G0068 with single spaces', () => {
    const g0068 = fixed.get('G0068');
    expect(g0068?.lines).toBe(4);
    expect(g0068?.longDescriptor).toBe(
      "Professional services for the administration of anti-infective, pain management, chelation, pulmonary hypertension, and/or inotropic infusion drug(s) for each infusion drug administration calendar day in the individual's home, each 15 minutes",
    );
    expect(g0068?.shortDescriptor).toBe('Adm of infusion drug in home');
  });

  it('reads add date, action effective date, action code and coverage code from their columns', () => {
    expect(fixed.get('G0068')).toMatchObject({ addDate: '2019-01-01', actionEffective: '2019-01-01', actionCode: 'N', coverageCode: 'C' });
    // S-codes: coverage code I (not payable by Medicare)
    expect(fixed.get('S9500')?.coverageCode).toBe('I');
  });

  it('reads a termination date where the file gives one', () => {
    expect(fixed.get('Q9977')).toMatchObject({ addDate: '2015-07-01', terminationDate: '2015-12-31' });
    expect(fixed.get('J1559')?.terminationDate).toBeUndefined();
  });

  it('skips the disclaimer and modifier records, and codes added after the file', () => {
    expect([...fixed.keys()].every((code) => /^[A-Z]\d{4}$/.test(code))).toBe(true);
    expect(fixed.has('G0088')).toBe(false); // added 2021-01-01
    expect(fixed.has('J1558')).toBe(false); // added 2020-07-01, after the annual file
  });

  it('keeps CMS text as published, double spaces included', () => {
    expect(fixed.get('A4221')?.longDescriptor).toBe(
      'Supplies for maintenance of non-insulin drug infusion catheter, per week (list drugs  separately)',
    );
  });
});

describe('CSV reader (October 2025 file, third-party conversion)', () => {
  it('joins continuation rows of G0068 into the 2021 descriptor', () => {
    const g0068 = csv.get('G0068');
    expect(g0068?.lines).toBe(5);
    expect(g0068?.longDescriptor).toBe(
      "Professional services for the administration of anti-infective, pain management, chelation, pulmonary hypertension, inotropic, or other intravenous infusion drug or biological (excluding chemotherapy or other highly complex drug or biological) for each infusion drug administration calendar day in the individual's home, each 15 minutes",
    );
  });

  it('keeps only the action year the conversion left, and the full add date', () => {
    expect(csv.get('G0068')).toMatchObject({ addDate: '2019-01-01', actionEffective: '2021', coverageCode: 'D' });
    expect(csv.get('G0068')?.terminationDate).toBeUndefined();
  });

  it('moves a full first line\'s last character back from Description2 (J1811)', () => {
    expect(csv.get('J1811')?.longDescriptor).toBe('Insulin (fiasp) for administration through dme (i.e., insulin pump) per 50 units');
    expect(csv.get('J1811')?.shortDescriptor).toBe('Fiasp for insulin pump use');
  });

  it('moves a full continuation line\'s last character back (A4238)', () => {
    expect(csv.get('A4238')?.longDescriptor.endsWith('1 month supply = 1 unit of service')).toBe(true);
  });

  it('refuses a file without the expected header', () => {
    expect(() => parseCsv('code,text\nJ1559001003,x\n')).toThrow(/header/);
  });
});

describe('helpers', () => {
  it('parses quoted CSV fields with commas, doubled quotes and CRLF', () => {
    expect(parseCsvRows('a,"b, c","d ""e"""\r\nf,,g\n')).toEqual([
      ['a', 'b, c', 'd "e"'],
      ['f', '', 'g'],
    ]);
  });

  it('joins description lines trimming each and dropping empty ones', () => {
    expect(joinDescriptorLines(['Injection, immune   ', '  globulin', '   ', '100 mg'])).toBe('Injection, immune globulin 100 mg');
  });

  it('reads the release and its first day from CMS file names', () => {
    expect(releaseFromFileName('HCPC2020_ANWEB.txt')).toEqual({ release: '2020-anweb', appliesFrom: '2020-01-01' });
    expect(releaseFromFileName('HCPC2025_OCT_ANWEB.csv')).toEqual({ release: '2025-oct-anweb', appliesFrom: '2025-10-01' });
    expect(releaseFromFileName('HCPC2026_JAN_ANWEB_v2.txt')).toEqual({ release: '2026-jan-anweb', appliesFrom: '2026-01-01' });
    expect(() => releaseFromFileName('codes.txt')).toThrow(/release/);
  });
});

describe('importHcpcs', () => {
  it('writes the requested codes with file name, release and SHA-256, and lists codes not in the file', () => {
    const bytes = fixture('HCPC2020_ANWEB.txt');
    const result = importHcpcs({ bytes, fileName: 'HCPC2020_ANWEB.txt', codes: ['J1559', 'G0088', 'G0068'] });
    expect(result.release).toBe('2020-anweb');
    expect(result.sourceId).toBe('hcpcs-2020-anweb');
    expect(result.format).toBe('fixed-width');
    expect(result.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(Object.keys(result.codes)).toEqual(['G0068', 'J1559']);
    expect(result.codes.J1559?.longDescriptor).toBe('Injection, immune globulin (hizentra), 100 mg');
    expect(result.notInFile).toEqual(['G0088']);
  });

  it('says what the CSV shape cannot carry', () => {
    const result = importHcpcs({ bytes: fixture('HCPC2025_OCT_ANWEB.csv'), fileName: 'HCPC2025_OCT_ANWEB.csv', codes: ['G0088'] });
    expect(result.format).toBe('csv');
    expect(result.limitations?.[0]).toMatch(/year/);
    expect(result.codes.G0088?.addDate).toBe('2021-01-01');
  });
});
