/**
 * Readers of CMS's four quarterly pricing file shapes (DMEPOS fee schedule, PEN fee schedule, DMEPOS
 * rural ZIP codes, ASP pricing file) for scripts/import-pricing.ts. Each finds its header row by
 * name, keeps amounts as the exact decimal text CMS published (never a float), and refuses a file it
 * cannot read unambiguously with a {@link PricingFileError} naming the line and column.
 *
 * The shapes they produce are the files under data/pricing/<quarter>/ (see scripts/datasets/pricing.ts).
 */
import { parseCsvRows } from './csv.js';

export class PricingFileError extends Error {
  override name = 'PricingFileError';
}

/** Where one imported file came from. */
export interface PricingFileSource {
  /** Citation id in data/sources/. */
  id: string;
  /** File name as read. */
  file: string;
  sha256: string;
  /** The file's own title/effective-date rows, as printed. */
  banner: string[];
}

/** One DMEPOS or PEN fee schedule row: amounts as published, `[non-rural, rural]` per state. */
export interface FeeRow {
  hcpcs: string;
  modifiers: string[];
  /** DMEPOS file only: JURIS (D, L, J) and CATG (CR, FS, IN, SU, …), and the ceiling and floor. */
  juris?: string;
  catg?: string;
  ceiling?: string;
  floor?: string;
  fees: Record<string, [string, string]>;
  description: string;
}

export interface FeeFile {
  kind: 'dmepos' | 'pen';
  quarter: string;
  source: PricingFileSource;
  states: string[];
  rows: FeeRow[];
}

export interface RuralZipFile {
  kind: 'rural-zip';
  quarter: string;
  source: PricingFileSource;
  /** ZIP codes CMS designates rural, by state, as one space-separated string per state (sorted). */
  zips: Record<string, string>;
}

export interface AspRow {
  hcpcs: string;
  description: string;
  /** "HCPCS Code Dosage", the billing unit the limit is per: '100 MG'. */
  dosage: string;
  /** Payment limit per billing unit, dollars with three decimals as published: '13.637'. */
  paymentLimit: string;
  /** "Co-insurance Percentage" as published: '20.000', '19.810'. */
  coinsurancePercent: string;
  notes?: string;
}

export interface AspFile {
  kind: 'asp';
  quarter: string;
  source: PricingFileSource;
  rows: AspRow[];
}

/** What a reader kept and what it left out, for the importer's report. */
export interface ReadResult<T> {
  file: T;
  /** Codes of the file not kept (not in the catalog, not asked for). */
  skipped: number;
  /** Codes wanted but absent from the file. */
  missing: string[];
  notes: string[];
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `'2025Q1'` → year 2025, quarter 1, first month index 0; throws on anything else. */
export function parseQuarter(quarter: string): { year: number; quarter: number; from: string; to: string } {
  const match = /^(\d{4})Q([1-4])$/.exec(quarter);
  if (!match) throw new PricingFileError(`quarter ${JSON.stringify(quarter)} must look like 2025Q1`);
  const year = Number(match[1]);
  const q = Number(match[2]);
  const lastDay = ['03-31', '06-30', '09-30', '12-31'][q - 1] as string;
  const firstMonth = String((q - 1) * 3 + 1).padStart(2, '0');
  return { year, quarter: q, from: `${year}-${firstMonth}-01`, to: `${year}-${lastDay}` };
}

/** Decodes a CMS file: UTF-8 when it is valid UTF-8, else Windows-1252/Latin-1 (the ASP file has 0xA0 bytes). */
export function decodeCmsText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** Rows of the file; refuses a file whose lines are split by another delimiter than a comma. */
function readRows(text: string, headerFirstCell: string, fileLabel: string): { rows: string[][]; header: number } {
  const rows = parseCsvRows(text);
  const header = rows.findIndex((row) => (row[0] ?? '').trim() === headerFirstCell);
  if (header < 0) {
    const other = /^\s*"?[A-Za-z /]+"?\s*([;\t|])/m.exec(text);
    if (other && text.split(/\r?\n/).some((line) => line.trim().startsWith(`${headerFirstCell}${other[1]}`))) {
      throw new PricingFileError(`${fileLabel}: columns are separated by ${JSON.stringify(other[1])}, not commas: not a CMS CSV file as published`);
    }
    throw new PricingFileError(`${fileLabel}: no header row starting "${headerFirstCell}," (a banner-only or truncated file?)`);
  }
  const headerRow = rows[header] as string[];
  if (headerRow.length < 3) {
    throw new PricingFileError(`${fileLabel}: line ${header + 1}: the header row has ${headerRow.length} column(s); is the delimiter a comma?`);
  }
  return { rows, header };
}

/** Checks an amount is dollars with exactly `decimals` decimals; names a decimal comma when it sees one. */
function readAmount(text: string, decimals: number, where: string): string {
  const value = text.trim();
  if (new RegExp(`^\\d+\\.\\d{${decimals}}$`).test(value)) return value;
  if (/^\d+,\d+$/.test(value)) throw new PricingFileError(`${where}: ${JSON.stringify(text)} has a decimal comma; CMS files use a decimal point`);
  throw new PricingFileError(`${where}: ${JSON.stringify(text)} is not an amount with ${decimals} decimals`);
}

const CODE = /^[A-Z0-9]\d{3}[A-Z0-9]$/;

function readCode(text: string, where: string): string {
  const code = text.trim().toUpperCase();
  if (!CODE.test(code)) throw new PricingFileError(`${where}: ${JSON.stringify(text)} is not a HCPCS code`);
  return code;
}

function isBlank(row: readonly string[]): boolean {
  return row.every((cell) => cell.trim() === '');
}

/** The banner rows above the header (non-empty first cells), for the record. */
function bannerOf(rows: string[][], header: number): string[] {
  return rows.slice(0, header).map((r) => r.map((c) => c.trim()).filter((c) => c !== '').join(' ')).filter((line) => line !== '');
}

/**
 * Reads a DMEPOS or PEN fee schedule file. Columns by name: HCPCS, Mod/MOD, Mod2/MOD2, JURIS and CATG
 * (DMEPOS), Ceiling and Floor (DMEPOS), a `XX (NR)` / `XX (R)` pair per state, the description last.
 * Refuses duplicate code+modifier rows with different amounts; an identical duplicate is kept once.
 */
export function readFeeFile(
  kind: 'dmepos' | 'pen',
  text: string,
  source: Omit<PricingFileSource, 'banner'>,
  quarter: string,
  keep: (code: string) => boolean,
): ReadResult<FeeFile> {
  const label = source.file;
  const { rows, header } = readRows(text, 'HCPCS', label);
  const banner = bannerOf(rows, header);
  const { year, quarter: q } = parseQuarter(quarter);
  const month = MONTHS[(q - 1) * 3] as string;
  const dated = banner.find((line) => /\b(January|February|March|April|May|June|July|August|September|October|November|December) \d{4}\b/.test(line));
  if (dated !== undefined && !dated.includes(`${month} ${year}`)) {
    throw new PricingFileError(`${label}: the file says "${dated}", not ${month} ${year} (quarter ${quarter})`);
  }
  const names = (rows[header] as string[]).map((c) => c.trim());
  const column = (pattern: RegExp, required = true): number => {
    const found = names.flatMap((name, i) => (pattern.test(name) ? [i] : []));
    if (found.length > 1) throw new PricingFileError(`${label}: line ${header + 1}: ${found.length} columns match ${pattern}`);
    if (found.length === 0 && required) throw new PricingFileError(`${label}: line ${header + 1}: no column matching ${pattern}`);
    return found[0] ?? -1;
  };
  const codeColumn = column(/^HCPCS$/i);
  const modColumn = column(/^MOD$/i);
  const mod2Column = column(/^MOD2$/i);
  const jurisColumn = kind === 'dmepos' ? column(/^JURIS$/i) : -1;
  const catgColumn = kind === 'dmepos' ? column(/^CATG$/i) : -1;
  const ceilingColumn = kind === 'dmepos' ? column(/^Ceiling$/i) : -1;
  const floorColumn = kind === 'dmepos' ? column(/^Floor$/i) : -1;
  const descriptionColumn = column(/^(Description|Desc)$/i);
  const states: string[] = [];
  const stateColumns = new Map<string, [number, number]>();
  names.forEach((name, i) => {
    const match = /^([A-Z]{2}) ?\((NR|R)\)$/.exec(name);
    if (!match) return;
    const state = match[1] as string;
    const pair = stateColumns.get(state) ?? [-1, -1];
    const slot = match[2] === 'NR' ? 0 : 1;
    if (pair[slot] !== -1) throw new PricingFileError(`${label}: line ${header + 1}: column ${name} appears twice`);
    pair[slot] = i;
    if (!stateColumns.has(state)) states.push(state);
    stateColumns.set(state, pair);
  });
  if (states.length === 0) throw new PricingFileError(`${label}: line ${header + 1}: no state columns such as "AL (NR)"`);
  for (const [state, pair] of stateColumns) {
    if (pair[0] < 0 || pair[1] < 0) throw new PricingFileError(`${label}: line ${header + 1}: state ${state} lacks its ${pair[0] < 0 ? 'NR' : 'R'} column`);
  }

  const kept = new Map<string, FeeRow>();
  const seenCodes = new Set<string>();
  const keptCodes = new Set<string>();
  for (let r = header + 1; r < rows.length; r++) {
    const row = rows[r] as string[];
    if (isBlank(row)) continue;
    const line = `${label}: line ${r + 1}`;
    if (row.length !== names.length) {
      throw new PricingFileError(`${line}: ${row.length} columns where the header has ${names.length}`);
    }
    const code = readCode(row[codeColumn] ?? '', `${line}, column HCPCS`);
    const modifiers = [row[modColumn], row[mod2Column]].map((m) => (m ?? '').trim().toUpperCase()).filter((m) => m !== '');
    const fees: Record<string, [string, string]> = {};
    for (const state of states) {
      const [nr, rural] = stateColumns.get(state) as [number, number];
      fees[state] = [
        readAmount(row[nr] ?? '', 2, `${line}, column ${names[nr]}`),
        readAmount(row[rural] ?? '', 2, `${line}, column ${names[rural]}`),
      ];
    }
    const feeRow: FeeRow = {
      hcpcs: code,
      modifiers,
      ...(kind === 'dmepos'
        ? {
            juris: (row[jurisColumn] ?? '').trim(),
            catg: (row[catgColumn] ?? '').trim(),
            ceiling: readAmount(row[ceilingColumn] ?? '', 2, `${line}, column Ceiling`),
            floor: readAmount(row[floorColumn] ?? '', 2, `${line}, column Floor`),
          }
        : {}),
      fees,
      description: (row[descriptionColumn] ?? '').trim(),
    };
    if (kind === 'dmepos' && !/^[DLJ]$/.test(feeRow.juris as string)) {
      throw new PricingFileError(`${line}, column JURIS: ${JSON.stringify(feeRow.juris)} is not D, L or J (DMEREAD)`);
    }
    if (kind === 'dmepos' && !/^[A-Z]{2}$/.test(feeRow.catg as string)) {
      throw new PricingFileError(`${line}, column CATG: ${JSON.stringify(feeRow.catg)} is not a payment category`);
    }
    const key = [code, ...modifiers].join(' ');
    const previous = kept.get(key);
    if (previous !== undefined) {
      if (JSON.stringify(previous) !== JSON.stringify(feeRow)) {
        throw new PricingFileError(`${line}: ${key} appears twice with different amounts or categories; refusing an ambiguous file`);
      }
      continue;
    }
    seenCodes.add(code);
    kept.set(key, feeRow);
    if (keep(code)) keptCodes.add(code);
  }
  const rowsKept = [...kept.values()].filter((row) => keptCodes.has(row.hcpcs));
  return {
    file: { kind, quarter, source: { ...source, banner }, states, rows: rowsKept },
    skipped: seenCodes.size - keptCodes.size,
    missing: [],
    notes: [],
  };
}

/** Reads CMS's rural ZIP file: STATE, DMEPOS RURAL ZIP CODE, YEAR/QTR (which must be the quarter). */
export function readRuralZipFile(text: string, source: Omit<PricingFileSource, 'banner'>, quarter: string): ReadResult<RuralZipFile> {
  const label = source.file;
  const { rows, header } = readRows(text, 'STATE', label);
  const names = (rows[header] as string[]).map((c) => c.trim().toUpperCase());
  const zipColumn = names.findIndex((n) => /ZIP/.test(n));
  const quarterColumn = names.findIndex((n) => /YEAR\/QTR/.test(n));
  if (zipColumn < 0 || quarterColumn < 0) throw new PricingFileError(`${label}: line ${header + 1}: needs a ZIP column and a YEAR/QTR column`);
  const { year, quarter: q } = parseQuarter(quarter);
  const expected = `${year}${String(q).padStart(2, '0')}`;
  const byState = new Map<string, Set<string>>();
  const stateOfZip = new Map<string, string>();
  for (let r = header + 1; r < rows.length; r++) {
    const row = rows[r] as string[];
    if (isBlank(row)) continue;
    const line = `${label}: line ${r + 1}`;
    const state = (row[0] ?? '').trim().toUpperCase();
    const zip = (row[zipColumn] ?? '').trim();
    const period = (row[quarterColumn] ?? '').trim();
    if (!/^[A-Z]{2}$/.test(state)) throw new PricingFileError(`${line}, column STATE: ${JSON.stringify(row[0])} is not a state code`);
    if (!/^\d{5}$/.test(zip)) throw new PricingFileError(`${line}, column ZIP: ${JSON.stringify(row[zipColumn])} is not a five-digit ZIP code`);
    if (period !== expected) throw new PricingFileError(`${line}, column YEAR/QTR: ${JSON.stringify(period)} is not ${expected} (quarter ${quarter})`);
    const other = stateOfZip.get(zip);
    if (other !== undefined && other !== state) throw new PricingFileError(`${line}: ZIP ${zip} is listed for ${other} and ${state}`);
    stateOfZip.set(zip, state);
    const set = byState.get(state) ?? new Set<string>();
    set.add(zip);
    byState.set(state, set);
  }
  if (stateOfZip.size === 0) throw new PricingFileError(`${label}: no ZIP code rows`);
  const zips: Record<string, string> = {};
  for (const state of [...byState.keys()].sort()) zips[state] = [...(byState.get(state) as Set<string>)].sort().join(' ');
  return { file: { kind: 'rural-zip', quarter, source: { ...source, banner: bannerOf(rows, header) }, zips }, skipped: 0, missing: [], notes: [] };
}

/**
 * Reads the ASP pricing file: HCPCS Code, Short Description, HCPCS Code Dosage, Payment Limit,
 * Co-insurance Percentage, …, Notes. The effective dates in its banner must be the quarter's. A row
 * whose payment limit is `N/A` (no ASP-based limit published) is left out and reported.
 */
export function readAspFile(
  text: string,
  source: Omit<PricingFileSource, 'banner'>,
  quarter: string,
  keep: (code: string) => boolean,
): ReadResult<AspFile> {
  const label = source.file;
  const { rows, header } = readRows(text, 'HCPCS Code', label);
  const banner = bannerOf(rows, header);
  const { from, to } = parseQuarter(quarter);
  const effective = banner.find((line) => /^Effective /i.test(line));
  if (effective !== undefined) {
    const human = (iso: string) => {
      const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
      return `${MONTHS[m - 1]} ${d}, ${y}`;
    };
    if (!effective.includes(`${human(from)} through ${human(to)}`)) {
      throw new PricingFileError(`${label}: the file says "${effective}", not ${human(from)} through ${human(to)} (quarter ${quarter})`);
    }
  }
  const names = (rows[header] as string[]).map((c) => c.trim());
  const find = (name: string): number => {
    const i = names.findIndex((n) => n.toLowerCase() === name.toLowerCase());
    if (i < 0) throw new PricingFileError(`${label}: line ${header + 1}: no column "${name}"`);
    return i;
  };
  const code = find('HCPCS Code');
  const description = find('Short Description');
  const dosage = find('HCPCS Code Dosage');
  const limit = find('Payment Limit');
  const coinsurance = find('Co-insurance Percentage');
  const notesColumn = names.findIndex((n) => n.toLowerCase() === 'notes');
  const kept = new Map<string, AspRow>();
  const seen = new Set<string>();
  const notes: string[] = [];
  for (let r = header + 1; r < rows.length; r++) {
    const row = rows[r] as string[];
    if (isBlank(row)) continue;
    const line = `${label}: line ${r + 1}`;
    if (row.length < names.length - 1) throw new PricingFileError(`${line}: ${row.length} columns where the header has ${names.length}`);
    const hcpcs = readCode(row[code] ?? '', `${line}, column HCPCS Code`);
    const limitText = (row[limit] ?? '').trim();
    if (limitText === 'N/A') {
      notes.push(`${hcpcs}: payment limit N/A in the file (left out)`);
      continue;
    }
    const note = notesColumn >= 0 ? (row[notesColumn] ?? '').replace(/\s+/g, ' ').trim() : '';
    const aspRow: AspRow = {
      hcpcs,
      description: (row[description] ?? '').replace(/\s+/g, ' ').trim(),
      dosage: (row[dosage] ?? '').replace(/\s+/g, ' ').trim(),
      paymentLimit: readAmount(limitText, 3, `${line}, column Payment Limit`),
      coinsurancePercent: readAmount(row[coinsurance] ?? '', 3, `${line}, column Co-insurance Percentage`),
      ...(note !== '' ? { notes: note } : {}),
    };
    if (Number(aspRow.coinsurancePercent) > 100) throw new PricingFileError(`${line}, column Co-insurance Percentage: above 100`);
    const previous = kept.get(hcpcs);
    if (previous !== undefined) {
      if (JSON.stringify(previous) !== JSON.stringify(aspRow)) {
        throw new PricingFileError(`${line}: ${hcpcs} appears twice with different amounts; refusing an ambiguous file`);
      }
      continue;
    }
    seen.add(hcpcs);
    kept.set(hcpcs, aspRow);
  }
  if (seen.size === 0) throw new PricingFileError(`${label}: no drug rows below the header`);
  const rowsKept = [...kept.values()].filter((row) => keep(row.hcpcs));
  return {
    file: { kind: 'asp', quarter, source: { ...source, banner }, rows: rowsKept },
    skipped: seen.size - rowsKept.length,
    missing: [],
    notes,
  };
}
