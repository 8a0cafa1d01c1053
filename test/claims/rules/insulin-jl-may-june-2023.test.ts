import { rule } from '../../../src/claims/rules/insulin-jl-may-june-2023.js';
import { L, ruleTester } from '../rule-tester.js';

// A52507, JK and JL modifiers: for dates of service in May and June 2023 (2023-05-01 to 2023-06-30,
// both days included) only a one-month supply of J1817 with JK may be billed; JL lines are returned
// as unprocessable. The first and last days of the block are tested, and the days either side.
ruleTester(rule, {
  valid: [
    { name: 'JL in July 2023', claim: [L('J1817', ['KX', 'JL'], 1, '2023-07-01')] },
    { name: 'JL on 2023-04-30, the day before the block', claim: [L('J1817', ['KX', 'JL'], 1, '2023-04-30')] },
    { name: 'JK in May 2023', claim: [L('J1817', ['KX', 'JK'], 1, '2023-05-10')] },
  ],
  invalid: [
    { name: 'JL in May 2023', claim: [L('J1817', ['KX', 'JL'], 1, '2023-05-10')], lines: [1] },
    { name: 'JL on 2023-05-01 and on 2023-06-30, the first and last days of the block', claim: [L('J1817', ['KX', 'JL'], 1, '2023-05-01'), L('J1817', ['KX', 'JL'], 1, '2023-06-30')], lines: [1, 2] },
  ],
});
