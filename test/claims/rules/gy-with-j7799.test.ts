import { rule } from '../../../src/claims/rules/gy-with-j7799.js';
import { L, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [{ name: 'J7799 through the pump', claim: [L('E0781', ['KX']), L('J7799', ['KX'])] }],
  invalid: [{ name: 'J7799 with GY', claim: [L('J7799', ['GY'])], lines: [1] }],
});
