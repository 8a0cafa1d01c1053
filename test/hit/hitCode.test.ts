import { describe, expect, it } from 'vitest';
import { hitCode } from '../../src/hit/hitCode.js';
import { MedicareInputError } from '../../src/core/errors.js';
import { inputErrorOf as errorOf } from '../helpers.js';

describe('hitCode', () => {
  it('maps every category and visit to its G-code (HCPCS descriptors, BPM ch. 15 §320.8.1)', () => {
    expect(hitCode(1, 'initial')).toBe('G0088');
    expect(hitCode(2, 'initial')).toBe('G0089');
    expect(hitCode(3, 'initial')).toBe('G0090');
    expect(hitCode(1, 'subsequent')).toBe('G0068');
    expect(hitCode(2, 'subsequent')).toBe('G0069');
    expect(hitCode(3, 'subsequent')).toBe('G0070');
  });

  it('refuses a category or visit outside the contract, naming the field', () => {
    for (const bad of [0, 4, 1.5, '1', null, undefined, Number.NaN]) {
      const error = errorOf(() => hitCode(bad as never, 'initial'));
      expect(error.code).toBe('INVALID_INPUT');
      expect(error.field).toBe('category');
    }
    for (const bad of ['Initial', 'first', '', null, 1]) {
      const error = errorOf(() => hitCode(1, bad as never));
      expect(error.code).toBe('INVALID_INPUT');
      expect(error.field).toBe('visit');
      expect(error.message).toMatch(/^visit: /);
    }
  });
});
