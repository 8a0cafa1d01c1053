import type { ClaimRule } from '../claim.js';
import { daysBetween } from '../../core/dates.js';
import { coverageModel, rulesInForce } from '../../coverage/index.js';

/** The finding this module reports; its summary is the docs' one-line description. */
export const rule: ClaimRule = {
  code: 'Q2052_WITHOUT_DRUG',
  severity: 'error',
  summary:
    'Q2052 with no home IVIG drug billed within 30 days of it (on the claim or in options.drugLines): Q2052 is paid only with its immune globulin (A52509; DME MAC billing instructions).',
  check(claim, report) {
    const services = coverageModel().ivigServicesLine;
    const lines = claim.byCode.get(services.code) ?? [];
    if (lines.length === 0) return;
    const drugDates = [
      ...claim.lines.filter((l) => l.rule?.kind === 'ivig-drug').map((l) => l.date),
      ...(claim.history.drugLines ?? []).filter((d) => rulesInForce(d.code, d.date).some((r) => r.rule.kind === 'ivig-drug')).map((d) => d.date),
    ];
    for (const line of lines) {
      const near = drugDates.some((d) => Math.abs(daysBetween(d, line.date)) <= services.drugWithinDays);
      if (!near) {
        report(line, `${line.code} on ${line.date} has no home IVIG drug billed within ${services.drugWithinDays} days of it: bill the immune globulin (or pass it in options.drugLines); Q2052 alone is denied.`, services.citations[1] ?? services.citations[0]);
      }
    }
  },
};
