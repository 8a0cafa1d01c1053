import { rule } from '../../../src/claims/rules/jw-jz-conflict.js';
import { L, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [{ name: 'A52507 scenario 1: dose and JW discard', claim: [L('J9039', ['KX'], 95), L('J9039', ['KX', 'JW'], 5)] }],
  invalid: [{ name: 'JW here, JZ on the dose line', claim: [L('J9039', ['KX', 'JZ'], 95), L('J9039', ['KX', 'JW'], 5)], lines: [2] }],
});
