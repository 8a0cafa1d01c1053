import { rule } from '../../../src/claims/rules/jw-without-dose-line.js';
import { L, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [{ name: 'dose and discard', claim: [L('J9039', ['KX'], 95), L('J9039', ['KX', 'JW'], 5)] }],
  invalid: [
    { name: 'discard only, or the dose on another day', claim: [L('J9039', ['KX', 'JW'], 5), L('J9039', ['KX'], 95, '2026-03-03')], lines: [1] },
    // Another JW line is a discarded amount too, not the amount given.
    { name: 'two JW lines and no dose line', claim: [L('J9039', ['KX', 'JW'], 5), L('J9039', ['KX', 'JW'], 3)], lines: [1, 2] },
  ],
});
