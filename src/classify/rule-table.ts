import { coverageModel } from '../coverage/index.js';
import type { CoverageData } from '../coverage/types.js';

/**
 * The classifier's rule table: the coverage model (data/coverage/), with every rule's codes,
 * indication, pumps, routes, ICD-10 groups, HIT periods, documentation ids and citations; the
 * A52507 ICD-10 groups; the home IVIG diagnosis list; the S-code rule; and the claim-line facts
 * (modifiers, quantity limits, HIT contractor) the catalog and checkClaim read from it too.
 *
 * @example
 * ```ts
 * classifyRuleTable().rules.find((r) => r.codes.includes('J2260'))?.indication // 'V(D)'
 * ```
 */
export function classifyRuleTable(): CoverageData {
  return coverageModel();
}
