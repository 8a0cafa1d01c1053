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

const AMOUNT_FIELDS = ['partA.deductible', 'partB.standardPremium', 'partB.deductible', 'partD.deductible', 'partD.outOfPocketThreshold'] as const;

/**
 * Yearly Medicare parameters, one file per year: data/parameters/<year>.json. Each amount cites
 * the sources it was read in; it is `primary` when one of them is a primary source (data/sources/
 * `kind`), else `secondary`, and then a warning of the file must name the field (e.g.
 * `partD.deductible`), so the result tells the caller. Cite only sources actually read: a primary
 * document known but not read is named in the warning, not cited.
 */
export const dataset: DatasetDefinition<Input, ParametersRecord[]> = {
  name: 'parameters',
  input: 'data/parameters',
  schema,
  build(files, ctx) {
    return files
      .map((file) => {
        const c = file.content;
        if (!file.path.endsWith(`/${c.year}.json`)) ctx.fail(file.path, String(c.year), 'year', 'must match the file name');
        const cite = (a: z.infer<typeof amount>, field: (typeof AMOUNT_FIELDS)[number]) => {
          const citations = ctx.cite(a.citations, `${file.path} ${field}`);
          const basis = citations.some((c) => ctx.sources.get(c.id)?.kind === 'primary') ? ('primary' as const) : ('secondary' as const);
          if (basis === 'secondary' && !c.warnings.some((w) => w.includes(field))) {
            ctx.fail(file.path, String(c.year), field, `cites only secondary sources: add a warning naming ${field} and the primary document not read`);
          }
          return { cents: a.cents, citations, basis };
        };
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
