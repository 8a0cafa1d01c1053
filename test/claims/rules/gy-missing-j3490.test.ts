import { rule } from '../../../src/claims/rules/gy-missing-j3490.js';
import { L, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [{ name: 'J3490 with GY', claim: [L('J3490', ['GY'])] }],
  invalid: [{ name: 'J3490 without GY', claim: [L('J3490')], lines: [1] }],
});
