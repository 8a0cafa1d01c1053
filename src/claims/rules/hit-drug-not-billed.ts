import type { ClaimRule } from '../claim.js';
import { daysBetween } from '../../core/dates.js';
import { coverageModel } from '../../coverage/index.js';
import { hitDrugs } from './facts.js';

/** The finding this module reports; its summary is the docs' one-line description. */
export const rule: ClaimRule = {
  code: 'HIT_DRUG_NOT_BILLED',
  severity: 'error',
  summary: "A HIT visit (from 2021) whose drug of the same payment category is not billed with the visit or no more than 30 days before it (MLN MM11880), checked against the claim's drug lines and options.drugLines.",
  check(claim, report) {
    const within = coverageModel().hitDrugBilledWithinDays;
    const drugs = hitDrugs(claim);
    if (drugs === undefined) return;
    for (const line of claim.lines) {
      if (line.rule?.kind !== 'hit-service' || line.date < within.from) continue;
      const category = line.rule.hitCategory;
      const billed = drugs.some((d) => d.category === category && d.date <= line.date && daysBetween(d.date, line.date) <= within.days);
      if (!billed) {
        report(line, `${line.code} on ${line.date}: no category ${category} drug is billed with the visit or in the ${within.days} days before it; bill the drug (to the DME MAC) or check the drug lines given.`, within.citations[0]);
      }
    }
  },
};
