import type { ClaimRule } from '../claim.js';
import { daysBetween } from '../../core/dates.js';
import { hitInitialVisitsFrom, rulesOfCode } from '../../coverage/index.js';
import { hitCode } from '../../hit/hitCode.js';
import { hitVisitType } from '../../hit/hitVisitType.js';
import { claimRules, latestBefore } from './facts.js';

/** The finding this module reports; its summary is the docs' one-line description. */
export const rule: ClaimRule = {
  code: 'HIT_INITIAL_NOT_ALLOWED',
  severity: 'error',
  summary: "An initial-visit HIT code (G0088-G0090) before 2021-01-01, or within 60 days of the patient's previous HIT visit with any supplier, or after one that did not discharge the patient (BPM ch. 15 §320.8.3).",
  check(claim, report) {
    const citation = claimRules().hitVisits.initialVisit;
    // A G-code's HIT rule on any date: an initial-visit code billed before it existed is still named.
    const hitRule = (code: string) => rulesOfCode(code).find((r) => r.rule.kind === 'hit-service')?.rule;
    const visits = claim.lines.filter((l) => hitRule(l.code) !== undefined);
    if (visits.length === 0) return;
    // Earlier visits: the patient's history (any supplier) and this claim's earlier days. The lines
    // cannot show a discharge, so a claim's own earlier visit is read as one (the lenient reading).
    const earlier = [
      ...claim.history.priorHitVisits,
      ...visits.map((l) => ({ date: l.date, discharged: true })),
    ].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    for (const line of visits) {
      const rule = hitRule(line.code)!;
      if (rule.hitVisit !== 'initial') continue;
      const subsequent = hitCode(rule.hitCategory!, 'subsequent');
      if (line.date < hitInitialVisitsFrom()) {
        report(line, `${line.code} is an initial-visit code, but initial-visit codes start on ${hitInitialVisitsFrom()}; on ${line.date} bill ${subsequent}.`, citation);
        continue;
      }
      const prior = latestBefore(earlier, line.date);
      if (prior.length === 0 || hitVisitType({ dateOfService: line.date, patientPriorVisits: prior }) === 'initial') continue;
      const last = prior[prior.length - 1]!;
      const why = daysBetween(last.date, line.date) <= 60 ? `is within 60 days (on ${last.date})` : `on ${last.date} did not discharge the patient`;
      report(line, `${line.code} is an initial visit on ${line.date}, but the patient's last HIT visit ${why}: ` +
        `a new initial visit needs a discharge and more than 60 days without a visit (any supplier); bill ${subsequent}.`, citation);
    }
  },
};
