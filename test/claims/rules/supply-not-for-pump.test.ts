import { rule } from '../../../src/claims/rules/supply-not-for-pump.js';
import { L, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { name: 'A4221 with E0781', claim: [L('E0781', ['KX']), L('A4221', ['KX'])] },
    { name: 'IV pole with the stationary pump', claim: [L('E0791', ['KX']), L('E0776')] },
    { name: 'IV pole with parenteral nutrition', claim: [L('E0781', ['KX']), L('B9004'), L('E0776')] },
  ],
  invalid: [
    { name: 'A4221 with E0784', claim: [L('E0784', ['KX']), L('A4221', ['KX'])], lines: [2] },
    { name: 'A4224 with K0455', claim: [L('K0455', ['KX']), L('A4224', ['KX'])], lines: [2] },
    { name: 'IV pole with an ambulatory pump', claim: [L('E0781', ['KX']), L('E0776')], lines: [2] },
  ],
});
