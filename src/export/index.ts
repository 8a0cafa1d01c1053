export {
  toFhirCodeSystem,
  HCPCS_SYSTEM_URL,
  type FhirCodeSystem,
  type FhirCodeSystemPropertyDefinition,
  type FhirConcept,
  type FhirConceptProperty,
  type FhirPropertyType,
} from './toFhirCodeSystem.js';
export { toCsv, CSV_COLUMNS } from './toCsv.js';
