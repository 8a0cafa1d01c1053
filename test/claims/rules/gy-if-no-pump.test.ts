import { rule } from '../../../src/claims/rules/gy-if-no-pump.js';
import { L, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { name: 'with GY', claim: [L('J2260', ['KX', 'GY'])] },
    { name: 'with a pump on the claim', claim: [L('E0781', ['KX']), L('J2260', ['KX'])] },
    { name: 'J1569 may be home IVIG: no GY advice', claim: [L('J1569', ['KX'], 300)] },
    { name: 'a compounded drug with GY', claim: [L('J7999', ['GZ', 'GY'])] },
  ],
  invalid: [{ name: 'milrinone alone; J7799 alone (J3490 with GY instead); a compounded drug alone', claim: [L('J2260', ['KX']), L('J7799', ['KX']), L('J7999', ['GZ'])], lines: [1, 2, 3], messages: [/J2260 is billed with no external infusion pump on the claim: .*add GY/, /J7799 is for drugs given through DME.*bill J3490 with GY instead/, /J7999 is billed with no external infusion pump/] }],
});
