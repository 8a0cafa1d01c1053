/**
 * The fields a claim line may carry anywhere in the library: what `checkClaim` reads, what
 * `priceClaim` reads (`chargeCents`, `rentalMonth`), and what `readX12Claims` gives (`segment`,
 * `unitBasis`, `ndc`, …). A line from any of them passes to the others as it is; any other key is
 * refused with `INVALID_INPUT` naming it, so a misspelt `modifier` never goes unnoticed.
 */
export const CLAIM_LINE_KEYS = /* @__PURE__ */ Object.freeze([
  'hcpcs', 'modifiers', 'units', 'dateOfService', 'placeOfService', 'daysSupply', 'chargeCents', 'rentalMonth',
  'unitBasis', 'lastDateOfService', 'diagnosisPointers', 'revenueCode', 'ndc', 'ndcQuantity', 'description', 'segment',
] as const);
