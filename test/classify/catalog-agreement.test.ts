/**
 * The classifier and the catalog describe the same codes. For each rule code, the at-home answer
 * (with the rule's own pump and route) must be one of the catalog record's benefits and carry the
 * same HIT category, except for the differences listed here with their reason.
 */
import { describe, expect, it } from 'vitest';
import { findCodeRecord } from '../../src/catalog/lookup.js';
import { classify } from '../../src/classify/classify.js';
import { classifyRuleTable } from '../../src/classify/rules.js';

const D = '2026-03-02';

// code -> why the two modules answer differently on purpose.
const KNOWN: Record<string, string> = {
  // BPM ch. 15 §320.7: home infusion drugs are given IV or SC; the catalog keeps the statutory category 1.
  J2278: 'ziconotide is intrathecal: no HIT category from the classifier',
  // LCD L33794: J7999 through a pump is not reasonable and necessary; the catalog gives the benefit category.
  J7999: 'compounded drug: classifier answers not-covered, catalog part-b-dme',
  // LCD L33794 V(B) excludes meperidine; the classifier sends the drug to Part D, the catalog says not-covered (Part B).
  J2175: 'meperidine: classifier part-d (drug only), catalog not-covered with the statutory HIT category',
  // Given intravenously these are home IVIG (no HIT); the catalog category 2 is for subcutaneous (JB) use.
  J1561: 'IV use is home IVIG, no HIT category',
  J1569: 'IV use is home IVIG, no HIT category',
};

describe('classify and catalog agree', () => {
  const table = classifyRuleTable();
  for (const rule of table.rules) {
    for (const code of rule.codes) {
      const record = findCodeRecord(code, D);
      if (!record || rule.notInCatalog?.includes(code) || KNOWN[code]) continue;
      it(`${code} (${rule.id})`, () => {
        const result = classify({
          hcpcs: code, dateOfService: D, setting: 'home',
          ...(rule.devices?.[0] ? { device: rule.devices[0] } : {}),
          ...(rule.defaultRoute ?? rule.routes?.[0] ? { route: rule.defaultRoute ?? rule.routes?.[0] } : {}),
        });
        expect(record.benefits).toContain(result.benefit);
        expect(result.hitCategory).toBe(record.hitCategory);
      });
    }
  }

  it('lists only differences that still exist', () => {
    for (const code of Object.keys(KNOWN)) {
      const record = findCodeRecord(code, D);
      const rule = table.rules.find((r) => r.codes.includes(code) && r.kind !== 'ivig-drug') ?? table.rules.find((r) => r.codes.includes(code));
      const result = classify({ hcpcs: code, dateOfService: D, setting: 'home', route: code === 'J1561' || code === 'J1569' ? 'intravenous' : rule?.defaultRoute, device: code === 'J1561' || code === 'J1569' ? undefined : rule?.devices?.[0] });
      const same = record !== undefined && record.benefits.includes(result.benefit) && record.hitCategory === result.hitCategory;
      expect(same, code).toBe(false);
    }
  });
});
