import type { ClaimRule } from '../claim.js';
import type { Line } from '../claim.js';
import { claimRules } from './facts.js';

/** The finding this module reports; its summary is the docs' one-line description. */
export const rule: ClaimRule = {
  code: 'K0455_SECOND_PUMP',
  severity: 'error',
  summary:
    'More than one K0455 pump on one date of service: Medicare pays for one; a backup pump is denied as not separately payable (A52507).',
  check(claim, report) {
    const { code, citation } = claimRules().singlePump;
    const firstOfDay = new Map<string, Line>();
    for (const line of claim.byCode.get(code) ?? []) {
      const first = firstOfDay.get(line.date);
      if (!first) firstOfDay.set(line.date, line);
      if (first || line.units > 1) {
        report(line, (first ? `${line.code} on ${line.date} is a second pump (line ${first.line} is the first)` : `${line.code} is billed for ${line.units} pumps`) +
          ': Medicare pays for one pump for epoprostenol and treprostinil; a backup pump is denied as not separately payable.', citation);
      }
    }
  },
};
