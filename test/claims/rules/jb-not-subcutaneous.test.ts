import { rule } from '../../../src/claims/rules/jb-not-subcutaneous.js';
import { L, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [{ name: 'JB on an SCIg', claim: [L('E0779', ['KX', 'JB']), L('J1559', ['KX', 'JB'])] }, { name: 'JB on a drug of any route', claim: [L('E0781', ['KX']), L('J2260', ['KX', 'JB'])] }],
  invalid: [{ name: 'JB on an IVIG (intravenous only) and on enteral carbidopa/levodopa', claim: [L('J1459', ['JB'], 300), L('E0781', ['KX']), L('J7340', ['KX', 'JB'])], lines: [1, 3] }],
});
