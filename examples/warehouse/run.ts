/**
 * The warehouse example: export the library's tables, load them into DuckDB from Parquet, generate
 * claim lines, classify, check and price them by SQL joins (answers.sql), print the throughput, and
 * check a random sample of lines against classify / checkClaim / priceClaim. Any disagreement is
 * printed with its line and fails the run (exit code 1).
 *
 *   npm run example:warehouse                      # 10,000,000 lines, 10,000 checked
 *   npm run example:warehouse -- --lines 20000 --sample 10000 --seed 7
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { checkClaim, classify, MedicareInputError, priceClaim } from '../../src/index.js';
import { invalidInput } from '../../src/core/errors.js';
import { exportTables, sqlString } from '../../scripts/lib/warehouse-export.js';
import { WAREHOUSE_TABLES } from '../../scripts/lib/warehouse-tables.js';

const HERE = fileURLToPath(new URL('.', import.meta.url));

/** The checkClaim findings answers.sql computes, by the column that holds each. */
export const SQL_FINDINGS = {
  S_CODE_NOT_MEDICARE: 'f_s_code_not_medicare',
  UNITS_OVER_9999: 'f_units_over_9999',
  CODE_INVALID_FOR_MEDICARE: 'f_code_invalid_for_medicare',
  CODE_INVALID_FOR_DME_MAC: 'f_code_invalid_for_dme_mac',
  BILL_TO_AB_MAC: 'f_bill_to_ab_mac',
  UNKNOWN_CODE: 'f_unknown_code',
  NOT_PAYABLE_BY_MEDICARE: 'f_not_payable_by_medicare',
  CODE_NOT_IN_EFFECT: 'f_code_not_in_effect',
  MODIFIER_NOT_IN_EFFECT: 'f_modifier_not_in_effect',
  EIP_MODIFIER_MISSING: 'f_eip_modifier_missing',
  EIP_GA_AND_GZ: 'f_eip_ga_and_gz',
  EIP_KX_WITH_GA_GZ: 'f_eip_kx_with_ga_gz',
} as const;
const COVERED = new Set<string>(Object.keys(SQL_FINDINGS));

export interface WarehouseOptions {
  /** Claim lines to generate. */
  readonly lines: number;
  /** Lines checked against the library. */
  readonly sample: number;
  readonly seed: number;
  readonly log?: (message: string) => void;
}

export interface Mismatch {
  readonly line: Record<string, unknown>;
  readonly what: 'classify' | 'checkClaim' | 'priceClaim';
  readonly sql: string;
  readonly library: string;
}

export interface WarehouseResult {
  readonly lines: number;
  readonly sampled: number;
  readonly generateSeconds: number;
  readonly answerSeconds: number;
  readonly linesPerSecond: number;
  readonly librarySeconds: number;
  readonly mismatches: readonly Mismatch[];
  /** Lines of the sample per answer, to show what was exercised. */
  readonly coverage: Readonly<Record<string, number>>;
}

function wholeNumber(value: unknown, field: string, min: number): number {
  const n = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isSafeInteger(n) || n < min) invalidInput(field, `must be a whole number of at least ${min}, got ${String(value)}`);
  return n;
}

/** Reads `--lines N --sample N --seed N`; a bad argument throws INVALID_INPUT naming it. */
export function parseWarehouseArgs(argv: readonly string[]): Omit<WarehouseOptions, 'log'> {
  const values: Record<string, unknown> = { lines: 10_000_000, sample: 10_000, seed: 20250101 };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const key = arg.replace(/^--/, '');
    if (!arg.startsWith('--') || !(key in values)) invalidInput(arg, 'unknown argument; use --lines N, --sample N, --seed N');
    if (argv[i + 1] === undefined) invalidInput(arg, 'needs a value');
    values[key] = argv[++i];
  }
  const lines = wholeNumber(values.lines, '--lines', 1);
  const sample = wholeNumber(values.sample, '--sample', 1);
  if (sample > lines) invalidInput('--sample', `must be at most --lines (${lines}), got ${sample}`);
  return { lines, sample, seed: wholeNumber(values.seed, '--seed', 0) };
}

/** Runs a script of `;`-terminated statements (statements end at a `;` that ends a line). */
async function runScript(connection: DuckDBConnection, sql: string): Promise<void> {
  for (const statement of sql.split(/;\s*\n/)) {
    const code = statement.split('\n').filter((l) => !l.trim().startsWith('--')).join('\n').trim();
    if (code !== '') await connection.run(code);
  }
}

const text = (v: unknown): string => (v === null || v === undefined ? '' : String(v));
const seconds = (start: number): number => (performance.now() - start) / 1000;

function libraryClassify(hcpcs: string, dateOfService: string): string {
  try {
    const c = classify({ hcpcs, dateOfService });
    return ['', c.benefit, text(c.billTo), text(c.hitCategory)].join('|');
  } catch (error) {
    if (error instanceof MedicareInputError) return [`${error.code} ${error.field}`, '', '', ''].join('|');
    throw error;
  }
}

function libraryPrice(line: { hcpcs: string; modifiers: string[]; units: number; dateOfService: string; rentalMonth: number }, state: string, rural: boolean): string {
  try {
    const priced = priceClaim({ lines: [line], state, rural, deductibleRemainingCents: 0 }).lines[0]!;
    return ['', priced.basis, text(priced.allowed?.cents), text(priced.medicarePays?.cents), text(priced.beneficiaryPays?.cents)].join('|');
  } catch (error) {
    if (error instanceof MedicareInputError) return [`${error.code} ${error.field}`, '', '', '', ''].join('|');
    throw error;
  }
}

/** Exports the tables, generates and answers `lines` claim lines by SQL, and checks `sample` of them against the library. */
export async function runWarehouseExample(options: WarehouseOptions): Promise<WarehouseResult> {
  const { lines, sample, seed } = parseWarehouseArgs(['--lines', String(options.lines), '--sample', String(options.sample), '--seed', String(options.seed)]);
  const log = options.log ?? (() => {});
  const work = mkdtempSync(join(tmpdir(), 'mhi-warehouse-'));
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    const tablesDir = join(work, 'tables');
    const exported = await exportTables({ outDir: tablesDir });
    log(`exported ${exported.length} tables to ${tablesDir}`);
    for (const table of WAREHOUSE_TABLES) {
      await connection.run(`CREATE TABLE ${table.name} AS SELECT * FROM read_parquet(${sqlString(join(tablesDir, `${table.name}.parquet`))})`);
    }

    let start = performance.now();
    const generate = readFileSync(join(HERE, 'generate.sql'), 'utf8').replaceAll('{{LINES}}', String(lines)).replaceAll('{{SEED}}', String(seed));
    await runScript(connection, generate);
    const generateSeconds = seconds(start);
    log(`generated ${lines.toLocaleString('en-US')} claim lines in ${generateSeconds.toFixed(1)} s`);

    // DuckDB setting, not part of the SQL: rows need not keep insertion order (less memory at 10M lines).
    await connection.run('SET preserve_insertion_order = false');
    start = performance.now();
    await runScript(connection, readFileSync(join(HERE, 'answers.sql'), 'utf8'));
    const answerSeconds = seconds(start);
    const linesPerSecond = lines / answerSeconds;
    log(`classified, checked and priced ${lines.toLocaleString('en-US')} lines by SQL in ${answerSeconds.toFixed(1)} s: ${Math.round(linesPerSecond).toLocaleString('en-US')} lines/s`);

    const reader = await connection.runAndReadAll(
      `SELECT l.*, a.* EXCLUDE (line_id) FROM claim_lines l JOIN wh_answers a ON a.line_id = l.line_id ORDER BY rnd(l.line_id, 13), l.line_id LIMIT ${sample}`,
    );
    const rows = reader.getRowObjectsJson() as Record<string, unknown>[];
    const mismatches: Mismatch[] = [];
    const coverage: Record<string, number> = {};
    start = performance.now();
    for (const row of rows) {
      const hcpcs = String(row.hcpcs);
      const dateOfService = String(row.date_of_service);
      const modifiers = [row.modifier_1, row.modifier_2].filter((m): m is string => typeof m === 'string');
      const units = Number(row.units);
      const state = String(row.state);
      const rural = row.rural === true;

      const sqlClassify = [text(row.classify_error), text(row.benefit), text(row.bill_to), text(row.hit_category)].join('|');
      const libClassify = libraryClassify(hcpcs, dateOfService);
      if (sqlClassify !== libClassify) mismatches.push({ line: row, what: 'classify', sql: sqlClassify, library: libClassify });

      const sqlFindings = Object.entries(SQL_FINDINGS).flatMap(([code, column]) => {
        const v = row[column];
        return Array.from({ length: typeof v === 'boolean' ? Number(v) : Number(v ?? 0) }, () => code);
      }).sort().join(',');
      const libFindings = checkClaim([{ hcpcs, modifiers, units, dateOfService }]).map((f) => f.code).filter((c) => COVERED.has(c)).sort().join(',');
      if (sqlFindings !== libFindings) mismatches.push({ line: row, what: 'checkClaim', sql: sqlFindings, library: libFindings });

      const sqlPrice = [text(row.price_error), text(row.basis), text(row.allowed_cents), text(row.medicare_cents), text(row.beneficiary_cents)].join('|');
      const libPrice = libraryPrice({ hcpcs, modifiers, units, dateOfService, rentalMonth: Number(row.rental_month) }, state, rural);
      if (sqlPrice !== libPrice) mismatches.push({ line: row, what: 'priceClaim', sql: sqlPrice, library: libPrice });

      const key = `${text(row.benefit) || text(row.classify_error)} / ${text(row.basis) || text(row.price_error)}`;
      coverage[key] = (coverage[key] ?? 0) + 1;
      if (row.hit_category !== null) coverage[`hit category ${text(row.hit_category)}`] = (coverage[`hit category ${text(row.hit_category)}`] ?? 0) + 1;
      for (const f of sqlFindings.split(',').filter(Boolean)) coverage[`finding ${f}`] = (coverage[`finding ${f}`] ?? 0) + 1;
    }
    const librarySeconds = seconds(start);
    return { lines, sampled: rows.length, generateSeconds, answerSeconds, linesPerSecond, librarySeconds, mismatches, coverage };
  } finally {
    connection.closeSync();
    instance.closeSync();
    rmSync(work, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const options = parseWarehouseArgs(process.argv.slice(2));
  const result = await runWarehouseExample({ ...options, log: (m) => console.log(m) });
  console.log(`library on the sample: ${result.sampled.toLocaleString('en-US')} lines (classify + checkClaim + priceClaim each) in ${result.librarySeconds.toFixed(1)} s`);
  for (const [key, count] of Object.entries(result.coverage).sort()) console.log(`  ${String(count).padStart(6)}  ${key}`);
  if (result.mismatches.length > 0) {
    for (const m of result.mismatches.slice(0, 20)) {
      console.error(`MISMATCH ${m.what} on line ${JSON.stringify(m.line)}\n  sql:     ${m.sql}\n  library: ${m.library}`);
    }
    console.error(`${result.mismatches.length} disagreements in ${result.sampled} sampled lines`);
    process.exit(1);
  }
  console.log(`sample agreement: ${result.sampled}/${result.sampled} lines (100%) on classify, checkClaim (${COVERED.size} findings) and priceClaim`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    if (error instanceof MedicareInputError) {
      console.error(`example:warehouse: ${error.code} ${error.message}`);
      process.exit(2);
    }
    throw error;
  });
}
