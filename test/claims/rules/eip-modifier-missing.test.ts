import { rule } from '../../../src/claims/rules/eip-modifier-missing.js';
import { L, ruleTester } from '../rule-tester.js';

// A52507: "suppliers must add the KX modifier to claim lines billed for the external infusion pump,
// drugs and supplies for dates of service on or after January 1, 2023 … The KX modifier requirement
// will continue to be required for HCPCS E0784 and J1817 for any date of service billed". "Any date"
// cannot reach before KX existed (HCPCS file: KX from 2002-07-01).
ruleTester(rule, {
  valid: [
    { name: 'KX, GA or GZ', claim: [L('E0781', ['KX']), L('J2260', ['GA']), L('A4222', ['GZ'])] },
    { name: 'before 2023 (non-insulin)', claim: [L('E0781', [], 1, '2022-12-31')] },
    { name: 'home IVIG J1569 with Q2052', claim: [L('J1569', [], 300), L('Q2052')] },
    { name: 'E0784 on 2002-06-30, before KX existed', claim: [L('E0784', [], 1, '2002-06-30')] },
  ],
  invalid: [
    { name: 'milrinone, its pump and supply without modifiers', claim: [L('E0781'), L('J2260', [], 20), L('A4222')], lines: [1, 2, 3] },
    { name: 'E0784 and J1817 on any date', claim: [L('E0784', [], 1, '2019-06-01'), L('J1817', [], 1, '2019-06-01')], lines: [1, 2] },
    { name: 'E0781 on 2023-01-01, the first day for every pump', claim: [L('E0781', [], 1, '2023-01-01')], lines: [1] },
    { name: 'E0784 on 2002-07-01, the day KX took effect', claim: [L('E0784', [], 1, '2002-07-01')], lines: [1] },
  ],
});
