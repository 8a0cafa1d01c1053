/**
 * classify() caches answers by code, date interval, and one number built from the enumerated inputs
 * (route, device, setting, Part A stay, hospice) and the diagnosis state. These tests ask the same
 * generated questions against a cache filled by every earlier question and against an emptied cache,
 * so two questions that shared a key by mistake would show as a different answer.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classify } from '../../src/classify/classify.js';
import { choiceKey, clearClassifyCache } from '../../src/classify/rules.js';
import { DEVICES, ROUTES, SETTINGS, type ClassifyInput } from '../../src/classify/types.js';
import { MedicareInputError } from '../../src/core/errors.js';

function attempt(input: ClassifyInput): unknown {
  try {
    return classify(input);
  } catch (error) {
    expect(error).toBeInstanceOf(MedicareInputError);
    const e = error as MedicareInputError;
    return { code: e.code, field: e.field, message: e.message };
  }
}

// A walk through questions: each changes one field of the one before (or drops it), so a cache key
// that dropped or merged a field would hand a question its neighbour's cached answer.
const FIELDS = {
  hcpcs: ['J2260', 'J1559', 'J1569', 'J1817', 'J9039', 'E0781', 'G0068', 'Q2052', 'J0878', 'S9500'],
  dateOfService: ['2018-12-31', '2020-12-31', '2026-01-24', '2026-03-02'],
  route: [undefined, ...ROUTES],
  device: [undefined, ...DEVICES],
  setting: [undefined, ...SETTINGS],
  partAStay: [undefined, false, true],
  hospice: [undefined, 'related', 'unrelated'],
  diagnoses: [undefined, [], ['D80.0'], ['G61.81', 'I10'], ['C91.00'], ['E11.65']],
} as const;
type Field = keyof typeof FIELDS;
const change = fc.constantFrom(...(Object.keys(FIELDS) as Field[])).chain((field) =>
  fc.constantFrom(...(FIELDS[field] as readonly unknown[])).map((value) => [field, value] as const),
);
const walk = fc.tuple(
  // Starting at home, where most rules apply; a walk may leave it.
  fc.record({ hcpcs: fc.constantFrom(...FIELDS.hcpcs), dateOfService: fc.constantFrom(...FIELDS.dateOfService), setting: fc.constant('home') }),
  fc.array(change, { minLength: 1, maxLength: 120 }),
).map(([start, changes]) => {
  const questions: Record<string, unknown>[] = [start];
  for (const [field, value] of changes) {
    const next: Record<string, unknown> = { ...questions[questions.length - 1] };
    if (value === undefined && field !== 'hcpcs' && field !== 'dateOfService') delete next[field];
    else if (value !== undefined) next[field] = value;
    questions.push(next);
  }
  return questions;
});

describe('classify answer cache', () => {
  it('answers every question as an empty cache would, whatever was asked before', () => {
    fc.assert(
      fc.property(walk, (questions) => {
        const fresh = questions.map((q) => {
          clearClassifyCache();
          return attempt(q as unknown as ClassifyInput);
        });
        clearClassifyCache();
        questions.forEach((q, n) => {
          expect(attempt(q as unknown as ClassifyInput)).toEqual(fresh[n]);
        });
      }),
      { numRuns: 500 },
    );
  });

  it('gives every combination of enumerated inputs its own key', () => {
    const keys = new Set<number>();
    let combinations = 0;
    for (let route = 0; route <= ROUTES.length; route++) {
      for (let device = 0; device <= DEVICES.length; device++) {
        for (let setting = 0; setting <= SETTINGS.length; setting++) {
          for (const partAStay of [false, true]) {
            for (let hospice = 0; hospice <= 2; hospice++) {
              keys.add(choiceKey(route, device, setting, partAStay, hospice));
              combinations++;
            }
          }
        }
      }
    }
    // 7 routes (or none) x 7 devices x 5 settings x 2 x 3 = 1,470 distinct keys, 0 to 1,469.
    expect(combinations).toBe(1470);
    expect(keys.size).toBe(1470);
    expect(Math.max(...keys)).toBe(1469);
  });
});

describe('classify date reading', () => {
  it('rejects a malformed date whatever date was read before, and accepts one again after an error', () => {
    const ask = (dateOfService: unknown) => attempt({ hcpcs: 'J2260', dateOfService, setting: 'home' } as unknown as ClassifyInput);
    for (const bad of ['', undefined, '2026-02-30', '2026-3-02', 20260302]) {
      expect(ask(bad)).toMatchObject({ code: 'INVALID_INPUT', field: 'dateOfService' });
      expect(ask('2026-03-02')).toMatchObject({ benefit: 'part-b-dme' });
      expect(ask(bad)).toMatchObject({ code: 'INVALID_INPUT', field: 'dateOfService' });
    }
  });
});
