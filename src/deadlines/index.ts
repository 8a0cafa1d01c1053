export {
  refillWindow,
  appealDeadline,
  timelyFilingDeadline,
  adrResponseDeadline,
  amountInControversy,
  type RefillWindow,
  type AppealDeadline,
  type AdrResponseDeadline,
  type AmountInControversy,
} from './deadlines.js';
export { APPEAL_LEVELS, type AppealLevel } from './types.js';
