/**
 * Maintainer tool: turns CMS's yearly Home Infusion Therapy national-rate file (CSV) into
 * data/hit-rates/<year>.json, records where it came from (URL, retrieval date, SHA-256 of the input),
 * validates it as the data build does, rebuilds the generated modules and prints a diff against the
 * previous year.
 *
 *   npx tsx scripts/import-hit-rates.ts --year 2026 --file ~/Downloads/CY2026_HIT_rates.csv \
 *     --url https://www.cms.gov/files/zip/cy-2026-home-infusion-therapy-rates.zip [--retrieved 2026-01-05]
 *     [--status published|derived --derivation "..."] [--citation cms-hit-overview] [--data-dir data] [--no-build]
 *
 * Columns are found by header, not position: the code column is the one headed HCPCS / code; the amount
 * column is headed rate / amount / payment (a "national" or "unadjusted" one wins when several match).
 * Amounts may carry `$`, thousands separators and spaces ("$1,234.56"); they are converted to cents
 * exactly (no floating point). Rows for other codes are skipped and reported.
 */
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkHitRateFile, hitRateFileSchema, type HitRateFile } from './datasets/hit-rates.js';
import { HIT_CODE_INFO } from '../src/hit/codes.js';
import { parseCsvRows } from './lib/csv.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export class ImportError extends Error {
  override name = 'ImportError';
}

/** Rows of a CSV file with blank rows dropped (RFC 4180 quoting; CRLF or LF; a leading BOM is dropped). */
export function parseCsv(text: string): string[][] {
  return parseCsvRows(text).filter((r) => r.some((c) => c.trim() !== ''));
}

/** Reads "$1,234.56", "1234.5", " 99 " as whole cents, exactly; throws on anything else. */
export function parseDollars(text: string, where: string): number {
  const cleaned = text.replace(/[$,\s]/g, '');
  const match = /^(\d+)(?:\.(\d{1,2}))?$/.exec(cleaned);
  if (!match) throw new ImportError(`${where}: ${JSON.stringify(text)} is not a dollar amount`);
  const cents = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
  if (!Number.isSafeInteger(cents)) throw new ImportError(`${where}: ${JSON.stringify(text)} is too large`);
  return cents;
}

const CODE_HEADER = /\b(hcpcs|code)\b/i;
const AMOUNT_HEADER = /(rate|amount|payment)/i;
const PREFERRED_AMOUNT = /(national|unadjusted)/i;

export interface ParsedRates {
  rates: Record<string, number>;
  codeColumn: string;
  amountColumn: string;
  skipped: string[];
}

/** Finds the header row and the code and amount columns, and reads the HIT G-code amounts in cents. */
export function parseRateCsv(text: string): ParsedRates {
  const rows = parseCsv(text);
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
  return { rates, codeColumn: header[codeColumn] as string, amountColumn: header[amountColumn] as string, skipped };
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
}

/** The data file for one year, validated by the same schema and checks as the data build. */
export function buildRateFile(options: ImportOptions): HitRateFile {
  const parsed = parseRateCsv(options.csvText);
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

function readArgs(argv: readonly string[]): Record<string, string | true> {
  const args: Record<string, string | true> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (!arg.startsWith('--')) throw new ImportError(`unexpected argument ${arg}`);
    const next = argv[i + 1];
    if (next === undefined || next.startsWith('--')) args[arg.slice(2)] = true;
    else {
      args[arg.slice(2)] = next;
      i++;
    }
  }
  return args;
}

/** Runs the import; returns the lines it prints. `log` receives each line as it is produced. */
export function runImport(argv: readonly string[], log: (line: string) => void = console.log): { path: string; file: HitRateFile } {
  const args = readArgs(argv);
  const str = (name: string): string | undefined => (typeof args[name] === 'string' ? (args[name] as string) : undefined);
  const year = Number(str('year'));
  if (!Number.isInteger(year) || year < 2019 || year > 2199) throw new ImportError('--year must be a year such as 2026');
  const filePath = str('file');
  if (!filePath) throw new ImportError('--file <CMS rate CSV> is required');
  const url = str('url');
  if (!url) throw new ImportError('--url <where CMS publishes the file> is required');
  const retrieved = str('retrieved') ?? new Date().toISOString().slice(0, 10);
  const status = str('status');
  if (status !== undefined && status !== 'published' && status !== 'derived') throw new ImportError('--status must be published or derived');
  const dataDir = resolve(str('data-dir') ?? join(root, 'data'));
  const bytes = readFileSync(filePath);
  const file = buildRateFile({
    year,
    csvText: bytes.toString('utf8'),
    csvBytes: bytes,
    fileName: basename(filePath),
    url,
    retrieved,
    ...(status ? { status } : {}),
    ...(str('derivation') ? { derivation: str('derivation') as string } : {}),
    ...(str('citation') ? { citation: str('citation') as string } : {}),
  });
  const outDir = join(dataDir, 'hit-rates');
  mkdirSync(outDir, { recursive: true });
  const outPath = join(outDir, `${year}.json`);
  writeFileSync(outPath, `${JSON.stringify(file, null, 2)}\n`);
  log(`wrote ${outPath} (${Object.keys(file.rates).length} codes, sha256 ${file.source?.sha256})`);
  if (args['no-build'] !== true) {
    const build = spawnSync('npm', ['run', 'build:data'], { cwd: root, stdio: 'inherit' });
    if (build.status !== 0) throw new ImportError('npm run build:data failed; the new file is kept for you to fix');
  }
  const previousPath = join(outDir, `${year - 1}.json`);
  const previous = existsSync(previousPath)
    ? (JSON.parse(readFileSync(previousPath, 'utf8')) as HitRateFile).rates
    : undefined;
  log(previous ? `changes from ${year - 1} to ${year}:` : `no ${year - 1} table to compare; ${year} amounts:`);
  for (const line of diffRates(previous, file.rates)) log(`  ${line}`);
  return { path: outPath, file };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    runImport(process.argv.slice(2));
  } catch (error) {
    if (error instanceof ImportError) {
      console.error(`import-hit-rates: ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
}
