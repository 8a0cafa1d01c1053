import { rule } from '../../../src/claims/rules/eip-modifier-missing.js';
import { L, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { name: 'KX, GA or GZ', claim: [L('E0781', ['KX']), L('J2260', ['GA']), L('A4222', ['GZ'])] },
    { name: 'before 2023 (non-insulin)', claim: [L('E0781', [], 1, '2022-12-31')] },
    { name: 'home IVIG J1569 with Q2052', claim: [L('J1569', [], 300), L('Q2052')] },
  ],
  invalid: [
    { name: 'milrinone, its pump and supply without modifiers', claim: [L('E0781'), L('J2260', [], 20), L('A4222')], lines: [1, 2, 3] },
    { name: 'E0784 and J1817 on any date', claim: [L('E0784', [], 1, '2019-06-01'), L('J1817', [], 1, '2019-06-01')], lines: [1, 2] },
  ],
});
