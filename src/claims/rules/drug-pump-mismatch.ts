import type { ClaimRule } from '../claim.js';
import { pairedPumpOnClaim } from './facts.js';

/** The finding this module reports; its summary is the docs' one-line description. */
export const rule: ClaimRule = {
  code: 'DRUG_PUMP_MISMATCH',
  severity: 'error',
  summary:
    'A drug of LCD L33794 billed with pumps none of which the LCD or A52507 pairs with it (SCIg pump table, K0455 for epoprostenol and treprostinil, E0784 for insulin only): the pump and the drug are denied as not reasonable and necessary.',
  check(claim, report) {
    if (claim.pumps.size === 0) return;
    const onClaim = [...claim.pumps].join(', ');
    for (const line of claim.lines) {
      const rule = line.rule;
      if (rule?.kind !== 'eip-drug' || pairedPumpOnClaim(rule, claim)) continue;
      const allowed = rule.pumps ? `is paired only with ${rule.pumps.join(', ')}` : 'is paired with no pump (it is not in A52507\'s SCIg pump table)';
      report(line, `${line.code} (${rule.label}) ${allowed}, but the claim bills ${onClaim}: the pump and the drug are denied as not reasonable and necessary.`, rule.citations[0]);
    }
  },
};
