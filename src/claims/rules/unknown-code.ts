import type { ClaimRule } from '../claim.js';
import { hasCode } from '../../catalog/lookup.js';
import { hasCoverageRule, isNonMedicareSCode } from '../../coverage/index.js';
import { claimRuleIndex } from './facts.js';

/** The finding this module reports; its summary is the docs' one-line description. */
export const rule: ClaimRule = {
  code: 'UNKNOWN_CODE',
  severity: 'warning',
  summary:
    'A well-formed code the library does not hold: only the checks that need no catalog record ran on it.',
  check(claim, report) {
    const { invalid } = claimRuleIndex();
    for (const line of claim.lines) {
      if (invalid.has(line.code)) continue;
      if (!line.record && !hasCode(line.code) && !hasCoverageRule(line.code) && !isNonMedicareSCode(line.code)) {
        report(line, `${line.code} is not in the library's catalog; only the checks that need no catalog record (units, modifiers) ran on it.`);
      }
    }
  },
};
