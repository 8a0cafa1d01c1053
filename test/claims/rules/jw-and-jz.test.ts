import { rule } from '../../../src/claims/rules/jw-and-jz.js';
import { L, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [{ name: 'JZ alone', claim: [L('J9039', ['KX', 'JZ'])] }],
  invalid: [{ name: 'JW and JZ', claim: [L('J9039', ['KX', 'JW', 'JZ'])], lines: [1] }],
});
