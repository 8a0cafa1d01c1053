/**
 * Data build: validates every data file under data/ against its dataset's zod schema, checks
 * cross-references (citations resolve to the registry, codes exist, ranges do not overlap), and
 * writes frozen, typed modules to src/generated/ for the runtime to import.
 *
 * A data error fails the build with a message naming the file, the record and the field.
 * Usage: `npm run build:data` (also the first step of `npm test`, `npm run build`, `npm run demo`).
 */
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { z } from 'zod';
import {
  DataError,
  type BuildContext,
  type CitationRef,
  type DataFile,
  type DatasetDefinition,
  type ResolvedCitation,
  type SourceRecord,
} from './lib/dataset.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function listJson(dataRoot: string, path: string): string[] {
  const absolute = join(dataRoot, path);
  if (!existsSync(absolute)) throw new DataError(`${path}: input not found`);
  if (statSync(absolute).isFile()) return [path];
  // Sub-folders are read too (data/pricing/<quarter>/*.json), in name order.
  return readdirSync(absolute)
    .sort()
    .flatMap((name) =>
      statSync(join(absolute, name)).isDirectory() ? listJson(dataRoot, `${path}/${name}`) : name.endsWith('.json') ? [`${path}/${name}`] : [],
    );
}

function describeRecord(content: unknown, path: readonly PropertyKey[]): string {
  let node: unknown = content;
  let label = '';
  for (const key of path) {
    if (node === null || typeof node !== 'object') break;
    node = (node as Record<PropertyKey, unknown>)[key];
    label += typeof key === 'number' ? `[${key}]` : label === '' ? String(key) : `.${String(key)}`;
    if (node && typeof node === 'object' && !Array.isArray(node)) {
      const named = (node as Record<string, unknown>).code ?? (node as Record<string, unknown>).id;
      if (typeof named === 'string') label += ` (${named})`;
    }
  }
  return label || '(file)';
}

function formatIssues(file: string, content: unknown, error: z.ZodError): string {
  return error.issues
    .map((issue) => {
      const path = issue.path;
      const field = path.length > 0 ? String(path[path.length - 1]) : '(root)';
      const record = describeRecord(content, path.slice(0, -1));
      return `${file}: record ${record}: field ${field}: ${issue.message}`;
    })
    .join('\n');
}

/** The dataset registry: every definition in scripts/datasets/, in build order. */
export async function loadDatasets(): Promise<DatasetDefinition[]> {
  const dir = join(root, 'scripts/datasets');
  const definitions: DatasetDefinition[] = [];
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.ts')).sort()) {
    const module = (await import(pathToFileURL(join(dir, name)).href)) as { dataset?: DatasetDefinition };
    if (!module.dataset) throw new DataError(`scripts/datasets/${name}: exports no \`dataset\``);
    definitions.push(module.dataset);
  }
  return definitions.sort((a, b) => (a.order ?? 10) - (b.order ?? 10) || a.name.localeCompare(b.name));
}

/** One dataset as the build produced it: its definition and the validated, cross-checked value. */
export interface BuiltDataset {
  definition: DatasetDefinition;
  value: unknown;
}

/**
 * Validates and builds every dataset of the registry over the data files under `dataRoot`
 * (default: this checkout), in build order. Nothing is written. This is the one interface to what
 * the build produces: build-data emits modules from it and data-diff compares it, so a change in
 * the shape of the generated modules cannot hide a data change from the diff.
 */
export async function buildDatasets(
  dataRoot: string = root,
  definitions?: readonly DatasetDefinition[],
): Promise<BuiltDataset[]> {
  const registry = definitions ?? (await loadDatasets());
  const built = new Map<string, unknown>();
  const result: BuiltDataset[] = [];
  let sources = new Map<string, SourceRecord>();

  const fail = (file: string, record: string, field: string, message: string): never => {
    throw new DataError(`${file}: record ${record}: field ${field}: ${message}`);
  };
  const cite = (refs: readonly CitationRef[], where: string): ResolvedCitation[] =>
    refs.map((ref) => {
      const id = typeof ref === 'string' ? ref : ref.source;
      const source = sources.get(id);
      if (!source) throw new DataError(`${where}: cites unknown source id '${id}' (add it to data/sources/)`);
      const section = typeof ref === 'string' ? source.section : (ref.section ?? source.section);
      return { id, title: source.title, url: source.url, ...(section ? { section } : {}) };
    });

  for (const definition of registry) {
    const files: DataFile<unknown>[] = listJson(dataRoot, definition.input).map((path) => {
      let raw: unknown;
      try {
        raw = JSON.parse(readFileSync(join(dataRoot, path), 'utf8'));
      } catch (error) {
        throw new DataError(`${path}: not valid JSON: ${(error as Error).message}`);
      }
      const parsed = definition.schema.safeParse(raw);
      if (!parsed.success) throw new DataError(formatIssues(path, raw, parsed.error));
      return { path, content: parsed.data };
    });
    const ctx: BuildContext = { sources, cite, fail, built };
    const value = definition.build(files, ctx);
    built.set(definition.name, value);
    if (definition.name === 'sources') {
      sources = new Map((value as SourceRecord[]).map((s) => [s.id, s]));
    }
    result.push({ definition, value });
  }
  return result;
}

/** Runs every dataset; returns generated module texts by output path (nothing written). */
export async function buildAll(dataRoot: string = root): Promise<Map<string, string>> {
  const datasets = await buildDatasets(dataRoot);
  return new Map(datasets.map(({ definition, value }) => [definition.output, definition.emit(value)]));
}

async function main(): Promise<void> {
  const outputs = await buildAll();
  const outDir = join(root, 'src/generated');
  mkdirSync(outDir, { recursive: true });
  for (const [name, text] of outputs) {
    const target = join(outDir, name);
    mkdirSync(dirname(target), { recursive: true });
    if (!existsSync(target) || readFileSync(target, 'utf8') !== text) writeFileSync(target, text);
  }
  console.log(`build-data: ${outputs.size} modules written to ${relative(root, outDir)}/`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    if (error instanceof DataError) {
      console.error(`build-data failed:\n${error.message}`);
      process.exit(1);
    }
    throw error;
  });
}
