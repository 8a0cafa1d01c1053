import { describe, expect, it } from 'vitest';
import { BENEFITS, CODE_KINDS, MedicareInputError, listCodes } from '../../src/index.js';
import { expectInvalidInput as invalid } from '../helpers.js';

describe('listCodes', () => {
  it('lists every record without a filter, frozen and sorted by code then date', () => {
    const all = listCodes();
    expect(all.length).toBeGreaterThan(250);
    expect(Object.isFrozen(all)).toBe(true);
    expect(listCodes({})).toEqual(all);
  });

  it('filters by kind, benefit and date together', () => {
    const pumps = listCodes({ kind: 'pump', benefit: 'part-b-dme', asOf: '2026-01-01' }).map((r) => r.code);
    expect(pumps).toEqual(['E0779', 'E0780', 'E0781', 'E0784', 'E0791', 'K0455']);
    const implantable = listCodes({ benefit: 'part-b-incident-to' });
    expect(implantable.map((r) => r.code)).toEqual(['E0782', 'E0783', 'E0785', 'E0786']);
    expect(implantable.every((r) => r.billTo === 'ab-mac')).toBe(true);
  });

  it('lists the parenteral nutrition codes B4164-B5200, B9004, B9006, B9999 under the PN benefit', () => {
    const codes = listCodes({ benefit: 'part-b-pn', asOf: '2026-01-01' }).map((r) => r.code);
    expect(codes).toContain('B4164');
    expect(codes).toContain('B5200');
    expect(codes.filter((c) => c.startsWith('B9'))).toEqual(['B9004', 'B9006', 'B9999']);
    expect(codes.every((c) => c >= 'B4164' && c <= 'B9999')).toBe(true);
  });

  it('keeps only records in effect on asOf', () => {
    const hit2020 = listCodes({ benefit: 'part-b-hit', asOf: '2020-06-15' }).map((r) => r.code);
    expect(hit2020).toEqual(['G0068', 'G0069', 'G0070']);
    const hit2026 = listCodes({ benefit: 'part-b-hit', asOf: '2026-06-15' }).map((r) => r.code);
    expect(hit2026).toEqual(['G0068', 'G0069', 'G0070', 'G0088', 'G0089', 'G0090']);
    for (const record of listCodes({ asOf: '2026-06-15' })) {
      expect(record.effective.from <= '2026-06-15').toBe(true);
      if (record.effective.to) expect(record.effective.to >= '2026-06-15').toBe(true);
    }
  });

  it('searches code, descriptor and short descriptor case-insensitively', () => {
    expect(listCodes({ text: 'HIZENTRA' }).map((r) => r.code)).toEqual(['J1559', 'J1559', 'J1559']);
    expect(listCodes({ text: 'Adm iv chemo 1st', asOf: '2026-01-01' }).map((r) => r.code)).toEqual(['G0090']);
    expect(listCodes({ text: 'j779' }).map((r) => r.code)).toEqual(['J7799']);
    expect(listCodes({ text: 'no such drug anywhere' })).toEqual([]);
  });

  it('lists the HIT per diem S-codes as not payable by Medicare', () => {
    const perDiem = listCodes({ kind: 'per-diem' });
    expect(perDiem.length).toBeGreaterThan(40);
    expect(perDiem.every((r) => !r.medicarePayable && r.benefits.includes('not-covered'))).toBe(true);
  });

  it('accepts every kind and benefit value', () => {
    for (const kind of CODE_KINDS) expect(Array.isArray(listCodes({ kind }))).toBe(true);
    for (const benefit of BENEFITS) expect(Array.isArray(listCodes({ benefit }))).toBe(true);
  });

  it('refuses unknown filter values naming the field', () => {
    invalid(() => listCodes({ kind: 'pumps' as never }), 'filter.kind');
    invalid(() => listCodes({ benefit: 'part-b' as never }), 'filter.benefit');
    invalid(() => listCodes({ hitCategory: 4 as never }), 'filter.hitCategory');
    invalid(() => listCodes({ hitCategory: '1' as never }), 'filter.hitCategory');
    invalid(() => listCodes({ asOf: '2026-02-29' }), 'filter.asOf');
    invalid(() => listCodes({ asOf: 2026 as never }), 'filter.asOf');
    invalid(() => listCodes({ text: '' }), 'filter.text');
    invalid(() => listCodes({ text: 5 as never }), 'filter.text');
    invalid(() => listCodes({ code: 'J1559' } as never), 'filter.code');
    invalid(() => listCodes(null as never), 'filter');
    invalid(() => listCodes('drug' as never), 'filter');
    invalid(() => listCodes([] as never), 'filter');
  });

  it('does not change the filter it is given', () => {
    const filter = Object.freeze({ kind: 'drug' as const, asOf: '2026-01-01' });
    listCodes(filter);
    expect(filter).toEqual({ kind: 'drug', asOf: '2026-01-01' });
  });
});

describe('listCodes on any input (property)', () => {
  it('returns a frozen list or throws MedicareInputError, never anything else', async () => {
    const fc = (await import('fast-check')).default;
    const field = fc.oneof(fc.anything(), fc.constantFrom('drug', 'pump', 'part-b-dme', 1, 2, 3, '2026-01-01', 'insulin'));
    const filter = fc.oneof(
      fc.anything(),
      fc.record({ kind: field, benefit: field, hitCategory: field, asOf: field, text: field }, { requiredKeys: [] }),
    );
    fc.assert(
      fc.property(filter, (input) => {
        try {
          const result = listCodes(input as never);
          expect(Object.isFrozen(result)).toBe(true);
        } catch (error) {
          expect(error).toBeInstanceOf(MedicareInputError);
          expect((error as MedicareInputError).code).toBe('INVALID_INPUT');
        }
      }),
      { numRuns: 500 },
    );
  });
});
