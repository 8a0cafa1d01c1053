import type { ClaimRule } from '../claim.js';
import { claimRules } from './facts.js';

/** The finding this module reports; its summary is the docs' one-line description. */
export const rule: ClaimRule = {
  code: 'UNITS_OVER_9999',
  severity: 'error',
  summary:
    'More than 9,999 units on one line: the DME MAC system takes 4 characters for units; split the units across lines (A52507 Coding Guidelines).',
  check(claim, report) {
    const { value, citation } = claimRules().maxUnitsPerLine;
    for (const line of claim.lines) {
      if (line.units > value) {
        report(line, `${line.code}: ${line.units} units on one line; the DME MAC system takes at most ${value.toLocaleString('en-US')}, so split the units across lines.`, citation);
      }
    }
  },
};
