/**
 * `npm run export:tables -- <outdir> [--force]`: the coverage model, catalog, claim-rule facts, fee
 * schedules, ASP quarters and citations as Parquet and CSV, one file per table, with a schema README.
 * `npm run export:tables -- --schema <file>`: writes only the schema README (docs/warehouse.md).
 * See docs/warehouse.md.
 */
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { MedicareInputError, invalidInput } from '../src/core/errors.js';
import { exportTables } from './lib/warehouse-export.js';
import { schemaMarkdown } from './lib/warehouse-tables.js';

const USAGE = 'usage: npm run export:tables -- <outdir> [--force]   |   npm run export:tables -- --schema <file>';

export interface ExportArgs {
  readonly outDir?: string;
  readonly force: boolean;
  readonly schema?: string;
}

/** Reads the command line; a bad argument throws INVALID_INPUT naming it. */
export function parseExportArgs(argv: readonly string[]): ExportArgs {
  let outDir: string | undefined;
  let schema: string | undefined;
  let force = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--force') force = true;
    else if (arg === '--schema') {
      const file = argv[++i];
      if (file === undefined || file.startsWith('--')) invalidInput('--schema', `needs a file name. ${USAGE}`);
      schema = file;
    } else if (arg.startsWith('-')) invalidInput(arg, `unknown option. ${USAGE}`);
    else if (outDir !== undefined) invalidInput('outDir', `one out dir only, got ${outDir} and ${arg}. ${USAGE}`);
    else outDir = arg;
  }
  if (schema !== undefined) {
    if (outDir !== undefined || force) invalidInput('--schema', `writes the schema only; give no out dir or --force with it. ${USAGE}`);
    return { force, schema };
  }
  if (outDir === undefined) invalidInput('outDir', `missing. ${USAGE}`);
  return { outDir, force };
}

async function main(): Promise<void> {
  const args = parseExportArgs(process.argv.slice(2));
  if (args.schema !== undefined) {
    writeFileSync(args.schema, schemaMarkdown());
    console.log(`export-tables: schema written to ${args.schema}`);
    return;
  }
  const started = performance.now();
  const tables = await exportTables({ outDir: args.outDir as string, force: args.force });
  for (const t of tables) {
    console.log(`${t.table.padEnd(26)} ${String(t.rows).padStart(7)} rows  parquet ${String(t.parquetBytes).padStart(8)} B  csv ${String(t.csvBytes).padStart(9)} B`);
  }
  const total = tables.reduce((sum, t) => sum + t.parquetBytes + t.csvBytes, 0);
  console.log(`export-tables: ${tables.length} tables written to ${args.outDir} (${total} bytes) in ${Math.round(performance.now() - started)} ms`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    if (error instanceof MedicareInputError) {
      console.error(`export-tables: ${error.code} ${error.message}`);
      process.exit(2);
    }
    throw error;
  });
}
