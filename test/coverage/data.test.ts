import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { REASON_CODES } from '../../src/classify/reasons.js';
import { REQUIREMENT_IDS } from '../../src/core/requirement-ids.js';
import { getSource } from '../../src/core/source-registry.js';
import { loadCoverage } from '../../src/generated/coverage.js';

const CLASSIFY_DATA = loadCoverage();

describe('coverage model: integrity', () => {
  it('holds the 460 A52507 ICD-10 codes in six groups (426 diabetes codes)', () => {
    const sizes = CLASSIFY_DATA.icd10Groups.map((g) => g.codes.length);
    expect(sizes).toEqual([426, 1, 25, 4, 3, 1]);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(460);
    // Spot checks against the source table: E11 has no .10/.11, E10 no .00/.01.
    const diabetes = new Set(CLASSIFY_DATA.icd10Groups[0]?.codes);
    expect(diabetes.has('E11.00')).toBe(true);
    expect(diabetes.has('E11.10')).toBe(false);
    expect(diabetes.has('E10.00')).toBe(false);
    expect(diabetes.has('E13.37X9')).toBe(true);
    expect(CLASSIFY_DATA.icd10Groups.every((g) => g.mappingInferred)).toBe(true);
  });

  it('holds the 25-code PID list of BPM ch. 15 §50.6, with D81.82 and without D80.1', () => {
    expect(CLASSIFY_DATA.pid.codes).toHaveLength(25);
    expect(CLASSIFY_DATA.pid.codes).toContain('D81.82');
    expect(CLASSIFY_DATA.pid.codes).not.toContain('D80.1');
    // Same codes as A52507 group 3 (primary immune deficiency).
    expect([...CLASSIFY_DATA.pid.codes].sort()).toEqual([...(CLASSIFY_DATA.icd10Groups[2]?.codes ?? [])].sort());
  });

  it('cites a registered source on every rule and HIT period', () => {
    for (const rule of CLASSIFY_DATA.rules) {
      expect(rule.citations.length, rule.id).toBeGreaterThan(0);
      for (const c of rule.citations) expect(getSource(c.id), `${rule.id}: ${c.id}`).toBeDefined();
      for (const h of rule.hit ?? []) expect(h.citations.length, rule.id).toBeGreaterThan(0);
    }
  });

  it('requires only shared documentation requirement ids', () => {
    const ids = new Set<string>(REQUIREMENT_IDS);
    for (const rule of CLASSIFY_DATA.rules) for (const r of rule.requires) expect(ids.has(r), `${rule.id}: ${r}`).toBe(true);
  });

  it('never gives insulin a HIT category, and ties epoprostenol/treprostinil to K0455 only', () => {
    const insulin = CLASSIFY_DATA.rules.filter((r) => r.indication === 'IV');
    expect(insulin.length).toBeGreaterThan(0);
    for (const r of insulin) {
      expect(r.hit ?? []).toEqual([]);
      expect(r.pumps).toEqual(['E0784']);
    }
    const ph = CLASSIFY_DATA.rules.find((r) => r.codes.includes('J1325'));
    expect(ph?.pumps).toEqual(['K0455']);
  });

  it('states the S-code rule once: every S-code but S3620 (HCPCS file, coverage code D) is coverage code I', () => {
    expect(CLASSIFY_DATA.sCodes.exceptions).toEqual(['S3620']);
    expect(CLASSIFY_DATA.sCodes.citations[0]!.id).toBe('hcpcs-2025-oct-anweb');
  });

  it('cites every policy-level fact and every doubt', () => {
    const { rules: _r, icd10Groups: _g, pid, sCodes, icd10Citations, quantityLimits, dispensingLimits, hitContractor, ...facts } = CLASSIFY_DATA;
    for (const [name, fact] of Object.entries(facts)) expect((fact as unknown as { citations: unknown[] }).citations.length, name).toBeGreaterThan(0);
    for (const x of [pid, sCodes, ...quantityLimits, ...dispensingLimits, ...hitContractor]) expect(x.citations.length).toBeGreaterThan(0);
    expect(icd10Citations.length).toBeGreaterThan(0);
    for (const rule of CLASSIFY_DATA.rules) for (const d of rule.doubts ?? []) expect(d.citations.length, rule.id).toBeGreaterThan(0);
  });

  it('documents every reason code in docs/which-benefit.md', () => {
    const doc = readFileSync(new URL('../../docs/which-benefit.md', import.meta.url), 'utf8');
    for (const code of Object.keys(REASON_CODES)) expect(doc, code).toContain(`\`${code}\``);
  });
});
