import { rule } from '../../../src/claims/rules/code-invalid-for-dme-mac.js';
import { L, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [{ name: 'A4224 (which includes A4230/A4231)', claim: [L('A4224', ['KX'])] }],
  invalid: [{ name: 'A4230, A4231, J9999', claim: [L('A4230'), L('A4231'), L('J9999')], lines: [1, 2, 3] }],
});
