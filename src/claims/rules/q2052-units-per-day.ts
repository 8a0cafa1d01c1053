import type { ClaimRule } from '../claim.js';
import { coverageModel } from '../../coverage/index.js';

/** The finding this module reports; its summary is the docs' one-line description. */
export const rule: ClaimRule = {
  code: 'Q2052_UNITS_PER_DAY',
  severity: 'error',
  summary: "More than one unit of Q2052 on one date of service: A52509, 'Only one unit of service of Q2052 shall be paid per infusion date of service'.",
  check(claim, report) {
    const services = coverageModel().ivigServicesLine;
    const perDay = new Map<string, number>();
    for (const line of claim.byCode.get(services.code) ?? []) {
      const before = perDay.get(line.date) ?? 0;
      perDay.set(line.date, before + line.units);
      if (before + line.units > services.maxUnitsPerDay) {
        report(line, `${line.code} on ${line.date}: ${before + line.units} units that day; only ${services.maxUnitsPerDay} unit is paid per infusion date of service.`, services.citations[0]);
      }
    }
  },
};
