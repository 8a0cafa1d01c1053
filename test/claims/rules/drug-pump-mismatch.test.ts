import { rule } from '../../../src/claims/rules/drug-pump-mismatch.js';
import { L, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { name: 'Hizentra with E0779', claim: [L('E0779', ['KX', 'JB']), L('J1559', ['KX', 'JB'])] },
    { name: 'Xembify with either pump', claim: [L('E0781', ['KX', 'JB']), L('J1558', ['KX', 'JB'])] },
    { name: 'no pump on the claim', claim: [L('J1575', ['KX', 'JB'])] },
  ],
  invalid: [
    { name: 'HyQvia J1575 with E0779 (A52507: E0781)', claim: [L('E0779', ['KX', 'JB']), L('J1575', ['KX', 'JB'])], lines: [2] },
    { name: 'treprostinil with E0781 (K0455 only)', claim: [L('E0781', ['KX']), L('J3285', ['KX'])], lines: [2] },
    { name: 'insulin with E0781 (E0784 only); milrinone with E0784', claim: [L('E0781', ['KX']), L('J1817', ['KX', 'JK'])], lines: [2] },
    { name: 'milrinone with the insulin pump', claim: [L('E0784', ['KX']), L('J2260', ['KX'])], lines: [2] },
  ],
});
