import type { ClaimRule } from '../claim.js';
import { isNonMedicareSCode } from '../../coverage/index.js';
import { claimRuleIndex } from './facts.js';
import { notPayableCitation } from '../../catalog/lookup.js';

/** The finding this module reports; its summary is the docs' one-line description. */
export const rule: ClaimRule = {
  code: 'NOT_PAYABLE_BY_MEDICARE',
  severity: 'warning',
  summary:
    'The catalog records this code as not payable by Medicare (for example disposable elastomeric pumps); a warning, because such items may be billed on purpose to obtain a denial.',
  check(claim, report) {
    const { invalid } = claimRuleIndex();
    for (const line of claim.lines) {
      const record = line.record;
      if (record && !record.medicarePayable && !isNonMedicareSCode(line.code) && !invalid.has(line.code)) {
        report(line, `${line.code} is recorded as not payable by Medicare; bill it only to obtain a denial (for example with GY or GZ).`,
          notPayableCitation(record));
      }
    }
  },
};
