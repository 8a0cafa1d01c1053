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
    for (const group of [...CLAIM_RULES.eipModifierRequired, ...CLAIM_RULES.jbRequired, ...CLAIM_RULES.invalidCodes]) {
      expect(group.citation.id).toMatch(/^(article-a52507|hcpcs-)/);
    }
  });

  it('every code a KX/GA/GZ rule names is in the catalog on the first day the rule applies to it', () => {
    for (const group of CLAIM_RULES.eipModifierRequired) {
      for (const c of group.codes) {
        const day = c.from ?? codeRecords(c.code)[0]?.effective.from ?? 'none';
        expect(findCodeRecord(c.code, day), `${c.code} on ${day}`).toBeDefined();
        const kind = findCodeRecord(c.code, day)!.kind;
        expect(kind, c.code).toBe(c.role);
      }
    }
  });

  it('the JB, insulin and pump-supply tables name catalog codes of the right kind', () => {
    const kindOf = (code: string) => codeRecords(code).at(-1)?.kind;
    for (const g of CLAIM_RULES.jbRequired) {
      expect(kindOf(g.pump)).toBe('pump');
      for (const d of g.drugs) expect(kindOf(d), d).toBe('drug');
    }
    for (const c of CLAIM_RULES.insulinSupply.codes) {
      expect(kindOf(c.code)).toBe('drug');
      expect(findCodeRecord(c.code, c.from), `${c.code} on ${c.from}`).toBeDefined();
    }
    for (const p of CLAIM_RULES.pumpSupplies.pumps) {
      expect(kindOf(p.pump)).toBe('pump');
      for (const s of [...p.associated, ...p.nonAssociated]) expect(kindOf(s), s).toBe('supply');
    }
  });

  it('the A52507 pump-supply table as published: insulin supplies for E0784 only', () => {
    const byPump = Object.fromEntries(CLAIM_RULES.pumpSupplies.pumps.map((p) => [p.pump, p]));
    expect(Object.keys(byPump).sort()).toEqual(['E0779', 'E0780', 'E0781', 'E0784', 'E0791', 'K0455']);
    expect(byPump.E0784!.nonAssociated).toEqual(['A4221', 'A4222', 'K0552']);
    for (const pump of ['E0779', 'E0780', 'E0781', 'E0791', 'K0455']) {
      expect(byPump[pump]!.associated).toEqual(['A4221', 'A4222', 'K0552']);
      expect(byPump[pump]!.nonAssociated).toEqual(['A4224', 'A4225']);
    }
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
