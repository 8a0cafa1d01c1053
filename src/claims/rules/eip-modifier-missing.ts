import type { ClaimRule } from '../claim.js';
import { coverageModel } from '../../coverage/index.js';
import { hasAny, needsLineModifier } from './facts.js';

/** The finding this module reports; its summary is the docs' one-line description. */
export const rule: ClaimRule = {
  code: 'EIP_MODIFIER_MISSING',
  severity: 'error',
  summary:
    'An external infusion pump, supply or drug of LCD L33794 billed without KX, GA or GZ: rejected as missing information (A52507; dates of service from 2023-01-01, E0784 and J1817 on any date).',
  check(claim, report) {
    const { modifiers, citations } = coverageModel().lineModifiers;
    for (const line of claim.lines) {
      if (needsLineModifier(line) && !hasAny(line, modifiers)) {
        report(line, `${line.code} (${line.rule!.label}) on ${line.date} has none of ${modifiers.join(', ')}: add KX if every LCD L33794 criterion is met, ` +
          'otherwise GA (ABN on file) or GZ (no ABN). Without one the line is rejected as missing information.', citations[0]);
      }
    }
  },
};
