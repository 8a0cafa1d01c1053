import type { ClaimRule } from '../claim.js';
import { claimRules } from './facts.js';

/** The finding this module reports; its summary is the docs' one-line description. */
export const rule: ClaimRule = {
  code: 'GY_WITH_J7799',
  severity: 'warning',
  summary:
    'J7799 means a drug given through DME, but GY says it was not given by a durable pump: A52507 codes such a drug J3490 with GY.',
  check(claim, report) {
    const { unclassifiedNotByPump, unclassifiedThroughDme, citation } = claimRules().notByDurablePump;
    for (const line of claim.byCode.get(unclassifiedThroughDme) ?? []) {
      if (line.modifiers.includes('GY')) {
        report(line, `${line.code} is for drugs given through DME, but GY says no durable pump was used: such a drug is ${unclassifiedNotByPump} with GY.`, citation);
      }
    }
  },
};
