import type { ClaimRule } from '../claim.js';
import { pairedPumpOnClaim } from './facts.js';

/** The finding this module reports; its summary is the docs' one-line description. */
export const rule: ClaimRule = {
  code: 'SUPPLY_NOT_FOR_PUMP',
  severity: 'error',
  summary:
    'A supply or accessory billed only with pumps it does not belong to (A52507 pump-supply table, e.g. A4221 with E0784; the IV pole E0776 only with the stationary pump E0791): denied as incorrect coding.',
  check(claim, report) {
    if (claim.pumps.size === 0) return;
    // The IV pole also serves parenteral nutrition, billed under the PEN benefit (not this table).
    const nutrition = claim.lines.some((l) => l.rule?.kind === 'pn');
    for (const line of claim.lines) {
      const rule = line.rule;
      if ((rule?.kind !== 'eip-supply' && rule?.kind !== 'eip-accessory') || pairedPumpOnClaim(rule, claim)) continue;
      if (rule.kind === 'eip-accessory' && nutrition) continue;
      const wrong = [...claim.pumps].filter((p) => !(rule.pumps ?? []).includes(p)).join(', ');
      report(line, `${line.code} (${rule.label}) is not for ${wrong}; it goes with ${(rule.pumps ?? []).join(', ')}, none of which is on the claim: denied as incorrect coding.`, rule.citations[0]);
    }
  },
};
