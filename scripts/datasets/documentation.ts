import { z } from 'zod';
import type { CoverageData } from '../../src/coverage/types.js';
import { benefitOfKind } from '../lib/coverage-attributes.js';
import { BENEFITS } from '../../src/core/benefit.js';
import { REQUIREMENT_IDS } from '../../src/core/requirement-ids.js';
import { citationRefSchema, emitFrozenConst, isoDateSchema, type DatasetDefinition } from '../lib/dataset.js';
import type { DocumentationData } from '../../src/documentation/types.js';

const WHEN = [
  'before-claim',
  'before-delivery',
  'at-delivery',
  'before-dispensing',
  'before-furnishing',
  'within-12-months-before-service',
  'on-file',
  'on-request',
] as const;

const elementSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
    label: z.string().min(1),
    required: z.boolean(),
    method: z.enum(['direct', 'shipped']).optional(),
    citations: z.array(citationRefSchema).min(1).optional(),
  })
  .strict();

const idSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);

/** Criteria a rule joins with "or": met when every element of one alternative is provided. */
const groupSchema = z
  .object({
    id: idSchema,
    label: z.string().min(1),
    anyOf: z
      .array(z.object({ id: idSchema, label: z.string().min(1), elements: z.array(idSchema).min(1) }).strict())
      .min(2),
  })
  .strict();

const requirementSchema = z
  .object({
    id: z.string().min(1),
    title: z.string().min(1),
    when: z.enum(WHEN),
    condition: z.string().min(1).optional(),
    retention: z.string().min(1).optional(),
    versions: z
      .array(
        z
          .object({
            from: isoDateSchema,
            to: isoDateSchema.optional(),
            elements: z.array(elementSchema).min(1),
            groups: z.array(groupSchema).min(1).optional(),
            citations: z.array(citationRefSchema).min(1),
            note: z.string().min(1).optional(),
          })
          .strict(),
      )
      .min(1),
  })
  .strict();

const requirementsFileSchema = z.array(requirementSchema);

const applicabilitySchema = z
  .object({
    benefits: z.array(
      z
        .object({
          benefit: z.string(),
          reason: z.string().min(1),
          requirements: z.array(z.string()).min(1),
          citations: z.array(citationRefSchema).min(1),
        })
        .strict(),
    ),
    // Benefits the library holds no supplier documentation for, each with the reason.
    outOfScope: z.array(
      z.object({ benefit: z.string(), reason: z.string().min(1), citations: z.array(citationRefSchema).min(1) }).strict(),
    ),
  })
  .strict();

type RequirementsFile = z.infer<typeof requirementsFileSchema>;
type ApplicabilityFile = z.infer<typeof applicabilitySchema>;

const known = new Set<string>(REQUIREMENT_IDS);

/**
 * Documentation requirements (data/documentation/requirements.json) and where they apply
 * (data/documentation/applicability.json: general requirements by benefit; per-drug criteria
 * requirements come from the coverage model's rules, data/coverage/). Every id of REQUIREMENT_IDS must have exactly one definition, and nothing else may be
 * defined; versions of one requirement may not overlap.
 */
export const dataset: DatasetDefinition<RequirementsFile | ApplicabilityFile, DocumentationData> = {
  name: 'documentation',
  order: 20,
  input: 'data/documentation',
  schema: z.union([requirementsFileSchema, applicabilitySchema]) as z.ZodType<RequirementsFile | ApplicabilityFile>,
  build(files, ctx) {
    const reqFile = files.find((f) => f.path.endsWith('/requirements.json'));
    const appFile = files.find((f) => f.path.endsWith('/applicability.json'));
    if (!reqFile || !Array.isArray(reqFile.content)) {
      return ctx.fail('data/documentation/requirements.json', '(file)', '(root)', 'missing or not a list of requirements');
    }
    if (!appFile || Array.isArray(appFile.content)) {
      return ctx.fail('data/documentation/applicability.json', '(file)', '(root)', 'missing or not an object');
    }
    const file = reqFile.path;
    const seen = new Set<string>();
    const requirements = reqFile.content.map((r, index) => {
      const record = `[${index}] ${r.id}`;
      if (!known.has(r.id)) ctx.fail(file, record, 'id', 'not in REQUIREMENT_IDS (src/core/requirement-ids.ts)');
      if (seen.has(r.id)) ctx.fail(file, record, 'id', 'defined twice');
      seen.add(r.id);
      let previousTo: string | undefined;
      const versions = r.versions.map((v, vi) => {
        const where = `${record} versions[${vi}]`;
        if (v.to !== undefined && v.to < v.from) ctx.fail(file, where, 'to', 'ends before it starts');
        if (vi > 0) {
          if (previousTo === undefined || v.from <= previousTo) {
            ctx.fail(file, where, 'from', 'overlaps the previous version (versions must be in date order, each closed before the next)');
          }
        }
        previousTo = v.to;
        const ids = new Set<string>();
        // Each element belongs to at most one "any of" alternative; the element records which.
        const alternativeOf = new Map<string, string>();
        const groupIds = new Set<string>();
        for (const [gi, g] of (v.groups ?? []).entries()) {
          const gwhere = `${where} groups[${gi}] ${g.id}`;
          if (groupIds.has(g.id)) ctx.fail(file, gwhere, 'id', 'duplicate group or alternative id');
          groupIds.add(g.id);
          for (const a of g.anyOf) {
            if (groupIds.has(a.id)) ctx.fail(file, `${gwhere} ${a.id}`, 'id', 'duplicate group or alternative id');
            groupIds.add(a.id);
            for (const id of a.elements) {
              const element = v.elements.find((e) => e.id === id);
              if (!element) ctx.fail(file, `${gwhere} ${a.id}`, 'elements', `'${id}' is not an element of this version`);
              else if (!element.required) ctx.fail(file, `${gwhere} ${a.id}`, 'elements', `'${id}' must be required (within its alternative)`);
              if (alternativeOf.has(id)) ctx.fail(file, `${gwhere} ${a.id}`, 'elements', `'${id}' is already in alternative '${alternativeOf.get(id)}'`);
              alternativeOf.set(id, a.id);
            }
          }
        }
        const elements = v.elements.map((e, ei) => {
          if (ids.has(e.id)) ctx.fail(file, `${where} elements[${ei}] ${e.id}`, 'id', 'duplicate element id');
          ids.add(e.id);
          if (e.method !== undefined && r.id !== 'proof-of-delivery') {
            ctx.fail(file, `${where} elements[${ei}] ${e.id}`, 'method', 'only proof-of-delivery elements carry a delivery method');
          }
          return {
            id: e.id,
            label: e.label,
            required: e.required,
            ...(e.method ? { method: e.method } : {}),
            ...(alternativeOf.has(e.id) ? { alternative: alternativeOf.get(e.id) } : {}),
            ...(e.citations ? { citations: ctx.cite(e.citations, `${file} ${where} elements[${ei}]`) } : {}),
          };
        });
        return {
          from: v.from,
          ...(v.to ? { to: v.to } : {}),
          elements,
          ...(v.groups ? { groups: v.groups } : {}),
          citations: ctx.cite(v.citations, `${file} ${where}`),
          ...(v.note ? { note: v.note } : {}),
        };
      });
      return {
        id: r.id,
        title: r.title,
        when: r.when,
        ...(r.condition ? { condition: r.condition } : {}),
        ...(r.retention ? { retention: r.retention } : {}),
        versions,
      };
    });
    for (const id of REQUIREMENT_IDS) {
      if (!seen.has(id)) ctx.fail(file, id, 'id', 'REQUIREMENT_IDS lists it but requirements.json does not define it');
    }

    const app = appFile.content;
    const afile = appFile.path;
    const benefitSeen = new Set<string>();
    const benefits = app.benefits.map((b, index) => {
      const record = `benefits[${index}] ${b.benefit}`;
      if (!(BENEFITS as readonly string[]).includes(b.benefit)) ctx.fail(afile, record, 'benefit', 'not a Benefit');
      if (benefitSeen.has(b.benefit)) ctx.fail(afile, record, 'benefit', 'listed twice');
      benefitSeen.add(b.benefit);
      for (const id of b.requirements) {
        if (!seen.has(id)) ctx.fail(afile, record, 'requirements', `unknown requirement '${id}'`);
      }
      return { benefit: b.benefit, reason: b.reason, requirements: b.requirements, citations: ctx.cite(b.citations, `${afile} ${record}`) };
    });
    const outOfScope = app.outOfScope.map((b, index) => {
      const record = `outOfScope[${index}] ${b.benefit}`;
      if (!(BENEFITS as readonly string[]).includes(b.benefit)) ctx.fail(afile, record, 'benefit', 'not a Benefit');
      if (benefitSeen.has(b.benefit)) ctx.fail(afile, record, 'benefit', 'listed twice (in benefits or outOfScope)');
      benefitSeen.add(b.benefit);
      return { benefit: b.benefit, reason: b.reason, citations: ctx.cite(b.citations, `${afile} ${record}`) };
    });
    // Every benefit classify can return gets an answer: its requirements, or the reason there are none.
    for (const benefit of BENEFITS) {
      if (!benefitSeen.has(benefit)) ctx.fail(afile, benefit, 'benefit', 'in neither benefits nor outOfScope');
    }
    // Which drug needs which LCD criteria requirement is a coverage fact: read from the coverage
    // model's rules (data/coverage/), the requirement ids they list beyond their benefit's general ones.
    const coverage = ctx.built.get('coverage') as CoverageData | undefined;
    if (!coverage) return ctx.fail('data/coverage', '(dataset)', '(build order)', 'the coverage model must build before documentation');
    const general = new Map(benefits.map((b) => [b.benefit, new Set(b.requirements)]));
    const codes = coverage.rules.flatMap((rule) => {
      const benefit = benefitOfKind(rule.kind);
      const own = rule.requires.filter((id) => !general.get(benefit)?.has(id) && id !== 'abn');
      return own.flatMap((requirement) => {
        if (!seen.has(requirement)) ctx.fail('data/coverage', rule.id, 'requires', `unknown requirement '${requirement}'`);
        return rule.codes.map((code) => ({
          code,
          benefit,
          requirement,
          // From the later of the rule's start and the code's HCPCS add date.
          from: (rule.codeAdded[code] ?? '') > rule.effective.from ? rule.codeAdded[code]! : rule.effective.from,
          ...(rule.effective.to ? { to: rule.effective.to } : {}),
          citations: rule.citations.slice(0, 1),
        }));
      });
    });
    return { requirements, benefits, outOfScope, codes } as unknown as DocumentationData;
  },
  output: 'documentation.ts',
  emit(value) {
    return emitFrozenConst({
      name: 'DOCUMENTATION',
      loader: 'loadDocumentation',
      type: 'DocumentationData',
      typeImports: [{ names: ['DocumentationData'], from: '../documentation/types.js' }],
      value,
    });
  },
};
