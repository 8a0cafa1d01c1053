/**
 * Results that analysts look at in a notebook render as tables in Jupyter (Deno's kernel calls
 * `value[Symbol.for('Jupyter.display')]()`), while staying plain data: the method is invisible to
 * JSON, Object.keys and spreading.
 */
import { describe, expect, it } from 'vitest';
import { checkClaim, classify, documentationRequirements, hitPayment } from '../../src/index.js';

type Displayable = { [key: symbol]: () => Record<string, string> };
function display(value: unknown): Record<string, string> {
  const method = (value as Displayable)[Symbol.for('Jupyter.display')];
  expect(typeof method).toBe('function');
  return method!.call(value);
}

describe('Jupyter display of results', () => {
  it('hitPayment shows its arithmetic', () => {
    const payment = hitPayment({
      dateOfService: '2025-03-05',
      code: 'G0089',
      gaf: 1.0523,
      rates: { year: 2025, rates: { G0068: 20000, G0069: 25000, G0070: 30000, G0088: 24000, G0089: 30001, G0090: 36000 } },
    });
    const shown = display(payment);
    expect(shown['text/markdown']).toContain('| Allowed = national x GAF, rounded half-up to the cent | $315.70 |');
    expect(shown['text/html']).toContain('<td>$315.70</td>');
    expect(Object.keys(payment)).not.toContain('Symbol(Jupyter.display)');
    expect(JSON.parse(JSON.stringify(payment)).allowed).toEqual({ cents: 31570, usd: '$315.70' });
  });

  it('checkClaim shows one row per finding, and an empty result still displays', () => {
    const findings = checkClaim([
      { hcpcs: 'E0784', modifiers: ['KX'], units: 1, dateOfService: '2026-03-02' },
      { hcpcs: 'A4221', modifiers: ['KX'], units: 4, dateOfService: '2026-03-02' },
    ]);
    expect(display(findings)['text/markdown']).toMatch(/\| 2 \| error \| SUPPLY_NOT_FOR_PUMP \|/);
    const clean = checkClaim([{ hcpcs: 'E0784', modifiers: ['KX'], units: 1, dateOfService: '2026-03-02' }]);
    expect(clean).toHaveLength(0);
    expect(display(clean)['text/markdown']).toContain('No findings');
  });

  it('classify shows the answer and its reasons', () => {
    const answer = classify({ hcpcs: 'J2260', dateOfService: '2026-03-02', route: 'intravenous', device: 'external-pump', setting: 'home' });
    const markdown = display(answer)['text/markdown'];
    expect(markdown).toContain('| part-b-dme | dme-mac | 1 | G0088 / G0068 |');
    expect(markdown).toContain('**Why**');
    expect(Object.keys(answer)).not.toContain(Symbol.for('Jupyter.display').toString());
  });

  it('documentationRequirements shows requirements and their elements', () => {
    const list = documentationRequirements({ benefit: 'part-b-dme', hcpcs: 'J1559', dateOfService: '2026-03-02' });
    const markdown = display(list)['text/markdown'];
    expect(markdown).toContain('(standard-written-order)');
    expect(markdown).toContain('| practitioner-signature |');
    expect(Array.isArray(list) && Object.isFrozen(list)).toBe(true);
    // Criteria joined by "or" show which alternative needs them.
    const insulin = display(documentationRequirements({ benefit: 'part-b-dme', hcpcs: 'E0784' }))['text/markdown'];
    expect(insulin).toMatch(/\| pump-before-medicare \| Criterion D: [^|]* \| for criterion-d \|/);
  });
});
