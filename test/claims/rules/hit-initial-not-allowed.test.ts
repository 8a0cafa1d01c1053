import { rule } from '../../../src/claims/rules/hit-initial-not-allowed.js';
import { L, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { name: 'day 61 after a discharge', claim: [L('G0088', [], 4, '2026-03-03')], options: { priorHitVisits: [{ date: '2026-01-01', discharged: true }] } },
    { name: 'first visit', claim: [L('G0088', [], 4)] },
  ],
  invalid: [
    { name: 'day 60, any supplier', claim: [L('G0088', [], 4)], options: { priorHitVisits: [{ date: '2026-01-01', discharged: true }] }, lines: [1] },
    { name: 'an earlier visit on the claim', claim: [L('G0068', [], 4, '2026-02-01'), L('G0090', [], 4)], lines: [2] },
    { name: 'before 2021', claim: [L('G0089', [], 4, '2020-06-01')], lines: [1] },
  ],
});
