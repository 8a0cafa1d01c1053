import { rule } from '../../../src/claims/rules/insulin-jl-may-june-2023.js';
import { L, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [{ name: 'JL in July 2023', claim: [L('J1817', ['KX', 'JL'], 1, '2023-07-01')] }],
  invalid: [{ name: 'JL in May 2023', claim: [L('J1817', ['KX', 'JL'], 1, '2023-05-10')], lines: [1] }],
});
