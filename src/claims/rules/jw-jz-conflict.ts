import type { ClaimRule } from '../claim.js';
import { claimRules } from './facts.js';

/** The finding this module reports; its summary is the docs' one-line description. */
export const rule: ClaimRule = {
  code: 'JW_JZ_CONFLICT',
  severity: 'error',
  summary:
    'A JW line for a drug and date that another line reports with JZ (no amount discarded) (A52507 JW and JZ scenarios).',
  check(claim, report) {
    const citation = claimRules().drugWastage.citation;
    for (const line of claim.lines) {
      if (!line.modifiers.includes('JW') || line.modifiers.includes('JZ')) continue;
      const others = claim.wastageByCodeAndDate.get(`${line.code}|${line.date}`) ?? [];
      if (others.some((o) => o !== line && !o.modifiers.includes('JW') && o.modifiers.includes('JZ'))) {
        report(line, `${line.code} on ${line.date} is billed with JW (amount discarded) here and with JZ (nothing discarded) on another line.`, citation);
      }
    }
  },
};
