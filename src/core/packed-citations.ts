import type { Citation } from './citation.js';

/**
 * Bundled datasets cite a handful of sources hundreds of times, and each citation repeats its
 * source's title and URL. The data build (scripts/lib/dataset.ts, `packCitations`) therefore
 * stores each dataset with a table of the sources it cites and writes every citation as
 * `{ "cite": [sourceIndex] }` or `{ "cite": [sourceIndex, "section"] }`. That halves the data
 * embedded in the package (less to read and scan on import). {@link unpackCitations} turns the
 * stored form back into the exact value the build validated; the build checks the round trip.
 */
export interface PackedData {
  /** `[id, title, url]` of each source cited, in first-cited order. */
  readonly sources: readonly (readonly [string, string, string])[];
  /** The dataset, with every citation written as a `{ cite: [...] }` reference. */
  readonly data: unknown;
}

/** A stored citation reference: the only key is `cite`, an array `[sourceIndex]` or `[sourceIndex, section]`. */
function isCiteReference(value: object): value is { cite: [number] | [number, string] } {
  const cite = (value as { cite?: unknown }).cite;
  return Array.isArray(cite) && typeof cite[0] === 'number' && Object.keys(value).length === 1;
}

/**
 * The dataset of a {@link PackedData}, every citation reference replaced by a frozen
 * {@link Citation}. References to the same source and section share one object.
 */
export function unpackCitations<T>(packed: PackedData): T {
  const shared = new Map<string, Citation>();
  const citation = (reference: [number] | [number, string]): Citation => {
    const key = reference.length > 1 ? `${reference[0]}\u0000${reference[1]}` : String(reference[0]);
    let found = shared.get(key);
    if (found === undefined) {
      const [id, title, url] = packed.sources[reference[0]] as readonly [string, string, string];
      found = Object.freeze(reference.length > 1 ? { id, title, url, section: reference[1] as string } : { id, title, url });
      shared.set(key, found);
    }
    return found;
  };
  const walk = (value: unknown): unknown => {
    if (value === null || typeof value !== 'object') return value;
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) value[i] = walk(value[i]);
      return value;
    }
    if (isCiteReference(value)) return citation(value.cite);
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) record[key] = walk(record[key]);
    return record;
  };
  return walk(packed.data) as T;
}
