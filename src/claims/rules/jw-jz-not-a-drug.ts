import type { ClaimRule } from '../claim.js';
import { claimRules, hasAny } from './facts.js';

/** The finding this module reports; its summary is the docs' one-line description. */
export const rule: ClaimRule = {
  code: 'JW_JZ_NOT_A_DRUG',
  severity: 'error',
  summary:
    'JW or JZ on a line whose code is not a drug: both modifiers describe drug amounts discarded from single-dose containers (HCPCS modifier descriptors; A52507 JW and JZ modifiers).',
  check(claim, report) {
    const modifiers = claimRules().modifiers;
    for (const line of claim.lines) {
      if (!line.record || line.record.kind === 'drug' || !hasAny(line, ['JW', 'JZ'])) continue;
      const used = line.modifiers.includes('JW') ? 'JW' : 'JZ';
      report(line, `${line.code} is a ${line.record.kind}, not a drug: JW and JZ report drug amounts discarded (or none) from single-dose containers.`,
        modifiers.find((m) => m.code === used)?.citation);
    }
  },
};
