import { rule } from '../../../src/claims/rules/hit-initial-not-allowed.js';
import { L, ruleTester } from '../rule-tester.js';

// BPM ch. 15 §320.8.3: initial-visit codes (G0088-G0090) start on 2021-01-01; a new
// initial visit needs a discharge and more than 60 days without a HIT visit (any supplier). The
// finding says which of the two failed.
ruleTester(rule, {
  valid: [
    { name: 'day 61 after a discharge', claim: [L('G0088', [], 4, '2026-03-03')], options: { priorHitVisits: [{ date: '2026-01-01', discharged: true }] } },
    { name: 'first visit', claim: [L('G0088', [], 4)] },
    { name: 'first visit on 2021-01-01, the first day of initial-visit codes', claim: [L('G0089', [], 4, '2021-01-01')] },
  ],
  invalid: [
    { name: 'day 60, any supplier', claim: [L('G0088', [], 4)], options: { priorHitVisits: [{ date: '2026-01-01', discharged: true }] }, lines: [1], messages: [/last HIT visit is within 60 days \(on 2026-01-01\).*bill G0068/] },
    { name: 'an earlier visit on the claim', claim: [L('G0068', [], 4, '2026-02-01'), L('G0090', [], 4)], lines: [2], messages: [/within 60 days \(on 2026-02-01\).*bill G0070/] },
    { name: 'day 61 without a discharge', claim: [L('G0088', [], 4, '2026-03-03')], options: { priorHitVisits: [{ date: '2026-01-01', discharged: false }] }, lines: [1], messages: [/on 2026-01-01 did not discharge the patient/] },
    { name: 'before 2021', claim: [L('G0089', [], 4, '2020-06-01')], lines: [1], messages: [/initial-visit codes start on 2021-01-01; on 2020-06-01 bill G0069/] },
    { name: 'on 2020-12-31, the last day before', claim: [L('G0088', [], 4, '2020-12-31')], lines: [1] },
    // The history may come in any order: the latest earlier visit is the one compared.
    { name: 'history out of order: the latest visit is within 60 days', claim: [L('G0088', [], 4)], options: { priorHitVisits: [{ date: '2026-02-01', discharged: true }, { date: '2025-01-01', discharged: true }] }, lines: [1], messages: [/within 60 days \(on 2026-02-01\)/] },
  ],
});
