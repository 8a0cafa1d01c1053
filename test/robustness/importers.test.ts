/**
 * Property tests of the maintainer's importers over generated files: every file that needs a guess
 * (decimal commas, three decimals, another delimiter, a year that disagrees, a retrieval date in the
 * future) is refused with ImportError and nothing is written; every well-formed file imports exactly.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ImportError, runImport } from '../../scripts/import-hit-rates.js';
import { main as importHcpcsMain } from '../../scripts/import-hcpcs.js';
import { chooseDelimiter, parseDollarAmount, sniffDelimiter } from '../../scripts/lib/import-checks.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const TODAY = '2026-11-29';

/** Cents as CMS would print them, in one of the unambiguous ways. */
function formatDollars(cents: number, style: number): string {
  const dollars = Math.floor(cents / 100);
  const fraction = String(cents % 100).padStart(2, '0');
  const grouped = dollars.toLocaleString('en-US');
  switch (style % 4) {
    case 0:
      return `$${grouped}.${fraction}`;
    case 1:
      return `${dollars}.${fraction}`;
    case 2:
      return ` ${grouped}.${fraction} `;
    default:
      return `$ ${dollars}.${fraction}`;
  }
}

describe('parseDollarAmount', () => {
  it('reads every unambiguous form of an amount as exactly its cents', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000_00 }), fc.nat(), (cents, style) => {
        expect(parseDollarAmount(formatDollars(cents, style), 'x')).toBe(cents);
      }),
    );
  });

  it('refuses a decimal comma ("150,00" is not $15,000.00)', () => {
    expect(() => parseDollarAmount('150,00', 'line 5 (G0068)')).toThrow(/line 5 \(G0068\): "150,00" has a decimal comma/);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999 }), fc.integer({ min: 0, max: 99 }), fc.boolean(), (whole, fraction, oneDigit) => {
        const text = `${whole},${oneDigit ? fraction % 10 : String(fraction).padStart(2, '0')}`;
        expect(() => parseDollarAmount(text, 'x')).toThrow(ImportError);
      }),
    );
  });

  it('refuses three or more decimals and European separators', () => {
    for (const bad of ['1.234', '1.234,56', '12,34,56', '1 234.56', '-5.00', '1e3', '', '$', 'N/A']) {
      expect(() => parseDollarAmount(bad, 'x'), bad).toThrow(ImportError);
    }
  });

  it('on any text, returns whole non-negative cents or throws ImportError, nothing else', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'0123456789,.$ -e\t'.split('')), maxLength: 14 }), (text) => {
        try {
          const cents = parseDollarAmount(text, 'x');
          expect(Number.isSafeInteger(cents) && cents >= 0).toBe(true);
        } catch (error) {
          expect(error).toBeInstanceOf(ImportError);
        }
      }),
    );
  });
});

describe('delimiters', () => {
  it('names the --delimiter to pass for a tab- or semicolon-delimited file', () => {
    expect(sniffDelimiter('HCPCS\tRate\nG0068\t$1.00\n')).toBe('tab');
    expect(() => chooseDelimiter('HCPCS\tRate\nG0068\t$1.00\n', undefined, 'rates.txt')).toThrow('rates.txt is tab-delimited: pass --delimiter tab');
    expect(() => chooseDelimiter('HCPCS;Rate\nG0068;"1,00"\n', undefined, 'r.csv')).toThrow('pass --delimiter semicolon');
    expect(chooseDelimiter('HCPCS\tRate\nG0068\t$1.00\n', 'tab', 'rates.txt')).toBe('\t');
    expect(() => chooseDelimiter('a,b\n', 'pipe', 'r.csv')).toThrow(/--delimiter must be comma, tab or semicolon/);
  });
});

// ---------------------------------------------------------------- whole HIT rate files

const CODES = ['G0068', 'G0069', 'G0070', 'G0088', 'G0089', 'G0090'] as const;

/** Rates that pass the build's checks: initial (G0088-G0090) at least the subsequent amount. */
const ratesArb = fc
  .tuple(...[0, 1, 2].map(() => fc.tuple(fc.integer({ min: 1, max: 200_000 }), fc.integer({ min: 0, max: 100_000 }))))
  .map((pairs) => {
    const rates: Record<string, number> = {};
    pairs.forEach(([subsequent, extra], i) => {
      rates[CODES[i]!] = subsequent;
      rates[CODES[i + 3]!] = subsequent + extra;
    });
    return rates;
  });

type Corruption = 'none' | 'tab' | 'semicolon' | 'decimal-comma' | 'three-decimals' | 'title-year' | 'no-header' | 'future-retrieved' | 'file-name-year';
const CORRUPTIONS: Corruption[] = ['tab', 'semicolon', 'decimal-comma', 'three-decimals', 'title-year', 'no-header', 'future-retrieved', 'file-name-year'];

function rateFile(year: number, rates: Record<string, number>, corruption: Corruption, row: number, style: number): string {
  const d = corruption === 'tab' ? '\t' : corruption === 'semicolon' ? ';' : ',';
  const quote = (s: string) => (d === ',' && s.includes(',') ? `"${s}"` : s);
  const lines = [
    `CY ${corruption === 'title-year' ? year + 1 : year} Home Infusion Therapy National Unadjusted Payment Rates`,
    corruption === 'no-header' ? '' : ['HCPCS Code', 'National Unadjusted Payment Rate'].join(d),
    ...CODES.map((code, i) => {
      let amount = formatDollars(rates[code]!, style + i);
      if (i === row % CODES.length) {
        const cents = rates[code]!;
        if (corruption === 'decimal-comma') amount = `${Math.floor(cents / 100)},${String(cents % 100).padStart(2, '0')}`;
        if (corruption === 'three-decimals') amount = `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}5`;
      }
      return [code, quote(amount)].join(d);
    }),
  ];
  return lines.join(style % 2 === 0 ? '\r\n' : '\n');
}

describe('import-hit-rates over generated files', () => {
  let dir: string;
  let dataDir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'hit-import-props-'));
    dataDir = join(dir, 'data');
    mkdirSync(join(dataDir, 'hit-rates'), { recursive: true });
    cpSync(join(root, 'data/sources'), join(dataDir, 'sources'), { recursive: true });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const run = (year: number, text: string, fileName: string, retrieved: string) => {
    const csv = join(dir, fileName);
    writeFileSync(csv, text);
    return runImport(
      ['--year', String(year), '--file', csv, '--url', 'https://www.cms.gov/example.zip', '--retrieved', retrieved, '--data-dir', dataDir, '--no-build'],
      () => {},
      { today: TODAY },
    );
  };

  it('imports every well-formed file exactly', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2021, max: 2026 }), ratesArb, fc.nat(), (year, rates, style) => {
        const { file } = run(year, rateFile(year, rates, 'none', 0, style), `CY${year}_HIT_rates.csv`, '2026-01-05');
        expect(file.rates).toEqual(rates);
        expect(file.year).toBe(year);
      }),
      { numRuns: 40 },
    );
  });

  it('refuses every malformed file with ImportError and writes nothing', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2021, max: 2026 }),
        ratesArb,
        fc.constantFrom(...CORRUPTIONS),
        fc.nat(),
        fc.nat(),
        (year, rates, corruption, row, style) => {
          const target = join(dataDir, 'hit-rates', `${year}.json`);
          rmSync(target, { force: true });
          const before = readdirSync(join(dataDir, 'hit-rates')).sort();
          const fileName = corruption === 'file-name-year' ? `CY${year - 1}_HIT_rates.csv` : `CY${year}_HIT_rates.csv`;
          const retrieved = corruption === 'future-retrieved' ? '2026-11-30' : '2026-01-05';
          expect(() => run(year, rateFile(year, rates, corruption, row, style), fileName, retrieved)).toThrow(ImportError);
          expect(readdirSync(join(dataDir, 'hit-rates')).sort()).toEqual(before);
        },
      ),
      { numRuns: 80 },
    );
  });

  it('says what to do in each case', () => {
    const rates = { G0068: 100, G0069: 100, G0070: 100, G0088: 200, G0089: 200, G0090: 200 };
    const attempt = (corruption: Corruption) => {
      try {
        run(2026, rateFile(2026, rates, corruption, 0, 0), corruption === 'file-name-year' ? 'CY2025_rates.csv' : 'CY2026_rates.csv', corruption === 'future-retrieved' ? '2099-01-01' : '2026-01-05');
      } catch (error) {
        return (error as Error).message;
      }
      return 'accepted';
    };
    expect(attempt('tab')).toBe('CY2026_rates.csv is tab-delimited: pass --delimiter tab');
    expect(attempt('decimal-comma')).toBe('line 3 (G0068): "1,00" has a decimal comma; write the amount with a decimal point (150.00)');
    expect(attempt('future-retrieved')).toBe('--retrieved 2099-01-01 is after today (2026-11-29): give the day the file was downloaded');
    expect(attempt('file-name-year')).toMatch(/--year 2026 disagrees with the file name CY2025_rates.csv/);
    expect(attempt('title-year')).toMatch(/--year 2026 disagrees with the file's title \(CY 2027\)/);
  });
});

// ---------------------------------------------------------------- HCPCS files

describe('import-hcpcs refusals', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'hcpcs-import-props-'));
    cpSync(join(root, 'data'), join(dir, 'data'), { recursive: true });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const csvFixture = readFileSync(join(root, 'test/fixtures/hcpcs/HCPC2025_OCT_ANWEB.csv'), 'utf8');

  const attempt = (fileName: string, text: string, extra: string[] = []) => {
    const path = join(dir, fileName);
    writeFileSync(path, text);
    const errors: string[] = [];
    const before = readdirSync(join(dir, 'data/hcpcs')).map((f) => `${f}:${readFileSync(join(dir, 'data/hcpcs', f), 'utf8').length}`);
    const code = importHcpcsMain([path, '--data-dir', join(dir, 'data'), ...extra], () => {}, (line) => errors.push(line));
    const after = readdirSync(join(dir, 'data/hcpcs')).map((f) => `${f}:${readFileSync(join(dir, 'data/hcpcs', f), 'utf8').length}`);
    return { code, errors, unchanged: JSON.stringify(before) === JSON.stringify(after) };
  };

  it('refuses a tab-delimited CSV and names the option; reads it with --delimiter tab', () => {
    const tabbed = csvFixture
      .split('\n')
      .map((line) => line.replace(/"([^"]*)"|,/g, (m, quoted: string | undefined) => (quoted !== undefined ? quoted : '\t')))
      .join('\n');
    const refused = attempt('HCPC2025_OCT_ANWEB.csv', tabbed);
    expect(refused.code).toBe(1);
    expect(refused.errors.join('\n')).toContain('HCPC2025_OCT_ANWEB.csv is tab-delimited: pass --delimiter tab');
    expect(refused.unchanged).toBe(true);
    expect(attempt('HCPC2025_OCT_ANWEB.csv', tabbed, ['--delimiter', 'tab', '--check']).errors).toEqual([]);
  });

  it('refuses a file whose dates run past the year its name gives (misnamed), writing nothing', () => {
    const refused = attempt('HCPC2024_OCT_ANWEB.csv', csvFixture);
    expect(refused.code).toBe(1);
    expect(refused.errors.join('\n')).toMatch(/after the 2024-oct-anweb release the file name gives; is the file misnamed\?/);
    expect(refused.unchanged).toBe(true);
  });

  it('refuses any truncated or garbled copy of the file with a message, never a crash, and writes nothing', () => {
    fc.assert(
      fc.property(fc.nat({ max: csvFixture.length }), fc.nat({ max: 200 }), fc.string({ maxLength: 20 }), (at, cut, junk) => {
        const garbled = csvFixture.slice(0, at) + junk + csvFixture.slice(at + cut);
        const result = attempt('HCPC2025_OCT_ANWEB.csv', garbled, ['--out', join(dir, 'out.json')]);
        // Either read (a cut between records can leave a valid file) or refused with a message.
        if (result.code !== 0) {
          expect(result.code).toBe(1);
          expect(result.errors.join('\n')).toMatch(/^import-hcpcs: .+\(nothing written\)$/s);
        }
        expect(result.unchanged).toBe(true);
      }),
      { numRuns: 40 },
    );
  });

  it('prints its usage with --help', () => {
    const lines: string[] = [];
    expect(importHcpcsMain(['--help'], (l) => lines.push(l))).toBe(0);
    expect(lines.join('\n')).toContain('--delimiter   of a CSV: comma (default), tab or semicolon');
  });
});
