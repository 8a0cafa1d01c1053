import { z } from 'zod';
import { BENEFITS, type Benefit } from '../../src/core/benefit.js';
import { CODE_KINDS, type CodeInfo, type CodeKind } from '../../src/catalog/types.js';
import {
  citationRefSchema,
  isoDateSchema,
  type BuildContext,
  type CitationRef,
  type DatasetDefinition,
  type ResolvedCitation,
  dataText,
} from '../lib/dataset.js';
import { parseBillingUnit } from '../lib/units.js';
import type { HcpcsRelease } from '../import-hcpcs.js';
import { coveragePeriods } from '../lib/coverage-attributes.js';

/**
 * The code catalog: data/catalog/*.json (curated: which codes, their kind, Medicare payability,
 * citations, and the dated facts the HCPCS file does not carry) joined with data/hcpcs/<release>.json
 * (descriptors and dates imported from CMS's file) and with the coverage model (data/coverage/),
 * which alone says where a claim for a code belongs: `benefits`, `billTo`, `hitCategory` and
 * `hitRoutes` of every code it names are derived from it (see coverageAttributes.ts). A catalog
 * entry that states one of those for such a code fails the build: each fact lives in one place.
 *
 * A code's timeline is cut wherever its descriptor changes between releases (at a cited
 * `descriptorChanges` date), or an attribute period (`periods`, coverage periods) starts or ends;
 * each piece becomes one dated CodeInfo record. The build fails on an uncited record, an unknown
 * code, a descriptor change without a cited date, or overlapping periods.
 */

const benefitSchema = z.enum(BENEFITS as unknown as [Benefit, ...Benefit[]]);
const kindSchema = z.enum(CODE_KINDS as unknown as [CodeKind, ...CodeKind[]]);
const categorySchema = z.union([z.literal(1), z.literal(2), z.literal(3)]);
const citationsSchema = z.array(citationRefSchema).min(1);

const attributesSchema = z
  .object({
    kind: kindSchema.optional(),
    benefits: z.array(benefitSchema).optional(),
    billTo: z.enum(['dme-mac', 'ab-mac']).optional(),
    medicarePayable: z.boolean().optional(),
    hitCategory: categorySchema.optional(),
    hitRoutes: z.array(z.string()).optional(),
  })
  .strict();

const periodSchema = z
  .object({
    from: isoDateSchema,
    to: isoDateSchema.optional(),
    set: attributesSchema,
    citations: citationsSchema,
  })
  .strict();

const entrySchema = z
  .object({
    code: z.string().regex(/^(?:[A-Z]\d{4}|\d{5})$/),
    system: z.enum(['HCPCS', 'CPT']).optional(),
    kind: kindSchema.optional(),
    benefits: z.array(benefitSchema).optional(),
    /** `null`: no contractor, overriding the file's default. */
    billTo: z.enum(['dme-mac', 'ab-mac']).nullable().optional(),
    medicarePayable: z.boolean().optional(),
    citations: z.array(citationRefSchema).optional(),
    /** CPT only: the library's own label (no AMA text) and the dates it can show. */
    label: z.string().min(1).optional(),
    from: isoDateSchema.optional(),
    fromCitations: citationsSchema.optional(),
    /** Last date of service, where a cited source ends the code and the HCPCS file does not. */
    end: z.object({ to: isoDateSchema, citations: citationsSchema }).strict().optional(),
    periods: z.array(periodSchema).optional(),
  })
  .strict();

const fileSchema = z
  .object({
    title: z.string().min(1),
    defaults: z
      .object({
        system: z.enum(['HCPCS', 'CPT']).optional(),
        kind: kindSchema.optional(),
        benefits: z.array(benefitSchema).optional(),
        billTo: z.enum(['dme-mac', 'ab-mac']).optional(),
        medicarePayable: z.boolean().optional(),
        citations: z.array(citationRefSchema).optional(),
      })
      .strict()
      .optional(),
    codes: z.array(entrySchema).optional(),
    descriptorChanges: z
      .array(
        z
          .object({
            code: z.string(),
            from: isoDateSchema,
            citations: citationsSchema,
            /** Why the new text has no billing unit where the old one had (required then). */
            unitLost: z.string().min(1).optional(),
          })
          .strict(),
      )
      .optional(),
  })
  .strict();

type CatalogFile = z.infer<typeof fileSchema>;
type Entry = z.infer<typeof entrySchema>;
type Attributes = z.infer<typeof attributesSchema>;

/** The day after / before an ISO date (UTC arithmetic; dates only). */
export function addDays(iso: string, days: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

interface TextSegment {
  from: string;
  to?: string;
  descriptor: string;
  shortDescriptor?: string;
  coverageCodes: string[];
  citations: CitationRef[];
}

interface Period {
  from: string;
  to?: string;
  set: Attributes;
  citations: CitationRef[];
  /** File that set the period, and what set it (a list id or `periods`). */
  file: string;
  label: string;
}

function overlaps(a: { from: string; to?: string }, b: { from: string; to?: string }): boolean {
  return a.from <= (b.to ?? '9999-12-31') && b.from <= (a.to ?? '9999-12-31');
}

function hcpcsSegments(
  code: string,
  entry: Entry,
  releases: readonly HcpcsRelease[],
  changes: ReadonlyMap<string, { from: string; citations: CitationRef[]; where: string; unitLost?: string }>,
  file: string,
  ctx: BuildContext,
): TextSegment[] {
  const versions = releases.filter((r) => r.codes[code]);
  if (versions.length === 0) {
    ctx.fail(file, code, 'code', `not in any imported HCPCS release (${releases.map((r) => r.release).join(', ')}); run npm run import:hcpcs`);
  }
  const segments: TextSegment[] = [];
  let current: TextSegment | undefined;
  let previous: HcpcsRelease | undefined;
  for (const release of versions) {
    const found = release.codes[code]!;
    const cite: CitationRef = {
      source: release.sourceId,
      section: `${code}: descriptors, add date ${found.addDate}, action effective ${found.actionEffective}`,
    };
    if (!current || !previous) {
      current = {
        from: found.addDate,
        descriptor: found.longDescriptor,
        ...(found.shortDescriptor ? { shortDescriptor: found.shortDescriptor } : {}),
        coverageCodes: [found.coverageCode],
        citations: [cite],
      };
    } else {
      const prior = previous.codes[code]!;
      if (prior.addDate !== found.addDate) {
        ctx.fail(file, code, 'addDate', `${previous.release} says ${prior.addDate}, ${release.release} says ${found.addDate}`);
      }
      const same = found.longDescriptor === current.descriptor && (found.shortDescriptor || undefined) === current.shortDescriptor;
      if (same) {
        current.citations.push(cite);
        current.coverageCodes.push(found.coverageCode);
      } else {
        const change = changes.get(code);
        if (!change) {
          ctx.fail(
            file,
            code,
            'descriptorChanges',
            `descriptor differs between ${previous.release} and ${release.release}; add a cited descriptorChanges entry with the date the new text took effect`,
          );
        }
        if (!(change.from > previous.appliesFrom && change.from <= release.appliesFrom)) {
          ctx.fail(change.where, code, 'from', `must fall after ${previous.appliesFrom} and on or before ${release.appliesFrom}`);
        }
        const actionMatches =
          found.actionEffective.length === 4
            ? change.from.startsWith(found.actionEffective)
            : change.from === found.actionEffective;
        if (!actionMatches) {
          ctx.fail(change.where, code, 'from', `does not match the action effective date ${found.actionEffective} in ${release.release}`);
        }
        // A billing unit that disappears with new text silently changes how claims are counted
        // (J1559 once lost "100 mg" this way): the change must say why.
        const unitBefore = parseBillingUnit(current.descriptor);
        if (unitBefore && !parseBillingUnit(found.longDescriptor) && !change.unitLost) {
          ctx.fail(
            change.where,
            code,
            'unitLost',
            `the ${release.release} descriptor has no billing unit where the earlier text had ${unitBefore.amount} ${unitBefore.unit}; ` +
              `say why in unitLost (CMS dropped the unit) or teach scripts/lib/units.ts the new phrasing`,
          );
        }
        current.to = addDays(change.from, -1);
        segments.push(current);
        current = {
          from: change.from,
          descriptor: found.longDescriptor,
          ...(found.shortDescriptor ? { shortDescriptor: found.shortDescriptor } : {}),
          coverageCodes: [found.coverageCode],
          citations: [cite, ...change.citations],
        };
      }
    }
    previous = release;
  }
  const last = versions[versions.length - 1]!;
  const lastEntry = last.codes[code]!;
  const latest = releases[releases.length - 1]!;
  if (last !== latest && !lastEntry.terminationDate && !entry.end) {
    ctx.fail(file, code, 'end', `absent from ${latest.release} but no termination date; add a cited end`);
  }
  if (entry.end && lastEntry.terminationDate && entry.end.to !== lastEntry.terminationDate) {
    ctx.fail(file, code, 'end', `${entry.end.to} contradicts the termination date ${lastEntry.terminationDate} in ${last.release}`);
  }
  const to = entry.end?.to ?? lastEntry.terminationDate;
  if (to) {
    if (to < current!.from) ctx.fail(file, code, 'end', `${to} is before the record starts (${current!.from})`);
    current!.to = to;
    if (entry.end) current!.citations.push(...entry.end.citations);
  }
  segments.push(current!);
  return segments;
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export function buildCatalog(files: { path: string; content: CatalogFile }[], ctx: BuildContext): CodeInfo[] {
  const releases = (ctx.built.get('hcpcs') as HcpcsRelease[] | undefined) ?? [];
  const entries = new Map<string, { entry: Entry; file: string; defaults: NonNullable<CatalogFile['defaults']> }>();
  const changes = new Map<string, { from: string; citations: CitationRef[]; where: string; unitLost?: string }>();

  for (const file of files) {
    const defaults = file.content.defaults ?? {};
    for (const entry of file.content.codes ?? []) {
      const other = entries.get(entry.code);
      if (other) ctx.fail(file.path, entry.code, 'code', `listed twice (also in ${other.file})`);
      entries.set(entry.code, { entry, file: file.path, defaults });
    }
    for (const change of file.content.descriptorChanges ?? []) {
      if (changes.has(change.code)) ctx.fail(file.path, change.code, 'descriptorChanges', 'one change per code is supported; split the data');
      changes.set(change.code, { from: change.from, citations: change.citations, where: file.path, ...(change.unitLost ? { unitLost: change.unitLost } : {}) });
    }
  }
  for (const [code, change] of changes) {
    if (!entries.has(code)) ctx.fail(change.where, code, 'descriptorChanges', 'code is not in the catalog');
  }

  // Coverage periods: what the coverage model says of each code it names.
  const coverage = coveragePeriods(ctx, entries.keys());
  const listPeriods = new Map<string, Period[]>();
  for (const [code, periods] of coverage) {
    const found = entries.get(code);
    if (!found) continue;
    const stated = (['benefits', 'billTo', 'hitCategory'] as const).filter(
      (k) => (found.entry as Record<string, unknown>)[k] !== undefined || (found.entry.periods ?? []).some((p) => p.set[k] !== undefined),
    );
    if (stated.length > 0) {
      ctx.fail(found.file, code, stated.join(','), 'stated by the coverage model (data/coverage/); remove it here: each fact lives in one place');
    }
    listPeriods.set(code, periods.map((p) => ({ ...p, file: 'data/coverage', label: p.label })));
  }

  const records: CodeInfo[] = [];
  for (const [code, { entry, file, defaults }] of entries) {
    const system = entry.system ?? defaults.system ?? 'HCPCS';
    const base: Required<Pick<Attributes, 'kind' | 'benefits' | 'medicarePayable'>> & Attributes = {
      kind: entry.kind ?? defaults.kind ?? ctx.fail(file, code, 'kind', 'missing (set it on the code or in defaults)'),
      benefits: coverage.has(code) ? [] : entry.benefits ?? defaults.benefits ?? ctx.fail(file, code, 'benefits', 'missing'),
      medicarePayable: entry.medicarePayable ?? defaults.medicarePayable ?? ctx.fail(file, code, 'medicarePayable', 'missing'),
      ...(entry.billTo === null || coverage.has(code) ? {} : (entry.billTo ?? defaults.billTo) ? { billTo: entry.billTo ?? defaults.billTo } : {}),
    };
    const baseCitations = [...(defaults.citations ?? []), ...(entry.citations ?? [])];
    if (baseCitations.length === 0) ctx.fail(file, code, 'citations', 'uncited: every code needs at least one source for its kind and benefits');

    let segments: TextSegment[];
    if (system === 'CPT') {
      if (!/^\d{4}[0-9FTU]$/.test(code)) ctx.fail(file, code, 'code', 'not a CPT code');
      if (!entry.label || !entry.from || !entry.fromCitations) {
        ctx.fail(file, code, 'label', 'a CPT code needs label (our own words, no AMA text), from and fromCitations');
      }
      segments = [
        {
          from: entry.from,
          ...(entry.end ? { to: entry.end.to } : {}),
          descriptor: entry.label,
          coverageCodes: [],
          citations: [...entry.fromCitations, ...(entry.end?.citations ?? [])],
        },
      ];
    } else {
      if (entry.label || entry.from) ctx.fail(file, code, 'label', 'HCPCS descriptors and dates come from the imported CMS file, not from the catalog');
      segments = hcpcsSegments(code, entry, releases, changes, file, ctx);
    }

    const periods: Period[] = [
      ...(entry.periods ?? []).map((p) => ({ ...p, file, label: 'periods' })),
      ...(listPeriods.get(code) ?? []),
    ];
    for (const [i, a] of periods.entries()) {
      if (a.to && a.to < a.from) ctx.fail(a.file, code, 'to', `${a.label}: to is before from`);
      for (const b of periods.slice(i + 1)) {
        const shared = Object.keys(a.set).filter((k) => k in b.set);
        if (shared.length > 0 && overlaps(a, b)) {
          ctx.fail(b.file, code, shared.join(','), `${b.label} ${b.from}..${b.to ?? ''} overlaps ${a.label} ${a.from}..${a.to ?? ''} (${a.file})`);
        }
      }
    }
    const start = segments[0]!.from;
    const end = segments[segments.length - 1]!.to;

    // Cut points: every segment start, every period start and the day after every end.
    const cuts = new Set<string>([start]);
    for (const s of segments) {
      cuts.add(s.from);
      if (s.to) cuts.add(addDays(s.to, 1));
    }
    for (const p of periods) {
      cuts.add(p.from);
      if (p.to) cuts.add(addDays(p.to, 1));
    }
    const points = [...cuts].filter((d) => d >= start && (!end || d <= end)).sort();
    let open: CodeInfo | undefined;
    let openRefs: CitationRef[] = [];
    const flush = (): void => {
      if (open) records.push(open);
      open = undefined;
    };
    points.forEach((from, i) => {
      const next = points[i + 1];
      const to = next ? addDays(next, -1) : end;
      const segment = segments.find((s) => s.from <= from && (!s.to || from <= s.to));
      if (!segment) {
        flush();
        return;
      }
      const active = periods.filter((p) => p.from <= from && (!p.to || from <= p.to));
      const attributes: Attributes = { ...base };
      for (const p of active) Object.assign(attributes, p.set);
      const refs = [...baseCitations, ...segment.citations, ...active.flatMap((p) => p.citations)];
      const unit = system === 'HCPCS' ? parseBillingUnit(segment.descriptor) : undefined;
      const record = {
        code,
        system,
        kind: attributes.kind!,
        descriptor: segment.descriptor,
        ...(segment.shortDescriptor ? { shortDescriptor: segment.shortDescriptor } : {}),
        ...(unit ? { unit } : {}),
        effective: { from, ...(to ? { to } : {}) },
        medicarePayable: attributes.medicarePayable!,
        benefits: attributes.benefits!,
        ...(attributes.billTo ? { billTo: attributes.billTo } : {}),
        ...(attributes.hitCategory ? { hitCategory: attributes.hitCategory } : {}),
        ...(attributes.hitCategory && attributes.hitRoutes ? { hitRoutes: attributes.hitRoutes as CodeInfo['hitRoutes'] } : {}),
        citations: [] as ResolvedCitation[],
      } satisfies CodeInfo;
      // HCPCS coverage codes I (not payable by Medicare) and S (non-covered by statute).
      const notPayable = segment.coverageCodes.find((c) => c === 'I' || c === 'S');
      if (notPayable && record.medicarePayable) {
        ctx.fail(file, code, 'medicarePayable', `CMS's file gives coverage code ${notPayable}; set medicarePayable false`);
      }
      const { effective: _e, citations: _c, ...content } = record;
      if (open) {
        const { effective: _oe, citations: _oc, ...openContent } = open;
        if (sameValue(content, openContent) && sameValue(refs, openRefs)) {
          (open.effective as { to?: string }).to = record.effective.to;
          if (!record.effective.to) delete (open.effective as { to?: string }).to;
          return;
        }
        flush();
      }
      open = record;
      openRefs = refs;
      // Unique citations, in order of first mention.
      const seen = new Set<string>();
      record.citations.push(
        ...ctx.cite(refs, `${file}: record ${code} (${from})`).filter((c) => {
          const key = `${c.id}|${c.section ?? ''}`;
          if (seen.has(key)) return false;
          seen.add(key);
          return true;
        }),
      );
    });
    flush();
  }

  records.sort((a, b) => a.code.localeCompare(b.code) || a.effective.from.localeCompare(b.effective.from));
  for (let i = 1; i < records.length; i++) {
    const a = records[i - 1]!;
    const b = records[i]!;
    if (a.code === b.code && (!a.effective.to || a.effective.to >= b.effective.from)) {
      ctx.fail('data/catalog', b.code, 'effective', `records overlap: ${a.effective.from}..${a.effective.to ?? ''} and ${b.effective.from}`);
    }
  }
  return records;
}

export const dataset: DatasetDefinition<CatalogFile, CodeInfo[]> = {
  name: 'catalog',
  order: 20,
  input: 'data/catalog',
  schema: fileSchema as unknown as z.ZodType<CatalogFile>,
  build: buildCatalog,
  output: 'catalog.ts',
  emit(value) {
    // Citations are shared: one table, records refer to it by index (keeps the bundle small and
    // the generated module readable). Rebuilt into plain frozen objects by loadCatalog() on first call.
    const table: ResolvedCitation[] = [];
    const index = new Map<string, number>();
    const records = value.map((record) => ({
      ...record,
      citations: record.citations.map((c) => {
        const key = JSON.stringify(c);
        let i = index.get(key);
        if (i === undefined) {
          i = table.length;
          table.push(c);
          index.set(key, i);
        }
        return i;
      }),
    }));
    return [
      '// Generated by scripts/build-data.ts from data/. Do not edit: edit the data and rebuild.',
      '// Code catalog: curated data/catalog/*.json joined with descriptors imported from CMS HCPCS files (data/hcpcs/).',
      "import { deepFreeze } from '../core/freeze.js';",
      "import { unpackCitations } from '../core/packed-citations.js';",
      "import type { Citation } from '../core/citation.js';",
      "import type { CodeInfo } from '../catalog/types.js';",
      '',
      'type Stored = Omit<CodeInfo, "citations"> & { readonly citations: readonly number[] };',
      '',
      'let CATALOG: readonly CodeInfo[] | undefined;',
      '',
      '/** Every catalog record, built and deep-frozen on first call; the same array on every call. */',
      'export function loadCatalog(): readonly CodeInfo[] {',
      '  if (CATALOG === undefined) {',
      `    const citations: readonly Citation[] = ${dataText(table)};`,
      `    const records: readonly Stored[] = JSON.parse(${JSON.stringify(JSON.stringify(records))});`,
      '    CATALOG = deepFreeze(records.map((r) => ({ ...r, citations: r.citations.map((i) => citations[i]!) })));',
      '  }',
      '  return CATALOG;',
      '}',
      '',
    ].join('\n');
  },
};
