import { rule } from '../../../src/claims/rules/hit-drug-not-checked.js';
import { L, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [{ name: 'drug lines given', claim: [L('G0069', [], 4)], options: { drugLines: [] } }, { name: 'a pump drug on the claim', claim: [L('E0779', ['KX', 'JB']), L('J1559', ['KX', 'JB']), L('G0069', [], 4)] }],
  invalid: [{ name: 'a visit and no drug information', claim: [L('G0069', [], 4)], lines: [1] }],
});
