export { documentationRequirements, type DocumentationRequirementsInput } from './documentation-requirements.js';
export { checkDocumentation, isProvided, type DocumentationCheck } from './check-documentation.js';
export type {
  DeliveryMethod,
  Requirement,
  RequirementElement,
  RequirementWhen,
} from './types.js';
