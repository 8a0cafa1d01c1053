import { describe, expect, it } from 'vitest';
import { codeRecords, findCodeRecord } from '../../src/catalog/lookup.js';
import { getSource } from '../../src/index.js';
import { loadClaimRules } from '../../src/generated/claim-rules.js';
import { CLAIM_FINDINGS } from '../../src/claims/rules/index.js';

const CLAIM_RULES = loadClaimRules();

/** Every citation object reachable from the rule data. */
function citations(value: unknown, out: { id: string; url: string; title: string }[] = []): typeof out {
  if (Array.isArray(value)) for (const v of value) citations(v, out);
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.id === 'string' && typeof o.url === 'string' && typeof o.title === 'string') out.push(o as never);
    else for (const v of Object.values(o)) citations(v, out);
  }
  return out;
}

describe('claim rule data', () => {
  it('is frozen and every rule group is cited from the registry', () => {
    expect(Object.isFrozen(CLAIM_RULES)).toBe(true);
    const all = citations(CLAIM_RULES);
    expect(all.length).toBeGreaterThanOrEqual(20);
    for (const c of all) {
      const source = getSource(c.id);
      expect(source, c.id).toBeDefined();
      expect(c.url).toBe(source!.url);
    }
    for (const group of CLAIM_RULES.invalidCodes) {
      expect(group.citation.id).toMatch(/^(article-a52507|hcpcs-)/);
    }
  });

  it('holds no coverage fact: which codes need KX, JB, JK/JL and which pumps a supply goes with live in data/coverage', () => {
    expect(Object.keys(CLAIM_RULES).sort()).toEqual([
      'drugWastage', 'hitVisits', 'invalidCodes', 'maxUnitsPerLine', 'modifiers', 'notByDurablePump', 'rentedPumpBatteries', 'singlePump',
    ]);
  });

  it('the codes it names are catalog codes (batteries are supplies; the single pump is a pump)', () => {
    const kindOf = (code: string) => codeRecords(code).at(-1)?.kind;
    for (const b of CLAIM_RULES.rentedPumpBatteries.batteries) expect(kindOf(b), b).toBe('supply');
    expect(kindOf(CLAIM_RULES.singlePump.code)).toBe('pump');
    expect(findCodeRecord('A4602', '2026-03-02')!.descriptor).toContain('owned by patient');
  });

  it('modifier dates match the HCPCS file add dates the catalog would use', () => {
    const from = Object.fromEntries(CLAIM_RULES.modifiers.map((m) => [m.code, m.from]));
    expect(from).toMatchObject({ JZ: '2023-01-01', JK: '2023-04-01', JL: '2023-04-01', JW: '2003-01-01', KX: '2002-07-01' });
  });

  it('every finding code is documented with a severity and a summary', () => {
    for (const [code, def] of Object.entries(CLAIM_FINDINGS)) {
      expect(code).toMatch(/^[A-Z0-9_]+$/);
      expect(['error', 'warning']).toContain(def.severity);
      expect(def.summary.length).toBeGreaterThan(20);
    }
  });
});
