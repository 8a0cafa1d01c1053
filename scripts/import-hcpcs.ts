/**
 * Imports descriptors and dates from CMS's Alpha-Numeric HCPCS file for every HCPCS code on the
 * catalog's code list (data/catalog/*.json), and writes data/hcpcs/<release>.json with the file
 * name, release and SHA-256 as the source. The catalog build (scripts/datasets/catalog.ts) reads
 * only that JSON; nobody types a descriptor.
 *
 * Usage: `npm run import:hcpcs -- --help` (the USAGE text below).
 *
 * Refused, with nothing written: a file named for one release whose dates run past that release's
 * year (a misnamed file), a CSV delimited by tabs or semicolons without `--delimiter`, a file
 * holding none of the catalog's codes. The output is written atomically.
 *
 * Example (the two files the catalog is built from):
 *   npm run import:hcpcs -- ../shared/data/hcpcs/HCPC2020_ANWEB.txt
 *   npm run import:hcpcs -- ../shared/data/hcpcs/HCPC2025_OCT_ANWEB.csv
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  decodeWindows1252,
  parseCsv,
  parseFixedWidth,
  releaseFromFileName,
  type HcpcsFileEntry,
  type HcpcsFileFormat,
} from './lib/hcpcs-file.js';
import { ImportError, chooseDelimiter, writeFileAtomic } from './lib/import-checks.js';

export { ImportError };

export const USAGE = `usage: npm run import:hcpcs -- <file> [--source <id>] [--data-dir <dir>] [--out <path>] [--delimiter comma|tab|semicolon] [--check]

  <file>        CMS's fixed-width text (HCPC2026_JAN_ANWEB.txt, Windows-1252) or a CSV conversion
                (*.csv), named as CMS names it: the release is read from the name
  --source      citation id of the file in data/sources/ (default: hcpcs-<release>)
  --data-dir    the data directory: codes from <dir>/catalog, output to <dir>/hcpcs (default data/)
  --out         output path (default: <data-dir>/hcpcs/<release>.json)
  --delimiter   of a CSV: comma (default), tab or semicolon
  --check       write nothing; exit 1 if the output would differ from the file on disk
  --help        this text`;

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** What data/hcpcs/<release>.json holds. */
export interface HcpcsRelease {
  release: string;
  /** First date of service the release applies to (from its name: annual = Jan 1, quarterly = quarter start). */
  appliesFrom: string;
  sourceId: string;
  fileName: string;
  sha256: string;
  format: HcpcsFileFormat;
  /** What the file shape could not carry. */
  limitations?: string[];
  codes: Record<string, Omit<HcpcsFileEntry, 'code' | 'addDate' | 'actionEffective'> & { addDate: string; actionEffective: string }>;
  /** Catalog codes the file does not hold. */
  notInFile: string[];
}

/** HCPCS codes on the catalog's list (CPT codes are not in CMS's file). */
export function catalogCodeList(catalogDir = join(root, 'data/catalog')): string[] {
  const codes = new Set<string>();
  for (const name of readdirSync(catalogDir).filter((n) => n.endsWith('.json')).sort()) {
    const content = JSON.parse(readFileSync(join(catalogDir, name), 'utf8')) as {
      defaults?: { system?: string };
      codes?: { code: string; system?: string }[];
    };
    for (const entry of content.codes ?? []) {
      if ((entry.system ?? content.defaults?.system ?? 'HCPCS') === 'HCPCS') codes.add(entry.code);
    }
  }
  return [...codes].sort();
}

/** Builds the release JSON from the file's bytes. */
export function importHcpcs(options: {
  bytes: Uint8Array;
  fileName: string;
  codes: readonly string[];
  sourceId?: string;
  /** Of a CSV file: `comma` (default), `tab` or `semicolon`. */
  delimiter?: string;
}): HcpcsRelease {
  const { release, appliesFrom } = readRelease(options.fileName);
  const format: HcpcsFileFormat = options.fileName.toLowerCase().endsWith('.csv') ? 'csv' : 'fixed-width';
  const entries = readEntries(options.bytes, options.fileName, format, options.delimiter);
  // A file's dates cannot run past the year of the release its name gives: a later date means the
  // file is misnamed (e.g. a 2027 file saved as HCPC2026_JAN_ANWEB.txt).
  const releaseYear = appliesFrom.slice(0, 4);
  for (const entry of entries.values()) {
    const latest = [entry.addDate, entry.actionEffective, entry.terminationDate].filter((d): d is string => !!d).sort().pop();
    if (latest !== undefined && latest.slice(0, 4) > releaseYear) {
      throw new ImportError(
        `${options.fileName}: ${entry.code} has a date ${latest}, after the ${release} release the file name gives; is the file misnamed?`,
      );
    }
  }
  const codes: HcpcsRelease['codes'] = {};
  const notInFile: string[] = [];
  for (const code of [...options.codes].sort()) {
    const entry = entries.get(code);
    if (!entry) {
      notInFile.push(code);
      continue;
    }
    const { code: _code, ...rest } = entry;
    if (!rest.addDate || !rest.actionEffective) {
      throw new ImportError(`${options.fileName}: ${code} has no add date or action effective date`);
    }
    codes[code] = rest as HcpcsRelease['codes'][string];
  }
  if (Object.keys(codes).length === 0) {
    throw new ImportError(`${options.fileName}: holds none of the catalog's ${options.codes.length} codes; is it CMS's HCPCS file?`);
  }
  return {
    release,
    appliesFrom,
    sourceId: options.sourceId ?? `hcpcs-${release}`,
    fileName: options.fileName,
    sha256: createHash('sha256').update(options.bytes).digest('hex'),
    format,
    ...(format === 'csv'
      ? {
          limitations: [
            'third-party CSV conversion: the action effective date keeps only its year; termination date and action code are not carried',
          ],
        }
      : {}),
    codes,
    notInFile,
  };
}

function readRelease(fileName: string): { release: string; appliesFrom: string } {
  try {
    return releaseFromFileName(fileName);
  } catch (error) {
    throw new ImportError((error as Error).message);
  }
}

function readEntries(bytes: Uint8Array, fileName: string, format: HcpcsFileFormat, delimiter: string | undefined) {
  try {
    if (format === 'fixed-width') return parseFixedWidth(decodeWindows1252(bytes));
    const text = new TextDecoder('utf-8').decode(bytes);
    return parseCsv(text, chooseDelimiter(text, delimiter, fileName));
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw new ImportError(`${fileName}: ${(error as Error).message}`);
  }
}

/** Runs the import; returns the exit code (0 done, 1 refused or --check found a difference, 2 usage). */
export function main(argv: readonly string[], log: (line: string) => void = console.log, error: (line: string) => void = console.error): number {
  const args = [...argv];
  if (args.includes('--help') || args.includes('-h')) {
    log(USAGE);
    return 0;
  }
  const flag = (name: string): string | undefined => {
    const i = args.indexOf(name);
    if (i < 0) return undefined;
    const value = args[i + 1];
    args.splice(i, 2);
    return value;
  };
  const check = args.includes('--check');
  if (check) args.splice(args.indexOf('--check'), 1);
  const sourceId = flag('--source');
  const out = flag('--out');
  const delimiter = flag('--delimiter');
  const dataDir = resolve(flag('--data-dir') ?? join(root, 'data'));
  const file = args[0];
  const unknown = args.find((a) => a.startsWith('-'));
  if (!file || !existsSync(file) || args.length > 1 || unknown) {
    error(unknown ? `import-hcpcs: unknown option ${unknown}\n${USAGE}` : USAGE);
    return 2;
  }
  let result: HcpcsRelease;
  try {
    result = importHcpcs({
      bytes: readFileSync(file),
      fileName: basename(file),
      codes: catalogCodeList(join(dataDir, 'catalog')),
      ...(sourceId ? { sourceId } : {}),
      ...(delimiter ? { delimiter } : {}),
    });
  } catch (caught) {
    if (!(caught instanceof ImportError)) throw caught;
    error(`import-hcpcs: ${caught.message} (nothing written)`);
    return 1;
  }
  const target = out ?? join(dataDir, 'hcpcs', `${result.release}.json`);
  const text = `${JSON.stringify(result, null, 2)}\n`;
  if (check) {
    const same = existsSync(target) && readFileSync(target, 'utf8') === text;
    log(`${target}: ${same ? 'up to date' : 'DIFFERS from the file'}`);
    return same ? 0 : 1;
  }
  writeFileAtomic(target, text);
  log(
    `${basename(file)} (${result.release}, sha256 ${result.sha256.slice(0, 12)}…): ` +
      `${Object.keys(result.codes).length} codes written to ${target}; not in file: ${result.notInFile.join(', ') || 'none'}`,
  );
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exit(main(process.argv.slice(2)));
}
