/**
 * Maintainer tool: turns CMS's yearly Home Infusion Therapy national-rate file (CSV) into
 * data/hit-rates/<year>.json, records where it came from (URL, retrieval date, SHA-256 of the input),
 * validates it as the data build does, writes it (atomically: nothing is written when refused),
 * rebuilds the generated modules and prints a diff against the previous year.
 * `npx tsx scripts/import-hit-rates.ts --help` prints the usage below.
 *
 * Columns are found by header, not position: the code column is the one headed HCPCS / code; the amount
 * column is headed rate / amount / payment (a "national" or "unadjusted" one wins when several match).
 * Amounts may carry `$` and thousands commas ("$1,234.56"); they are converted to cents exactly (no
 * floating point). Anything that needs a guess is refused: a decimal comma ("150,00"), more than two
 * decimals, a file delimited by tabs or semicolons without `--delimiter`, a retrieval date after today,
 * a --year that the file name or the file's title contradicts.
 */
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkHitRateFile, hitRateFileSchema, type HitRateFile } from './datasets/hit-rates.js';
import { HIT_CODE_INFO } from '../src/hit/codes.js';
import { parseCsvRows } from './lib/csv.js';
import {
  ImportError,
  checkRetrieved,
  chooseDelimiter,
  parseDollarAmount,
  readArgs,
  todayIso,
  writeFileAtomic,
  yearsInFileName,
} from './lib/import-checks.js';

export { ImportError };

export const USAGE = `usage: npx tsx scripts/import-hit-rates.ts --year <YYYY> --file <CMS rate CSV> --url <CMS address> [options]

  --year        calendar year of the rates (must agree with a year in the file name and title)
  --file        CMS's national rate file as CSV (export the sheet from CMS's ZIP as CSV)
  --url         where CMS publishes the file (recorded as the source)
  --retrieved   the day you downloaded it, YYYY-MM-DD (default today; never after today)
  --delimiter   comma (default), tab or semicolon
  --status      published (default) or derived; derived needs --derivation "<the rule>"
  --citation    source id in data/sources/ (default cms-hit-overview)
  --data-dir    the data directory to write into (default data/)
  --no-build    do not run npm run build:data afterwards
  --help        this text

Example:
  npx tsx scripts/import-hit-rates.ts --year 2027 --file ~/Downloads/CY2027_HIT_rates.csv \\
    --url https://www.cms.gov/files/zip/cy-2027-home-infusion-therapy-rates.zip --retrieved 2026-11-20`;

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Rows of a CSV file with blank rows dropped (RFC 4180 quoting; CRLF or LF; a leading BOM is dropped). */
export function parseCsv(text: string, delimiter = ','): string[][] {
  return parseCsvRows(text, delimiter).filter((r) => r.some((c) => c.trim() !== ''));
}

/** Reads "$1,234.56", "1234.5", " 99 " as whole cents, exactly; refuses anything ambiguous (import-checks.ts). */
export const parseDollars = parseDollarAmount;

const CODE_HEADER = /\b(hcpcs|code)\b/i;
const AMOUNT_HEADER = /(rate|amount|payment)/i;
const PREFERRED_AMOUNT = /(national|unadjusted)/i;

export interface ParsedRates {
  rates: Record<string, number>;
  codeColumn: string;
  amountColumn: string;
  skipped: string[];
  /** Years a title line above the header states ("CY 2031 ..."), to check against --year. */
  titleYears: number[];
}

/** Finds the header row and the code and amount columns, and reads the HIT G-code amounts in cents. */
export function parseRateCsv(text: string, delimiter = ','): ParsedRates {
  const rows = parseCsv(text, delimiter);
  const headerIndex = rows.findIndex(
    (row) => row.some((c) => CODE_HEADER.test(c)) && row.some((c) => AMOUNT_HEADER.test(c) && !CODE_HEADER.test(c)),
  );
  if (headerIndex < 0) {
    throw new ImportError('no header row with a code column (HCPCS/code) and an amount column (rate/amount/payment)');
  }
  const header = rows[headerIndex] as string[];
  const codeColumns = header.map((c, i) => (CODE_HEADER.test(c) ? i : -1)).filter((i) => i >= 0);
  const amountColumns = header.map((c, i) => (AMOUNT_HEADER.test(c) && !CODE_HEADER.test(c) ? i : -1)).filter((i) => i >= 0);
  const preferred = amountColumns.filter((i) => PREFERRED_AMOUNT.test(header[i] as string));
  const amountChoice = preferred.length === 1 ? preferred : amountColumns;
  // Several headers may mention "code" (e.g. "HCPCS Code" and "Code Description"): keep the one whose
  // cells hold HIT G-codes.
  const hitCells = (column: number) =>
    rows.slice(headerIndex + 1).filter((row) => HIT_CODE_INFO.has((row[column] ?? '').trim().toUpperCase())).length;
  const codeScores = codeColumns.map((column) => ({ column, count: hitCells(column) })).filter((c) => c.count > 0);
  if (codeScores.length !== 1) {
    throw new ImportError(
      codeScores.length === 0
        ? 'no HIT G-code rows (G0068-G0070, G0088-G0090) found'
        : `ambiguous code column: ${codeScores.map((c) => JSON.stringify(header[c.column])).join(', ')}`,
    );
  }
  if (amountChoice.length !== 1) {
    throw new ImportError(
      `ambiguous amount column: ${amountChoice.map((i) => JSON.stringify(header[i])).join(', ')} (rename the one to import to include "national")`,
    );
  }
  const codeColumn = (codeScores[0] as { column: number }).column;
  const amountColumn = amountChoice[0] as number;
  const rates: Record<string, number> = {};
  const skipped: string[] = [];
  for (let r = headerIndex + 1; r < rows.length; r++) {
    const row = rows[r] as string[];
    const code = (row[codeColumn] ?? '').trim().toUpperCase();
    if (!HIT_CODE_INFO.has(code)) {
      if (code !== '') skipped.push(code);
      continue;
    }
    const cents = parseDollars(row[amountColumn] ?? '', `line ${r + 1} (${code})`);
    const previous = rates[code];
    if (previous !== undefined && previous !== cents) {
      throw new ImportError(`line ${r + 1}: ${code} appears twice with different amounts (${previous} and ${cents} cents)`);
    }
    rates[code] = cents;
  }
  if (Object.keys(rates).length === 0) throw new ImportError('no HIT G-code rows (G0068-G0070, G0088-G0090) found');
  const titleYears = [
    ...new Set(rows.slice(0, headerIndex).flatMap((row) => [...row.join(' ').matchAll(/\b(?:CY|calendar year)\s*(\d{4})\b/gi)].map((m) => Number(m[1])))),
  ];
  return { rates, codeColumn: header[codeColumn] as string, amountColumn: header[amountColumn] as string, skipped, titleYears };
}

export interface ImportOptions {
  year: number;
  csvText: string;
  csvBytes: Buffer;
  fileName: string;
  url: string;
  retrieved: string;
  status?: 'published' | 'derived';
  derivation?: string;
  citation?: string;
  /** Column delimiter (default comma). */
  delimiter?: string;
}

/** The data file for one year, validated by the same schema and checks as the data build. */
export function buildRateFile(options: ImportOptions): HitRateFile {
  const parsed = parseRateCsv(options.csvText, options.delimiter);
  const named = yearsInFileName(options.fileName);
  if (named.length > 0 && !named.includes(options.year)) {
    throw new ImportError(`--year ${options.year} disagrees with the file name ${options.fileName} (${named.join(', ')}): check the year and the file`);
  }
  if (parsed.titleYears.length > 0 && !parsed.titleYears.includes(options.year)) {
    throw new ImportError(`--year ${options.year} disagrees with the file's title (CY ${parsed.titleYears.join(', ')}): check the year and the file`);
  }
  const sorted: Record<string, number> = {};
  for (const code of Object.keys(parsed.rates).sort()) sorted[code] = parsed.rates[code] as number;
  const candidate = {
    year: options.year,
    status: options.status ?? 'published',
    rates: sorted,
    citations: [{ source: options.citation ?? 'cms-hit-overview', section: `CY ${options.year} national rates, ${options.fileName}` }],
    ...(options.derivation ? { derivation: options.derivation } : {}),
    source: {
      url: options.url,
      retrieved: options.retrieved,
      sha256: createHash('sha256').update(options.csvBytes).digest('hex'),
      file: options.fileName,
    },
  };
  const result = hitRateFileSchema.safeParse(candidate);
  if (!result.success) {
    throw new ImportError(result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n'));
  }
  checkHitRateFile(`${options.year}.json`, result.data, (record, field, message) => {
    throw new ImportError(`record ${record}: field ${field}: ${message}`);
  });
  return result.data;
}

/** A line per code comparing two years: old → new, change in cents and percent. */
export function diffRates(previous: Record<string, number> | undefined, next: Record<string, number>): string[] {
  const codes = [...new Set([...Object.keys(previous ?? {}), ...Object.keys(next)])].sort();
  return codes.map((code) => {
    const before = previous?.[code];
    const after = next[code];
    const usd = (c: number | undefined) => (c === undefined ? '—' : `$${(c / 100).toFixed(2)}`);
    if (before === undefined) return `${code}  ${usd(before)} -> ${usd(after)}  (new)`;
    if (after === undefined) return `${code}  ${usd(before)} -> ${usd(after)}  (removed)`;
    const change = after - before;
    const percent = before === 0 ? '' : ` (${change >= 0 ? '+' : ''}${((change / before) * 100).toFixed(2)}%)`;
    return `${code}  ${usd(before)} -> ${usd(after)}  ${change >= 0 ? '+' : '-'}$${(Math.abs(change) / 100).toFixed(2)}${percent}`;
  });
}


/**
 * Runs the import; returns the path written and the data. `log` receives each line as it is
 * produced. Every check runs before anything is written; `today` is for tests (default: today).
 */
export function runImport(
  argv: readonly string[],
  log: (line: string) => void = console.log,
  options: { today?: string } = {},
): { path: string; file: HitRateFile } {
  const args = readArgs(argv);
  const str = (name: string): string | undefined => (typeof args[name] === 'string' ? (args[name] as string) : undefined);
  const known = new Set(['year', 'file', 'url', 'retrieved', 'delimiter', 'status', 'derivation', 'citation', 'data-dir', 'no-build', 'help']);
  const unknown = Object.keys(args).find((name) => !known.has(name));
  if (unknown) throw new ImportError(`unknown option --${unknown} (see --help)`);
  const year = Number(str('year'));
  if (!Number.isInteger(year) || year < 2019 || year > 2199) throw new ImportError('--year must be a year such as 2026');
  const filePath = str('file');
  if (!filePath) throw new ImportError('--file <CMS rate CSV> is required');
  if (!existsSync(filePath)) throw new ImportError(`--file ${filePath}: no such file`);
  const url = str('url');
  if (!url) throw new ImportError('--url <where CMS publishes the file> is required');
  const today = options.today ?? todayIso();
  const retrieved = checkRetrieved(str('retrieved') ?? today, today);
  const status = str('status');
  if (status !== undefined && status !== 'published' && status !== 'derived') throw new ImportError('--status must be published or derived');
  const dataDir = resolve(str('data-dir') ?? join(root, 'data'));
  const citation = str('citation') ?? 'cms-hit-overview';
  if (!sourceIds(dataDir).has(citation)) {
    throw new ImportError(`--citation ${citation}: no such source id in ${join(dataDir, 'sources')} (add the source first)`);
  }
  const bytes = readFileSync(filePath);
  const text = bytes.toString('utf8');
  const file = buildRateFile({
    year,
    csvText: text,
    csvBytes: bytes,
    fileName: basename(filePath),
    url,
    retrieved,
    delimiter: chooseDelimiter(text, str('delimiter'), basename(filePath)),
    citation,
    ...(status ? { status } : {}),
    ...(str('derivation') ? { derivation: str('derivation') as string } : {}),
  });
  const outDir = join(dataDir, 'hit-rates');
  mkdirSync(outDir, { recursive: true });
  const outPath = join(outDir, `${year}.json`);
  writeFileAtomic(outPath, `${JSON.stringify(file, null, 2)}\n`);
  log(`wrote ${outPath} (${Object.keys(file.rates).length} codes, sha256 ${file.source?.sha256})`);
  if (args['no-build'] !== true) {
    const build = spawnSync('npm', ['run', 'build:data'], { cwd: root, stdio: 'inherit' });
    if (build.status !== 0) throw new ImportError('npm run build:data failed (see above)');
  }
  const previousPath = join(outDir, `${year - 1}.json`);
  const previous = existsSync(previousPath)
    ? (JSON.parse(readFileSync(previousPath, 'utf8')) as HitRateFile).rates
    : undefined;
  log(previous ? `changes from ${year - 1} to ${year}:` : `no ${year - 1} table to compare; ${year} amounts:`);
  for (const line of diffRates(previous, file.rates)) log(`  ${line}`);
  return { path: outPath, file };
}

/** Source ids of a data directory's citation registry (data/sources/*.json). */
function sourceIds(dataDir: string): Set<string> {
  const dir = join(dataDir, 'sources');
  if (!existsSync(dir)) return new Set();
  return new Set(
    readdirSync(dir)
      .filter((name) => name.endsWith('.json'))
      .flatMap((name) => (JSON.parse(readFileSync(join(dir, name), 'utf8')) as { id: string }[]).map((s) => s.id)),
  );
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    if (process.argv.includes('--help') || process.argv.includes('-h')) console.log(USAGE);
    else runImport(process.argv.slice(2));
  } catch (error) {
    if (error instanceof ImportError) {
      console.error(`import-hit-rates: ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
}
