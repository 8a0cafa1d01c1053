import { rule } from '../../../src/claims/rules/insulin-jk-jl-missing.js';
import { L, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [{ name: 'JK', claim: [L('J1817', ['KX', 'JK'])] }, { name: 'before 2023-04-01', claim: [L('J1817', ['KX'], 1, '2023-03-31')] }],
  invalid: [{ name: 'J1817 and J1811 without JK or JL', claim: [L('J1817', ['KX']), L('J1811', ['KX'])], lines: [1, 2] }],
});
