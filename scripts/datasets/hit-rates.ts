import { z } from 'zod';
import { citationRefSchema, isoDateSchema, dataLiteral, type DatasetDefinition, type ResolvedCitation } from '../lib/dataset.js';
import { HIT_CODE_INFO, HIT_CODES, PERMANENT_START } from '../../src/hit/codes.js';

/**
 * HIT national unadjusted payment amounts: data/hit-rates/<year>.json, one file per calendar year.
 * Checks: the file name is the year; only HIT G-codes that exist that year (2019–2020: G0068–G0070
 * only, SSA §1834(u)(7); 2021 on: all six, 42 CFR 414.1550); whole non-negative cents; initial ≥
 * subsequent in each category (42 CFR 414.1550(c)(4)); a `derived` table states its derivation;
 * an imported table records its input file's URL, retrieval date and SHA-256.
 */
export const hitRateFileSchema = z
  .object({
    year: z.number().int().min(2019).max(2199),
    status: z.enum(['published', 'derived']),
    rates: z.record(z.string().regex(/^G00\d\d$/), z.number().int().nonnegative()),
    citations: z.array(citationRefSchema).min(1),
    derivation: z.string().min(1).optional(),
    source: z
      .object({
        url: z.string().url(),
        retrieved: isoDateSchema,
        sha256: z.string().regex(/^[0-9a-f]{64}$/),
        file: z.string().min(1).optional(),
      })
      .strict()
      .optional(),
    note: z.string().min(1).optional(),
  })
  .strict();

export type HitRateFile = z.infer<typeof hitRateFileSchema>;

/** What the runtime receives per year. */
export interface BuiltHitRateTable {
  year: number;
  status: 'published' | 'derived';
  rates: Record<string, number>;
  citations: ResolvedCitation[];
  derivation?: string;
}

/** The cross-checks of one rate file; `fail(record, field, message)` reports a problem. */
export function checkHitRateFile(
  path: string,
  content: HitRateFile,
  fail: (record: string, field: string, message: string) => never,
): void {
  const name = /(\d{4})\.json$/.exec(path)?.[1];
  if (name !== undefined && Number(name) !== content.year) {
    fail(`year ${content.year}`, 'year', `file is named ${name}.json but holds year ${content.year}`);
  }
  const expected = [...HIT_CODE_INFO.values()]
    .filter((info) => info.from <= `${content.year}-12-31`)
    .map((info) => info.code)
    .sort();
  for (const code of Object.keys(content.rates)) {
    const info = HIT_CODE_INFO.get(code);
    if (!info) fail(code, 'rates', `${code} is not a HIT G-code (G0068-G0070, G0088-G0090)`);
    if (info.from > `${content.year}-12-31`) {
      fail(code, 'rates', `${code} does not exist in ${content.year} (first date of service ${info.from})`);
    }
  }
  for (const code of expected) {
    if (content.rates[code] === undefined) fail(code, 'rates', `missing: a ${content.year} table needs ${expected.join(', ')}`);
  }
  if (`${content.year}-01-01` >= PERMANENT_START) {
    for (const category of [1, 2, 3] as const) {
      const initial = content.rates[HIT_CODES[category].initial] ?? 0;
      const subsequent = content.rates[HIT_CODES[category].subsequent] ?? 0;
      if (initial < subsequent) {
        fail(HIT_CODES[category].initial, 'rates', `initial-visit amount ${initial} is below subsequent ${subsequent} (42 CFR 414.1550(c)(4) sets the first visit higher)`);
      }
    }
  }
  if (content.status === 'derived' && !content.derivation) {
    fail(`year ${content.year}`, 'derivation', 'a derived table must state its derivation');
  }
}

export const dataset: DatasetDefinition<HitRateFile, BuiltHitRateTable[]> = {
  name: 'hit-rates',
  order: 20,
  input: 'data/hit-rates',
  schema: hitRateFileSchema as z.ZodType<HitRateFile>,
  build(files, ctx) {
    const seen = new Set<number>();
    return files
      .map((file) => {
        const content = file.content;
        checkHitRateFile(file.path, content, (record, field, message) => ctx.fail(file.path, record, field, message));
        // The importer refuses a future retrieval date; a hand edit is caught here (the build's date).
        const today = new Date().toISOString().slice(0, 10);
        if (content.source && content.source.retrieved > today) {
          ctx.fail(file.path, `year ${content.year}`, 'source.retrieved', `${content.source.retrieved} is after today (${today})`);
        }
        if (seen.has(content.year)) ctx.fail(file.path, `year ${content.year}`, 'year', 'duplicate year');
        seen.add(content.year);
        const rates: Record<string, number> = {};
        for (const code of Object.keys(content.rates).sort()) rates[code] = content.rates[code] as number;
        return {
          year: content.year,
          status: content.status,
          rates,
          citations: ctx.cite(content.citations, `${file.path}: record year ${content.year}: field citations`),
          ...(content.derivation ? { derivation: content.derivation } : {}),
        };
      })
      .sort((a, b) => a.year - b.year);
  },
  output: 'hit-rates.ts',
  emit(value) {
    // Annotated pure so a bundler drops the table when only hitCode/hitVisitType are imported.
    return [
      '// Generated by scripts/build-data.ts from data/hit-rates/. Do not edit: edit the data and rebuild.',
      "import { deepFreeze } from '../core/freeze.js';",
      "import type { HitRateTable } from '../hit/types.js';",
      '',
      `export const HIT_RATE_TABLES: readonly (HitRateTable & { readonly derivation?: string })[] = /* @__PURE__ */ deepFreeze(${dataLiteral(value)});`,
      '',
    ].join('\n');
  },
};
