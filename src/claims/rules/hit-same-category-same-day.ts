import type { ClaimRule } from '../claim.js';
import type { Line } from '../claim.js';
import { claimRules } from './facts.js';

/** The finding this module reports; its summary is the docs' one-line description. */
export const rule: ClaimRule = {
  code: 'HIT_SAME_CATEGORY_SAME_DAY',
  severity: 'error',
  summary:
    'Two HIT visits of one payment category on one day: one payment per category per infusion drug administration calendar day (BPM ch. 15 §320.8; 42 CFR 414.1550(b)); bill one visit.',
  check(claim, report) {
    const citation = claimRules().hitVisits.oneVisitPerCategoryPerDay;
    const firstOfDay = new Map<string, Line>();
    for (const line of claim.lines) {
      if (line.rule?.kind !== 'hit-service') continue;
      const key = `${line.date}|${line.rule.hitCategory}`;
      const first = firstOfDay.get(key);
      if (!first) {
        firstOfDay.set(key, line);
        continue;
      }
      report(line, `${line.code} is a second category ${line.rule.hitCategory} HIT visit on ${line.date} (line ${first.line} is the first): ` +
        'Medicare makes one payment per category per infusion drug administration day; bill one visit, the highest paying.', citation);
    }
  },
};
