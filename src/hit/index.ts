export { hitCode } from './hitCode.js';
export { hitVisitType, HIT_READMISSION_GAP_DAYS } from './hitVisitType.js';
export { hitPayment, HIT_MEDICARE_PERCENT } from './hitPayment.js';
export { hitRates, hitRateYears } from './hitRates.js';
export { hitTransitionalCategory } from './hitTransitionalCategory.js';
export { ivigServicesPayment } from './ivigServicesPayment.js';
export type {
  HitVisit,
  HitVisitTypeInput,
  HitPriorVisit,
  HitRateTable,
  HitPaymentInput,
  HitPayment,
  HitPaymentStep,
  IvigServicesPaymentInput,
  IvigServicesPayment,
} from './types.js';
