import { z } from 'zod';
import { emitFrozenConst, sourceRecordSchema, type DatasetDefinition, type SourceRecord } from '../lib/dataset.js';

/**
 * The citation registry: data/sources/*.json, one file per area, merged. Every record of every
 * other dataset cites ids from here; build-data fails on an unknown or duplicate id.
 */
/** The build's date (UTC). The data build may read the clock; the runtime never does. */
function today(): string {
  return new Date().toISOString().slice(0, 10);
}

export const dataset: DatasetDefinition<SourceRecord[], SourceRecord[]> = {
  name: 'sources',
  order: 0,
  input: 'data/sources',
  schema: z.array(sourceRecordSchema) as z.ZodType<SourceRecord[]>,
  build(files, ctx) {
    const all: SourceRecord[] = [];
    const seen = new Map<string, string>();
    for (const file of files) {
      file.content.forEach((source, index) => {
        const other = seen.get(source.id);
        if (other) ctx.fail(file.path, `[${index}] ${source.id}`, 'id', `duplicate source id (also in ${other})`);
        seen.set(source.id, file.path);
        // Nobody reads a source tomorrow: a retrieval date after the day of the build is a typo.
        if (source.retrieved && source.retrieved > today()) {
          ctx.fail(file.path, `[${index}] ${source.id}`, 'retrieved', `${source.retrieved} is after today (${today()})`);
        }
        all.push(source);
      });
    }
    return all.sort((a, b) => a.id.localeCompare(b.id));
  },
  output: 'sources.ts',
  emit(value) {
    return emitFrozenConst({
      name: 'SOURCES',
      loader: 'loadSources',
      type: 'readonly SourceRecord[]',
      typeImports: [{ names: ['SourceRecord'], from: '../core/sources.js' }],
      value,
    });
  },
};
