import { rule } from '../../../src/claims/rules/code-invalid-for-medicare.js';
import { L, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [{ name: 'A4230 is only invalid for the DME MAC', claim: [L('A4230')] }],
  invalid: [{ name: 'A4232', claim: [L('A4232')], lines: [1] }],
});
