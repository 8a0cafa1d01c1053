import type { ClaimRule } from '../claim.js';
import { claimRuleIndex } from './facts.js';

/** The finding this module reports; its summary is the docs' one-line description. */
export const rule: ClaimRule = {
  code: 'CODE_INVALID_FOR_DME_MAC',
  severity: 'error',
  summary:
    'A code A52507 says is not valid on DME MAC claims (A4230 and A4231 are included in A4224; use J7799, not J9999).',
  check(claim, report) {
    const { invalid: invalidCodes } = claimRuleIndex();
    for (const line of claim.lines) {
      const invalid = invalidCodes.get(line.code);
      if (invalid?.scope === 'dme-mac') report(line, `${line.code} is not valid on claims to the DME MAC (${invalid.reason}).`, invalid.citation);
    }
  },
};
