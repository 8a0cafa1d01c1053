import type { ClaimRule } from '../claim.js';
import { coverageModel } from '../../coverage/index.js';
import { needsLineModifier } from './facts.js';

/** The finding this module reports; its summary is the docs' one-line description. */
export const rule: ClaimRule = {
  code: 'EIP_GA_AND_GZ',
  severity: 'error',
  summary:
    'GA (ABN on file) and GZ (no valid ABN) on one line contradict each other (A52507).',
  check(claim, report) {
    const citation = coverageModel().lineModifiers.citations[0];
    for (const line of claim.lines) {
      if (needsLineModifier(line) && line.modifiers.includes('GA') && line.modifiers.includes('GZ')) {
        report(line, `${line.code} has both GA (ABN obtained) and GZ (no valid ABN): keep the one that is true.`, citation);
      }
    }
  },
};
