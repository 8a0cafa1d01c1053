import { describe, expect, it } from 'vitest';
import { MedicareInputError, describeValue } from '../../src/core/errors.js';
import { normalizeCode } from '../../src/core/hcpcs.js';

describe('MedicareInputError', () => {
  it('is an Error with a stable name, code and field', () => {
    const error = new MedicareInputError('NO_DATA', 'year', 'no table');
    expect(error).toBeInstanceOf(Error);
    expect(error).toBeInstanceOf(MedicareInputError);
    expect(error.name).toBe('MedicareInputError');
    expect(error.code).toBe('NO_DATA');
    expect(error.field).toBe('year');
    expect(error.message).toBe('year: no table');
  });

  it('describes any value without throwing', () => {
    expect(describeValue(Object.create(null))).toBe('an object');
    expect(describeValue(Symbol('x'))).toBe('a symbol');
    expect(describeValue('x'.repeat(100))).toMatch(/\.\.\."$/);
  });
});

describe('normalizeCode', () => {
  it('is case-insensitive and ignores surrounding white space', () => {
    expect(normalizeCode(' j1559', 'code')).toBe('J1559');
    expect(normalizeCode('g0068\n', 'code')).toBe('G0068');
    expect(normalizeCode('99601', 'code')).toBe('99601');
  });

  it('refuses non-strings, empty and malformed codes', () => {
    for (const bad of [undefined, null, 1559, '', '   ', 'J155', 'J15599', 'JJ559', '1559J']) {
      expect(() => normalizeCode(bad, 'code')).toThrow(MedicareInputError);
    }
  });
});
