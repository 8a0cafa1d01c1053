import { rule } from '../../../src/claims/rules/jw-jz-conflict.js';
import { L, ruleTester } from '../rule-tester.js';

// A52507, JW and JZ modifiers: JW reports the amount discarded, JZ that nothing was discarded; a drug
// on one date cannot be both. A JW line conflicts with a JZ dose line of the same drug and date (a
// line carrying both JW and JZ is the JW_AND_JZ finding, not this one's).
ruleTester(rule, {
  valid: [
    { name: 'A52507 scenario 1: dose and JW discard', claim: [L('J9039', ['KX'], 95), L('J9039', ['KX', 'JW'], 5)] },
    { name: 'JZ on two dose lines', claim: [L('J9039', ['KX', 'JZ'], 95), L('J9039', ['KX', 'JZ'], 5)] },
    { name: 'JZ dose and a line with both JW and JZ', claim: [L('J9039', ['KX', 'JZ'], 95), L('J9039', ['KX', 'JW', 'JZ'], 5)] },
    { name: 'a JW line and a line with both JW and JZ', claim: [L('J9039', ['KX', 'JW'], 5), L('J9039', ['KX', 'JW', 'JZ'], 5)] },
    { name: 'JW today, JZ on another day', claim: [L('J9039', ['KX', 'JZ'], 95, '2026-03-03'), L('J9039', ['KX', 'JW'], 5)] },
  ],
  invalid: [{ name: 'JW here, JZ on the dose line', claim: [L('J9039', ['KX', 'JZ'], 95), L('J9039', ['KX', 'JW'], 5)], lines: [2], messages: [/J9039 on 2026-03-02 is billed with JW .* and with JZ .* on another line/] }],
});
