/** Test helpers shared by every area's tests. */
import { readFileSync, readdirSync } from 'node:fs';
import { expect } from 'vitest';
import fc from 'fast-check';
import { MedicareInputError } from '../src/core/errors.js';

/** Runs `fn` and returns the MedicareInputError it throws; fails if it returns or throws anything else. */
export function inputErrorOf(fn: () => unknown): MedicareInputError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(MedicareInputError);
    return error as MedicareInputError;
  }
  throw new Error('expected a MedicareInputError');
}

/** Asserts that `fn` throws INVALID_INPUT naming `field`, in the field and in the message. */
export function expectInvalidInput(fn: () => unknown, field: string): void {
  const error = inputErrorOf(fn);
  expect(error.code).toBe('INVALID_INPUT');
  expect(error.field).toBe(field);
  expect(error.message).toContain(field);
}

const pad = (n: number) => String(n).padStart(2, '0');
const daysIn = (y: number, m: number) => new Date(y, m, 0).getDate();

/**
 * Valid `'YYYY-MM-DD'` dates 1900-2199, half of them within `monthEndDays` days of a month's last
 * day (month ends, February 28/29), where calendar arithmetic goes wrong first.
 */
export function isoDateArbitrary(monthEndDays: number): fc.Arbitrary<string> {
  return fc.oneof(
    fc.record({ y: fc.integer({ min: 1900, max: 2199 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 31 }) })
      .map(({ y, m, d }) => `${y}-${pad(m)}-${pad(Math.min(d, daysIn(y, m)))}`),
    fc.record({ y: fc.integer({ min: 1900, max: 2199 }), m: fc.integer({ min: 1, max: 12 }), back: fc.integer({ min: 0, max: monthEndDays }) })
      .map(({ y, m, back }) => `${y}-${pad(m)}-${pad(daysIn(y, m) - back)}`),
  );
}

/**
 * The latest CMS HCPCS release the catalog is imported from (data/hcpcs/*.json, latest
 * `appliesFrom`), for tests that check text "as CMS publishes it today": they read the release from
 * the data, so a yearly update does not need a test edit.
 */
export function latestHcpcsRelease(): {
  release: string;
  sourceId: string;
  codes: Readonly<Record<string, { longDescriptor: string; shortDescriptor: string }>>;
} {
  const dir = new URL('../data/hcpcs/', import.meta.url);
  const releases = readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .map((name) => JSON.parse(readFileSync(new URL(name, dir), 'utf8')) as ReturnType<typeof latestHcpcsRelease> & { appliesFrom: string });
  return releases.sort((a, b) => (a.appliesFrom < b.appliesFrom ? 1 : -1))[0]!;
}
