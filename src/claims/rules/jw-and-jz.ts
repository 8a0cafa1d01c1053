import type { ClaimRule } from '../claim.js';
import { claimRules } from './facts.js';

/** The finding this module reports; its summary is the docs' one-line description. */
export const rule: ClaimRule = {
  code: 'JW_AND_JZ',
  severity: 'error',
  summary:
    'JW (amount discarded) and JZ (zero discarded) on one line contradict each other (HCPCS modifiers; A52507).',
  check(claim, report) {
    const citation = claimRules().drugWastage.citation;
    for (const line of claim.lines) {
      if (line.modifiers.includes('JW') && line.modifiers.includes('JZ')) {
        report(line, `${line.code} has JW (amount discarded) and JZ (nothing discarded): bill the discarded amount on its own JW line, or JZ alone.`, citation);
      }
    }
  },
};
