import { z } from 'zod';
import { citationRefSchema, emitFrozenConst, type DatasetDefinition } from '../lib/dataset.js';
import type { ParametersRecord } from '../../src/parameters/types.js';

const amount = z
  .object({ cents: z.number().int().positive(), citations: z.array(citationRefSchema).min(1) })
  .strict();

const schema = z
  .object({
    year: z.number().int().min(2000).max(2100),
    partA: z.object({ deductible: amount }).strict(),
    partB: z
      .object({
        standardPremium: amount,
        deductible: amount,
        coinsurancePercent: z
          .object({
            value: z.number().min(0).max(100),
            status: z.enum(['published', 'derived']),
            derivation: z.string().min(1).optional(),
            citations: z.array(citationRefSchema).min(1),
          })
          .strict()
          .refine((c) => c.status === 'published' || c.derivation !== undefined, 'a derived value needs its derivation'),
      })
      .strict(),
    partD: z.object({ deductible: amount, outOfPocketThreshold: amount }).strict(),
    warnings: z.array(z.string().min(1)),
  })
  .strict();
type Input = z.infer<typeof schema>;

/** Yearly Medicare parameters, one file per year: data/parameters/<year>.json. */
export const dataset: DatasetDefinition<Input, ParametersRecord[]> = {
  name: 'parameters',
  input: 'data/parameters',
  schema,
  build(files, ctx) {
    return files
      .map((file) => {
        const c = file.content;
        if (!file.path.endsWith(`/${c.year}.json`)) ctx.fail(file.path, String(c.year), 'year', 'must match the file name');
        const cite = (a: z.infer<typeof amount>, field: string) => ({
          cents: a.cents,
          citations: ctx.cite(a.citations, `${file.path} ${field}`),
        });
        return {
          year: c.year,
          partA: { deductible: cite(c.partA.deductible, 'partA.deductible') },
          partB: {
            standardPremium: cite(c.partB.standardPremium, 'partB.standardPremium'),
            deductible: cite(c.partB.deductible, 'partB.deductible'),
            coinsurancePercent: {
              ...c.partB.coinsurancePercent,
              citations: ctx.cite(c.partB.coinsurancePercent.citations, `${file.path} partB.coinsurancePercent`),
            },
          },
          partD: {
            deductible: cite(c.partD.deductible, 'partD.deductible'),
            outOfPocketThreshold: cite(c.partD.outOfPocketThreshold, 'partD.outOfPocketThreshold'),
          },
          warnings: c.warnings,
        };
      })
      .sort((a, b) => a.year - b.year);
  },
  output: 'parameters.ts',
  emit(value) {
    return emitFrozenConst({
      name: 'PARAMETERS',
      loader: 'loadParameters',
      type: 'readonly ParametersRecord[]',
      typeImports: [{ names: ['ParametersRecord'], from: '../parameters/types.js' }],
      value,
    });
  },
};
