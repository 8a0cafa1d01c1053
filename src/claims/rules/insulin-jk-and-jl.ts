import type { ClaimRule } from '../claim.js';
import { coverageModel } from '../../coverage/index.js';

/** The finding this module reports; its summary is the docs' one-line description. */
export const rule: ClaimRule = {
  code: 'INSULIN_JK_AND_JL',
  severity: 'error',
  summary:
    'JK (one month or less) and JL (three months) on one insulin line contradict each other (A52507).',
  check(claim, report) {
    const insulin = coverageModel().insulinSupplyModifiers;
    for (const line of claim.lines) {
      if (line.rule?.indication !== insulin.indication || line.date < insulin.from) continue;
      if (line.modifiers.includes('JK') && line.modifiers.includes('JL')) report(line, `${line.code} has both JK and JL: one month or less is JK, three months is JL.`, insulin.citations[0]);
    }
  },
};
