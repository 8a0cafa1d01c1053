import { rule } from '../../../src/claims/rules/hit-drug-not-checked.js';
import { L, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { name: 'drug lines given', claim: [L('G0069', [], 4)], options: { drugLines: [] } },
    { name: 'a pump drug on the claim', claim: [L('E0779', ['KX', 'JB']), L('J1559', ['KX', 'JB']), L('G0069', [], 4)] },
    // MLN MM11880's 30-day drug rule starts with the permanent benefit, 2021-01-01.
    { name: '2020-12-31, before the rule', claim: [L('G0069', [], 4, '2020-12-31')] },
  ],
  invalid: [
    { name: 'a visit and no drug information', claim: [L('G0069', [], 4)], lines: [1] },
    { name: 'on 2021-01-01, the first day', claim: [L('G0069', [], 4, '2021-01-01')], lines: [1] },
  ],
});
