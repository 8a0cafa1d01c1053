import type { ClaimRule } from '../claim.js';
import { claimRules } from './facts.js';

/** The finding this module reports; its summary is the docs' one-line description. */
export const rule: ClaimRule = {
  code: 'JW_WITHOUT_DOSE_LINE',
  severity: 'warning',
  summary:
    'A JW (discarded amount) line with no line for the administered amount of the same drug on the same date: A52507 bills the dose and the discard on separate lines.',
  check(claim, report) {
    const citation = claimRules().drugWastage.citation;
    for (const line of claim.lines) {
      if (!line.modifiers.includes('JW') || line.modifiers.includes('JZ')) continue;
      const others = claim.wastageByCodeAndDate.get(`${line.code}|${line.date}`) ?? [];
      if (!others.some((o) => o !== line && !o.modifiers.includes('JW'))) {
        report(line, `${line.code} on ${line.date} has a JW line for the discarded amount but no line for the amount given: bill the dose on its own line without JW.`, citation);
      }
    }
  },
};
