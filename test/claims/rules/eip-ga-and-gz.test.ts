import { rule } from '../../../src/claims/rules/eip-ga-and-gz.js';
import { L, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [{ name: 'GA alone', claim: [L('E0779', ['GA'])] }],
  invalid: [{ name: 'GA and GZ', claim: [L('E0779', ['GA', 'GZ'])], lines: [1] }],
});
