export {
  medicareParameters,
  negotiatedDrugs,
  type MedicareParameters,
  type NegotiatedDrug,
} from './parameters.js';
