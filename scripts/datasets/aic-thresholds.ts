import { z } from 'zod';
import { citationRefSchema, emitFrozenConst, type DatasetDefinition } from '../lib/dataset.js';
import type { AicThresholdRecord } from '../../src/deadlines/types.js';

const schema = z.array(
  z
    .object({
      year: z.number().int().min(2005).max(2100),
      aljCents: z.number().int().positive(),
      courtCents: z.number().int().positive(),
      citations: z.array(citationRefSchema).min(1),
    })
    .strict(),
);
type Input = z.infer<typeof schema>;

/**
 * Amount-in-controversy thresholds for ALJ hearings and judicial review, one record per calendar
 * year with its Federal Register notice (data/deadlines/aic-thresholds.json). Years without a read
 * notice are absent, so `amountInControversy` throws NO_DATA for them.
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
      return { ...r, citations: ctx.cite(r.citations, `${file.path} ${record}`) };
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
