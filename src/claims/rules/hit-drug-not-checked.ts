import type { ClaimRule } from '../claim.js';
import { coverageModel } from '../../coverage/index.js';
import { hitDrugs } from './facts.js';

/** The finding this module reports; its summary is the docs' one-line description. */
export const rule: ClaimRule = {
  code: 'HIT_DRUG_NOT_CHECKED',
  severity: 'warning',
  summary:
    'A HIT visit (from 2021) on a claim with no infusion drug and no options.drugLines: whether its drug was billed with the visit or no more than 30 days before it (MLN MM11880) could not be checked.',
  check(claim, report) {
    const within = coverageModel().hitDrugBilledWithinDays;
    if (hitDrugs(claim) !== undefined) return;
    for (const line of claim.lines) {
      if (line.rule?.kind !== 'hit-service' || line.date < within.from) continue;
      report(line, `${line.code} on ${line.date}: the drug of a HIT visit must be billed with the visit or no more than ${within.days} days before it; no drug line was given, so this was not checked (pass options.drugLines).`, within.citations[0]);
    }
  },
};
