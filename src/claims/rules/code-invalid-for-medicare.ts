import type { ClaimRule } from '../claim.js';
import { claimRules } from './facts.js';

/** A code A52507 says is invalid for submission to Medicare (A4232). */
export const rule: ClaimRule = {
  code: 'CODE_INVALID_FOR_MEDICARE',
  severity: 'error',
  summary: 'A code A52507 says is invalid for submission to Medicare (A4232).',
  check(claim, report) {
  const invalidCodes = new Map(claimRules().invalidCodes.filter((c) => c.scope === 'medicare').map((c) => [c.code, c]));
  for (const line of claim.lines) {
    const invalid = invalidCodes.get(line.code);
    if (invalid) report(line, `${line.code} is ${invalid.reason}.`, invalid.citation);
  }
  },
};
