export { checkClaim } from './checkClaim.js';
export { CLAIM_FINDINGS } from './rules/index.js';
export type { CheckClaimOptions, ClaimFinding, ClaimFindingCode, ClaimFindingInfo, ClaimLine } from './findings.js';
