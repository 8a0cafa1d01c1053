import { z } from 'zod';
import { REQUIREMENT_IDS } from '../../src/core/requirement-ids.js';
import {
  citationRefSchema,
  emitFrozenConst,
  isoDateSchema,
  type BuildContext,
  type CitationRef,
  type DataFile,
  type DatasetDefinition,
} from '../lib/dataset.js';

/**
 * The benefit classifier's rule table (data/classify/): rules.json (drug, pump, supply and
 * service rules by LCD indication, with pumps, routes, ICD-10 groups, HIT categories and
 * exclusions), icd10-groups.json (A52507 groups 1-6), pid-diagnoses.json (home IVIG list,
 * BPM ch. 15 §50.6) and s-codes.json (S-codes Medicare does not pay).
 */
const hcpcs = z.string().regex(/^[A-Z]\d{4}$/, 'HCPCS Level II code');
const icd10 = z.string().regex(/^[A-Z]\d[0-9A-Z]\.[0-9A-Z]{1,4}$/, "ICD-10-CM code with its dot, e.g. 'D80.0'");
const route = z.enum(['intravenous', 'subcutaneous', 'intrathecal', 'epidural', 'enteral', 'intra-arterial']);
const device = z.enum(['external-pump', 'insulin-pump', 'implanted-pump', 'elastomeric', 'gravity', 'push']);
const range = z.object({ from: isoDateSchema, to: isoDateSchema.optional() }).strict();
const category = z.union([z.literal(1), z.literal(2), z.literal(3)]);

const ruleSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    kind: z.enum([
      'eip-drug', 'eip-pump', 'eip-supply', 'compounded', 'disposable-device', 'implanted-pump',
      'ivig-drug', 'ivig-services', 'pn', 'hit-service', 'home-health-nursing', 'part-d-drug',
    ]),
    codes: z.array(hcpcs).min(1),
    codeAdded: z.record(z.string(), isoDateSchema),
    label: z.string().min(1),
    indication: z.string().min(1).optional(),
    effective: range,
    devices: z.array(device).min(1).optional(),
    pumps: z.array(hcpcs).min(1).optional(),
    routes: z.array(route).min(1).optional(),
    defaultRoute: route.optional(),
    diagnosisGroups: z.array(z.object({ group: z.number().int(), from: isoDateSchema.optional() }).strict()).min(1).optional(),
    diagnosisList: z.literal('pid').optional(),
    hit: z.array(z.object({ category, from: isoDateSchema, to: isoDateSchema.optional(), citations: z.array(citationRefSchema).min(1) }).strict()).optional(),
    hitCategory: category.optional(),
    hitVisit: z.enum(["initial", "subsequent"]).optional(),
    exclusion: z.enum(['vancomycin-pump', 'heparin-home', 'meperidine']).optional(),
    requires: z.array(z.string()),
    citations: z.array(citationRefSchema).min(1),
    notes: z.string().min(1).optional(),
    notInCatalog: z.array(hcpcs).min(1).optional(),
  })
  .strict();
type RuleIn = z.infer<typeof ruleSchema>;

const groupsFileSchema = z
  .object({
    note: z.string(),
    citations: z.array(citationRefSchema).min(1),
    groups: z.array(z.object({
      group: z.number().int().min(1),
      label: z.string().min(1),
      indications: z.array(z.string().min(1)).min(1),
      mappingInferred: z.boolean(),
      codes: z.array(icd10).min(1),
    }).strict()).min(1),
  })
  .strict();
const pidFileSchema = z
  .object({ note: z.string(), effective: range, citations: z.array(citationRefSchema).min(1), codes: z.array(icd10).min(1) })
  .strict();
const sCodesFileSchema = z
  .object({ note: z.string(), citations: z.array(citationRefSchema).min(1), codes: z.array(z.object({ code: hcpcs, from: isoDateSchema }).strict()).min(1) })
  .strict();

type FileIn =
  | { kind: 'rules'; rules: RuleIn[] }
  | ({ kind: 'groups' } & z.infer<typeof groupsFileSchema>)
  | ({ kind: 'pid' } & z.infer<typeof pidFileSchema>)
  | ({ kind: 'scodes' } & z.infer<typeof sCodesFileSchema>);

// One schema for any file of the folder; the file name decides which shape it must have.
const fileSchema = z.union([
  z.array(ruleSchema).transform((rules) => ({ kind: 'rules' as const, rules })),
  groupsFileSchema.transform((v) => ({ kind: 'groups' as const, ...v })),
  pidFileSchema.transform((v) => ({ kind: 'pid' as const, ...v })),
  sCodesFileSchema.transform((v) => ({ kind: 'scodes' as const, ...v })),
]) as unknown as z.ZodType<FileIn>;

const EXPECTED: Record<string, FileIn['kind']> = {
  'rules.json': 'rules',
  'icd10-groups.json': 'groups',
  'pid-diagnoses.json': 'pid',
  's-codes.json': 'scodes',
};

function one<K extends FileIn['kind']>(files: DataFile<FileIn>[], kind: K, ctx: BuildContext): { path: string; content: Extract<FileIn, { kind: K }> } {
  const found = files.filter((f) => f.content.kind === kind);
  if (found.length !== 1) ctx.fail('data/classify', kind, '(file)', `expected exactly one ${kind} file, found ${found.length}`);
  return found[0] as { path: string; content: Extract<FileIn, { kind: K }> };
}

/** Date ranges per code in the catalog dataset, when that dataset exists (merged from the catalog branch). */
function catalogRanges(ctx: BuildContext): Map<string, { from: string; to?: string }[]> | undefined {
  const catalog = ctx.built.get('catalog') as unknown;
  if (!Array.isArray(catalog)) return undefined;
  const byCode = new Map<string, { from: string; to?: string }[]>();
  for (const record of catalog as { code?: unknown; effective?: { from?: unknown; to?: unknown } }[]) {
    if (typeof record?.code !== 'string' || typeof record.effective?.from !== 'string') continue;
    const list = byCode.get(record.code) ?? [];
    list.push({ from: record.effective.from, ...(typeof record.effective.to === 'string' ? { to: record.effective.to } : {}) });
    byCode.set(record.code, list);
  }
  return byCode;
}

export const dataset: DatasetDefinition<FileIn, unknown> = {
  name: 'classify',
  order: 30,
  input: 'data/classify',
  schema: fileSchema,
  build(files, ctx) {
    for (const file of files) {
      const base = file.path.split('/').pop() ?? '';
      const expected = EXPECTED[base];
      if (!expected) ctx.fail(file.path, '(file)', '(name)', `unexpected file; expected one of ${Object.keys(EXPECTED).join(', ')}`);
      if (file.content.kind !== expected) ctx.fail(file.path, '(file)', '(root)', `must be a ${expected} file, reads as ${file.content.kind}`);
    }
    const rulesFile = one(files, 'rules', ctx);
    const groupsFile = one(files, 'groups', ctx);
    const pidFile = one(files, 'pid', ctx);
    const sFile = one(files, 'scodes', ctx);
    const requirementIds = new Set<string>(REQUIREMENT_IDS);

    // ICD-10 groups: unique group numbers, no code in two groups.
    const groupNumbers = new Set<number>();
    const seenIcd = new Map<string, number>();
    for (const g of groupsFile.content.groups) {
      if (groupNumbers.has(g.group)) ctx.fail(groupsFile.path, `group ${g.group}`, 'group', 'duplicate group number');
      groupNumbers.add(g.group);
      for (const code of g.codes) {
        const other = seenIcd.get(code);
        if (other !== undefined) ctx.fail(groupsFile.path, `group ${g.group}`, 'codes', `${code} is also in group ${other}`);
        seenIcd.set(code, g.group);
      }
    }
    if (new Set(pidFile.content.codes).size !== pidFile.content.codes.length) ctx.fail(pidFile.path, '(file)', 'codes', 'duplicate code');

    const ids = new Set<string>();
    const byCode = new Map<string, RuleIn[]>();
    const cite = (refs: readonly CitationRef[], where: string) => ctx.cite(refs, where);
    const rules = rulesFile.content.rules.map((rule, index) => {
      const where = `${rulesFile.path}: record [${index}] (${rule.id})`;
      if (ids.has(rule.id)) ctx.fail(rulesFile.path, `[${index}] ${rule.id}`, 'id', 'duplicate rule id');
      ids.add(rule.id);
      for (const req of rule.requires) {
        if (!requirementIds.has(req)) ctx.fail(rulesFile.path, `[${index}] ${rule.id}`, 'requires', `'${req}' is not in REQUIREMENT_IDS`);
      }
      for (const code of rule.codes) {
        if (!rule.codeAdded[code]) ctx.fail(rulesFile.path, `[${index}] ${rule.id}`, 'codeAdded', `no HCPCS add date for ${code}`);
        byCode.set(code, [...(byCode.get(code) ?? []), rule]);
      }
      if (rule.effective.to && rule.effective.to < rule.effective.from) ctx.fail(rulesFile.path, `[${index}] ${rule.id}`, 'effective', 'to is before from');
      for (const g of rule.diagnosisGroups ?? []) {
        if (!groupNumbers.has(g.group)) ctx.fail(rulesFile.path, `[${index}] ${rule.id}`, 'diagnosisGroups', `no A52507 group ${g.group}`);
      }
      if (rule.defaultRoute && rule.routes && !rule.routes.includes(rule.defaultRoute)) {
        ctx.fail(rulesFile.path, `[${index}] ${rule.id}`, 'defaultRoute', 'not among routes');
      }
      const periods = [...(rule.hit ?? [])].sort((a, b) => a.from.localeCompare(b.from));
      periods.forEach((p, i) => {
        const next = periods[i + 1];
        if (p.to && p.to < p.from) ctx.fail(rulesFile.path, `[${index}] ${rule.id}`, 'hit', 'to is before from');
        if (next && (p.to === undefined || p.to >= next.from)) ctx.fail(rulesFile.path, `[${index}] ${rule.id}`, 'hit', 'overlapping HIT periods');
      });
      if ((rule.kind === 'hit-service') !== (rule.hitCategory !== undefined)) {
        ctx.fail(rulesFile.path, `[${index}] ${rule.id}`, 'hitCategory', 'exactly the hit-service rules carry a hitCategory');
      }
      return {
        ...rule,
        citations: cite(rule.citations, where),
        ...(rule.hit ? { hit: rule.hit.map((h) => ({ ...h, citations: cite(h.citations, `${where} hit`) })) } : {}),
      };
    });

    // A code may sit in two rules only when their routes cannot both match (J1561/J1569: SC under
    // the pump LCD, IV under the home IVIG benefit).
    for (const [code, list] of byCode) {
      if (list.length < 2) continue;
      const routeSets = list.map((r) => r.routes);
      const disjoint = routeSets.every((a, i) => a && routeSets.every((b, j) => i === j || (b && !a.some((x) => b.includes(x)))));
      if (!disjoint) ctx.fail(rulesFile.path, code, 'codes', `${code} is in ${list.map((r) => r.id).join(', ')} with overlapping routes`);
    }
    const sSeen = new Set<string>();
    for (const s of sFile.content.codes) {
      if (!s.code.startsWith('S')) ctx.fail(sFile.path, s.code, 'code', 'not an S-code');
      if (sSeen.has(s.code) || byCode.has(s.code)) ctx.fail(sFile.path, s.code, 'code', 'duplicate code');
      sSeen.add(s.code);
    }

    // Every code a rule names must exist in the catalog for some part of the rule's dates.
    const ranges = catalogRanges(ctx);
    if (ranges) {
      const missing: string[] = [];
      const check = (code: string, from: string, to: string | undefined, where: string) => {
        const overlaps = (ranges.get(code) ?? []).some((r) => (r.to === undefined || r.to >= from) && (to === undefined || r.from <= to));
        if (!overlaps) missing.push(`${code} (${where})`);
      };
      for (const rule of rulesFile.content.rules) {
        for (const code of rule.codes) {
          if (rule.notInCatalog?.includes(code)) {
            // A declared gap: the build fails as soon as the catalog holds the code, so the
            // exception cannot outlive its reason.
            if (ranges.has(code)) ctx.fail(rulesFile.path, rule.id, 'notInCatalog', `${code} is now in the catalog; remove it from notInCatalog`);
            continue;
          }
          const added = rule.codeAdded[code] ?? rule.effective.from;
          check(code, added > rule.effective.from ? added : rule.effective.from, rule.effective.to, rule.id);
        }
      }
      for (const s of sFile.content.codes) check(s.code, s.from, undefined, 's-codes');
      if (missing.length > 0) ctx.fail(rulesFile.path, '(rules)', 'codes', `not in the catalog on the rule's dates: ${missing.join(', ')}`);
    }

    return {
      rules,
      icd10Groups: groupsFile.content.groups,
      icd10Citations: cite(groupsFile.content.citations, groupsFile.path),
      pid: { effective: pidFile.content.effective, codes: pidFile.content.codes, citations: cite(pidFile.content.citations, pidFile.path) },
      sCodes: sFile.content.codes,
      sCodeCitations: cite(sFile.content.citations, sFile.path),
    };
  },
  output: 'classify.ts',
  emit(value) {
    return emitFrozenConst({
      name: 'CLASSIFY_DATA',
      loader: 'loadClassifyData',
      type: 'ClassifyData',
      typeImports: [{ names: ['ClassifyData'], from: '../classify/types.js' }],
      value,
    });
  },
};
