// Building blocks of the naive baselines, shared by the bench files: the obvious way to read the
// repository's data, resolve a citation, format money, validate a date and freeze a result, redone
// on every call where a baseline calls them. Also the check that a baseline gives the library's answer.
import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { format, isValid, parseISO } from 'date-fns';
import { z } from 'zod';
import { listSources } from 'medicare-home-infusion';

const root = new URL('../', import.meta.url);

/** A repository file's JSON (path relative to the repository root). */
export const readRepoJson = (path) => JSON.parse(readFileSync(new URL(path, root), 'utf8'));

/** A repository folder's URL (path relative to the repository root, ending in '/'). */
export const repoUrl = (path) => new URL(path, root);

/** Freezes an object and everything under it, walking all of it every time. */
export function freezeDeep(o) {
  if (o && typeof o === 'object') {
    Object.freeze(o);
    for (const v of Object.values(o)) freezeDeep(v);
  }
  return o;
}

const SOURCES = listSources();
/** Whether any of the refs names a primary source (kind 'primary' in data/sources/*.json), by a linear scan. */
export function anyPrimary(refs) {
  return refs.some((ref) => SOURCES.find((x) => x.id === (typeof ref === 'string' ? ref : ref.source))?.kind === 'primary');
}
/**
 * A data citation ref ('id' or { source, section }) as a Citation, by a linear scan of the sources
 * (a ref without a section takes the source's default section, if it has one).
 */
export function cite(ref) {
  const id = typeof ref === 'string' ? ref : ref.source;
  const s = SOURCES.find((x) => x.id === id);
  const section = (typeof ref === 'string' ? undefined : ref.section) ?? s.section;
  return section ? { id, title: s.title, url: s.url, section } : { id, title: s.title, url: s.url };
}

const usd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });
/** Money the obvious way: Intl formatting of a float of dollars. */
export const money = (cents) => ({ cents, usd: usd.format(cents / 100) });

/** A 'YYYY-MM-DD' calendar date, validated with zod and date-fns. */
export const isoDate = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((s) => isValid(parseISO(s)) && format(parseISO(s), 'yyyy-MM-dd') === s);

/**
 * Throws unless the library and the baseline give deep-equal answers on every input (a baseline that
 * answers differently measures nothing).
 */
export function agree(bench, name, inputs, lib, naive) {
  for (const input of inputs) {
    const a = lib(input);
    const b = naive(input);
    if (!isDeepStrictEqual(a, b)) {
      throw new Error(`${bench} bench: ${name} and its baseline disagree on ${JSON.stringify(input)}: ${JSON.stringify(a)} vs ${JSON.stringify(b)}`);
    }
  }
}
