import type { ClaimRule } from '../claim.js';
import { coverageModel } from '../../coverage/index.js';
import { hasAny, needsLineModifier } from './facts.js';

/** The finding this module reports; its summary is the docs' one-line description. */
export const rule: ClaimRule = {
  code: 'EIP_KX_WITH_GA_GZ',
  severity: 'warning',
  summary:
    'KX (all LCD criteria met) together with GA or GZ (a medical-necessity denial is expected): A52507 asks for one or the other.',
  check(claim, report) {
    const citation = coverageModel().lineModifiers.citations[0];
    for (const line of claim.lines) {
      if (needsLineModifier(line) && line.modifiers.includes('KX') && hasAny(line, ['GA', 'GZ'])) {
        report(line, `${line.code} has KX (all coverage criteria met) and ${line.modifiers.includes('GA') ? 'GA' : 'GZ'} (denial expected): A52507 uses KX when the criteria are met, GA or GZ when they are not.`, citation);
      }
    }
  },
};
