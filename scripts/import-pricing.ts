/**
 * Maintainer tool: imports one quarter of CMS's pricing files into data/pricing/<quarter>/ (reviewable
 * JSON), then rebuilds the generated modules. Run `npx tsx scripts/import-pricing.ts --help`.
 */
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listCodes } from '../src/catalog/listCodes.js';
import { composeQuarter, pricingFileSchema, type PricingFile } from './datasets/pricing.js';
import { ImportError, readArgs } from './lib/import-checks.js';
import {
  PricingFileError,
  decodeCmsText,
  parseQuarter,
  readAspFile,
  readFeeFile,
  readRuralZipFile,
  type AspFile,
  type FeeFile,
} from './lib/pricing-files.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export const HELP = `Import one quarter of CMS pricing files into data/pricing/<quarter>/.

  npx tsx scripts/import-pricing.ts --quarter 2025Q2 \\
    --dmepos DMEPOS_APR.csv --pen DMEPEN_APR.csv --rural "DME Rural ZIP Code Quarter 2, 2025.csv" \\
    --asp "April 2025 ASP Pricing File.csv" [--codes E0776,B4034] [--data-dir data] \\
    [--tables-out my-2025Q2.json] [--no-build]

  --quarter     the quarter the files apply to, e.g. 2025Q2 (checked against each file's own dates)
  --dmepos      CMS DMEPOS fee schedule CSV (from the dmeYY ZIP: DMEPOS_<MON>.csv)
  --pen         CMS PEN fee schedule CSV (DMEPEN_<MON>.csv, same ZIP)
  --rural       CMS DMEPOS rural ZIP code CSV for the quarter (same ZIP)
  --asp         CMS ASP pricing file CSV (the section 508 CSV of the quarter's ASP ZIP)
  --codes       extra HCPCS codes to keep besides the catalog's (comma-separated)
  --data-dir    where data/ is (default: this repository's data/)
  --tables-out  also write the quarter as one PricingTables JSON, to pass as \`tables\` at run time
  --no-build    do not run npm run build:data afterwards
  --help        this text

Amounts are kept as the exact decimal text CMS published. A file is refused, and nothing written, when
it has no header row (banner only), another delimiter than commas, an amount with a decimal comma or
not in CMS's format, two rows for one code and modifiers with different amounts, or dates of another
quarter. Warnings: an amount that moved more than 25% from the same quarter a year earlier (or the
latest earlier quarter held).`;

export { ImportError };

const KNOWN = new Set(['quarter', 'dmepos', 'pen', 'rural', 'asp', 'codes', 'data-dir', 'tables-out', 'no-build', 'help']);

/** The cents of a decimal dollar text with 2 or 3 decimals, times 1000 (exact integer). */
function mills(text: string): number {
  const [whole, fraction = ''] = text.split('.');
  return Number(whole) * 1000 + Number(fraction.padEnd(3, '0'));
}

/** Year-over-year (or quarter-over-quarter) changes beyond ±25%, as warning lines. */
export function plausibilityWarnings(previous: Map<string, PricingFile>, next: Map<string, PricingFile>, previousQuarter: string): string[] {
  const warnings: string[] = [];
  const change = (before: string, after: string): number | undefined => {
    const a = mills(before);
    const b = mills(after);
    return a === 0 ? undefined : ((b - a) / a) * 100;
  };
  for (const kind of ['dmepos', 'pen'] as const) {
    const before = previous.get(kind) as FeeFile | undefined;
    const after = next.get(kind) as FeeFile;
    if (!before) continue;
    const old = new Map(before.rows.map((row) => [[row.hcpcs, ...row.modifiers].join(' '), row]));
    for (const row of after.rows) {
      const key = [row.hcpcs, ...row.modifiers].join(' ');
      const was = old.get(key);
      if (!was) continue;
      for (const state of Object.keys(row.fees)) {
        const from = was.fees[state]?.[0];
        const to = row.fees[state]?.[0];
        if (from === undefined || to === undefined) continue;
        const pct = change(from, to);
        if (pct !== undefined && Math.abs(pct) > 25) {
          warnings.push(`${kind} ${key} ${state}: $${from} in ${previousQuarter} -> $${to} (${pct > 0 ? '+' : ''}${pct.toFixed(1)}%), beyond ±25%: check the file (dollars typed as cents?)`);
        }
      }
    }
  }
  const beforeAsp = previous.get('asp') as AspFile | undefined;
  if (beforeAsp) {
    const old = new Map(beforeAsp.rows.map((row) => [row.hcpcs, row]));
    for (const row of (next.get('asp') as AspFile).rows) {
      const was = old.get(row.hcpcs);
      const pct = was ? change(was.paymentLimit, row.paymentLimit) : undefined;
      if (was && pct !== undefined && Math.abs(pct) > 25) {
        warnings.push(`asp ${row.hcpcs}: $${was.paymentLimit} in ${previousQuarter} -> $${row.paymentLimit} (${pct > 0 ? '+' : ''}${pct.toFixed(1)}%), beyond ±25%`);
      }
    }
  }
  return warnings;
}

/** The citation registry as in data/sources/*.json (id → title, url). */
function registry(): Map<string, { title: string; url: string }> {
  const dir = join(root, 'data/sources');
  const entries = readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .flatMap((name) => JSON.parse(readFileSync(join(dir, name), 'utf8')) as { id: string; title: string; url: string }[]);
  return new Map(entries.map((s) => [s.id, { title: s.title, url: s.url }]));
}

/** The held quarter to compare with: the same quarter a year earlier, else the latest earlier one. */
function previousQuarterOf(dataDir: string, quarter: string): string | undefined {
  const dir = join(dataDir, 'pricing');
  if (!existsSync(dir)) return undefined;
  const held = readdirSync(dir).filter((name) => /^\d{4}Q[1-4]$/.test(name) && name < quarter).sort();
  const { year, quarter: q } = parseQuarter(quarter);
  const yearEarlier = `${year - 1}Q${q}`;
  return held.includes(yearEarlier) ? yearEarlier : held[held.length - 1];
}

export interface ImportResult {
  dir: string;
  files: Map<string, PricingFile>;
  warnings: string[];
}

/** Reads and checks the four files; writes data/pricing/<quarter>/ atomically (all four or nothing). */
export function runImport(argv: readonly string[], log: (line: string) => void = console.log): ImportResult | undefined {
  const args = readArgs(argv);
  if (args.help === true) {
    log(HELP);
    return undefined;
  }
  for (const key of Object.keys(args)) if (!KNOWN.has(key)) throw new ImportError(`unknown option --${key} (see --help)`);
  const str = (name: string): string => {
    const value = args[name];
    if (typeof value !== 'string') throw new ImportError(`--${name} <value> is required (see --help)`);
    return value;
  };
  const quarter = str('quarter');
  try {
    parseQuarter(quarter);
  } catch (error) {
    throw new ImportError((error as Error).message);
  }
  const dataDir = resolve(typeof args['data-dir'] === 'string' ? args['data-dir'] : join(root, 'data'));
  const extra = typeof args.codes === 'string' ? args.codes.split(',').map((c) => c.trim().toUpperCase()).filter((c) => c !== '') : [];
  for (const c of extra) if (!/^[A-Z0-9]\d{3}[A-Z0-9]$/.test(c)) throw new ImportError(`--codes: ${JSON.stringify(c)} is not a HCPCS code`);
  const wanted = new Set([...listCodes().map((c) => c.code), ...extra]);
  const keep = (code: string) => wanted.has(code);

  const read = (option: string) => {
    const path = str(option);
    const bytes = readFileSync(path);
    return { text: decodeCmsText(bytes), source: { file: basename(path), sha256: createHash('sha256').update(bytes).digest('hex') } };
  };
  const files = new Map<string, PricingFile>();
  try {
    const dmepos = read('dmepos');
    const pen = read('pen');
    const rural = read('rural');
    const asp = read('asp');
    const results = [
      readFeeFile('dmepos', dmepos.text, { id: 'cms-dmepos-fee-schedule', ...dmepos.source }, quarter, keep),
      readFeeFile('pen', pen.text, { id: 'cms-dmepos-fee-schedule', ...pen.source }, quarter, keep),
      readRuralZipFile(rural.text, { id: 'cms-dmepos-fee-schedule', ...rural.source }, quarter),
      readAspFile(asp.text, { id: 'cms-asp-pricing-files', ...asp.source }, quarter, keep),
    ];
    for (const result of results) {
      files.set(result.file.kind, result.file);
      const count = 'rows' in result.file ? `${result.file.rows.length} rows kept` : `${Object.values(result.file.zips).join(' ').split(' ').length} rural ZIP codes`;
      log(`${result.file.kind}: ${result.file.source.file} (sha256 ${result.file.source.sha256}): ${count}; ${result.skipped} other codes left out`);
      for (const note of result.notes) log(`  note: ${note}`);
    }
  } catch (error) {
    if (error instanceof PricingFileError) throw new ImportError(`${error.message}; nothing written`);
    throw error;
  }
  for (const c of extra) {
    const found = [...files.values()].some((f) => 'rows' in f && (f.rows as { hcpcs: string }[]).some((r) => r.hcpcs === c));
    if (!found) log(`  note: --codes ${c} is in none of the files`);
  }

  // The same schema and checks as the data build, before anything is written.
  const names = { dmepos: 'dmepos.json', pen: 'pen.json', 'rural-zip': 'rural-zip.json', asp: 'asp.json' } as const;
  const checked = [...files.values()].map((content) => {
    const parsed = pricingFileSchema.safeParse(content);
    if (!parsed.success) throw new ImportError(`${content.kind}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}; nothing written`);
    return { path: `data/pricing/${quarter}/${names[content.kind]}`, content: parsed.data };
  });
  const tables = composeQuarter(
    quarter,
    checked,
    (id, section) => {
      const source = registry().get(id);
      if (!source) throw new ImportError(`source id ${id} is not in data/sources/`);
      return { id, title: source.title, url: source.url, section };
    },
    (file, record, field, message) => {
      throw new ImportError(`${file}: ${record}: ${field}: ${message}; nothing written`);
    },
  );

  const previousQuarter = previousQuarterOf(dataDir, quarter);
  let warnings: string[] = [];
  if (previousQuarter) {
    const previous = new Map<string, PricingFile>();
    for (const [kind, name] of Object.entries(names)) {
      const path = join(dataDir, 'pricing', previousQuarter, name);
      if (existsSync(path)) previous.set(kind, JSON.parse(readFileSync(path, 'utf8')) as PricingFile);
    }
    warnings = plausibilityWarnings(previous, files, previousQuarter);
    log(`compared with ${previousQuarter}: ${warnings.length} change(s) beyond ±25%`);
  } else log('no earlier quarter held to compare with');
  for (const warning of warnings) log(`  warning: ${warning}`);

  // Atomic: write a sibling temporary folder, then swap it in.
  const dir = join(dataDir, 'pricing', quarter);
  const temporary = `${dir}.tmp-${process.pid}`;
  const backup = `${dir}.old-${process.pid}`;
  rmSync(temporary, { recursive: true, force: true });
  mkdirSync(temporary, { recursive: true });
  for (const [kind, content] of files) writeFileSync(join(temporary, names[kind as keyof typeof names]), `${JSON.stringify(content, null, 1)}\n`);
  if (existsSync(dir)) renameSync(dir, backup);
  renameSync(temporary, dir);
  rmSync(backup, { recursive: true, force: true });
  log(`wrote ${dir}/ (${Object.values(names).join(', ')})`);

  if (typeof args['tables-out'] === 'string') {
    writeFileSync(args['tables-out'], `${JSON.stringify(tables)}\n`);
    log(`wrote ${args['tables-out']} (PricingTables for ${quarter})`);
  }
  if (args['no-build'] !== true) {
    const build = spawnSync('npm', ['run', 'build:data'], { cwd: root, stdio: 'inherit' });
    if (build.status !== 0) throw new ImportError('npm run build:data failed; the imported files are kept for you to inspect');
  }
  return { dir, files, warnings };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    runImport(process.argv.slice(2));
  } catch (error) {
    if (error instanceof ImportError) {
      console.error(`import-pricing: ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
}
