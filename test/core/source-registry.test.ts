import { describe, expect, it } from 'vitest';
import { getSource, listSources } from '../../src/core/source-registry.js';
import { expectInvalidInput } from '../helpers.js';

describe('getSource', () => {
  it('finds a registered source by id, read like a code (case and surrounding spaces ignored)', () => {
    const lcd = getSource('lcd-l33794');
    expect(lcd?.url).toBe('https://www.cms.gov/medicare-coverage-database/view/lcd.aspx?lcdid=33794');
    expect(getSource(' LCD-L33794 ')).toBe(lcd);
  });

  it('returns undefined for an id the registry does not hold', () => {
    expect(getSource('lcd-l99999')).toBeUndefined();
    expect(getSource('')).toBeUndefined();
  });

  it('refuses a non-string id with INVALID_INPUT naming id', () => {
    expectInvalidInput(() => getSource(42 as never), 'id');
    expectInvalidInput(() => getSource(undefined as never), 'id');
  });

  it('every listed source is found by its own id', () => {
    for (const source of listSources()) expect(getSource(source.id)).toBe(source);
  });
});
