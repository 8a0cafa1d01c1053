import { rule } from '../../../src/claims/rules/hit-drug-not-billed.js';
import { L, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [{ name: 'drug on the visit day', claim: [L('G0069', [], 4)], options: { drugLines: [{ hcpcs: 'J1559', dateOfService: '2026-03-02' }] } }, { name: 'no drug information', claim: [L('G0069', [], 4)] }, { name: '2020 transitional payment', claim: [L('G0069', [], 4, '2020-03-02')], options: { drugLines: [] } }],
  invalid: [{ name: 'only a category 1 drug, and one 31 days before', claim: [L('G0069', [], 4), L('G0068', [], 4)], options: { drugLines: [{ hcpcs: 'J1559', dateOfService: '2026-01-30' }] }, lines: [1, 2] }],
});
