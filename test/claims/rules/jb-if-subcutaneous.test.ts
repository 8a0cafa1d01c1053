import { rule } from '../../../src/claims/rules/jb-if-subcutaneous.js';
import { L, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { name: 'with JB', claim: [L('J1559', ['KX', 'JB'])] },
    { name: 'J1569 with Q2052: home IVIG, intravenous', claim: [L('J1569', [], 300), L('Q2052')] },
  ],
  invalid: [{ name: 'Hizentra alone without JB', claim: [L('J1559', ['KX'])], lines: [1] }],
});
