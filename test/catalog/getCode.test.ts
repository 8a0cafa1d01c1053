import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MedicareInputError, getCode } from '../../src/index.js';
import { codeRecords, findCodeRecord } from '../../src/catalog/lookup.js';
import { expectInvalidInput as invalid } from '../helpers.js';

describe('getCode', () => {
  it('returns the record with descriptor, unit, benefits, contractor and citations', () => {
    // The record in force on a past date, so a later HCPCS release does not change it.
    const hizentra = getCode('J1559', { asOf: '2025-10-01' });
    expect(hizentra).toMatchObject({
      code: 'J1559',
      system: 'HCPCS',
      kind: 'drug',
      descriptor: 'Injection, immune globulin (hizentra), 100 mg',
      shortDescriptor: 'Hizentra injection',
      unit: { amount: 100, unit: 'mg' },
      effective: { from: '2021-01-01' },
      medicarePayable: true,
      benefits: ['part-b-dme'],
      billTo: 'dme-mac',
      hitCategory: 2,
    });
    expect(hizentra?.citations.map((c) => c.id)).toEqual(
      expect.arrayContaining(['article-a52507', 'lcd-l33794', 'hcpcs-2025-oct-anweb', 'noridian-jeb-hit-page']),
    );
  });

  it('is case-insensitive and ignores surrounding white space', () => {
    expect(getCode(' j1559\n')).toBe(getCode('J1559'));
    expect(getCode('g0068', { asOf: '2020-03-01' })).toBe(getCode('G0068', { asOf: '2020-03-01' }));
  });

  it('returns undefined for a well-formed code the catalog does not hold', () => {
    expect(getCode('J9999')).toBeUndefined();
    expect(getCode('99999')).toBeUndefined();
    expect(getCode('J9999', { asOf: '2026-01-01' })).toBeUndefined();
  });

  it('without asOf gives the latest record; with asOf only the record in effect', () => {
    // G0068: the 2019-2020 wording, then the 2021 wording (HCPCS 2020 file vs October 2025 file).
    const latest = getCode('G0068')!;
    expect(latest.effective).toEqual({ from: '2021-01-01' });
    expect(latest.billTo).toBe('ab-mac');
    const transitional = getCode('G0068', { asOf: '2020-12-31' })!;
    expect(transitional.effective).toEqual({ from: '2019-01-01', to: '2020-12-31' });
    expect(transitional.descriptor).toContain('and/or inotropic infusion drug(s)');
    expect(transitional.billTo).toBe('dme-mac');
    expect(getCode('G0068', { asOf: '2021-01-01' })).toBe(latest);
    expect(getCode('G0068', { asOf: '2018-12-31' })).toBeUndefined();
  });

  it('crosses a code\'s start: G0088 from 2021-01-01, J7356 from 2025-07-01', () => {
    expect(getCode('G0088', { asOf: '2020-12-31' })).toBeUndefined();
    expect(getCode('G0088', { asOf: '2021-01-01' })?.hitCategory).toBe(1);
    expect(getCode('J7356', { asOf: '2025-06-30' })).toBeUndefined();
    expect(getCode('J7356', { asOf: '2025-07-01' })?.descriptor).toBe('Injection, foscarbidopa 0.25 mg/foslevodopa 5 mg');
  });

  it('crosses a code\'s end: gallium nitrate J1457 ends 2025-12-31 (then J7799)', () => {
    expect(getCode('J1457', { asOf: '2025-12-31' })?.effective).toEqual({ from: '2021-01-01', to: '2025-12-31' });
    expect(getCode('J1457', { asOf: '2026-01-01' })).toBeUndefined();
    expect(getCode('J1457')?.effective.to).toBe('2025-12-31');
    expect(getCode('J7799', { asOf: '2026-01-01' })?.benefits).toEqual(['part-b-dme']);
  });

  it('accepts a Date for asOf (its local calendar day)', () => {
    expect(getCode('G0068', { asOf: new Date(2020, 5, 1) })).toBe(getCode('G0068', { asOf: '2020-06-01' }));
  });

  it('gives CPT codes by number with the library\'s own label', () => {
    const visit = getCode('99601')!;
    expect(visit.system).toBe('CPT');
    expect(visit.kind).toBe('nursing');
    expect(visit.medicarePayable).toBe(false);
    expect(visit.unit).toBeUndefined();
  });

  it('returns frozen records that callers cannot change', () => {
    const record = getCode('E0784')!;
    const descriptor = record.descriptor;
    expect(Object.isFrozen(record)).toBe(true);
    expect(() => {
      (record as { descriptor: string }).descriptor = 'x';
    }).toThrow(TypeError);
    expect(getCode('E0784')?.descriptor).toBe(descriptor);
  });

  it('refuses malformed codes naming code', () => {
    for (const bad of [undefined, null, 1559, {}, [], '', '   ', 'J155', 'J15599', 'hizentra', '1559J', Symbol('J1559')]) {
      invalid(() => getCode(bad as unknown as string), 'code');
      invalid(() => getCode(bad as unknown as string, { asOf: '2026-01-01' }), 'code');
    }
  });

  it('refuses malformed options and dates naming opts / opts.asOf', () => {
    for (const bad of ['2026-13-01', '2026-02-30', '01/02/2026', '', 20260101, new Date(Number.NaN), null]) {
      invalid(() => getCode('J1559', { asOf: bad as unknown as string }), 'opts.asOf');
    }
    invalid(() => getCode('J1559', null as unknown as undefined), 'opts');
    invalid(() => getCode('J1559', '2026-01-01' as unknown as undefined), 'opts');
  });

  it('never throws anything but MedicareInputError, and never returns a record of another code (property)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.constantFrom('J1559', 'g0068', ' E0784 ', '99601', 'Q2052')), fc.option(fc.string()), (code, asOf) => {
        try {
          const record = asOf === null ? getCode(code) : getCode(code, { asOf });
          if (record) expect(record.code).toBe(code.trim().toUpperCase());
        } catch (error) {
          expect(error).toBeInstanceOf(MedicareInputError);
        }
      }),
    );
  });
});

describe('findCodeRecord / codeRecords (internal helpers)', () => {
  it('agrees with getCode on every record\'s first and last day and the days around them', () => {
    for (const code of ['G0068', 'G0070', 'J1457', 'Q2052', 'J9200', 'J1558']) {
      const records = codeRecords(code);
      expect(records.length).toBeGreaterThan(0);
      for (const record of records) {
        expect(findCodeRecord(code, record.effective.from)).toBe(record);
        if (record.effective.to) expect(findCodeRecord(code, record.effective.to)).toBe(record);
      }
      const first = records[0]!;
      const before = new Date(`${first.effective.from}T00:00:00Z`);
      before.setUTCDate(before.getUTCDate() - 1);
      expect(findCodeRecord(code, before.toISOString().slice(0, 10))).toBeUndefined();
    }
  });

  it('returns an empty frozen list for a code the catalog does not hold', () => {
    expect(codeRecords('J9999')).toEqual([]);
    expect(Object.isFrozen(codeRecords('J9999'))).toBe(true);
    expect(findCodeRecord('J9999', '2026-01-01')).toBeUndefined();
  });

  it('splits J9200 floxuridine where its HIT category ends (statute list only, 2019-2020)', () => {
    expect(findCodeRecord('J9200', '2020-12-31')?.hitCategory).toBe(3);
    expect(findCodeRecord('J9200', '2021-01-01')?.hitCategory).toBeUndefined();
    expect(findCodeRecord('J9200', '2018-12-31')?.hitCategory).toBeUndefined();
  });
});

describe('getCode date fast path agrees with toIsoDate', () => {
  it('accepts and refuses the same date strings (property)', async () => {
    const { toIsoDate } = await import('../../src/core/dates.js');
    const day = fc.tuple(fc.integer({ min: 1890, max: 2210 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }));
    fc.assert(
      fc.property(day, ([y, m, d]) => {
        const text = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
        let expected: string | undefined;
        try {
          expected = toIsoDate(text, 'opts.asOf');
        } catch {
          expected = undefined;
        }
        if (expected === undefined) {
          expect(() => getCode('J1559', { asOf: text })).toThrow(MedicareInputError);
        } else {
          expect(getCode('J1559', { asOf: text })).toBe(findCodeRecord('J1559', expected));
        }
      }),
      { numRuns: 2000 },
    );
    expect(getCode('J1559', { asOf: '2024-02-29' })).toBeDefined();
    expect(() => getCode('J1559', { asOf: '2023-02-29' })).toThrow(MedicareInputError);
    expect(() => getCode('J1559', { asOf: '2100-02-29' })).toThrow(MedicareInputError);
  });
});

describe('getCode on any input (property)', () => {
  it('returns a record, undefined, or throws INVALID_INPUT', () => {
    fc.assert(
      fc.property(fc.anything(), fc.oneof(fc.constant(undefined), fc.anything(), fc.record({ asOf: fc.anything() })), (code, opts) => {
        try {
          const record = getCode(code as string, opts as never);
          if (record !== undefined) expect(Object.isFrozen(record)).toBe(true);
        } catch (error) {
          expect(error).toBeInstanceOf(MedicareInputError);
          expect((error as MedicareInputError).code).toBe('INVALID_INPUT');
        }
      }),
      { numRuns: 500 },
    );
  });
});
