import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  ImportError,
  buildRateFile,
  diffRates,
  parseCsv,
  parseDollars,
  parseRateCsv,
  runImport,
} from '../../scripts/import-hit-rates.js';
import { hitPayment } from '../../src/hit/hitPayment.js';

// Files written here imitate the layout of a CMS rate file; the amounts are made up for the test.
const CMS_LIKE = [
  'CY 2031 Home Infusion Therapy National Unadjusted Payment Rates',
  'Source: test fixture',
  '',
  'HCPCS Code,Code Description,Category,"National Unadjusted Payment Rate"',
  'G0068,"Subsequent visit, category 1",1,"$1,155.01"',
  'G0069,"Subsequent visit, category 2",2,$210.50',
  'G0070,"Subsequent visit, category 3",3, 260.5 ',
  'G0088,"Initial visit, category 1",1,"$1,300.00"',
  'G0089,"Initial visit, category 2",2,$300.00',
  'G0090,"Initial visit, category 3",3,$350.99',
  'Q2052,"not a HIT code",,$9.99',
].join('\r\n');

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'hit-import-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('import-hit-rates: parsing', () => {
  it('reads CSV with quotes, CRLF and a BOM', () => {
    expect(parseCsv('\ufeffa,"b,c"\r\n"d ""e""",f\n')).toEqual([
      ['a', 'b,c'],
      ['d "e"', 'f'],
    ]);
  });

  it('reads dollars exactly as cents, tolerating $ and thousands separators', () => {
    expect(parseDollars('$1,155.01', 'x')).toBe(115501);
    expect(parseDollars(' 260.5 ', 'x')).toBe(26050);
    expect(parseDollars('99', 'x')).toBe(9900);
    expect(parseDollars('0.07', 'x')).toBe(7);
    for (const bad of ['', 'N/A', '1.234', '-5.00', '1e3']) expect(() => parseDollars(bad, 'x')).toThrow(ImportError);
  });

  it('finds the header row and columns by name, skipping other codes', () => {
    const parsed = parseRateCsv(CMS_LIKE);
    expect(parsed.codeColumn).toBe('HCPCS Code');
    expect(parsed.amountColumn).toBe('National Unadjusted Payment Rate');
    expect(parsed.rates).toEqual({ G0068: 115501, G0069: 21050, G0070: 26050, G0088: 130000, G0089: 30000, G0090: 35099 });
    expect(parsed.skipped).toEqual(['Q2052']);
  });

  it('works with columns in another order and prefers the national amount column', () => {
    const text = 'Locality Adjusted Rate,National Rate,HCPCS\n$1.00,$2.00,g0068\n';
    expect(parseRateCsv(text).rates).toEqual({ G0068: 200 });
  });

  it('refuses files it cannot read unambiguously', () => {
    expect(() => parseRateCsv('a,b\n1,2\n')).toThrow(/no header row/);
    expect(() => parseRateCsv('HCPCS,Rate A,Rate B\nG0068,1,2\n')).toThrow(/ambiguous amount column/);
    expect(() => parseRateCsv('HCPCS,Rate\nG0068,$1\nG0068,$2\n')).toThrow(/twice/);
    expect(() => parseRateCsv('HCPCS,Rate\nJ1559,$1\n')).toThrow(/no HIT G-code/);
  });
});

describe('import-hit-rates: the data file', () => {
  const bytes = Buffer.from(CMS_LIKE, 'utf8');
  const options = {
    year: 2031,
    csvText: CMS_LIKE,
    csvBytes: bytes,
    fileName: 'cy2031.csv',
    url: 'https://www.cms.gov/files/zip/example.zip',
    retrieved: '2030-11-02',
  };

  it('records source URL, retrieval date and SHA-256 of the input', () => {
    const file = buildRateFile(options);
    expect(file.year).toBe(2031);
    expect(file.status).toBe('published');
    expect(file.source).toEqual({
      url: 'https://www.cms.gov/files/zip/example.zip',
      retrieved: '2030-11-02',
      sha256: createHash('sha256').update(bytes).digest('hex'),
      file: 'cy2031.csv',
    });
    expect(file.citations).toEqual([{ source: 'cms-hit-overview', section: 'CY 2031 national rates, cy2031.csv' }]);
  });

  it('applies the data build checks: all six codes from 2021, initial >= subsequent, derived needs a derivation', () => {
    const missing = CMS_LIKE.replace(/\r\nG0090.*\r\n/, '\r\n');
    expect(() => buildRateFile({ ...options, csvText: missing })).toThrow(/G0090.*missing|missing/);
    const inverted = CMS_LIKE.replace('"$1,300.00"', '$1.00');
    expect(() => buildRateFile({ ...options, csvText: inverted })).toThrow(/initial-visit amount/);
    expect(() => buildRateFile({ ...options, status: 'derived' })).toThrow(/derivation/);
    const ttp = 'HCPCS,National Rate\nG0068,$1\nG0069,$2\nG0070,$3\nG0088,$4\n';
    expect(() => buildRateFile({ ...options, year: 2020, fileName: 'cy2020.csv', csvText: ttp })).toThrow(/G0088 does not exist in 2020/);
  });

  it('diffs against the previous year, code by code', () => {
    // G0068: 1000.00 -> 1025.00 is +$25.00, +2.50%.
    expect(diffRates({ G0068: 100000, G0069: 5000 }, { G0068: 102500, G0088: 1 })).toEqual([
      'G0068  $1000.00 -> $1025.00  +$25.00 (+2.50%)',
      'G0069  $50.00 -> —  (removed)',
      'G0088  — -> $0.01  (new)',
    ]);
  });

  it('runs end to end into a data directory and the table works in hitPayment', () => {
    const dir = tempDir();
    const csvPath = join(dir, 'cy2031.csv');
    writeFileSync(csvPath, CMS_LIKE);
    mkdirSync(join(dir, 'data', 'hit-rates'), { recursive: true });
    cpSync(join(__dirname, '../../data/sources'), join(dir, 'data', 'sources'), { recursive: true });
    writeFileSync(
      join(dir, 'data', 'hit-rates', '2030.json'),
      JSON.stringify({ year: 2030, status: 'published', rates: { G0068: 110000, G0069: 21050, G0070: 26050, G0088: 120000, G0089: 30000, G0090: 35099 }, citations: ['cms-hit-overview'] }),
    );
    const lines: string[] = [];
    const { path, file } = runImport(
      ['--year', '2031', '--file', csvPath, '--url', 'https://www.cms.gov/files/zip/example.zip', '--retrieved', '2030-11-02', '--data-dir', join(dir, 'data'), '--no-build'],
      (line) => lines.push(line),
      { today: '2030-11-30' },
    );
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual(file);
    expect(lines[1]).toBe('changes from 2030 to 2031:');
    // 1100.00 -> 1155.01: +55.01, 55.01 / 1100 = 5.00%.
    expect(lines).toContain('  G0068  $1100.00 -> $1155.01  +$55.01 (+5.00%)');
    expect(lines).toContain('  G0069  $210.50 -> $210.50  +$0.00 (+0.00%)');
    // The imported table, as a caller table: G0088 $1,300.00 x 1.0 -> Medicare 80% = $1,040.00.
    const p = hitPayment({ dateOfService: '2031-02-03', code: 'G0088', gaf: 1, rates: { year: file.year, rates: file.rates, status: file.status } });
    expect(p.medicarePays.usd).toBe('$1,040.00');
  });

  it('refuses missing arguments', () => {
    expect(() => runImport(['--year', '2031'], () => {})).toThrow(/--file/);
    expect(() => runImport(['--year', 'soon', '--file', 'x'], () => {})).toThrow(/--year/);
  });
});
