import type { ClaimRule } from '../claim.js';
import { coverageModel } from '../../coverage/index.js';
import { pairedPumpOnClaim, scigRule } from './facts.js';

/** The finding this module reports; its summary is the docs' one-line description. */
export const rule: ClaimRule = {
  code: 'JB_MISSING',
  severity: 'error',
  summary: "A subcutaneous immune globulin and its pump (per A52507's table) are on the claim, but the drug or pump line lacks JB (A52507: 'a JB modifier must be added to each HCPCS code').",
  check(claim, report) {
    const { modifier, citations } = coverageModel().subcutaneousModifier;
    const scigPumps = new Map<string, string[]>(); // pump → SCIg drugs on the claim paired with it
    for (const line of claim.lines) {
      const rule = scigRule(line);
      if (!rule || line.rule !== rule || !pairedPumpOnClaim(rule, claim)) continue;
      for (const pump of rule.pumps ?? []) if (claim.pumps.has(pump)) scigPumps.set(pump, [...new Set([...(scigPumps.get(pump) ?? []), line.code])]);
      if (!line.modifiers.includes(modifier)) {
        report(line, `${line.code} is billed with its subcutaneous infusion pump (${(rule.pumps ?? []).filter((p) => claim.pumps.has(p)).join(', ')}): add ${modifier} to the drug line (A52507 SCIg pump table).`, citations[0]);
      }
    }
    for (const [pump, drugs] of scigPumps) {
      for (const line of claim.byCode.get(pump) ?? []) {
        if (!line.modifiers.includes(modifier)) {
          report(line, `${line.code} pumps subcutaneous immune globulin (${drugs.join(', ')} on this claim): add ${modifier} to the pump line as well.`, citations[0]);
        }
      }
    }
  },
};
