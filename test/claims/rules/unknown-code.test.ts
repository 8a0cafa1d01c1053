import { rule } from '../../../src/claims/rules/unknown-code.js';
import { L, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [{ name: 'catalog codes, S-codes and invalid codes', claim: [L('J2260', ['KX']), L('S9999'), L('J9999')] }],
  invalid: [{ name: 'a well-formed code the library does not hold', claim: [L('A1234')], lines: [1] }],
});
