import { rule } from '../../../src/claims/rules/k0455-second-pump.js';
import { L, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [{ name: 'one K0455', claim: [L('K0455', ['KX'])] }],
  invalid: [{ name: 'a second K0455 that day, and two units', claim: [L('K0455', ['KX']), L('K0455', ['KX']), L('K0455', ['KX'], 2, '2026-03-03')], lines: [2, 3], messages: [/K0455 on 2026-03-02 is a second pump \(line 1 is the first\)/, /K0455 is billed for 2 pumps/] },
    { name: 'three on one day: both extra lines name line 1 as the first', claim: [L('K0455', ['KX']), L('K0455', ['KX']), L('K0455', ['KX'])], lines: [2, 3], messages: [/\(line 1 is the first\)/, /\(line 1 is the first\)/] },
  ],
});
