import { rule } from '../../../src/claims/rules/quantity-over-monthly-limit.js';
import { L, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [{ name: '875 units in March', claim: [L('J9039', ['KX'], 500, '2026-03-01'), L('J9039', ['KX'], 375, '2026-03-20')] }, { name: '875 in March and 875 in April', claim: [L('J9039', ['KX'], 875, '2026-03-31'), L('J9039', ['KX'], 875, '2026-04-01')] }],
  invalid: [
    { name: '876 units in March', claim: [L('J9039', ['KX'], 500, '2026-03-01'), L('J9039', ['KX'], 376, '2026-03-20')], lines: [2], messages: [/J9039: 876 units in 2026-03 on this claim, above the 875 units a month/] },
    // The month is reported once, on the line that crosses the limit; later lines are part of the same excess.
    { name: 'the line that crosses 875, not the ones after it', claim: [L('J9039', ['KX'], 500, '2026-03-01'), L('J9039', ['KX'], 376, '2026-03-20'), L('J9039', ['KX'], 10, '2026-03-25')], lines: [2] },
  ],
});
