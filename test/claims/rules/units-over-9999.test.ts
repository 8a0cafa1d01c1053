import { rule } from '../../../src/claims/rules/units-over-9999.js';
import { L, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [{ name: '9,999 units', claim: [L('J7356', ['KX', 'GY'], 9999)] }],
  invalid: [{ name: '10,000 units on one line (A52507: 4 characters in item 24G)', claim: [L('J7356', ['KX', 'GY'], 10000)], lines: [1] }],
});
