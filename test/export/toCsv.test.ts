import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { listCodes } from '../../src/catalog/listCodes.js';
import type { CodeFilter, CodeInfo } from '../../src/catalog/types.js';
import { MedicareInputError } from '../../src/core/errors.js';
import { CSV_COLUMNS, csvField, toCsv } from '../../src/export/toCsv.js';

/** A strict RFC 4180 parser: CRLF records, quoted fields with doubled quotes; throws on anything else. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  const n = text.length;
  if (!text.endsWith('\r\n')) throw new Error('last record must end with CRLF');
  while (i < n) {
    let value = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= n) throw new Error('unterminated quoted field');
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            value += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        value += text[i++];
      }
    } else {
      while (i < n && text[i] !== ',' && text[i] !== '\r') {
        if (text[i] === '"' || text[i] === '\n') throw new Error(`bare ${JSON.stringify(text[i])} at ${i}`);
        value += text[i++];
      }
    }
    row.push(value);
    if (text[i] === ',') i++;
    else if (text[i] === '\r' && text[i + 1] === '\n') {
      rows.push(row);
      row = [];
      i += 2;
    } else throw new Error(`unexpected ${JSON.stringify(text[i])} at ${i}`);
  }
  return rows;
}

/** The row a record should give, written independently of toCsv. */
function expectedRow(r: CodeInfo): string[] {
  return [
    r.code,
    r.system,
    r.kind,
    r.descriptor,
    r.shortDescriptor ?? '',
    r.unit ? String(r.unit.amount) : '',
    r.unit ? r.unit.unit : '',
    r.effective.from,
    r.effective.to ?? '',
    String(r.medicarePayable),
    r.benefits.join(';'),
    r.billTo ?? '',
    r.hitCategory ? String(r.hitCategory) : '',
    [...new Set(r.citations.map((c) => c.id))].join(';'),
  ];
}

describe('toCsv', () => {
  const csv = toCsv();
  const rows = parseCsv(csv);

  it('is RFC 4180: CRLF only, a header, 14 fields on every row', () => {
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(rows[0]).toEqual([
      'code', 'system', 'kind', 'descriptor', 'shortDescriptor', 'unitAmount', 'unit', 'effectiveFrom',
      'effectiveTo', 'medicarePayable', 'benefits', 'billTo', 'hitCategory', 'citations',
    ]);
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    for (const row of rows) expect(row).toHaveLength(14);
  });

  it('parses back to exactly the listCodes records, one row per dated record', () => {
    const records = listCodes();
    expect(rows.length - 1).toBe(records.length);
    records.forEach((record, i) => expect(rows[i + 1]).toEqual(expectedRow(record)));
  });

  it('quotes descriptors with commas and leaves plain fields bare (J1559 worked example)', () => {
    const line = toCsv({ text: 'J1559' }).split('\r\n').find((l) => l.startsWith('J1559,') && l.includes(',2011-01-01,'))!;
    // CMS long descriptor 'Injection, immune globulin (hizentra), 100 mg' has commas: quoted.
    expect(line.startsWith('J1559,HCPCS,drug,"Injection, immune globulin (hizentra), 100 mg",Hizentra injection,100,mg,2011-01-01,2018-12-31,true,')).toBe(true);
  });

  it('writes non-integer unit amounts and CPT rows', () => {
    const j1325 = parseCsv(toCsv({ text: 'J1325' })).slice(1);
    expect(j1325.length).toBeGreaterThan(0);
    for (const row of j1325) expect([row[5], row[6]]).toEqual(['0.5', 'mg']);
    const cpt = rows.filter((row) => row[1] === 'CPT');
    expect(cpt.length).toBe(listCodes().filter((r) => r.system === 'CPT').length);
    expect(cpt.length).toBeGreaterThan(0);
  });

  it('no field could start a spreadsheet formula (so none is escaped)', () => {
    for (const row of rows.slice(1)) for (const value of row) expect(value).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('applies the filter like listCodes (property over filters)', () => {
    const kinds = ['drug', 'pump', 'supply', 'service', 'nutrition', 'per-diem', 'nursing', 'other'] as const;
    fc.assert(
      fc.property(
        fc.record(
          {
            kind: fc.constantFrom(...kinds),
            hitCategory: fc.constantFrom(1 as const, 2 as const, 3 as const),
            asOf: fc.constantFrom('2019-06-01', '2020-12-31', '2021-01-01', '2025-12-31', '2026-01-01'),
            text: fc.constantFrom('pump', 'injection', 'J', 'home'),
          },
          { requiredKeys: [] },
        ),
        (filter: CodeFilter) => {
          const parsed = parseCsv(toCsv(filter)).slice(1);
          expect(parsed).toEqual(listCodes(filter).map(expectedRow));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('gives the header alone when nothing matches', () => {
    expect(toCsv({ text: 'no such descriptor text' })).toBe(`${CSV_COLUMNS.join(',')}\r\n`);
  });

  it('quotes and doubles quotes per RFC 4180 (the data has none; the field writer is checked directly)', () => {
    expect(csvField('plain text')).toBe('plain text');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('line\r\nbreak')).toBe('"line\r\nbreak"');
    fc.assert(
      fc.property(fc.array(fc.string({ unit: fc.constantFrom('a', ',', '"', '\r', '\n', ' ', 'é') }), { minLength: 1 }), (values) => {
        const line = `${values.map(csvField).join(',')}\r\n`;
        expect(parseCsv(line)).toEqual([values]);
      }),
    );
  });

  it('throws MedicareInputError naming the filter field', () => {
    expect(() => toCsv({ benefit: 'part-c' as never })).toThrow(MedicareInputError);
    expect(() => toCsv({ benefit: 'part-c' as never })).toThrow(/filter\.benefit/);
    expect(() => toCsv({ text: '  ' })).toThrow(/filter\.text/);
    expect(() => toCsv('pump' as never)).toThrow(MedicareInputError);
  });
});
