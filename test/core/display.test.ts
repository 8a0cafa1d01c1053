import { describe, expect, it } from 'vitest';
import { JUPYTER_DISPLAY, attachDisplay, displayMethod, tablesToHtml, tablesToMarkdown } from '../../src/core/display.js';
import { deepFreeze } from '../../src/core/freeze.js';

describe('Jupyter display', () => {
  const table = { title: 'T', headers: ['a', 'b|c'], rows: [['1', '<x>']] };

  it('renders markdown and html with escaping', () => {
    expect(tablesToMarkdown([table])).toBe('**T**\n\n| a | b\\|c |\n| --- | --- |\n| 1 | <x> |');
    expect(tablesToHtml([table])).toBe(
      '<table><caption>T</caption><thead><tr><th>a</th><th>b|c</th></tr></thead><tbody><tr><td>1</td><td>&lt;x&gt;</td></tr></tbody></table>',
    );
  });

  it('attaches an invisible display method that survives freezing', () => {
    const show = displayMethod<{ n: number }>((v) => [{ headers: ['n'], rows: [[String(v.n)]] }]);
    const value = deepFreeze(attachDisplay({ n: 2 }, show));
    expect(Object.keys(value)).toEqual(['n']);
    expect(JSON.stringify(value)).toBe('{"n":2}');
    const shown = (value as unknown as Record<symbol, () => Record<string, string>>)[JUPYTER_DISPLAY]!();
    expect(shown['text/markdown']).toContain('| 2 |');
    expect(shown['text/html']).toContain('<td>2</td>');
    expect(Object.isFrozen(value)).toBe(true);
  });
});
