import type { ClaimRule } from '../claim.js';
import { coverageModel } from '../../coverage/index.js';

/** The finding this module reports; its summary is the docs' one-line description. */
export const rule: ClaimRule = {
  code: 'JB_NOT_SUBCUTANEOUS',
  severity: 'warning',
  summary: "JB on a line whose drug is covered only by another route (IVIG, enteral, intrathecal): A52507 adds JB for subcutaneous administration only ('For other methods of administration, no modifier should be added').",
  check(claim, report) {
    const { modifier, route, citations } = coverageModel().subcutaneousModifier;
    for (const line of claim.lines) {
      const routes = line.rule?.routes;
      if (line.modifiers.includes(modifier) && routes && !routes.includes(route)) {
        report(line, `${line.code} (${line.rule!.label}) is given by the ${routes.join(' or ')} route, but carries ${modifier} (${route} administration): remove ${modifier}.`, citations[0]);
      }
    }
  },
};
