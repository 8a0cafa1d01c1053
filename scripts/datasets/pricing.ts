import { z } from 'zod';
import { emitFrozenConst, type BuildContext, type DataFile, type DatasetDefinition, type ResolvedCitation } from '../lib/dataset.js';
import type { PricingTables } from '../../src/pricing/types.js';
import { parseQuarter, type AspFile, type FeeFile, type PricingFileSource, type RuralZipFile } from '../lib/pricing-files.js';

/**
 * CMS pricing files by quarter: data/pricing/<quarter>/{dmepos,pen,rural-zip,asp}.json, written by
 * scripts/import-pricing.ts from CMS's DMEPOS, PEN, rural ZIP and ASP files. Checks: all four files
 * per quarter, each naming the quarter of its folder; amounts as published decimal text; one row per
 * code and modifiers; citations resolve; quarters do not overlap.
 */
const dollars2 = z.string().regex(/^\d+\.\d{2}$/, "dollars with two decimals as published, e.g. '301.20'");
const dollars3 = z.string().regex(/^\d+\.\d{3}$/, "three decimals as published, e.g. '13.637'");
const code = z.string().regex(/^[A-Z0-9]\d{3}[A-Z0-9]$/, 'a HCPCS code');
const quarter = z.string().regex(/^\d{4}Q[1-4]$/);
const source = z
  .object({
    id: z.string().min(1),
    file: z.string().min(1),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    banner: z.array(z.string()),
  })
  .strict();
const feeRow = z
  .object({
    hcpcs: code,
    modifiers: z.array(z.string().regex(/^[A-Z0-9]{2}$/)).max(2),
    juris: z.string().regex(/^[DLJ]$/, 'D, L or J (DMEREAD)').optional(),
    catg: z.string().regex(/^[A-Z]{2}$/).optional(),
    ceiling: dollars2.optional(),
    floor: dollars2.optional(),
    fees: z.record(z.string().regex(/^[A-Z]{2}$/), z.tuple([dollars2, dollars2])),
    description: z.string(),
  })
  .strict();
const feeFile = z
  .object({ kind: z.enum(['dmepos', 'pen']), quarter, source, states: z.array(z.string().regex(/^[A-Z]{2}$/)).min(1), rows: z.array(feeRow) })
  .strict();
const ruralFile = z
  .object({ kind: z.literal('rural-zip'), quarter, source, zips: z.record(z.string().regex(/^[A-Z]{2}$/), z.string().regex(/^\d{5}( \d{5})*$/)) })
  .strict();
const aspRow = z
  .object({
    hcpcs: code,
    description: z.string(),
    dosage: z.string().min(1),
    paymentLimit: dollars3,
    coinsurancePercent: dollars3,
    notes: z.string().min(1).optional(),
  })
  .strict();
const aspFile = z.object({ kind: z.literal('asp'), quarter, source, rows: z.array(aspRow) }).strict();

export const pricingFileSchema = z.union([feeFile, ruralFile, aspFile]);
export type PricingFile = z.infer<typeof pricingFileSchema>;

const FILE_NAMES = { dmepos: 'dmepos.json', pen: 'pen.json', 'rural-zip': 'rural-zip.json', asp: 'asp.json' } as const;

/** Checks one quarter's four files and composes them into the runtime's {@link PricingTables}. */
export function composeQuarter(
  quarterId: string,
  files: { path: string; content: PricingFile }[],
  cite: (id: string, section: string, where: string) => ResolvedCitation,
  fail: (file: string, record: string, field: string, message: string) => never,
): PricingTables {
  const byKind = new Map<string, { path: string; content: PricingFile }>();
  for (const file of files) {
    const expected = FILE_NAMES[file.content.kind];
    if (!file.path.endsWith(`/${quarterId}/${expected}`)) fail(file.path, file.content.kind, 'kind', `a ${file.content.kind} file must be named ${quarterId}/${expected}`);
    if (file.content.quarter !== quarterId) fail(file.path, file.content.kind, 'quarter', `holds ${file.content.quarter}, but sits in folder ${quarterId}`);
    byKind.set(file.content.kind, file);
  }
  for (const kind of Object.keys(FILE_NAMES)) {
    if (!byKind.has(kind)) fail(`data/pricing/${quarterId}`, quarterId, kind, `missing ${FILE_NAMES[kind as keyof typeof FILE_NAMES]} (import all four files with scripts/import-pricing.ts)`);
  }
  const resolve = (file: { path: string; content: PricingFile }): PricingTables['asp']['source'] => {
    const s: PricingFileSource = file.content.source;
    return { citation: cite(s.id, `${quarterId}: ${s.file}`, `${file.path}: field source.id`), file: s.file, sha256: s.sha256, banner: s.banner };
  };
  const fees = (kind: 'dmepos' | 'pen') => {
    const file = byKind.get(kind) as { path: string; content: FeeFile };
    const seen = new Set<string>();
    file.content.rows.forEach((row, index) => {
      const key = [row.hcpcs, ...row.modifiers].join(' ');
      if (seen.has(key)) fail(file.path, `rows[${index}] (${key})`, 'modifiers', 'a second row for this code and modifiers');
      seen.add(key);
      for (const state of file.content.states) {
        if (!row.fees[state]) fail(file.path, `rows[${index}] (${key})`, 'fees', `no amounts for state ${state}`);
      }
      if (kind === 'dmepos' && (row.juris === undefined || row.catg === undefined)) fail(file.path, `rows[${index}] (${key})`, 'catg', 'a DMEPOS row needs JURIS and CATG');
    });
    return { kind, source: resolve(file), states: file.content.states, rows: file.content.rows };
  };
  const rural = byKind.get('rural-zip') as { path: string; content: RuralZipFile };
  const asp = byKind.get('asp') as { path: string; content: AspFile };
  const aspSeen = new Set<string>();
  asp.content.rows.forEach((row, index) => {
    if (aspSeen.has(row.hcpcs)) fail(asp.path, `rows[${index}] (${row.hcpcs})`, 'hcpcs', 'a second row for this code');
    aspSeen.add(row.hcpcs);
  });
  const { from, to } = parseQuarter(quarterId);
  return {
    quarter: quarterId,
    from,
    to,
    dmepos: fees('dmepos'),
    pen: fees('pen'),
    ruralZip: { kind: 'rural-zip', source: resolve(rural), zips: rural.content.zips },
    asp: { kind: 'asp', source: resolve(asp), rows: asp.content.rows },
  };
}

export function buildPricing(files: DataFile<PricingFile>[], ctx: Pick<BuildContext, 'cite' | 'fail'>): PricingTables[] {
  const byQuarter = new Map<string, { path: string; content: PricingFile }[]>();
  for (const file of files) {
    const match = /data\/pricing\/(\d{4}Q[1-4])\/[^/]+\.json$/.exec(file.path);
    if (!match) ctx.fail(file.path, '(file)', 'path', 'pricing files live in data/pricing/<quarter>/, e.g. data/pricing/2025Q1/dmepos.json');
    const list = byQuarter.get(match[1] as string) ?? [];
    list.push(file);
    byQuarter.set(match[1] as string, list);
  }
  const cite = (id: string, section: string, where: string) => ctx.cite([{ source: id, section }], where)[0] as ResolvedCitation;
  return [...byQuarter.keys()].sort().map((q) => composeQuarter(q, byQuarter.get(q) as { path: string; content: PricingFile }[], cite, ctx.fail));
}

export const dataset: DatasetDefinition<PricingFile, PricingTables[]> = {
  name: 'pricing',
  order: 30,
  input: 'data/pricing',
  schema: pricingFileSchema as z.ZodType<PricingFile>,
  build: (files, ctx) => buildPricing(files, ctx),
  output: 'pricing.ts',
  emit(value) {
    return emitFrozenConst({
      name: 'PRICING_QUARTERS',
      loader: 'loadPricingQuarters',
      type: 'readonly PricingTables[]',
      typeImports: [{ names: ['PricingTables'], from: '../pricing/types.js' }],
      value,
    });
  },
};
