import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CLAIM_CHECKS_DOC, withFindingTable } from '../../scripts/docs-claim-checks.js';
import { CLAIM_RULES } from '../../src/claims/rules/index.js';
import { CLAIM_FINDINGS } from '../../src/index.js';

describe('the finding list in docs/claim-checks.md', () => {
  it('is generated from the rule modules and current (run npm run docs:claims)', () => {
    const doc = readFileSync(CLAIM_CHECKS_DOC, 'utf8');
    expect(withFindingTable(doc)).toBe(doc);
  });

  it('has one rule module per finding code, and CLAIM_FINDINGS is built from them', () => {
    const codes = CLAIM_RULES.map((r) => r.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(Object.keys(CLAIM_FINDINGS).sort()).toEqual([...codes].sort());
  });
});
