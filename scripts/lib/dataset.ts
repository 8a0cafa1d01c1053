/**
 * The data build's plug-in contract. Each file in scripts/datasets/ exports `dataset`, a
 * definition that says which JSON files under data/ it reads, the zod schema one file must
 * satisfy, cross-reference checks, and the TypeScript module it writes to src/generated/.
 * build-data.ts loads every definition, validates, checks and emits; the runtime imports only
 * the emitted modules (no JSON parsing or file reading at run time).
 */
import { z } from 'zod';

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
 * JavaScript). Emitted inside a loader function, V8 only pre-parses it when the module loads and
 * builds it on the first call; nothing is parsed from a string at run time.
 */
export function dataLiteral(value: unknown): string {
  return JSON.stringify(value);
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
        `  if (${options.name} === undefined) ${options.name} = deepFreeze<${options.type}>(${dataLiteral(options.value)});`,
        `  return ${options.name};`,
        '}',
      ].join('\n')
    : `export const ${options.name}: ${options.type} = /* @__PURE__ */ deepFreeze(${dataLiteral(options.value)});`;
  return [
    '// Generated by scripts/build-data.ts from data/. Do not edit: edit the data and rebuild.',
    options.header ? `// ${options.header}` : '',
    "import { deepFreeze } from '../core/freeze.js';",
    imports,
    '',
    body,
    '',
  ]
    .filter((line, i) => line !== '' || i > 2)
    .join('\n');
}
