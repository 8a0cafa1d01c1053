import { toIsoDate, type IsoDate } from '../core/dates.js';

const DATES = new Map<string, IsoDate>();

/** `toIsoDate` with a small memo for date strings already validated (a date string is always the same date). */
export function cachedIsoDate(value: unknown, field: string): IsoDate {
  if (typeof value === 'string') {
    const hit = DATES.get(value);
    if (hit !== undefined) return hit;
    const iso = toIsoDate(value, field);
    if (DATES.size < 4096) DATES.set(value, iso);
    return iso;
  }
  return toIsoDate(value, field);
}

