import { rule } from '../../../src/claims/rules/q2052-units-per-day.js';
import { L, ruleTester } from '../rule-tester.js';

// A52509: "Only one unit of service of Q2052 shall be paid per infusion date of service" — counted
// across the claim's lines for the day, not per line.
ruleTester(rule, {
  valid: [{ name: 'one a day', claim: [L('Q2052'), L('Q2052', [], 1, '2026-03-03')] }],
  invalid: [
    { name: 'two units on one day', claim: [L('Q2052', [], 2)], lines: [1] },
    { name: 'two lines of one unit on one day: the second is over', claim: [L('Q2052'), L('Q2052', [], 1, '2026-03-03'), L('Q2052')], lines: [3] },
  ],
});
