import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allRecords } from '../../src/catalog/lookup.js';
import { coverageModel } from '../../src/coverage/index.js';
import { dmeposFee, drugPaymentLimit, listSources, MedicareInputError } from '../../src/index.js';
import { exportTables, sqlString } from '../../scripts/lib/warehouse-export.js';
import { schemaMarkdown, WAREHOUSE_TABLES } from '../../scripts/lib/warehouse-tables.js';
import { parseExportArgs } from '../../scripts/export-tables.js';

function inputError(fn: () => unknown): MedicareInputError {
  try {
    fn();
  } catch (error) {
    if (error instanceof MedicareInputError) return error;
    throw error;
  }
  throw new Error('expected a MedicareInputError');
}
async function inputErrorAsync(fn: () => Promise<unknown>): Promise<MedicareInputError> {
  try {
    await fn();
  } catch (error) {
    if (error instanceof MedicareInputError) return error;
    throw error;
  }
  throw new Error('expected a MedicareInputError');
}

let work: string;
let out: string;
let instance: DuckDBInstance;
let db: DuckDBConnection;
const rows = async (sql: string) => (await db.runAndReadAll(sql)).getRowObjectsJson() as Record<string, unknown>[];
const parquet = (table: string) => `read_parquet(${sqlString(join(out, `${table}.parquet`))})`;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'mhi-export-test-'));
  out = join(work, 'tables');
  await exportTables({ outDir: out });
  instance = await DuckDBInstance.create(':memory:');
  db = await instance.connect();
});
afterAll(() => {
  db?.closeSync();
  instance?.closeSync();
  rmSync(work, { recursive: true, force: true });
});

describe('export:tables', () => {
  it('writes every table as Parquet and CSV, and the schema README, and nothing else', () => {
    const expected = WAREHOUSE_TABLES.flatMap((t) => [`${t.name}.csv`, `${t.name}.parquet`]).concat('README.md').sort();
    expect(readdirSync(out).sort()).toEqual(expected);
    expect(readFileSync(join(out, 'README.md'), 'utf8')).toBe(schemaMarkdown());
    expect(readdirSync(work)).toEqual(['tables']); // no temporary directory left behind
  });

  it('round-trips: each Parquet file has the declared column types and, cell for cell, the library rows', async () => {
    for (const table of WAREHOUSE_TABLES) {
      const described = await rows(`DESCRIBE SELECT * FROM ${parquet(table.name)}`);
      expect(described.map((d) => [d.column_name, d.column_type]), table.name).toEqual(table.columns.map((c) => [c.name, c.type]));
      const back = await rows(`SELECT ${table.columns.map((c) => `CAST("${c.name}" AS VARCHAR) AS "${c.name}"`).join(', ')} FROM ${parquet(table.name)}`);
      const expected = table.rows().map((row) => Object.fromEntries(table.columns.map((c, i) => [c.name, row[i] === null ? null : String(row[i])])));
      expect(back, table.name).toEqual(expected);
      const csvCount = await rows(`SELECT COUNT(*) AS n FROM read_csv(${sqlString(join(out, `${table.name}.csv`))}, header = true, all_varchar = true)`);
      expect(Number(csvCount[0]!.n), `${table.name}.csv`).toBe(expected.length);
    }
  });

  it('holds the library data: catalog records, coverage rules, citations, fees and ASP limits as the API answers them', async () => {
    expect(Number((await rows(`SELECT COUNT(*) AS n FROM ${parquet('catalog_codes')}`))[0]!.n)).toBe(allRecords().length);
    expect(Number((await rows(`SELECT COUNT(*) AS n FROM ${parquet('coverage_rules')}`))[0]!.n)).toBe(coverageModel().rules.length);
    // Every citation id of every table resolves in the citations table, and that table is the registry.
    const registry = listSources().map((s) => s.id);
    expect((await rows(`SELECT citation_id FROM ${parquet('citations')}`)).map((r) => r.citation_id)).toEqual(registry);
    for (const table of WAREHOUSE_TABLES.filter((t) => t.columns.some((c) => c.name === 'citation_ids'))) {
      const cited = await rows(`SELECT DISTINCT UNNEST(string_split(citation_ids, ';')) AS id FROM ${parquet(table.name)}`);
      expect(cited.length, table.name).toBeGreaterThan(0);
      for (const { id } of cited) expect(registry, `${table.name}: ${String(id)}`).toContain(String(id));
    }

    const fees = await rows(`SELECT hcpcs, state, CAST(fee_non_rural * 100 AS BIGINT) AS cents FROM ${parquet('fee_schedule')}
      WHERE schedule = 'dmepos' AND modifier_count = 0 AND catg = 'SU' ORDER BY hcpcs, state`);
    expect(fees.length).toBeGreaterThan(50);
    for (const f of fees) {
      const fee = dmeposFee({ hcpcs: String(f.hcpcs), dateOfService: '2025-02-01', state: String(f.state), rural: false });
      expect(fee.fee.cents, `${f.hcpcs} ${f.state}`).toBe(Number(f.cents));
    }
    const asp = await rows(`SELECT hcpcs, CAST(payment_limit AS VARCHAR) AS limit_text, dosage FROM ${parquet('asp_limits')}`);
    expect(asp.length).toBeGreaterThan(10);
    for (const a of asp) {
      const limit = drugPaymentLimit({ hcpcs: String(a.hcpcs), dateOfService: '2025-02-01' });
      expect([limit.limitPerUnit.dollars, limit.billingUnit], String(a.hcpcs)).toEqual([a.limit_text, a.dosage]);
    }
  });

  it('keeps money exact: DECIMAL columns, never floating point', () => {
    for (const table of WAREHOUSE_TABLES) {
      for (const c of table.columns) expect(['FLOAT', 'DOUBLE', 'REAL']).not.toContain(c.type);
    }
  });

  it('docs/warehouse.md is the generated schema (run `npm run export:tables -- --schema docs/warehouse.md`)', () => {
    expect(readFileSync('docs/warehouse.md', 'utf8')).toBe(schemaMarkdown());
  });
});

describe('export:tables arguments and out dir', () => {
  it('reads the command line and names a bad argument', () => {
    expect(parseExportArgs(['out'])).toEqual({ outDir: 'out', force: false });
    expect(parseExportArgs(['out', '--force'])).toEqual({ outDir: 'out', force: true });
    expect(parseExportArgs(['--schema', 'x.md'])).toEqual({ force: false, schema: 'x.md' });
    expect(inputError(() => parseExportArgs([]))).toMatchObject({ code: 'INVALID_INPUT', field: 'outDir' });
    expect(inputError(() => parseExportArgs(['a', 'b']))).toMatchObject({ code: 'INVALID_INPUT', field: 'outDir' });
    expect(inputError(() => parseExportArgs(['out', '--froce']))).toMatchObject({ code: 'INVALID_INPUT', field: '--froce' });
    expect(inputError(() => parseExportArgs(['--schema']))).toMatchObject({ code: 'INVALID_INPUT', field: '--schema' });
    expect(inputError(() => parseExportArgs(['--schema', 'x.md', 'out']))).toMatchObject({ code: 'INVALID_INPUT', field: '--schema' });
  });

  it('refuses a non-empty out dir without force and leaves it untouched; replaces it with force', async () => {
    const dir = join(work, 'busy');
    mkdirSync(dir);
    writeFileSync(join(dir, 'keep.txt'), 'mine');
    const error = await inputErrorAsync(() => exportTables({ outDir: dir }));
    expect(error).toMatchObject({ code: 'INVALID_INPUT', field: 'outDir' });
    expect(error.message).toContain('--force');
    expect(readdirSync(dir)).toEqual(['keep.txt']);
    await exportTables({ outDir: dir, force: true });
    expect(existsSync(join(dir, 'keep.txt'))).toBe(false);
    expect(existsSync(join(dir, 'catalog_codes.parquet'))).toBe(true);
  });

  it('refuses a file, a missing parent and a bad force value, naming the field', async () => {
    const file = join(work, 'file.txt');
    writeFileSync(file, 'x');
    expect(await inputErrorAsync(() => exportTables({ outDir: file, force: true }))).toMatchObject({ field: 'outDir' });
    expect(await inputErrorAsync(() => exportTables({ outDir: join(work, 'no', 'such') }))).toMatchObject({ field: 'outDir' });
    expect(await inputErrorAsync(() => exportTables({ outDir: '' }))).toMatchObject({ field: 'outDir' });
    // --force never removes the working directory, a directory holding it, or a repository.
    expect(await inputErrorAsync(() => exportTables({ outDir: '.', force: true }))).toMatchObject({ field: 'outDir' });
    expect(await inputErrorAsync(() => exportTables({ outDir: '..', force: true }))).toMatchObject({ field: 'outDir' });
    const repo = join(work, 'repo');
    mkdirSync(join(repo, '.git'), { recursive: true });
    expect(await inputErrorAsync(() => exportTables({ outDir: repo, force: true }))).toMatchObject({ field: 'outDir' });
    expect(existsSync(join(repo, '.git'))).toBe(true);
    expect(await inputErrorAsync(() => exportTables({ outDir: join(work, 'new'), force: 'yes' as never }))).toMatchObject({ field: 'force' });
  });
});
