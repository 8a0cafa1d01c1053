export { hitCode } from './hitCode.js';
export { hitVisitType, HIT_READMISSION_GAP_DAYS } from './hitVisitType.js';
export type {
  HitVisit,
  HitVisitTypeInput,
  HitRateTable,
  HitPaymentInput,
  HitPayment,
  HitPaymentStep,
  IvigServicesPaymentInput,
  IvigServicesPayment,
} from './types.js';
