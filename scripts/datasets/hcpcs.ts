import { z } from 'zod';
import { emitFrozenConst, isoDateSchema, type DatasetDefinition } from '../lib/dataset.js';
import type { HcpcsRelease } from '../import-hcpcs.js';

/**
 * data/hcpcs/<release>.json, written by scripts/import-hcpcs.ts from CMS's Alpha-Numeric HCPCS
 * file: descriptors and dates per catalog code, with the file name, release and SHA-256. Checked
 * here (shape, citation id, dates) and read by the catalog dataset; the runtime module carries only
 * the release metadata.
 */
const entrySchema = z
  .object({
    longDescriptor: z.string().min(1),
    shortDescriptor: z.string().max(28),
    addDate: isoDateSchema,
    actionEffective: z.union([isoDateSchema, z.string().regex(/^\d{4}$/, 'a year YYYY')]),
    terminationDate: isoDateSchema.optional(),
    actionCode: z.string().length(1).optional(),
    coverageCode: z.string().max(1),
    lines: z.number().int().positive(),
  })
  .strict();

const releaseSchema = z
  .object({
    release: z.string().regex(/^\d{4}(-(jan|apr|jul|oct))?-anweb$/),
    appliesFrom: isoDateSchema,
    sourceId: z.string().min(1),
    fileName: z.string().min(1),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    format: z.enum(['fixed-width', 'csv']),
    limitations: z.array(z.string().min(1)).optional(),
    codes: z.record(z.string().regex(/^[A-Z]\d{4}$/), entrySchema),
    notInFile: z.array(z.string()),
  })
  .strict();

export interface HcpcsReleaseInfo {
  release: string;
  appliesFrom: string;
  sourceId: string;
  fileName: string;
  sha256: string;
  format: 'fixed-width' | 'csv';
  codeCount: number;
}

export const dataset: DatasetDefinition<HcpcsRelease, HcpcsRelease[]> = {
  name: 'hcpcs',
  order: 5,
  input: 'data/hcpcs',
  schema: releaseSchema as unknown as z.ZodType<HcpcsRelease>,
  build(files, ctx) {
    const releases = files.map((file) => {
      const release = file.content;
      const expected = `data/hcpcs/${release.release}.json`;
      if (file.path !== expected) ctx.fail(file.path, release.release, 'release', `file should be named ${expected}`);
      const source =
        ctx.sources.get(release.sourceId) ??
        ctx.fail(file.path, release.release, 'sourceId', `unknown source id '${release.sourceId}' (add it to data/sources/)`);
      if (!source.note?.includes(release.sha256)) {
        ctx.fail(file.path, release.release, 'sha256', `source ${release.sourceId} must state this file's SHA-256 in its note`);
      }
      for (const [code, entry] of Object.entries(release.codes)) {
        if (entry.terminationDate && entry.terminationDate < entry.addDate) {
          ctx.fail(file.path, code, 'terminationDate', 'before the add date');
        }
      }
      return release;
    });
    return releases.sort((a, b) => a.appliesFrom.localeCompare(b.appliesFrom));
  },
  output: 'hcpcs-releases.ts',
  emit(value) {
    const info: HcpcsReleaseInfo[] = value.map((r) => ({
      release: r.release,
      appliesFrom: r.appliesFrom,
      sourceId: r.sourceId,
      fileName: r.fileName,
      sha256: r.sha256,
      format: r.format,
      codeCount: Object.keys(r.codes).length,
    }));
    return emitFrozenConst({
      name: 'HCPCS_RELEASES',
      loader: 'loadHcpcsReleases',
      type: 'readonly { readonly release: string; readonly appliesFrom: string; readonly sourceId: string; readonly fileName: string; readonly sha256: string; readonly format: "fixed-width" | "csv"; readonly codeCount: number }[]',
      value: info,
      header: 'CMS Alpha-Numeric HCPCS files the catalog descriptors were imported from.',
    });
  },
};
