import { rule } from '../../../src/claims/rules/battery-with-rented-pump.js';
import { L, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [{ name: 'owned pump', claim: [L('E0781', ['KX']), L('K0601', [], 2)] }],
  invalid: [{ name: 'K0604 and A4602 with a rented pump', claim: [L('E0781', ['KX', 'RR']), L('K0604'), L('A4602')], lines: [2, 3] }],
});
