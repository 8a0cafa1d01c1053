import type { ClaimRule } from '../claim.js';
import { coverageModel, isNonMedicareSCode } from '../../coverage/index.js';

/** The finding this module reports; its summary is the docs' one-line description. */
export const rule: ClaimRule = {
  code: 'S_CODE_NOT_MEDICARE',
  severity: 'error',
  summary:
    'An S-code sent to Medicare: every S-code but the few CMS marks otherwise carries HCPCS coverage code I, not payable by Medicare.',
  check(claim, report) {
    const citation = coverageModel().sCodes.citations[0];
    for (const line of claim.lines) {
      if (isNonMedicareSCode(line.code)) {
        report(line, `${line.code} is an S-code, which Medicare does not pay (HCPCS coverage code I); do not send it on a Medicare claim.`, citation);
      }
    }
  },
};
