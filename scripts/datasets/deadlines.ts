import { z } from 'zod';
import { citationRefSchema, emitFrozenConst, isoDateSchema, type DatasetDefinition } from '../lib/dataset.js';
import type { DeadlineRules } from '../../src/deadlines/types.js';

const days = z.number().int().positive().max(400);
const levelSchema = z
  .object({
    level: z.enum(['redetermination', 'reconsideration', 'alj', 'council', 'court']),
    title: z.string().min(1),
    filingDays: days,
    receiptPresumedDays: z.number().int().min(0).max(30),
    citations: z.array(citationRefSchema).min(1),
  })
  .strict();

const schema = z
  .object({
    appealLevels: z.array(levelSchema).length(5),
    refill: z
      .object({
        contactDaysBeforeEnd: days,
        deliveryDaysBeforeEnd: days,
        from: isoDateSchema,
        citations: z.array(citationRefSchema).min(1),
      })
      .strict(),
    timelyFiling: z
      .object({ years: z.number().int().positive(), from: isoDateSchema, citations: z.array(citationRefSchema).min(1) })
      .strict(),
    adrResponse: z.object({ days, upicDays: days, citations: z.array(citationRefSchema).min(1) }).strict(),
  })
  .strict();
type Input = z.infer<typeof schema>;

/** Deadline rules: appeal levels, refill window, timely filing, ADR response (data/deadlines/rules.json). */
export const dataset: DatasetDefinition<Input, DeadlineRules> = {
  name: 'deadline-rules',
  input: 'data/deadlines/rules.json',
  schema,
  build(files, ctx) {
    const file = files[0]!;
    const c = file.content;
    const order = ['redetermination', 'reconsideration', 'alj', 'council', 'court'];
    c.appealLevels.forEach((l, i) => {
      if (l.level !== order[i]) ctx.fail(file.path, `appealLevels[${i}]`, 'level', `expected '${order[i]}' here (levels in appeal order)`);
    });
    if (c.refill.deliveryDaysBeforeEnd >= c.refill.contactDaysBeforeEnd) {
      ctx.fail(file.path, 'refill', 'deliveryDaysBeforeEnd', 'delivery window must be shorter than the contact window');
    }
    return {
      appealLevels: c.appealLevels.map((l, i) => ({ ...l, citations: ctx.cite(l.citations, `${file.path} appealLevels[${i}]`) })),
      refill: { ...c.refill, citations: ctx.cite(c.refill.citations, `${file.path} refill`) },
      timelyFiling: { ...c.timelyFiling, citations: ctx.cite(c.timelyFiling.citations, `${file.path} timelyFiling`) },
      adrResponse: { ...c.adrResponse, citations: ctx.cite(c.adrResponse.citations, `${file.path} adrResponse`) },
    };
  },
  output: 'deadline-rules.ts',
  emit(value) {
    return emitFrozenConst({
      name: 'DEADLINE_RULES',
      loader: 'loadDeadlineRules',
      type: 'DeadlineRules',
      typeImports: [{ names: ['DeadlineRules'], from: '../deadlines/types.js' }],
      value,
    });
  },
};
