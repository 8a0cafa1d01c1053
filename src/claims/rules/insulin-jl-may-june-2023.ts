import type { ClaimRule } from '../claim.js';
import { coverageModel } from '../../coverage/index.js';

/** The finding this module reports; its summary is the docs' one-line description. */
export const rule: ClaimRule = {
  code: 'INSULIN_JL_MAY_JUNE_2023',
  severity: 'error',
  summary:
    'J1817 with JL for a date of service in May or June 2023: returned as unprocessable (A52507).',
  check(claim, report) {
    const insulin = coverageModel().insulinSupplyModifiers;
    const blocked = insulin.jlNotAllowed;
    for (const line of claim.lines) {
      if (line.rule?.indication !== insulin.indication || line.date < insulin.from) continue;
      if (line.modifiers.includes('JL') && blocked.codes.includes(line.code) && line.date >= blocked.from && line.date <= blocked.to) report(line, `${line.code} with JL on ${line.date}: for May and June 2023 only a one-month supply with JK may be billed; JL lines are returned as unprocessable.`, insulin.citations[0]);
    }
  },
};
