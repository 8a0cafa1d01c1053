/**
 * Writes the warehouse tables (scripts/lib/warehouse-tables.ts) to a directory as Parquet and CSV,
 * through DuckDB: each table is created with its declared column types, filled by casting the
 * library's exact text (dates, decimal money) to them, and copied out. The directory is written
 * atomically: into a temporary sibling, renamed into place when every file is complete.
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { invalidInput } from '../../src/core/errors.js';
import { schemaMarkdown, WAREHOUSE_TABLES, type TableDefinition } from './warehouse-tables.js';

export interface ExportOptions {
  /** The directory to write; created, or replaced when `force` is set. */
  readonly outDir: string;
  /** Replace an existing non-empty `outDir`. */
  readonly force?: boolean;
}

export interface ExportedTable {
  readonly table: string;
  readonly rows: number;
  readonly parquetBytes: number;
  readonly csvBytes: number;
}

/** A SQL string literal. */
export const sqlString = (text: string): string => `'${text.replace(/'/g, "''")}'`;
const ident = (name: string): string => `"${name}"`;

/** Creates and fills one table in DuckDB: a VARCHAR staging table, cast once to the declared types. */
export async function loadTable(connection: DuckDBConnection, table: TableDefinition): Promise<number> {
  const stage = `stage_${table.name}`;
  await connection.run(`CREATE TABLE ${stage} (row_no INTEGER, ${table.columns.map((c) => `${ident(c.name)} VARCHAR`).join(', ')})`);
  const rows = table.rows();
  const appender = await connection.createAppender(stage);
  rows.forEach((row, i) => {
    if (row.length !== table.columns.length) throw new Error(`${table.name}: row ${i} has ${row.length} cells for ${table.columns.length} columns`);
    appender.appendInteger(i);
    for (const cell of row) {
      if (cell === null) appender.appendNull();
      else appender.appendVarchar(String(cell));
    }
    appender.endRow();
  });
  appender.closeSync();
  const casts = table.columns.map((c) => `CAST(${ident(c.name)} AS ${c.type}) AS ${ident(c.name)}`).join(', ');
  await connection.run(`CREATE TABLE ${ident(table.name)} AS SELECT ${casts} FROM ${stage} ORDER BY row_no`);
  await connection.run(`DROP TABLE ${stage}`);
  return rows.length;
}

function checkOutDir(outDir: unknown, force: unknown): string {
  if (typeof outDir !== 'string' || outDir.trim() === '') invalidInput('outDir', 'give the directory to write, e.g. `npm run export:tables -- out/tables`');
  if (force !== undefined && typeof force !== 'boolean') invalidInput('force', `must be true or false, got ${String(force)}`);
  const path = resolve(outDir);
  // --force replaces the directory: never the working directory, one holding it, or a repository.
  const cwd = process.cwd();
  if (cwd === path || cwd.startsWith(path.endsWith(sep) ? path : path + sep) || existsSync(join(path, '.git'))) {
    invalidInput('outDir', `${outDir} is the working directory, holds it, or is a git repository; give a directory of its own`);
  }
  if (existsSync(path)) {
    if (!statSync(path).isDirectory()) invalidInput('outDir', `${outDir} exists and is not a directory`);
    if (readdirSync(path).length > 0 && force !== true) invalidInput('outDir', `${outDir} exists and is not empty; pass --force to replace it`);
  }
  if (!existsSync(dirname(path))) invalidInput('outDir', `the parent directory of ${outDir} does not exist`);
  return path;
}

/** Writes every table as `<table>.parquet` and `<table>.csv`, and the schema as README.md, into `outDir`. */
export async function exportTables(options: ExportOptions): Promise<readonly ExportedTable[]> {
  const out = checkOutDir(options?.outDir, options?.force);
  const temp = join(dirname(out), `.${basename(out)}.tmp-${process.pid}`);
  rmSync(temp, { recursive: true, force: true });
  mkdirSync(temp);
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    const written: ExportedTable[] = [];
    for (const table of WAREHOUSE_TABLES) {
      const rows = await loadTable(connection, table);
      const parquet = join(temp, `${table.name}.parquet`);
      const csv = join(temp, `${table.name}.csv`);
      await connection.run(`COPY ${ident(table.name)} TO ${sqlString(parquet)} (FORMAT parquet, COMPRESSION zstd)`);
      await connection.run(`COPY ${ident(table.name)} TO ${sqlString(csv)} (FORMAT csv, HEADER true)`);
      written.push({ table: table.name, rows, parquetBytes: statSync(parquet).size, csvBytes: statSync(csv).size });
    }
    writeFileSync(join(temp, 'README.md'), schemaMarkdown());
    rmSync(out, { recursive: true, force: true });
    renameSync(temp, out);
    return written;
  } catch (error) {
    rmSync(temp, { recursive: true, force: true });
    throw error;
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}
