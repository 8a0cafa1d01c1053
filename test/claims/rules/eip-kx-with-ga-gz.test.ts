import { rule } from '../../../src/claims/rules/eip-kx-with-ga-gz.js';
import { L, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [{ name: 'KX alone', claim: [L('E0779', ['KX'])] }],
  invalid: [{ name: 'KX with GZ, KX with GA', claim: [L('E0779', ['KX', 'GZ']), L('J2260', ['KX', 'GA'])], lines: [1, 2] }],
});
