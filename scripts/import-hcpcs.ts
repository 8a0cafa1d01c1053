/**
 * Imports descriptors and dates from CMS's Alpha-Numeric HCPCS file for every HCPCS code on the
 * catalog's code list (data/catalog/*.json), and writes data/hcpcs/<release>.json with the file
 * name, release and SHA-256 as the source. The catalog build (scripts/datasets/catalog.ts) reads
 * only that JSON; nobody types a descriptor.
 *
 * Usage:
 *   npm run import:hcpcs -- <file> [--source <source-id>] [--out <path>] [--check]
 *
 *   <file>       CMS's fixed-width text (HCPC2026_JAN_ANWEB.txt, Windows-1252) or the CSV
 *                conversion (*.csv), named as CMS names it (the release is read from the name)
 *   --source     citation id of the file in data/sources/ (default: hcpcs-<release>)
 *   --out        output path (default: data/hcpcs/<release>.json)
 *   --check      write nothing; exit 1 if the output would differ from the file on disk
 *
 * Example (the two files the catalog is built from):
 *   npm run import:hcpcs -- ../shared/data/hcpcs/HCPC2020_ANWEB.txt
 *   npm run import:hcpcs -- ../shared/data/hcpcs/HCPC2025_OCT_ANWEB.csv
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
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
}): HcpcsRelease {
  const { release, appliesFrom } = releaseFromFileName(options.fileName);
  const format: HcpcsFileFormat = options.fileName.toLowerCase().endsWith('.csv') ? 'csv' : 'fixed-width';
  const entries =
    format === 'csv'
      ? parseCsv(new TextDecoder('utf-8').decode(options.bytes))
      : parseFixedWidth(decodeWindows1252(options.bytes));
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
      throw new Error(`${options.fileName}: ${code} has no add date or action effective date`);
    }
    codes[code] = rest as HcpcsRelease['codes'][string];
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

function main(argv: string[]): number {
  const args = [...argv];
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
  const file = args[0];
  if (!file || !existsSync(file)) {
    console.error('usage: npm run import:hcpcs -- <HCPC…_ANWEB.txt|.csv> [--source id] [--out path] [--check]');
    return 2;
  }
  const result = importHcpcs({
    bytes: readFileSync(file),
    fileName: basename(file),
    codes: catalogCodeList(),
    ...(sourceId ? { sourceId } : {}),
  });
  const target = out ?? join(root, 'data/hcpcs', `${result.release}.json`);
  const text = `${JSON.stringify(result, null, 2)}\n`;
  if (check) {
    const same = existsSync(target) && readFileSync(target, 'utf8') === text;
    console.log(`${target}: ${same ? 'up to date' : 'DIFFERS from the file'}`);
    return same ? 0 : 1;
  }
  writeFileSync(target, text);
  console.log(
    `${basename(file)} (${result.release}, sha256 ${result.sha256.slice(0, 12)}…): ` +
      `${Object.keys(result.codes).length} codes written to ${target}; not in file: ${result.notInFile.join(', ') || 'none'}`,
  );
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exit(main(process.argv.slice(2)));
}
