export { dmeposFee } from './dmepos-fee.js';
export { drugPaymentLimit } from './drug-payment-limit.js';
export { priceClaim } from './price-claim.js';
export { pricingQuarters } from './tables.js';
export type {
  AspTable,
  AspTableRow,
  DmeposFee,
  DmeposFeeInput,
  DrugPaymentLimit,
  DrugPaymentLimitInput,
  FeeCategory,
  FeeScheduleRow,
  FeeScheduleTable,
  PriceClaimInput,
  PriceClaimLine,
  PricedClaim,
  PricedLine,
  PricingBasis,
  PricingFileSource,
  PricingTables,
  RuralZipTable,
} from './types.js';
