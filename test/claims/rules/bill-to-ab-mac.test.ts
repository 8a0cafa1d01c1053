import { rule } from '../../../src/claims/rules/bill-to-ab-mac.js';
import { L, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [{ name: 'an external pump', claim: [L('E0781', ['KX'])] }],
  invalid: [{ name: 'implantable pump items', claim: [L('E0782'), L('E0783'), L('E0785'), L('E0786')], lines: [1, 2, 3, 4] }],
});
