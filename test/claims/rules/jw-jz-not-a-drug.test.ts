import { rule } from '../../../src/claims/rules/jw-jz-not-a-drug.js';
import { L, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [{ name: 'JZ on a drug', claim: [L('J9039', ['KX', 'JZ'])] }],
  invalid: [{ name: 'JW on a pump', claim: [L('E0781', ['KX', 'JW'])], lines: [1] }],
});
