import { z } from 'zod';
import {
  citationRefSchema,
  emitFrozenConst,
  isoDateSchema,
  type BuildContext,
  type DatasetDefinition,
  type ResolvedCitation,
} from '../lib/dataset.js';

/**
 * Claim-line rule data (data/claims/*.json): the modifiers checkClaim reads, A52507's coding rules
 * (J3490/J7799, drug wastage, codes invalid for the DME MAC, batteries with a rented pump, one K0455),
 * the units cap and the HIT visit rules. What a code is and which pumps, modifiers and limits go
 * with it is not here: that is the coverage model (data/coverage/), which checkClaim reads too. Every rule group is cited; every code is well formed; date ranges are
 * ordered. checkClaim turns this into Maps and Sets once, on its first call.
 */
const code = z.string().regex(/^[A-Z]\d{4}$/, 'HCPCS Level II code such as J1559');
const modifier = z.string().regex(/^[A-Z0-9]{2}$/, 'two-character modifier such as KX');
const cites = z.array(citationRefSchema).min(1);
const range = z.object({ from: isoDateSchema, to: isoDateSchema.optional() }).strict();

const rulesSchema = z
  .object({
    modifiers: z.array(
      z.object({ code: modifier, descriptor: z.string().min(1), from: isoDateSchema, citations: cites }).strict(),
    ),
    notByDurablePump: z
      .object({ unclassifiedNotByPump: code, unclassifiedThroughDme: code, citations: cites })
      .strict(),
    drugWastage: z.object({ jzFrom: isoDateSchema, citations: cites }).strict(),
    invalidCodes: z.array(
      z
        .object({
          code,
          scope: z.enum(['dme-mac', 'medicare', 'ab-mac']),
          reason: z.string().min(1),
          citations: cites,
        })
        .strict(),
    ),
    maxUnitsPerLine: z
      .object({ value: z.number().int().positive(), citations: cites, note: z.string().optional() })
      .strict(),
    rentedPumpBatteries: z
      .object({ batteries: z.array(code).min(1), citations: cites, note: z.string().optional() })
      .strict(),
    singlePump: z.object({ code, citations: cites, note: z.string().optional() }).strict(),
    hitVisits: z
      .object({
        oneVisitPerCategoryPerDay: cites,
        initialVisit: cites,
      })
      .strict(),
  })
  .strict();

type RulesFile = z.infer<typeof rulesSchema>;

export interface BuiltClaimRules {
  modifiers: { code: string; descriptor: string; from: string; citation: ResolvedCitation }[];
  notByDurablePump: { unclassifiedNotByPump: string; unclassifiedThroughDme: string; citation: ResolvedCitation };
  drugWastage: { jzFrom: string; citation: ResolvedCitation };
  invalidCodes: { code: string; scope: 'dme-mac' | 'medicare' | 'ab-mac'; reason: string; citation: ResolvedCitation }[];
  maxUnitsPerLine: { value: number; citation: ResolvedCitation };
  rentedPumpBatteries: { batteries: string[]; citation: ResolvedCitation };
  singlePump: { code: string; citation: ResolvedCitation };
  hitVisits: { oneVisitPerCategoryPerDay: ResolvedCitation; initialVisit: ResolvedCitation };
}

function first(ctx: BuildContext, refs: RulesFile['singlePump']['citations'], where: string): ResolvedCitation {
  return ctx.cite(refs, where)[0]!;
}

function checkRange(ctx: BuildContext, file: string, record: string, from: string | undefined, to: string | undefined): void {
  if (from !== undefined && to !== undefined && to < from) ctx.fail(file, record, 'to', `${to} is before from ${from}`);
}

function checkUnique(ctx: BuildContext, file: string, record: string, field: string, codes: readonly string[]): void {
  const seen = new Set<string>();
  for (const c of codes) {
    if (seen.has(c)) ctx.fail(file, record, field, `${c} is listed twice`);
    seen.add(c);
  }
}

export const dataset: DatasetDefinition<RulesFile, BuiltClaimRules> = {
  name: 'claims',
  order: 20,
  input: 'data/claims',
  schema: rulesSchema as z.ZodType<RulesFile>,
  build(files, ctx) {
    if (files.length !== 1) ctx.fail('data/claims', '(directory)', '(files)', 'expected exactly one rules file');
    const { path, content: r } = files[0]!;

    checkUnique(ctx, path, 'modifiers', 'code', r.modifiers.map((m) => m.code));

    checkUnique(ctx, path, 'invalidCodes', 'code', r.invalidCodes.map((c) => c.code));
    checkUnique(ctx, path, 'rentedPumpBatteries', 'batteries', r.rentedPumpBatteries.batteries);
    if (!r.modifiers.some((m) => m.code === 'RR')) ctx.fail(path, 'modifiers', 'code', 'RR (rental) must be listed: rentedPumpBatteries needs it');
    return {
      modifiers: r.modifiers.map((m) => ({
        code: m.code,
        descriptor: m.descriptor,
        from: m.from,
        citation: first(ctx, m.citations, `${path} modifiers (${m.code})`),
      })),
      notByDurablePump: {
        unclassifiedNotByPump: r.notByDurablePump.unclassifiedNotByPump,
        unclassifiedThroughDme: r.notByDurablePump.unclassifiedThroughDme,
        citation: first(ctx, r.notByDurablePump.citations, `${path} notByDurablePump`),
      },
      drugWastage: {
        jzFrom: r.drugWastage.jzFrom,
        citation: first(ctx, r.drugWastage.citations, `${path} drugWastage`),
      },
      invalidCodes: r.invalidCodes.map((c) => ({
        code: c.code,
        scope: c.scope,
        reason: c.reason,
        citation: first(ctx, c.citations, `${path} invalidCodes (${c.code})`),
      })),
      maxUnitsPerLine: {
        value: r.maxUnitsPerLine.value,
        citation: first(ctx, r.maxUnitsPerLine.citations, `${path} maxUnitsPerLine`),
      },
      rentedPumpBatteries: {
        batteries: r.rentedPumpBatteries.batteries,
        citation: first(ctx, r.rentedPumpBatteries.citations, `${path} rentedPumpBatteries`),
      },
      singlePump: { code: r.singlePump.code, citation: first(ctx, r.singlePump.citations, `${path} singlePump`) },
      hitVisits: {
        oneVisitPerCategoryPerDay: first(ctx, r.hitVisits.oneVisitPerCategoryPerDay, `${path} hitVisits`),
        initialVisit: first(ctx, r.hitVisits.initialVisit, `${path} hitVisits`),
      },
    };
  },
  output: 'claim-rules.ts',
  emit(value) {
    return emitFrozenConst({
      name: 'CLAIM_RULES',
      loader: 'loadClaimRules',
      type: 'ClaimRuleData',
      typeImports: [{ names: ['ClaimRuleData'], from: '../claims/rule-data.js' }],
      value,
    });
  },
};
