import { z } from 'zod';
import { REQUIREMENT_IDS } from '../../src/core/requirement-ids.js';
import type { HcpcsRelease } from '../import-hcpcs.js';
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
 * The coverage model (data/coverage/*.json, one file per policy): per code group and date range its
 * role, paired pumps, routes, diagnosis groups, HIT category, contractor, required modifiers and
 * quantity limits, each cited. The catalog's benefits/billTo/hitCategory, classify and checkClaim
 * all derive from this one dataset. A policy-level fact (a `section` below) may be stated in one
 * file only, and a code may sit in two rules only where their routes or dates cannot both match.
 */
const hcpcs = z.string().regex(/^[A-Z]\d{4}$/, 'HCPCS Level II code');
const icd10 = z.string().regex(/^[A-Z]\d[0-9A-Z]\.[0-9A-Z]{1,4}$/, "ICD-10-CM code with its dot, e.g. 'D80.0'");
const route = z.enum(['intravenous', 'subcutaneous', 'intrathecal', 'epidural', 'enteral', 'intra-arterial']);
const device = z.enum(['external-pump', 'insulin-pump', 'implanted-pump', 'elastomeric', 'gravity', 'push']);
const kind = z.enum([
  'eip-drug', 'eip-pump', 'eip-supply', 'eip-accessory', 'compounded', 'disposable-device', 'implanted-pump',
  'ivig-drug', 'ivig-services', 'pn', 'hit-service', 'home-health-nursing', 'part-d-drug',
]);
const range = z.object({ from: isoDateSchema, to: isoDateSchema.optional() }).strict();
const category = z.union([z.literal(1), z.literal(2), z.literal(3)]);
const cites = z.array(citationRefSchema).min(1);

const ruleSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    kind,
    codes: z.array(hcpcs).min(1),
    label: z.string().min(1),
    indication: z.string().min(1).optional(),
    effective: range,
    devices: z.array(device).min(1).optional(),
    pumps: z.array(hcpcs).min(1).optional(),
    routes: z.array(route).min(1).optional(),
    defaultRoute: route.optional(),
    diagnosisGroups: z.array(z.object({ group: z.number().int(), from: isoDateSchema.optional() }).strict()).min(1).optional(),
    diagnosisList: z.literal('pid').optional(),
    doubts: z.array(z.object({ group: z.number().int().optional(), codes: z.array(icd10).min(1).optional(), note: z.string().min(1), citations: cites }).strict()).min(1).optional(),
    hit: z.array(z.object({ category, from: isoDateSchema, to: isoDateSchema.optional(), citations: cites }).strict()).optional(),
    hitCategory: category.optional(),
    hitVisit: z.enum(['initial', 'subsequent']).optional(),
    exclusion: z.enum(['vancomycin-pump', 'heparin-home', 'meperidine']).optional(),
    demonstration: z.literal(true).optional(),
    requires: z.array(z.string()),
    citations: cites,
    notes: z.string().min(1).optional(),
    /** Codes the imported HCPCS files do not hold (a declared gap): the rule's own dates apply. */
    notInCatalog: z.array(hcpcs).min(1).optional(),
  })
  .strict();
type RuleIn = z.infer<typeof ruleSchema>;

const sections = {
  icd10Groups: z
    .object({
      note: z.string(),
      citations: cites,
      groups: z.array(z.object({
        group: z.number().int().min(1),
        label: z.string().min(1),
        indications: z.array(z.string().min(1)).min(1),
        mappingInferred: z.boolean(),
        codes: z.array(icd10).min(1),
      }).strict()).min(1),
    })
    .strict(),
  pid: z.object({ note: z.string(), effective: range, citations: cites, codes: z.array(icd10).min(1) }).strict(),
  sCodes: z.object({ exceptions: z.array(hcpcs), citations: cites, note: z.string().optional() }).strict(),
  lineModifiers: z
    .object({ modifiers: z.array(z.string()).min(1), kinds: z.array(kind).min(1), from: isoDateSchema, anyDate: z.array(hcpcs), citations: cites })
    .strict(),
  subcutaneousModifier: z.object({ modifier: z.string().length(2), indication: z.string(), route, citations: cites }).strict(),
  insulinSupplyModifiers: z
    .object({
      indication: z.string(),
      modifiers: z.array(z.string().length(2)).length(2),
      from: isoDateSchema,
      jlNotAllowed: z.object({ codes: z.array(hcpcs).min(1), from: isoDateSchema, to: isoDateSchema }).strict(),
      citations: cites,
    })
    .strict(),
  insulinCoinsuranceCap: z.object({ indication: z.string(), maxCentsPerMonth: z.number().int().positive(), from: isoDateSchema, citations: cites }).strict(),
  quantityLimits: z.array(z.object({ id: z.string(), codes: z.array(hcpcs).min(1), maxUnitsPerCalendarMonth: z.number().int().positive(), citations: cites }).strict()),
  servicesLine: z.object({ code: hcpcs, maxUnitsPerDay: z.number().int().positive(), drugWithinDays: z.number().int().positive(), citations: cites }).strict(),
  contractor: z.array(z.object({ from: isoDateSchema, to: isoDateSchema.optional(), billTo: z.enum(['dme-mac', 'ab-mac']), citations: cites }).strict()).min(1),
  eligibleRoutes: z.object({ from: isoDateSchema, routes: z.array(route).min(1), citations: cites }).strict(),
  drugBilledWithinDays: z.object({ days: z.number().int().positive(), from: isoDateSchema, citations: cites }).strict(),
} as const;
type SectionName = keyof typeof sections;

const fileSchema = z
  .object({
    title: z.string().min(1),
    rules: z.array(ruleSchema).optional(),
    dispensingLimit: z.object({ months: z.number().int().positive(), kinds: z.array(kind).min(1), citations: cites }).strict().optional(),
    ...Object.fromEntries(Object.entries(sections).map(([k, v]) => [k, (v as z.ZodTypeAny).optional()])),
  })
  .strict();
type FileIn = { title: string; rules?: RuleIn[]; dispensingLimit?: { months: number; kinds: RuleIn['kind'][]; citations: CitationRef[] } } & {
  [K in SectionName]?: z.infer<(typeof sections)[K]>;
};

/** Each policy-level fact from the one file that states it; a second statement fails the build. */
function section<K extends SectionName>(files: DataFile<FileIn>[], name: K, ctx: BuildContext): { path: string; value: z.infer<(typeof sections)[K]> } {
  const found = files.filter((f) => f.content[name] !== undefined);
  if (found.length === 0) ctx.fail('data/coverage', name, '(section)', `no file states ${name}`);
  if (found.length > 1) ctx.fail(found[1]!.path, name, '(section)', `${name} is already stated in ${found[0]!.path}: state each fact once`);
  return { path: found[0]!.path, value: found[0]!.content[name] as z.infer<(typeof sections)[K]> };
}

function overlaps(a: { from: string; to?: string }, b: { from: string; to?: string }): boolean {
  return a.from <= (b.to ?? '9999-12-31') && b.from <= (a.to ?? '9999-12-31');
}

export const dataset: DatasetDefinition<FileIn, unknown> = {
  name: 'coverage',
  order: 10,
  input: 'data/coverage',
  schema: fileSchema as unknown as z.ZodType<FileIn>,
  build(files, ctx) {
    const releases = (ctx.built.get('hcpcs') as HcpcsRelease[] | undefined) ?? [];
    const addDate = (code: string): string | undefined => releases.find((r) => r.codes[code])?.codes[code]?.addDate;
    const cite = (refs: readonly CitationRef[], where: string) => ctx.cite(refs, where);
    const requirementIds = new Set<string>(REQUIREMENT_IDS);

    const groupsFile = section(files, 'icd10Groups', ctx);
    const pidFile = section(files, 'pid', ctx);
    const groupNumbers = new Set<number>();
    const seenIcd = new Map<string, number>();
    for (const g of groupsFile.value.groups) {
      if (groupNumbers.has(g.group)) ctx.fail(groupsFile.path, `group ${g.group}`, 'group', 'duplicate group number');
      groupNumbers.add(g.group);
      for (const code of g.codes) {
        const other = seenIcd.get(code);
        if (other !== undefined) ctx.fail(groupsFile.path, `group ${g.group}`, 'codes', `${code} is also in group ${other}`);
        seenIcd.set(code, g.group);
      }
    }
    if (new Set(pidFile.value.codes).size !== pidFile.value.codes.length) ctx.fail(pidFile.path, 'pid', 'codes', 'duplicate code');

    const ids = new Set<string>();
    const byCode = new Map<string, RuleIn[]>();
    const rules = files.flatMap((file) =>
      (file.content.rules ?? []).map((rule, index) => {
        const record = `rules[${index}] (${rule.id})`;
        const where = `${file.path}: ${record}`;
        if (ids.has(rule.id)) ctx.fail(file.path, record, 'id', 'duplicate rule id');
        ids.add(rule.id);
        for (const req of rule.requires) {
          if (!requirementIds.has(req)) ctx.fail(file.path, record, 'requires', `'${req}' is not in REQUIREMENT_IDS`);
        }
        if (rule.effective.to && rule.effective.to < rule.effective.from) ctx.fail(file.path, record, 'effective', 'to is before from');
        for (const g of [...(rule.diagnosisGroups ?? []), ...(rule.doubts ?? []).filter((d) => d.group !== undefined) as { group: number }[]]) {
          if (!groupNumbers.has(g.group)) ctx.fail(file.path, record, 'diagnosisGroups', `no A52507 group ${g.group}`);
        }
        if (rule.defaultRoute && rule.routes && !rule.routes.includes(rule.defaultRoute)) ctx.fail(file.path, record, 'defaultRoute', 'not among routes');
        const periods = [...(rule.hit ?? [])].sort((a, b) => a.from.localeCompare(b.from));
        periods.forEach((p, i) => {
          const next = periods[i + 1];
          if (p.to && p.to < p.from) ctx.fail(file.path, record, 'hit', 'to is before from');
          if (next && (p.to === undefined || p.to >= next.from)) ctx.fail(file.path, record, 'hit', 'overlapping HIT periods');
        });
        if ((rule.kind === 'hit-service') !== (rule.hitCategory !== undefined)) ctx.fail(file.path, record, 'hitCategory', 'exactly the hit-service rules carry a hitCategory');
        if ((rule.kind === 'eip-supply' || rule.kind === 'eip-accessory') && !rule.pumps) ctx.fail(file.path, record, 'pumps', 'a supply or accessory names the pumps it goes with');
        const codeAdded: Record<string, string> = {};
        for (const code of rule.codes) {
          byCode.set(code, [...(byCode.get(code) ?? []), rule]);
          const added = addDate(code);
          if (added) codeAdded[code] = added;
          else if (!rule.notInCatalog?.includes(code)) ctx.fail(file.path, record, 'codes', `${code} is in no imported HCPCS release (declare it in notInCatalog)`);
        }
        const { notInCatalog: _n, ...kept } = rule;
        return {
          ...kept,
          codeAdded,
          citations: cite(rule.citations, where),
          ...(rule.hit ? { hit: rule.hit.map((h) => ({ ...h, citations: cite(h.citations, `${where} hit`) })) } : {}),
          ...(rule.doubts ? { doubts: rule.doubts.map((d) => ({ ...d, citations: cite(d.citations, `${where} doubts`) })) } : {}),
        };
      }),
    );

    // A code may sit in two rules only where their routes or their dates cannot both match
    // (J1561/J1569: subcutaneous under the pump LCD, intravenous under home IVIG; Q2052: the
    // demonstration, then the permanent benefit).
    for (const [code, list] of byCode) {
      list.forEach((a, i) => {
        for (const b of list.slice(i + 1)) {
          const routesDisjoint = a.routes && b.routes && !a.routes.some((x) => b.routes!.includes(x));
          if (!routesDisjoint && overlaps(a.effective, b.effective)) {
            ctx.fail('data/coverage', code, 'codes', `${code} is in ${a.id} and ${b.id} with overlapping routes and dates`);
          }
        }
      });
    }
    // Every pump a rule pairs with is a pump rule's code.
    const pumpCodes = new Set(rules.filter((r) => r.kind === 'eip-pump').flatMap((r) => r.codes));
    for (const rule of rules) {
      for (const p of rule.pumps ?? []) if (!pumpCodes.has(p)) ctx.fail('data/coverage', rule.id, 'pumps', `${p} is not a pump of any eip-pump rule`);
    }

    const s = section(files, 'sCodes', ctx);
    for (const c of s.value.exceptions) if (!c.startsWith('S')) ctx.fail(s.path, 'sCodes', 'exceptions', `${c} is not an S-code`);
    const lineModifiers = section(files, 'lineModifiers', ctx);
    const jb = section(files, 'subcutaneousModifier', ctx);
    const insulin = section(files, 'insulinSupplyModifiers', ctx);
    for (const name of ['subcutaneousModifier', 'insulinSupplyModifiers'] as const) {
      const { path, value } = name === 'subcutaneousModifier' ? jb : insulin;
      if (!rules.some((r) => r.indication === value.indication)) ctx.fail(path, name, 'indication', `no rule has indication ${value.indication}`);
    }
    const insulinCap = section(files, 'insulinCoinsuranceCap', ctx);
    const limits = section(files, 'quantityLimits', ctx);
    const services = section(files, 'servicesLine', ctx);
    const contractor = section(files, 'contractor', ctx);
    contractor.value.forEach((a, i) => contractor.value.slice(i + 1).forEach((b) => {
      if (overlaps(a, b)) ctx.fail(contractor.path, 'contractor', 'from', `${a.from} and ${b.from} overlap`);
    }));
    const routes = section(files, 'eligibleRoutes', ctx);
    const within = section(files, 'drugBilledWithinDays', ctx);
    const dispensing = files.filter((f) => f.content.dispensingLimit).map((f) => ({ path: f.path, ...f.content.dispensingLimit! }));
    const limitedKinds = dispensing.flatMap((d) => d.kinds);
    if (new Set(limitedKinds).size !== limitedKinds.length) ctx.fail('data/coverage', 'dispensingLimit', 'kinds', 'a rule kind has two dispensing limits');

    return {
      rules,
      icd10Groups: groupsFile.value.groups,
      icd10Citations: cite(groupsFile.value.citations, groupsFile.path),
      pid: { effective: pidFile.value.effective, codes: pidFile.value.codes, citations: cite(pidFile.value.citations, pidFile.path) },
      sCodes: { exceptions: s.value.exceptions, citations: cite(s.value.citations, s.path) },
      lineModifiers: { ...lineModifiers.value, citations: cite(lineModifiers.value.citations, lineModifiers.path) },
      subcutaneousModifier: { ...jb.value, citations: cite(jb.value.citations, jb.path) },
      insulinSupplyModifiers: { ...insulin.value, citations: cite(insulin.value.citations, insulin.path) },
      insulinCoinsuranceCap: { ...insulinCap.value, citations: cite(insulinCap.value.citations, insulinCap.path) },
      quantityLimits: limits.value.map((l) => ({ ...l, citations: cite(l.citations, `${limits.path} ${l.id}`) })),
      dispensingLimits: dispensing.map(({ path, ...d }) => ({ ...d, citations: cite(d.citations, `${path} dispensingLimit`) })),
      ivigServicesLine: { ...services.value, citations: cite(services.value.citations, services.path) },
      hitContractor: contractor.value.map((c) => ({ ...c, citations: cite(c.citations, `${contractor.path} contractor`) })),
      hitEligibleRoutes: { ...routes.value, citations: cite(routes.value.citations, routes.path) },
      hitDrugBilledWithinDays: { ...within.value, citations: cite(within.value.citations, within.path) },
    };
  },
  output: 'coverage.ts',
  emit(value) {
    return emitFrozenConst({
      name: 'COVERAGE_DATA',
      loader: 'loadCoverage',
      type: 'CoverageData',
      typeImports: [{ names: ['CoverageData'], from: '../coverage/types.js' }],
      value,
    });
  },
};
