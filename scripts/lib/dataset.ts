/**
 * The data build's plug-in contract. Each file in scripts/datasets/ exports `dataset`, a
 * definition that says which JSON files under data/ it reads, the zod schema one file must
 * satisfy, cross-reference checks, and the TypeScript module it writes to src/generated/.
 * build-data.ts loads every definition, validates, checks and emits; the runtime imports only
 * the emitted modules (no JSON parsing or file reading at run time).
 */
import { isDeepStrictEqual } from 'node:util';
import { z } from 'zod';
import { unpackCitations, type PackedData } from '../../src/core/packed-citations.js';

export interface SourceRecord {
  id: string;
  title: string;
  url: string;
  kind: 'primary' | 'secondary';
  publisher?: string;
  section?: string;
  retrieved?: string;
  copyOf?: string;
  note?: string;
}

export const sourceRecordSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9.-]*$/, 'lower-case id of letters, digits, dots and dashes'),
    title: z.string().min(1),
    url: z.string().url(),
    kind: z.enum(['primary', 'secondary']),
    publisher: z.string().min(1).optional(),
    section: z.string().min(1).optional(),
    retrieved: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
    copyOf: z.string().min(1).optional(),
    note: z.string().min(1).optional(),
  })
  .strict();

/** A reference to a source from a data record: its id, or its id and a section. */
export const citationRefSchema = z.union([
  z.string().min(1),
  z.object({ source: z.string().min(1), section: z.string().min(1).optional() }).strict(),
]);
export type CitationRef = z.infer<typeof citationRefSchema>;

export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "date as 'YYYY-MM-DD'")
  .refine((s) => {
    const [y, m, d] = s.split('-').map(Number) as [number, number, number];
    const date = new Date(Date.UTC(y, m - 1, d));
    return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
  }, 'not a calendar date');

/** A data file as read from disk. */
export interface DataFile<T> {
  /** Path relative to the repository root, e.g. `data/hit-rates/2021.json`. */
  path: string;
  content: T;
}

/** A fully resolved citation, as shipped. */
export interface ResolvedCitation {
  id: string;
  title: string;
  url: string;
  section?: string;
}

export class DataError extends Error {
  override name = 'DataError';
}

export interface BuildContext {
  sources: ReadonlyMap<string, SourceRecord>;
  /** Resolves citation refs, failing with a message naming `where` for an unknown id. */
  cite(refs: readonly CitationRef[], where: string): ResolvedCitation[];
  /** Throws a DataError naming the file, the record and the field. */
  fail(file: string, record: string, field: string, message: string): never;
  /** Outputs of datasets built earlier (by name), for cross-references. */
  built: ReadonlyMap<string, unknown>;
}

export interface DatasetDefinition<T = unknown, Out = unknown> {
  /** Unique name; later datasets can read this one's output through `ctx.built`. */
  name: string;
  /** Run order: lower first (sources are 0). Datasets that read others' output go later. */
  order?: number;
  /** Files under data/ this dataset reads: a file, or a directory whose *.json files are all read. */
  input: string;
  /** Schema of one file's content. */
  schema: z.ZodType<T>;
  /** Cross-checks across files and against other datasets; returns what the module exports. */
  build(files: DataFile<T>[], ctx: BuildContext): Out;
  /** Generated module path relative to src/generated/, e.g. `hit-rates.ts`. */
  output: string;
  /** TypeScript source of the module, given the built value. */
  emit(value: Out): string;
}

/**
 * A JS expression that evaluates to `value`: the data as an object/array literal (JSON is valid
 * JavaScript). For small constants built when their module loads.
 */
export function dataLiteral(value: unknown): string {
  return JSON.stringify(value);
}

/** Whether `value` has exactly the shape of a Citation: id, title, url and an optional section, all strings. */
function isCitationShaped(value: Record<string, unknown>): boolean {
  const keys = Object.keys(value);
  return (
    (keys.length === 3 || (keys.length === 4 && typeof value.section === 'string')) &&
    typeof value.id === 'string' &&
    typeof value.title === 'string' &&
    typeof value.url === 'string'
  );
}

/**
 * The stored form of a dataset (see src/core/packed-citations.ts): a table of the sources cited,
 * and the data with each citation replaced by `{ cite: [sourceIndex] }` or
 * `{ cite: [sourceIndex, section] }`. Throws if a source id appears with two titles or URLs, or
 * if the data already holds an object that would read as a reference.
 */
export function packCitations(value: unknown): PackedData {
  const sources: [string, string, string][] = [];
  const indexById = new Map<string, number>();
  const walk = (item: unknown): unknown => {
    if (item === null || typeof item !== 'object') return item;
    if (Array.isArray(item)) return item.map(walk);
    const record = item as Record<string, unknown>;
    if (Object.keys(record).length === 1 && 'cite' in record) {
      throw new Error(`data holds an object with the single key 'cite', which the packed form reserves: ${JSON.stringify(record)}`);
    }
    if (isCitationShaped(record)) {
      const { id, title, url, section } = record as { id: string; title: string; url: string; section?: string };
      let index = indexById.get(id);
      if (index === undefined) {
        index = sources.length;
        sources.push([id, title, url]);
        indexById.set(id, index);
      } else {
        const known = sources[index]!;
        if (known[1] !== title || known[2] !== url) throw new Error(`source ${id} is cited with two titles or URLs`);
      }
      return { cite: section === undefined ? [index] : [index, section] };
    }
    return Object.fromEntries(Object.entries(record).map(([key, v]) => [key, walk(v)]));
  };
  const data = walk(value);
  return { sources, data };
}

/**
 * A JS expression that evaluates to `value` when it runs, for the loader functions of the large
 * datasets: `unpackCitations(JSON.parse("..."))` over the packed form (sources cited once, each
 * citation a reference). Two costs on import drive this. An object literal must be pre-parsed token
 * by token when the module loads, where a string only has to be scanned to its end (measured on
 * this package: about 7 ms for 0.5 MB as a literal, about 1 ms as a string); and citations were
 * more than half of the text. The build checks that unpacking gives back exactly `value`; the
 * module that uses the expression must import `unpackCitations` from src/core/packed-citations.ts.
 */
export function dataText(value: unknown): string {
  const packed = packCitations(value);
  const roundTrip = unpackCitations(JSON.parse(JSON.stringify(packed)) as PackedData);
  if (!isDeepStrictEqual(roundTrip, value)) throw new Error('packed data does not unpack to the value the build validated');
  return `unpackCitations(JSON.parse(${JSON.stringify(JSON.stringify(packed))}))`;
}

/**
 * Emits either `export const NAME: TYPE = deepFreeze(<literal>);` or, with `loader`, a
 * function `export function LOADER(): TYPE` that builds and deep-freezes the value on its first call
 * and returns the same frozen value on every call (nothing is evaluated when the module loads).
 */
export function emitFrozenConst(options: {
  name: string;
  type: string;
  typeImports?: { names: string[]; from: string }[];
  value: unknown;
  header?: string;
  /** Name of a lazy loader function to export instead of the const. */
  loader?: string;
}): string {
  const imports = (options.typeImports ?? [])
    .map((i) => `import type { ${i.names.join(', ')} } from '${i.from}';`)
    .join('\n');
  const body = options.loader
    ? [
        `let ${options.name}: ${options.type} | undefined;`,
        '',
        `/** The bundled data, parsed and deep-frozen on first call; the same object on every call. */`,
        `export function ${options.loader}(): ${options.type} {`,
        `  if (${options.name} === undefined) ${options.name} = deepFreeze<${options.type}>(${dataText(options.value)});`,
        `  return ${options.name};`,
        '}',
      ].join('\n')
    : `export const ${options.name}: ${options.type} = /* @__PURE__ */ deepFreeze(${dataLiteral(options.value)});`;
  return [
    '// Generated by scripts/build-data.ts from data/. Do not edit: edit the data and rebuild.',
    options.header ? `// ${options.header}` : '',
    "import { deepFreeze } from '../core/freeze.js';",
    options.loader ? "import { unpackCitations } from '../core/packed-citations.js';" : '',
    imports,
    '',
    body,
    '',
  ]
    .filter((line, i) => line !== '' || i > 2)
    .join('\n');
}
