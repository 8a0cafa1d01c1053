import { z } from 'zod';
import { citationRefSchema, emitFrozenConst, type DatasetDefinition, type ResolvedCitation } from '../lib/dataset.js';
import type { AicThresholdRecord } from '../../src/deadlines/types.js';

const schema = z.array(
  z
    .object({
      year: z.number().int().min(2005).max(2100),
      aljCents: z.number().int().positive(),
      courtCents: z.number().int().positive(),
      /** Where each amount was read. */
      aljCitations: z.array(citationRefSchema).min(1),
      courtCitations: z.array(citationRefSchema).min(1),
      /** The rule (42 CFR 405.1006) and the year's notice where it was not itself read. */
      citations: z.array(citationRefSchema).min(1),
      warnings: z.array(z.string().min(1)).optional(),
    })
    .strict(),
);
type Input = z.infer<typeof schema>;

/**
 * Amount-in-controversy thresholds for ALJ hearings and judicial review, one record per calendar
 * year (data/deadlines/aic-thresholds.json): each amount with the sources it was read in. An amount
 * is `secondary` when none of its sources is primary; the record must then carry a warning naming
 * it ("ALJ" or "judicial review"). Years with no source read are absent (NO_DATA).
 */
export const dataset: DatasetDefinition<Input, AicThresholdRecord[]> = {
  name: 'aic-thresholds',
  input: 'data/deadlines/aic-thresholds.json',
  schema,
  build(files, ctx) {
    const file = files[0]!;
    const years = new Set<number>();
    return file.content.map((r, i) => {
      const record = `[${i}] ${r.year}`;
      if (years.has(r.year)) ctx.fail(file.path, record, 'year', 'listed twice');
      years.add(r.year);
      if (i > 0 && r.year < file.content[i - 1]!.year) ctx.fail(file.path, record, 'year', 'years must be ascending');
      // 42 CFR 405.1006: the ALJ amount is rounded to a multiple of $10.
      if (r.aljCents % 1000 !== 0) ctx.fail(file.path, record, 'aljCents', 'must be a multiple of $10');
      if (r.courtCents % 1000 !== 0) ctx.fail(file.path, record, 'courtCents', 'must be a multiple of $10');
      if (r.courtCents <= r.aljCents) ctx.fail(file.path, record, 'courtCents', 'must exceed the ALJ amount');
      const alj = ctx.cite(r.aljCitations, `${file.path} ${record} aljCitations`);
      const court = ctx.cite(r.courtCitations, `${file.path} ${record} courtCitations`);
      const isPrimary = (list: readonly ResolvedCitation[]) => list.some((c) => ctx.sources.get(c.id)?.kind === 'primary');
      const secondary = [...(isPrimary(alj) ? [] : ['alj' as const]), ...(isPrimary(court) ? [] : ['court' as const])];
      const warnings = r.warnings ?? [];
      for (const [figure, words, field] of [['alj', 'ALJ', 'aljCitations'], ['court', 'judicial review', 'courtCitations']] as const) {
        if (secondary.includes(figure) && !warnings.some((w) => w.includes(words))) {
          ctx.fail(file.path, record, field, `cites only secondary sources: add a warning naming the ${words} amount and the primary document not read`);
        }
      }
      const seen = new Set<string>();
      const citations = [...alj, ...court, ...ctx.cite(r.citations, `${file.path} ${record}`)].filter((c) => {
        const key = `${c.id}|${c.section ?? ''}`;
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      });
      return { year: r.year, aljCents: r.aljCents, courtCents: r.courtCents, citations, secondary, warnings };
    });
  },
  output: 'aic-thresholds.ts',
  emit(value) {
    return emitFrozenConst({
      name: 'AIC_THRESHOLDS',
      loader: 'loadAicThresholds',
      type: 'readonly AicThresholdRecord[]',
      typeImports: [{ names: ['AicThresholdRecord'], from: '../deadlines/types.js' }],
      value,
    });
  },
};
