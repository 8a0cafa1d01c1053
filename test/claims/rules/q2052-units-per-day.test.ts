import { rule } from '../../../src/claims/rules/q2052-units-per-day.js';
import { L, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [{ name: 'one a day', claim: [L('Q2052'), L('Q2052', [], 1, '2026-03-03')] }],
  invalid: [{ name: 'two units on one day', claim: [L('Q2052', [], 2)], lines: [1] }],
});
