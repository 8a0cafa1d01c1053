import { describeValue, invalidInput } from './errors.js';
import { loadSources } from '../generated/sources.js';
import type { SourceRecord } from './sources.js';

/** Built on first use, so a bundle that never looks a source up can drop the registry. */
let byId: ReadonlyMap<string, SourceRecord> | undefined;

/**
 * Every source the library's data cites, sorted by id: where each fact comes from, whether it is
 * primary (CMS, a MAC, the Federal Register, eCFR, the U.S. Code) or secondary.
 *
 * @example
 * ```ts
 * listSources().filter((s) => s.kind === 'secondary')
 * ```
 */
export function listSources(): readonly SourceRecord[] {
  return loadSources();
}

/**
 * One registered source by id, or `undefined` for an id the registry does not hold. Ids are read
 * like codes: case-insensitive, surrounding whitespace ignored (registry ids are lower case). A
 * non-string id throws `INVALID_INPUT` naming `id`.
 *
 * @example
 * ```ts
 * getSource('lcd-l33794')?.url // 'https://www.cms.gov/medicare-coverage-database/view/lcd.aspx?lcdid=33794'
 * getSource(' LCD-L33794 ')?.id // 'lcd-l33794'
 * ```
 */
export function getSource(id: string): SourceRecord | undefined {
  if (typeof id !== 'string') return invalidInput('id', `must be a source id string such as 'lcd-l33794', got ${describeValue(id)}`);
  byId ??= new Map(loadSources().map((s) => [s.id, s]));
  return byId.get(id) ?? byId.get(id.trim().toLowerCase());
}
