import { rule } from '../../../src/claims/rules/jb-missing.js';
import { L, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [{ name: 'JB on both', claim: [L('E0779', ['KX', 'JB']), L('J1559', ['KX', 'JB'])] }],
  invalid: [
    { name: 'JB on neither', claim: [L('E0779', ['KX']), L('J1559', ['KX'])], lines: [2, 1] },
    { name: 'HyQvia and E0781 without JB on the pump', claim: [L('E0781', ['KX']), L('J1575', ['KX', 'JB'])], lines: [1] },
  ],
});
