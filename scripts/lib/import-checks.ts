/**
 * Checks shared by the maintainer's importers (scripts/import-hcpcs.ts, import-hit-rates.ts, import-pricing.ts):
 * the delimiter of a text table, dollar amounts read without guessing, a retrieval date that cannot
 * be in the future, the year a file name states, and writes that leave nothing behind when refused.
 * Each check throws ImportError with a message naming the input and what to do.
 */
import { renameSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export class ImportError extends Error {
  override name = 'ImportError';
}

/** `--name value` pairs and bare `--flag`s of an importer's command line; anything else is refused. */
export function readArgs(argv: readonly string[]): Record<string, string | true> {
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

export const DELIMITERS = { comma: ',', tab: '\t', semicolon: ';' } as const;
export type DelimiterName = keyof typeof DELIMITERS;

function isDelimiterName(value: string): value is DelimiterName {
  return Object.hasOwn(DELIMITERS, value);
}

/** Counts a character outside double-quoted fields of one line. */
function countOutsideQuotes(line: string, ch: string): number {
  let count = 0;
  let quoted = false;
  for (const c of line) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && c === ch) count++;
  }
  return count;
}

/** The delimiter the first lines of `text` use most (comma, tab or semicolon), or undefined if none. */
export function sniffDelimiter(text: string): DelimiterName | undefined {
  const lines = text.split(/\r\n|\n|\r/).filter((l) => l.trim() !== '').slice(0, 20);
  let best: DelimiterName | undefined;
  let bestCount = 0;
  for (const name of Object.keys(DELIMITERS) as DelimiterName[]) {
    const count = lines.reduce((sum, line) => sum + countOutsideQuotes(line, DELIMITERS[name]), 0);
    if (count > bestCount) {
      best = name;
      bestCount = count;
    }
  }
  return best;
}

/**
 * The delimiter to read `text` with: `--delimiter` when given (comma, tab or semicolon), else comma.
 * Refuses a file whose lines use another delimiter than the one chosen, saying which to pass, so a
 * tab-delimited file is never read as one column.
 */
export function chooseDelimiter(text: string, option: string | undefined, where: string): string {
  if (option !== undefined && !isDelimiterName(option)) {
    throw new ImportError(`--delimiter must be comma, tab or semicolon, not ${JSON.stringify(option)}`);
  }
  const chosen: DelimiterName = option ?? 'comma';
  const sniffed = sniffDelimiter(text);
  if (sniffed !== undefined && sniffed !== chosen) {
    throw new ImportError(`${where} is ${sniffed}-delimited: pass --delimiter ${sniffed}`);
  }
  return DELIMITERS[chosen];
}

/**
 * Reads a US dollar amount as whole cents, exactly (no floating point): `$1,234.56`, `1234.5`,
 * `99`, `0.07`. Refused, because they cannot be read without guessing: a decimal comma (`150,00`,
 * which a comma-stripping reader takes for $15,000.00), commas that are not thousands groups,
 * more than two decimals (`1.234`: a decimal point or a European thousands point?), both
 * separators in the European order (`1.234,56`), signs, exponents, spaces inside the number.
 */
export function parseDollarAmount(text: string, where: string): number {
  const trimmed = text.trim().replace(/^\$\s*/, '');
  const refuse = (why: string): never => {
    throw new ImportError(`${where}: ${JSON.stringify(text)} ${why}`);
  };
  if (trimmed === '') refuse('is empty, not a dollar amount');
  if (/^\d+,\d{1,2}$/.test(trimmed)) refuse('has a decimal comma; write the amount with a decimal point (150.00)');
  if (/^\d{1,3}(\.\d{3})+,\d+$/.test(trimmed)) refuse('uses European separators; write it as 1,234.56');
  const match = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$/.exec(trimmed);
  if (!match) refuse('is not a dollar amount (digits, optional $, thousands commas, a decimal point)');
  const [, whole, fraction = ''] = match!;
  if (fraction.length > 2) refuse('has more than two decimals: a fraction of a cent, or a thousands point?');
  const cents = Number(whole!.replace(/,/g, '')) * 100 + Number(fraction.padEnd(2, '0'));
  if (!Number.isSafeInteger(cents)) refuse('is too large');
  return cents;
}

/** Today's date as YYYY-MM-DD (UTC), for the importers' retrieval-date default and check. */
export function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

function isCalendarDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const [y, m, d] = text.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** A retrieval date: a calendar date, not after `today` (nobody downloads a file tomorrow). */
export function checkRetrieved(retrieved: string, today: string): string {
  if (!isCalendarDate(retrieved)) throw new ImportError(`--retrieved must be a date as YYYY-MM-DD, not ${JSON.stringify(retrieved)}`);
  if (retrieved > today) throw new ImportError(`--retrieved ${retrieved} is after today (${today}): give the day the file was downloaded`);
  return retrieved;
}

/** Four-digit years (2000–2199) a file name states, e.g. `CY2026_HIT_rates.csv` → [2026]. */
export function yearsInFileName(path: string): number[] {
  const years = basename(path).match(/(?<!\d)(20\d\d|21\d\d)(?!\d)/g) ?? [];
  return [...new Set(years.map(Number))];
}

/**
 * Writes `text` to `path` so that the file is either the old one or the complete new one: a
 * temporary file in the same directory, renamed over the target.
 */
export function writeFileAtomic(path: string, text: string): void {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  writeFileSync(temporary, text);
  renameSync(temporary, path);
}
