import { z } from 'zod';
import { citationRefSchema, emitFrozenConst, isoDateSchema, type DatasetDefinition } from '../lib/dataset.js';
import type { NegotiatedDrugsRecord } from '../../src/parameters/types.js';

const schema = z
  .object({
    year: z.number().int().min(2026).max(2100),
    effectiveFrom: isoDateSchema,
    priceBasis: z.string().min(1),
    nameNote: z.string().min(1),
    citations: z.array(citationRefSchema).min(1),
    drugs: z
      .array(
        z
          .object({
            name: z.string().min(1),
            brand: z.string().min(1),
            maximumFairPriceCents: z.number().int().positive().optional(),
            priceCitations: z.array(citationRefSchema).min(1).optional(),
            priceNote: z.string().min(1).optional(),
          })
          .strict()
          .refine((d) => (d.maximumFairPriceCents === undefined) === (d.priceCitations === undefined), {
            message: 'a price needs its own citations, and citations need a price',
            path: ['priceCitations'],
          }),
      )
      .min(1),
  })
  .strict();
type Input = z.infer<typeof schema>;

/** Drugs under the Medicare Drug Price Negotiation Program, by year: data/negotiated-drugs/<year>.json. */
export const dataset: DatasetDefinition<Input, NegotiatedDrugsRecord[]> = {
  name: 'negotiated-drugs',
  input: 'data/negotiated-drugs',
  schema,
  build(files, ctx) {
    return files
      .map((file) => {
        const c = file.content;
        if (!file.path.endsWith(`/${c.year}.json`)) ctx.fail(file.path, String(c.year), 'year', 'must match the file name');
        if (c.effectiveFrom !== `${c.year}-01-01`) ctx.fail(file.path, String(c.year), 'effectiveFrom', 'must be January 1 of the year');
        const names = new Set<string>();
        const drugs = c.drugs.map((d, i) => {
          if (names.has(d.name)) ctx.fail(file.path, `drugs[${i}] ${d.name}`, 'name', 'listed twice');
          names.add(d.name);
          return {
            name: d.name,
            brand: d.brand,
            ...(d.maximumFairPriceCents !== undefined
              ? {
                  maximumFairPriceCents: d.maximumFairPriceCents,
                  priceCitations: ctx.cite(d.priceCitations ?? [], `${file.path} drugs[${i}]`),
                }
              : {}),
            ...(d.priceNote ? { priceNote: d.priceNote } : {}),
          };
        });
        return { ...c, citations: ctx.cite(c.citations, file.path), drugs };
      })
      .sort((a, b) => a.year - b.year);
  },
  output: 'negotiated-drugs.ts',
  emit(value) {
    return emitFrozenConst({
      name: 'NEGOTIATED_DRUGS',
      loader: 'loadNegotiatedDrugs',
      type: 'readonly NegotiatedDrugsRecord[]',
      typeImports: [{ names: ['NegotiatedDrugsRecord'], from: '../parameters/types.js' }],
      value,
    });
  },
};
