/**
 * Readers for CMS's Alpha-Numeric HCPCS file, in the two shapes the project keeps:
 *
 * - the original fixed-width text (`HCPC2020_ANWEB.txt`; Windows-1252, CRLF). Record layout:
 *   HCPC cols 1-5, sequence number 6-10, record id 11 (3 = first line of a procedure,
 *   4 = continuation line, 7/8 = modifier), long description 12-91, short description 92-119,
 *   coverage code 230, add date 269-276, action effective date 277-284, termination date 285-292,
 *   action code 293 (positions checked on the 2020 file: G0068 reads add 20190101, action N).
 * - a third party's CSV conversion of the October 2025 file: `Code` = HCPC + sequence + record id,
 *   `Description1` = one long-description line, `Description2` = the short description padded to
 *   28 characters then squeezed pricing fields, `Unknown2` starts with the coverage code, and
 *   `Unknown4` ends with the last digit of the anesthesia base units, the add date (8 digits) and
 *   only the YEAR of the action effective date (the converter cut the line there; the
 *   termination date and action code are lost).
 *
 * Both readers return one entry per procedure code with the long descriptor joined from its
 * lines (single spaces, as the file's README says) and the dates the file carries. Pure
 * functions over text: the CLI in scripts/import-hcpcs.ts does the file reading.
 */
import { parseCsvRows } from './csv.js';

export { parseCsvRows };

/** One procedure code as a HCPCS file gives it. */
export interface HcpcsFileEntry {
  code: string;
  /** Long descriptor: the description lines joined with single spaces. */
  longDescriptor: string;
  /** Short descriptor (28 characters at most). */
  shortDescriptor: string;
  /** Date the code was added, `YYYY-MM-DD` (blank in the file for a few old codes: then absent). */
  addDate?: string;
  /** Date of the latest action, `YYYY-MM-DD`; or only its year `YYYY` where the file shape lost the rest. */
  actionEffective?: string;
  /** Last date of service the code is valid, where the file gives one. */
  terminationDate?: string;
  /** CMS action code of the latest change (N = new, C = changed descriptor, …), where the file gives it. */
  actionCode?: string;
  /** Medicare coverage code (C, D, I, M, S). */
  coverageCode: string;
  /** Number of description lines joined. */
  lines: number;
}

export type HcpcsFileFormat = 'fixed-width' | 'csv';

function isoFromCompact(compact: string, where: string): string | undefined {
  if (compact.trim() === '') return undefined;
  if (!/^\d{8}$/.test(compact)) throw new Error(`${where}: expected a date as YYYYMMDD, got '${compact}'`);
  return `${compact.slice(0, 4)}-${compact.slice(4, 6)}-${compact.slice(6, 8)}`;
}

const PROCEDURE_CODE = /^[A-Z]\d{4}$/;

/** Joins description lines: each trimmed, empty ones dropped, single spaces between. */
export function joinDescriptorLines(lines: readonly string[]): string {
  return lines
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join(' ');
}

/**
 * Reads CMS's fixed-width Alpha-Numeric HCPCS text (already decoded to a string).
 * Lines before the first record (CMS's disclaimer) and modifier records are skipped.
 */
export function parseFixedWidth(text: string): Map<string, HcpcsFileEntry> {
  const entries = new Map<string, HcpcsFileEntry>();
  const parts = new Map<string, string[]>();
  const lines = text.split(/\r\n|\n/);
  lines.forEach((line, index) => {
    if (line.length < 12) return;
    const code = line.slice(0, 5);
    const recordId = line[10];
    if (!PROCEDURE_CODE.test(code) || !/^\d{5}$/.test(line.slice(5, 10))) return;
    const where = `line ${index + 1} (${code})`;
    if (recordId === '3') {
      if (entries.has(code)) throw new Error(`${where}: second first-line record for ${code}`);
      const termination = line.slice(284, 292).trim();
      const actionCode = line.slice(292, 293).trim();
      const addDate = isoFromCompact(line.slice(268, 276), `${where} add date`);
      const actionEffective = isoFromCompact(line.slice(276, 284), `${where} action effective date`);
      const entry: HcpcsFileEntry = {
        code,
        longDescriptor: '',
        shortDescriptor: line.slice(91, 119).trim(),
        ...(addDate ? { addDate } : {}),
        ...(actionEffective ? { actionEffective } : {}),
        ...(termination ? { terminationDate: isoFromCompact(termination, `${where} termination date`)! } : {}),
        ...(actionCode ? { actionCode } : {}),
        coverageCode: line.slice(229, 230).trim(),
        lines: 1,
      };
      entries.set(code, entry);
      parts.set(code, [line.slice(11, 91)]);
    } else if (recordId === '4') {
      const collected = parts.get(code);
      if (!collected) throw new Error(`${where}: continuation line before the first line`);
      collected.push(line.slice(11, 91));
    }
  });
  for (const [code, entry] of entries) {
    const collected = parts.get(code) ?? [];
    entry.longDescriptor = joinDescriptorLines(collected);
    entry.lines = collected.length;
  }
  return entries;
}

const CSV_HEADER = ['Code', 'Description1', 'Description2', 'Type', 'Unknown1', 'Unknown2', 'Unknown3', 'Unknown4'];

/**
 * Reads the CSV conversion of CMS's fixed-width file. Where the long-description line filled all
 * 80 columns, the converter moved its last character to the front of `Description2`; it is
 * recognised by the 2-digit pricing indicator then sitting at offset 29 instead of 28, and moved
 * back (e.g. J1811 '…per 50 unit' + 's'); on a continuation line that character is the only content
 * of `Description2` (A4238 '…1 unit of servic' + 'e').
 */
export function parseCsv(text: string, delimiter = ','): Map<string, HcpcsFileEntry> {
  const rows = parseCsvRows(text, delimiter);
  const header = rows[0];
  if (!header || CSV_HEADER.some((name, i) => header[i] !== name)) {
    throw new Error(`CSV header must be ${CSV_HEADER.join(',')}, got ${header?.join(',') ?? '(empty file)'}`);
  }
  const entries = new Map<string, HcpcsFileEntry>();
  const parts = new Map<string, string[]>();
  rows.slice(1).forEach((fields, index) => {
    const key = fields[0] ?? '';
    if (key.length !== 11) return; // modifiers (8 characters) and blank lines
    const code = key.slice(0, 5);
    const recordId = key[10];
    if (!PROCEDURE_CODE.test(code)) return;
    const where = `row ${index + 2} (${code})`;
    const description1 = fields[1] ?? '';
    if (recordId === '3') {
      if (entries.has(code)) throw new Error(`${where}: second first-line record for ${code}`);
      let first = description1;
      let rest = fields[2] ?? '';
      if (!/^.{28}\d\d/.test(rest) && /^.{29}\d\d/.test(rest)) {
        first += rest[0];
        rest = rest.slice(1);
      }
      const tail = /(\d{8})(\d{4})$/.exec((fields[7] ?? '').trimEnd());
      if (!tail) throw new Error(`${where}: no add date and action year at the end of the last column`);
      entries.set(code, {
        code,
        longDescriptor: '',
        shortDescriptor: rest.slice(0, 28).trim(),
        addDate: isoFromCompact(tail[1]!, `${where} add date`)!,
        actionEffective: tail[2]!,
        coverageCode: (fields[5] ?? '').slice(0, 1),
        lines: 1,
      });
      parts.set(code, [first]);
    } else if (recordId === '4') {
      const collected = parts.get(code);
      if (!collected) throw new Error(`${where}: continuation line before the first line`);
      // A full 80-column continuation line lost its last character to Description2 (A4238 '…unit of servic' + 'e').
      collected.push(description1 + (fields[2] ?? ''));
    }
  });
  for (const [code, entry] of entries) {
    const collected = parts.get(code) ?? [];
    entry.longDescriptor = joinDescriptorLines(collected);
    entry.lines = collected.length;
  }
  return entries;
}

/** Decodes the fixed-width file's bytes (Windows-1252, as CMS ships it). */
export function decodeWindows1252(bytes: Uint8Array): string {
  return new TextDecoder('windows-1252').decode(bytes);
}

/**
 * Release id and first day it applies, from CMS's file name: `HCPC2020_ANWEB.txt` is the 2020
 * annual file (`2020-anweb`, from 2020-01-01); `HCPC2025_OCT_ANWEB.csv` the October 2025 quarterly
 * file (`2025-oct-anweb`, from 2025-10-01).
 */
export function releaseFromFileName(fileName: string): { release: string; appliesFrom: string } {
  const match = /^HCPC(\d{4})(?:_(JAN|APR|JUL|OCT))?_ANWEB/i.exec(fileName);
  if (!match) throw new Error(`cannot read a release from file name '${fileName}' (expected HCPC<year>[_<JAN|APR|JUL|OCT>]_ANWEB…)`);
  const year = match[1]!;
  const quarter = match[2]?.toUpperCase();
  const month = { JAN: '01', APR: '04', JUL: '07', OCT: '10' }[quarter ?? 'JAN'];
  return {
    release: quarter ? `${year}-${quarter.toLowerCase()}-anweb` : `${year}-anweb`,
    appliesFrom: `${year}-${month}-01`,
  };
}
