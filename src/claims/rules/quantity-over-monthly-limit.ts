import type { ClaimRule } from '../claim.js';
import { coverageModel } from '../../coverage/index.js';
import { calendarMonth } from './facts.js';

/** The finding this module reports; its summary is the docs' one-line description. */
export const rule: ClaimRule = {
  code: 'QUANTITY_OVER_MONTHLY_LIMIT',
  severity: 'warning',
  summary:
    'More units of a drug in one calendar month than the LCD allows (blinatumomab J9039: 875 units a month, LCD L33794 indication V(J)); the excess is denied as not reasonable and necessary.',
  check(claim, report) {
    for (const limit of coverageModel().quantityLimits) {
      for (const code of limit.codes) {
        const total = new Map<string, number>();
        for (const line of claim.byCode.get(code) ?? []) {
          const month = calendarMonth(line.date);
          const before = total.get(month) ?? 0;
          total.set(month, before + line.units);
          if (before <= limit.maxUnitsPerCalendarMonth && before + line.units > limit.maxUnitsPerCalendarMonth) {
            report(line, `${code}: ${before + line.units} units in ${month} on this claim, above the ${limit.maxUnitsPerCalendarMonth} units a month the LCD allows; the excess is denied as not reasonable and necessary.`, limit.citations[0]);
          }
        }
      }
    }
  },
};
