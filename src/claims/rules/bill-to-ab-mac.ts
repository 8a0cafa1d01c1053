import type { ClaimRule } from '../claim.js';
import { claimRuleIndex } from './facts.js';

/** The finding this module reports; its summary is the docs' one-line description. */
export const rule: ClaimRule = {
  code: 'BILL_TO_AB_MAC',
  severity: 'warning',
  summary:
    'An implantable infusion pump item (E0782, E0783, E0785, E0786): the DME MACs do not process these or the drugs and supplies used with them; bill the A/B MAC.',
  check(claim, report) {
    const { invalid: invalidCodes } = claimRuleIndex();
    for (const line of claim.lines) {
      const invalid = invalidCodes.get(line.code);
      if (invalid?.scope === 'ab-mac') report(line, `${line.code} is an ${invalid.reason}; the DME MACs do not process it or the drugs and supplies used with it: bill the A/B MAC.`, invalid.citation);
    }
  },
};
