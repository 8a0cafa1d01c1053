import { rule } from '../../../src/claims/rules/insulin-jk-and-jl.js';
import { L, ruleTester } from '../rule-tester.js';

// A52507, JK and JL modifiers (from 2023-04-01): JK is a one-month-or-less supply, JL a three-month
// supply; a line is one or the other. Before 2023-04-01 the modifiers did not apply.
ruleTester(rule, {
  valid: [
    { name: 'JL alone', claim: [L('J1817', ['KX', 'JL'])] },
    { name: 'JK and JL on 2023-03-31, before the modifiers applied', claim: [L('J1817', ['KX', 'JK', 'JL'], 1, '2023-03-31')] },
    // The JK/JL sentence of A52507 is about insulin (indication IV); other drugs are not its subject.
    { name: 'JK and JL on milrinone', claim: [L('E0781', ['KX']), L('J2260', ['KX', 'JK', 'JL'])] },
  ],
  invalid: [
    { name: 'JK and JL', claim: [L('J1817', ['KX', 'JK', 'JL'])], lines: [1] },
    { name: 'JK and JL on 2023-04-01, the first day', claim: [L('J1817', ['KX', 'JK', 'JL'], 1, '2023-04-01')], lines: [1] },
  ],
});
