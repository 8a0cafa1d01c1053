import type { ClaimRule } from '../claim.js';
import { claimRuleIndex } from './facts.js';

/** The finding this module reports; its summary is the docs' one-line description. */
export const rule: ClaimRule = {
  code: 'CODE_INVALID_FOR_MEDICARE',
  severity: 'error',
  summary: 'A code A52507 says is invalid for submission to Medicare (A4232).',
  check(claim, report) {
    const { invalid: invalidCodes } = claimRuleIndex();
    for (const line of claim.lines) {
      const invalid = invalidCodes.get(line.code);
      if (invalid?.scope === 'medicare') report(line, `${line.code} is ${invalid.reason}.`, invalid.citation);
    }
  },
};
