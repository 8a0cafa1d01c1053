import type { ClaimRule } from '../claim.js';
import { claimRuleIndex } from './facts.js';

/** The finding this module reports; its summary is the docs' one-line description. */
export const rule: ClaimRule = {
  code: 'MODIFIER_NOT_IN_EFFECT',
  severity: 'error',
  summary:
    'A modifier used on a date of service before CMS added it to HCPCS (for example JZ from 2023-01-01, JK and JL from 2023-04-01).',
  check(claim, report) {
    const { modifierFrom } = claimRuleIndex();
    for (const line of claim.lines) {
      for (const code of line.modifiers) {
        const m = modifierFrom.get(code);
        if (m && line.date < m.from) {
          report(line, `${line.code}: modifier ${m.code} exists for dates of service from ${m.from}, not on ${line.date}.`, m.citation);
        }
      }
    }
  },
};
