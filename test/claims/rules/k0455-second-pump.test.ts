import { rule } from '../../../src/claims/rules/k0455-second-pump.js';
import { L, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [{ name: 'one K0455', claim: [L('K0455', ['KX'])] }],
  invalid: [{ name: 'a second K0455 that day, and two units', claim: [L('K0455', ['KX']), L('K0455', ['KX']), L('K0455', ['KX'], 2, '2026-03-03')], lines: [2, 3] }],
});
