import { rule } from '../../../src/claims/rules/q2052-without-drug.js';
import { L, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [{ name: 'with IVIG 30 days before', claim: [L('J1459', [], 300, '2026-01-31'), L('Q2052')] }, { name: 'drug billed elsewhere', claim: [L('Q2052')], options: { drugLines: [{ hcpcs: 'J1569', dateOfService: '2026-03-01' }] } }],
  invalid: [
    { name: 'no drug, or one 31 days away', claim: [L('J1459', [], 300, '2026-01-30'), L('Q2052')], lines: [2] },
    // Only an immune globulin of the home IVIG benefit counts, not any drug billed elsewhere.
    { name: 'a drug billed elsewhere that is not IVIG', claim: [L('Q2052')], options: { drugLines: [{ hcpcs: 'J2260', dateOfService: '2026-03-01' }] }, lines: [1] },
  ],
});
