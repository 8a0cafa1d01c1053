export { checkClaim } from './checkClaim.js';
export { CLAIM_FINDINGS, type ClaimFinding, type ClaimFindingCode, type ClaimLine } from './findings.js';
