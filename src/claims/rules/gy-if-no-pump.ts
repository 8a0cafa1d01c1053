import type { ClaimRule } from '../claim.js';
import { claimRules, needsLineModifier } from './facts.js';

/** The finding this module reports; its summary is the docs' one-line description. */
export const rule: ClaimRule = {
  code: 'GY_IF_NO_PUMP',
  severity: 'warning',
  summary:
    'A drug of LCD L33794 (or a compounded drug, J7999) billed with no pump on the claim and without GY: if it was not given by a durable pump, A52507 requires GY (no change if the pump is owned or its rental capped). Never for an immune globulin that is also a home IVIG drug.',
  check(claim, report) {
    const { unclassifiedNotByPump, unclassifiedThroughDme, citation } = claimRules().notByDurablePump;
    if (claim.pumps.size > 0) return;
    for (const line of claim.lines) {
      // J1561/J1569 without a pump may be home IVIG (no pump needed): GY would invite a denial.
      const homeIvig = line.rules.some((r) => r.kind === 'ivig-drug');
      const kind = line.rule?.kind;
      if ((kind !== 'eip-drug' && kind !== 'compounded') || !needsLineModifier(line) || line.modifiers.includes('GY') || homeIvig) continue;
      if (line.code === unclassifiedThroughDme) {
        // A52507: J7799 is for drugs given through DME; one not given by a durable pump is J3490 with GY.
        report(line, `${line.code} is for drugs given through DME, but no external infusion pump is on the claim: if the drug was not given by a durable infusion pump, bill ${unclassifiedNotByPump} with GY instead.`, citation);
      } else {
        report(line, `${line.code} is billed with no external infusion pump on the claim: if it was not given by a durable infusion pump, add GY. ` +
          '(No change needed if the pump was billed before and is owned or capped.)', citation);
      }
    }
  },
};
