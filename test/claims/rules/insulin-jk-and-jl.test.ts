import { rule } from '../../../src/claims/rules/insulin-jk-and-jl.js';
import { L, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [{ name: 'JL alone', claim: [L('J1817', ['KX', 'JL'])] }],
  invalid: [{ name: 'JK and JL', claim: [L('J1817', ['KX', 'JK', 'JL'])], lines: [1] }],
});
