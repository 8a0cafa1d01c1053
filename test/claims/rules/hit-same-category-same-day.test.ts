import { rule } from '../../../src/claims/rules/hit-same-category-same-day.js';
import { L, ruleTester } from '../rule-tester.js';

// BPM ch. 15 §320.8 and §320.8.2, 42 CFR 414.1550(b): a unit of single payment per payment category
// for each infusion drug administration calendar day. Two categories on one day, or one category on
// two days, are both paid.
ruleTester(rule, {
  valid: [
    { name: 'two categories on one day', claim: [L('G0068', [], 4), L('G0069', [], 4)] },
    { name: 'category 1 on two days', claim: [L('G0088', [], 4, '2026-03-02'), L('G0068', [], 4, '2026-03-03')] },
  ],
  invalid: [
    { name: 'initial and subsequent category 1 on one day', claim: [L('G0088', [], 4), L('G0068', [], 4)], lines: [2] },
    { name: 'three category 2 visits on one day: the second and third', claim: [L('G0069', [], 4), L('G0069', [], 4), L('G0069', [], 4)], lines: [2, 3] },
  ],
});
