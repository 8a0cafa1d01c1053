import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MedicareInputError } from '../../src/index.js';
import { readX12Claims } from '../../src/x12/index.js';
import { isoDateArbitrary } from '../helpers.js';
import { interchange, type Delimiters } from './build-837.js';

/** Separator sets senders use (ISA-11, ISA-16, element, terminator) and a few unusual ones. */
const delimitersArb: fc.Arbitrary<Delimiters> = fc.record({
  element: fc.constantFrom('*', '|', '^'),
  component: fc.constantFrom(':', '>', '\\'),
  repetition: fc.constantFrom('^', '!', '{'),
  segment: fc.constantFrom('~', "'", '\n'),
  lineBreak: fc.constantFrom('', '\n', '\r\n'),
}).filter((d) => new Set([d.element, d.component, d.repetition, d.segment]).size === 4)
  .filter((d) => !(d.segment === '\n' && d.lineBreak === '\n'));

const lineArb = fc.record({
  hcpcs: fc.constantFrom('E0779', 'J1559', 'A4221', 'G0069', 'J3490', 'B4164', '99601', 'S9500'),
  modifiers: fc.subarray(['KX', 'JB', 'RR', 'GY', 'NU'], { maxLength: 4 }),
  units: fc.integer({ min: 1, max: 99999 }),
  chargeCents: fc.integer({ min: 0, max: 99_999_999 }),
  dateOfService: isoDateArbitrary(2),
  placeOfService: fc.constantFrom('12', '11', '99'),
  ndc: fc.option(fc.stringMatching(/^\d{11}$/), { nil: undefined }),
});

const money = (cents: number): string => `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
const d8 = (iso: string): string => iso.replaceAll('-', '');

describe('readX12Claims properties', () => {
  it('a valid 837P with any separators and line breaks reads back into exactly the lines written', () => {
    fc.assert(
      fc.property(fc.array(lineArb, { minLength: 1, maxLength: 8 }), delimitersArb, (lines, d) => {
        const body = ['CLM*P1*0.00***12:B:1', 'HI*ABK:D800*ABF:Z7982'];
        lines.forEach((l, i) => {
          body.push(`LX*${i + 1}`, `SV1*HC:${[l.hcpcs, ...l.modifiers].join(':')}*${money(l.chargeCents)}*UN*${l.units}*${l.placeOfService}**1:2`, `DTP*472*D8*${d8(l.dateOfService)}`);
          if (l.ndc !== undefined) body.push(`LIN**N4*${l.ndc}`, 'CTP****1.5*ML');
        });
        const [claim] = readX12Claims(interchange(body, d));
        expect(claim!.lines.map((l) => ({ ...l }))).toEqual(lines.map((l, i) => ({
          hcpcs: l.hcpcs,
          ...(l.modifiers.length > 0 ? { modifiers: l.modifiers } : {}),
          units: l.units,
          unitBasis: 'UN',
          chargeCents: l.chargeCents,
          dateOfService: l.dateOfService,
          placeOfService: l.placeOfService,
          diagnosisPointers: [1, 2],
          ...(l.ndc !== undefined ? { ndc: l.ndc, ndcQuantity: { amount: '1.5', unit: 'ML' } } : {}),
          segment: 8 + lines.slice(0, i).reduce((n, p) => n + (p.ndc !== undefined ? 5 : 3), 0),
        })));
      }),
      { numRuns: 300 },
    );
  });

  /** Segments an 837 may hold, with random (often wrong) elements. */
  const segmentArb = fc.oneof(
    fc.constantFrom('CLM', 'LX', 'SV1', 'SV2', 'DTP', 'HI', 'LIN', 'CTP', 'HL', 'NM1', 'REF', 'SBR', 'SE', 'ST', 'GS', 'GE', 'IEA', 'ISA', 'X'),
    fc.stringMatching(/^[A-Z0-9]{1,4}$/),
  ).chain((id) => fc.array(fc.oneof(
    fc.constantFrom('', 'HC:J1559:KX', 'HC:E0779', '472', 'D8', 'RD8', '20260302', '20260302-20260305', '10.00', '1', 'UN', '12:B:1', 'ABK:D800', 'N4', '00004196501', '0300', 'A'),
    fc.string({ maxLength: 12 }),
  ), { maxLength: 8 }).map((elements) => [id, ...elements].join('*')));

  it('any stream of segments inside an envelope either reads or throws INVALID_INPUT, never anything else', () => {
    fc.assert(
      fc.property(fc.array(segmentArb, { maxLength: 30 }), delimitersArb, (segments, d) => {
        const text = interchange(segments, d);
        try {
          const claims = readX12Claims(text);
          expect(Object.isFrozen(claims)).toBe(true);
        } catch (error) {
          expect(error).toBeInstanceOf(MedicareInputError);
          expect((error as MedicareInputError).code).toBe('INVALID_INPUT');
          expect((error as MedicareInputError).field).toMatch(/^segment \d+ /);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('a real file with random characters deleted, inserted or replaced either reads or throws INVALID_INPUT', () => {
    const original = readFileSync(new URL('../fixtures/x12/demo.drug.example10.3.837', import.meta.url), 'utf8');
    const edit = fc.record({ at: fc.nat({ max: original.length }), remove: fc.nat({ max: 3 }), insert: fc.string({ maxLength: 3 }) });
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 4 }), (edits) => {
        let text = original;
        for (const e of edits) text = text.slice(0, e.at) + e.insert + text.slice(e.at + e.remove);
        try {
          readX12Claims(text);
        } catch (error) {
          expect(error).toBeInstanceOf(MedicareInputError);
          expect((error as MedicareInputError).code).toBe('INVALID_INPUT');
        }
      }),
      { numRuns: 1000 },
    );
  });
});
