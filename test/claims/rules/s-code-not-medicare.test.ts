import { rule } from '../../../src/claims/rules/s-code-not-medicare.js';
import { L, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [{ name: 'S3620, coverage code D', claim: [L('S3620')] }, { name: 'a J-code', claim: [L('J2260', ['KX'])] }],
  invalid: [{ name: 'S9494 and S9562 (not in the catalog)', claim: [L('S9494'), L('S9562')], lines: [1, 2] }],
});
