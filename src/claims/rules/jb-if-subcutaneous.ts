import type { ClaimRule } from '../claim.js';
import { coverageModel } from '../../coverage/index.js';
import { ivigServicesOnClaim, pairedPumpOnClaim, scigRule } from './facts.js';

/** The finding this module reports; its summary is the docs' one-line description. */
export const rule: ClaimRule = {
  code: 'JB_IF_SUBCUTANEOUS',
  severity: 'warning',
  summary: "An immune globulin of A52507's SCIg list billed without JB and without its pump or Q2052 on the claim: JB is required if it was given subcutaneously.",
  check(claim, report) {
    const { modifier, citations } = coverageModel().subcutaneousModifier;
    const homeIvig = ivigServicesOnClaim(claim);
    for (const line of claim.lines) {
      const rule = scigRule(line);
      if (!rule || line.modifiers.includes(modifier) || pairedPumpOnClaim(rule, claim)) continue;
      // With Q2052 on the claim, J1561/J1569 are home IVIG (intravenous): no JB.
      if (homeIvig && line.rule !== rule) continue;
      report(line, `${line.code} has no ${modifier}: if this immune globulin was given subcutaneously, ${modifier} is required.`, citations[0]);
    }
  },
};
