import { rule } from '../../../src/claims/rules/modifier-not-in-effect.js';
import { L, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [{ name: 'JZ from 2023-01-01', claim: [L('J9039', ['KX', 'JZ'], 1, '2023-01-01')] }],
  invalid: [{ name: 'JZ before 2023, JK before 2023-04-01', claim: [L('J9039', ['JZ'], 1, '2022-12-31'), L('J1817', ['KX', 'JK'], 1, '2023-03-31')], lines: [1, 2] }],
});
