import { rule } from '../../../src/claims/rules/not-payable-by-medicare.js';
import { L, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [{ name: 'A4232 has its own finding', claim: [L('A4232')] }, { name: 'an S-code has its own finding', claim: [L('S9500')] }],
  invalid: [{ name: 'elastomeric A9274 and CPT 99601', claim: [L('A9274'), L('99601')], lines: [1, 2] }],
});
