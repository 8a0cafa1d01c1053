import type { ClaimRule } from '../claim.js';
import { coverageModel } from '../../coverage/index.js';
import { hasAny } from './facts.js';

/** The finding this module reports; its summary is the docs' one-line description. */
export const rule: ClaimRule = {
  code: 'INSULIN_JK_JL_MISSING',
  severity: 'error',
  summary:
    'Pump insulin (J1817 from 2023-04-01; J1811 and J1813 from 2023-07-01) without JK (one month or less) or JL (three months) (A52507).',
  check(claim, report) {
    const insulin = coverageModel().insulinSupplyModifiers;
    for (const line of claim.lines) {
      if (line.rule?.indication !== insulin.indication || line.date < insulin.from) continue;
      if (!hasAny(line, ['JK', 'JL'])) report(line, `${line.code} (insulin through an external insulin pump) on ${line.date}: add JK for a one-month-or-less supply or JL for a three-month supply.`, insulin.citations[0]);
    }
  },
};
