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
 * Claim-line rule data (data/claims/*.json): which codes need KX/GA/GZ and from when, the JB list,
 * JK/JL insulin, the A52507 pump-supply table, codes invalid for the DME MAC, S-codes, the units cap
 * and the HIT visit codes. Every rule group is cited; every code is well formed; date ranges are
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
    eipModifierRequired: z.array(
      z
        .object({
          id: z.string().min(1),
          from: isoDateSchema.optional(),
          codes: z
            .object({ pump: z.array(code).optional(), supply: z.array(code).optional(), drug: z.array(code).optional() })
            .strict(),
          ranges: z.record(code, range).optional(),
          citations: cites,
          note: z.string().optional(),
        })
        .strict(),
    ),
    jbRequired: z.array(z.object({ pump: code, drugs: z.array(code).min(1), citations: cites }).strict()),
    insulinSupply: z
      .object({
        codes: z.array(z.object({ code, from: isoDateSchema }).strict()).min(1),
        jlNotAllowed: z.object({ codes: z.array(code).min(1), from: isoDateSchema, to: isoDateSchema }).strict(),
        citations: cites,
      })
      .strict(),
    notByDurablePump: z
      .object({ unclassifiedNotByPump: code, unclassifiedThroughDme: code, citations: cites })
      .strict(),
    drugWastage: z.object({ jzFrom: isoDateSchema, citations: cites }).strict(),
    pumpSupplies: z
      .object({
        from: isoDateSchema,
        pumps: z.array(
          z.object({ pump: code, associated: z.array(code).min(1), nonAssociated: z.array(code).min(1) }).strict(),
        ),
        citations: cites,
      })
      .strict(),
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
    sCodes: z.object({ exceptions: z.array(code), citations: cites, note: z.string().optional() }).strict(),
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

/** One dated code entry as shipped: the code, its role and the dates the rule applies to it. */
export interface BuiltCodeRange {
  code: string;
  role: 'pump' | 'supply' | 'drug';
  from?: string;
  to?: string;
}

export interface BuiltClaimRules {
  modifiers: { code: string; descriptor: string; from: string; citation: ResolvedCitation }[];
  eipModifierRequired: { codes: BuiltCodeRange[]; citation: ResolvedCitation }[];
  jbRequired: { pump: string; drugs: string[]; citation: ResolvedCitation }[];
  insulinSupply: {
    codes: { code: string; from: string }[];
    jlNotAllowed: { codes: string[]; from: string; to: string };
    citation: ResolvedCitation;
  };
  notByDurablePump: { unclassifiedNotByPump: string; unclassifiedThroughDme: string; citation: ResolvedCitation };
  drugWastage: { jzFrom: string; citation: ResolvedCitation };
  pumpSupplies: {
    from: string;
    pumps: { pump: string; associated: string[]; nonAssociated: string[] }[];
    citation: ResolvedCitation;
  };
  invalidCodes: { code: string; scope: 'dme-mac' | 'medicare' | 'ab-mac'; reason: string; citation: ResolvedCitation }[];
  sCodes: { exceptions: string[]; citation: ResolvedCitation };
  maxUnitsPerLine: { value: number; citation: ResolvedCitation };
  rentedPumpBatteries: { batteries: string[]; citation: ResolvedCitation };
  singlePump: { code: string; citation: ResolvedCitation };
  hitVisits: { oneVisitPerCategoryPerDay: ResolvedCitation; initialVisit: ResolvedCitation };
}

function first(ctx: BuildContext, refs: RulesFile['sCodes']['citations'], where: string): ResolvedCitation {
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

    const eipModifierRequired = r.eipModifierRequired.map((group, gi) => {
      const record = `eipModifierRequired[${gi}] (${group.id})`;
      const codes: BuiltCodeRange[] = [];
      for (const role of ['pump', 'supply', 'drug'] as const) {
        for (const c of group.codes[role] ?? []) codes.push({ code: c, role, ...(group.from ? { from: group.from } : {}) });
      }
      for (const [c, rng] of Object.entries(group.ranges ?? {})) {
        checkRange(ctx, path, `${record} ranges.${c}`, rng.from, rng.to);
        const existing = codes.find((x) => x.code === c);
        if (existing) {
          existing.from = rng.from;
          if (rng.to) existing.to = rng.to;
        } else {
          codes.push({ code: c, role: 'drug', from: rng.from, ...(rng.to ? { to: rng.to } : {}) });
        }
      }
      checkUnique(ctx, path, record, 'codes', codes.map((c) => c.code));
      return { codes, citation: first(ctx, group.citations, `${path} ${record}`) };
    });

    r.jbRequired.forEach((j, i) => checkUnique(ctx, path, `jbRequired[${i}] (${j.pump})`, 'drugs', j.drugs));

    const jl = r.insulinSupply.jlNotAllowed;
    checkRange(ctx, path, 'insulinSupply.jlNotAllowed', jl.from, jl.to);
    const insulinCodes = new Set(r.insulinSupply.codes.map((c) => c.code));
    for (const c of jl.codes) {
      if (!insulinCodes.has(c)) ctx.fail(path, 'insulinSupply.jlNotAllowed', 'codes', `${c} is not an insulin code listed in insulinSupply.codes`);
    }

    r.pumpSupplies.pumps.forEach((p, i) => {
      const overlap = p.associated.filter((c) => p.nonAssociated.includes(c));
      if (overlap.length > 0) {
        ctx.fail(path, `pumpSupplies.pumps[${i}] (${p.pump})`, 'nonAssociated', `${overlap.join(', ')} also listed as associated`);
      }
    });
    checkUnique(ctx, path, 'pumpSupplies', 'pump', r.pumpSupplies.pumps.map((p) => p.pump));
    checkUnique(ctx, path, 'invalidCodes', 'code', r.invalidCodes.map((c) => c.code));
    checkUnique(ctx, path, 'rentedPumpBatteries', 'batteries', r.rentedPumpBatteries.batteries);
    if (!r.modifiers.some((m) => m.code === 'RR')) ctx.fail(path, 'modifiers', 'code', 'RR (rental) must be listed: rentedPumpBatteries needs it');
    for (const c of r.sCodes.exceptions) {
      if (!c.startsWith('S')) ctx.fail(path, 'sCodes', 'exceptions', `${c} is not an S-code`);
    }

    return {
      modifiers: r.modifiers.map((m) => ({
        code: m.code,
        descriptor: m.descriptor,
        from: m.from,
        citation: first(ctx, m.citations, `${path} modifiers (${m.code})`),
      })),
      eipModifierRequired,
      jbRequired: r.jbRequired.map((j) => ({
        pump: j.pump,
        drugs: j.drugs,
        citation: first(ctx, j.citations, `${path} jbRequired (${j.pump})`),
      })),
      insulinSupply: {
        codes: r.insulinSupply.codes,
        jlNotAllowed: jl,
        citation: first(ctx, r.insulinSupply.citations, `${path} insulinSupply`),
      },
      notByDurablePump: {
        unclassifiedNotByPump: r.notByDurablePump.unclassifiedNotByPump,
        unclassifiedThroughDme: r.notByDurablePump.unclassifiedThroughDme,
        citation: first(ctx, r.notByDurablePump.citations, `${path} notByDurablePump`),
      },
      drugWastage: {
        jzFrom: r.drugWastage.jzFrom,
        citation: first(ctx, r.drugWastage.citations, `${path} drugWastage`),
      },
      pumpSupplies: {
        from: r.pumpSupplies.from,
        pumps: r.pumpSupplies.pumps,
        citation: first(ctx, r.pumpSupplies.citations, `${path} pumpSupplies`),
      },
      invalidCodes: r.invalidCodes.map((c) => ({
        code: c.code,
        scope: c.scope,
        reason: c.reason,
        citation: first(ctx, c.citations, `${path} invalidCodes (${c.code})`),
      })),
      sCodes: { exceptions: r.sCodes.exceptions, citation: first(ctx, r.sCodes.citations, `${path} sCodes`) },
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
