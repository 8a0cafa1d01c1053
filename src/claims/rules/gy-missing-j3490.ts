import type { ClaimRule } from '../claim.js';
import { claimRules } from './facts.js';

/** The finding this module reports; its summary is the docs' one-line description. */
export const rule: ClaimRule = {
  code: 'GY_MISSING_J3490',
  severity: 'warning',
  summary:
    'J3490 is the code for a drug without its own code that is not given by a durable pump; A52507 requires GY with it.',
  check(claim, report) {
    const { unclassifiedNotByPump, unclassifiedThroughDme, citation } = claimRules().notByDurablePump;
    for (const line of claim.byCode.get(unclassifiedNotByPump) ?? []) {
      if (!line.modifiers.includes('GY')) {
        report(line, `${line.code} is the code for a drug without its own code that is not given by a durable infusion pump: add GY. A drug given through the pump is ${unclassifiedThroughDme}.`, citation);
      }
    }
  },
};
