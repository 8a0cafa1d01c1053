export { documentationRequirements, documentationScope, type DocumentationRequirementsInput } from './documentation-requirements.js';
export { checkDocumentation, isProvided, type DocumentationCheck, type DocumentationGroupCheck } from './check-documentation.js';
export type {
  DeliveryMethod,
  DocumentationScope,
  Requirement,
  RequirementElement,
  RequirementWhen,
  RequirementGroup,
  RequirementAlternative,
} from './types.js';
