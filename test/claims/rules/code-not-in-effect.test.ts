import { rule } from '../../../src/claims/rules/code-not-in-effect.js';
import { L, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [{ name: 'gallium on its last day', claim: [L('J1457', ['KX', 'GY'], 1, '2025-12-31')] }],
  invalid: [{ name: 'gallium J1457 from 2026-01-01 (A52507: J7799 instead)', claim: [L('J1457', [], 1, '2026-01-01')], lines: [1] }],
});
