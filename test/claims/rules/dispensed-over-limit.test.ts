import { rule } from '../../../src/claims/rules/dispensed-over-limit.js';
import { L, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [{ name: 'three months of milrinone', claim: [L('J2260', ['KX'], 1, '2026-03-02', { daysSupply: 92 })] }, { name: 'no days of supply given', claim: [L('J2260', ['KX'])] }, { name: 'days of supply on a pump line: no dispensing limit for pumps', claim: [L('E0781', ['KX'], 1, '2026-03-02', { daysSupply: 400 })] }],
  invalid: [{ name: 'more than three months of milrinone; more than one month of IVIG', claim: [L('J2260', ['KX'], 1, '2026-03-02', { daysSupply: 93 }), L('J1459', [], 1, '2026-03-02', { daysSupply: 32 })], lines: [1, 2] }],
});
