/**
 * `medicare-home-infusion/x12`: reads ASC X12 837 claim files (837P 005010X222A1/A2, 837I
 * 005010X223A2/A3) into claims whose lines `checkClaim` takes as they are.
 *
 * A subpath of its own so the root entry stays small; it has no dependency (its tokenizer is the
 * few lines in segments.ts) and shares the root's `MedicareInputError` class.
 *
 * @module x12
 */
export { readX12Claims } from './read-x12-claims.js';
export type { X12Claim, X12ClaimLine, X12UncodedLine } from './types.js';
