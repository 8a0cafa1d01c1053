import { toIsoDate, type IsoDate } from '../core/dates.js';

const DATES = new Map<string, IsoDate>();

/** The string last read and its date (a one-entry memo before the map; never matches before a first read). */
let lastValue: string | undefined;
let lastIso: IsoDate = '';

/** `toIsoDate` with a small memo for date strings already validated (a date string is always the same date). */
export function cachedIsoDate(value: unknown, field: string): IsoDate {
  if (typeof value === 'string') {
    if (value === lastValue) return lastIso;
    const hit = DATES.get(value);
    if (hit !== undefined) {
      lastValue = value;
      lastIso = hit;
      return hit;
    }
    const iso = toIsoDate(value, field);
    lastValue = value;
    lastIso = iso;
    if (DATES.size < 4096) DATES.set(value, iso);
    return iso;
  }
  return toIsoDate(value, field);
}
