/**
 * Every public function, called with anything at all: it either returns a deeply frozen result
 * with no NaN and well-formed money (whole, non-negative cents), or throws MedicareInputError.
 * Nothing else escapes, the arguments are left as they were, and no input (including `__proto__` /
 * `constructor` keys) changes anything global.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as root from '../../src/index.js';
import * as x12 from '../../src/x12/index.js';

/** The root entry and the x12 subpath. */
const api = { ...root, ...x12 };
import { MedicareInputError } from '../../src/index.js';

const RUNS = Number(process.env.ROBUSTNESS_RUNS ?? 10_000);
// The exporters build (and the check walks) the whole catalog on every valid call, often an empty
// argument list here: a tenth of the runs keeps them well inside the test timeout on two cores.
const WHOLE_CATALOG = new Set(['toFhirCodeSystem', 'toCsv']);
const runsFor = (name: string): number => (WHOLE_CATALOG.has(name) ? Math.ceil(RUNS / 10) : RUNS);

/** Public functions (classes and constants excluded). */
const functions = Object.entries(api).filter(
  ([name, value]) => typeof value === 'function' && !/^[A-Z]/.test(name),
) as [string, (...args: unknown[]) => unknown][];

/** Objects already walked (bundled records are shared between results; walk each once). */
const verified = new WeakSet<object>();

/** Walks a result: every object frozen, no NaN/Infinity, every Money well-formed. Throws on a fault. */
export function assertSoundResult(value: unknown, path = 'result'): void {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`${path} is ${value}`);
    return;
  }
  if (value === null || typeof value !== 'object' || verified.has(value)) return;
  if (!Object.isFrozen(value)) throw new Error(`${path} is not frozen`);
  const record = value as Record<string, unknown>;
  if ('cents' in record && 'usd' in record) {
    if (!Number.isSafeInteger(record.cents)) throw new Error(`${path}.cents is not whole`);
    if ((record.cents as number) < 0) throw new Error(`${path}.cents is negative`);
    if (typeof record.usd !== 'string') throw new Error(`${path}.usd is not a string`);
  }
  for (const key of Object.keys(record)) assertSoundResult(record[key], `${path}.${key}`);
  verified.add(value);
}

/** Values shaped like this library's inputs, mixed with hostile ones. */
const plausibleValue = fc.oneof(
  fc.constantFrom('J1559', ' j1559 ', 'G0068', 'G0088', 'E0784', 'A4221', 'S9500', 'Q2052', 'B4164', '99601', 'ZZZZZ', 'J0000'),
  fc.constantFrom('2019-01-01', '2021-01-01', '2024-02-29', '2025-12-31', '2026-02-30', '2026-13-01', '', ' '),
  fc.constantFrom(1, 2, 3, 0, -1, 2019, 2024, 2026, 1e308, Number.NaN, Number.POSITIVE_INFINITY, 0.5),
  fc.constantFrom('AL', 'ca', '35010', '35203-1234', 'RR', 'E0781', 'B9004', true, false),
  fc.constantFrom('initial', 'subsequent', 'part-b-dme', 'part-d', 'redetermination', 'home', 'external-pump', 'subcutaneous'),
  fc.constant(new Date(2025, 5, 1)),
  fc.constant(new Date(Number.NaN)),
  fc.anything({ withNullPrototype: true, withObjectString: true, withBoxedValues: true, withSparseArray: true }),
);
const plausibleObject = fc.dictionary(
  fc.constantFrom(
    'hcpcs', 'code', 'dateOfService', 'asOf', 'category', 'visit', 'gaf', 'locality', 'chargeCents',
    'deductibleRemainingCents', 'rates', 'priorVisits', 'patientPriorVisits', 'benefit', 'route', 'device', 'diagnoses', 'setting',
    'partAStay', 'hospice', 'level', 'noticeDate', 'supplyEndsOn', 'kind', 'text', 'hitCategory', 'units',
    'modifiers', 'state', 'zip', 'rural', 'rentalMonth', 'lines', 'tables', 'hitRates', '__proto__', 'constructor', 'prototype',
  ),
  plausibleValue,
);
const argumentLists = fc.array(fc.oneof(plausibleValue, plausibleObject, fc.array(plausibleObject, { maxLength: 3 })), {
  maxLength: 3,
});

describe('any input to any public function', () => {
  it('finds the public functions', () => {
    expect(functions.length).toBeGreaterThan(0);
  });

  for (const [name, fn] of functions) {
    it(`${name}: only MedicareInputError, frozen sound results, nothing global changed`, () => {
      fc.assert(
        fc.property(argumentLists, (args) => {
          const before = structuredClone(args);
          let result: unknown;
          try {
            result = fn(...args);
          } catch (error) {
            if (!(error instanceof MedicareInputError)) throw error;
            expect(['INVALID_INPUT', 'UNKNOWN_CODE', 'NO_DATA']).toContain(error.code);
            expect(error.message.length).toBeGreaterThan(error.field.length);
            expect(args).toEqual(before);
            return;
          }
          expect(args).toEqual(before);
          assertSoundResult(result);
          expect(({} as Record<string, unknown>).polluted).toBeUndefined();
          expect(Object.keys(Object.prototype)).toEqual([]);
        }),
        { numRuns: runsFor(name) },
      );
    });
  }
});
