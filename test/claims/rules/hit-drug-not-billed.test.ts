import { rule } from '../../../src/claims/rules/hit-drug-not-billed.js';
import { L, ruleTester } from '../rule-tester.js';

// MLN MM11880 (from 2021-01-01): "the appropriate drug associated with the visit must be billed with
// the visit or no more than 30 days prior to the visit". Day 30 before is in, day 31 is out, and a drug
// billed after the visit does not count.
ruleTester(rule, {
  valid: [
    { name: 'drug on the visit day', claim: [L('G0069', [], 4)], options: { drugLines: [{ hcpcs: 'J1559', dateOfService: '2026-03-02' }] } },
    { name: 'drug 30 days before the visit', claim: [L('G0069', [], 4)], options: { drugLines: [{ hcpcs: 'J1559', dateOfService: '2026-01-31' }] } },
    { name: 'no drug information', claim: [L('G0069', [], 4)] },
    { name: '2020 transitional payment', claim: [L('G0069', [], 4, '2020-03-02')], options: { drugLines: [] } },
    { name: '2020-12-31, the last day before the rule', claim: [L('G0069', [], 4, '2020-12-31')], options: { drugLines: [] } },
  ],
  invalid: [
    { name: 'only a category 1 drug, and one 31 days before', claim: [L('G0069', [], 4), L('G0068', [], 4)], options: { drugLines: [{ hcpcs: 'J1559', dateOfService: '2026-01-30' }] }, lines: [1, 2] },
    { name: 'the drug billed the day after the visit', claim: [L('G0069', [], 4)], options: { drugLines: [{ hcpcs: 'J1559', dateOfService: '2026-03-03' }] }, lines: [1] },
    { name: 'no drug on 2021-01-01, the first day', claim: [L('G0069', [], 4, '2021-01-01')], options: { drugLines: [] }, lines: [1] },
  ],
});
