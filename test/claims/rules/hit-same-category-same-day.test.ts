import { rule } from '../../../src/claims/rules/hit-same-category-same-day.js';
import { L, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [{ name: 'two categories on one day', claim: [L('G0068', [], 4), L('G0069', [], 4)] }],
  invalid: [{ name: 'initial and subsequent category 1 on one day', claim: [L('G0088', [], 4), L('G0068', [], 4)], lines: [2] }],
});
