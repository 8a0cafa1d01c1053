import type { ClaimRule } from '../claim.js';
import { addMonthsToIso, daysBetween } from '../../core/dates.js';
import { coverageModel } from '../../coverage/index.js';

/** The finding this module reports; its summary is the docs' one-line description. */
export const rule: ClaimRule = {
  code: 'DISPENSED_OVER_LIMIT',
  severity: 'warning',
  summary: "A line's days of supply exceed what the LCD allows at a time (pump drugs: three months, LCD L33794; IVIG: one month, LCD L33610). Checked only where the caller gives daysSupply.",
  check(claim, report) {
    const limits = coverageModel().dispensingLimits;
    for (const line of claim.lines) {
      const kind = line.rule?.kind;
      const limit = kind ? limits.find((l) => l.kinds.includes(kind)) : undefined;
      if (!limit || line.daysSupply === undefined) continue;
      const allowed = daysBetween(line.date, addMonthsToIso(line.date, limit.months));
      if (line.daysSupply > allowed) {
        report(line, `${line.code}: ${line.daysSupply} days of supply from ${line.date}, more than the ${limit.months}-month quantity (${allowed} days) the LCD allows at a time.`, limit.citations[0]);
      }
    }
  },
};
