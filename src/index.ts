/**
 * medicare-home-infusion: Medicare home infusion billing answers as typed, offline, pure
 * functions over frozen, cited data.
 *
 * @packageDocumentation
 */
export { MedicareInputError, type MedicareInputErrorCode } from './core/errors.js';
export type { Money } from './core/money.js';
export type { Citation } from './core/citation.js';
export type { DateInput, IsoDate } from './core/dates.js';
export { BENEFITS, type Benefit, type BillTo, type HitCategory } from './core/benefit.js';
export type { SourceRecord } from './core/sources.js';
export type { DeepReadonly } from './core/freeze.js';
export { listSources, getSource } from './core/source-registry.js';
export { REQUIREMENT_IDS, type RequirementId } from './core/requirement-ids.js';

// Catalog (HCPCS/CPT codes for Medicare home infusion: descriptors from CMS's file, dates, benefits, citations)
export { getCode, type GetCodeOptions } from './catalog/getCode.js';
export { listCodes } from './catalog/listCodes.js';
export { CODE_KINDS, type CodeInfo, type CodeKind, type CodeFilter } from './catalog/types.js';

// --- documentation, deadlines, parameters (issue 5) ---
export {
  documentationRequirements,
  documentationScope,
  checkDocumentation,
  isProvided,
  type DocumentationRequirementsInput,
  type DocumentationCheck,
  type DocumentationGroupCheck,
  type DeliveryMethod,
  type DocumentationScope,
  type Requirement,
  type RequirementElement,
  type RequirementWhen,
  type RequirementGroup,
  type RequirementAlternative,
} from './documentation/index.js';
export {
  refillWindow,
  appealDeadline,
  timelyFilingDeadline,
  adrResponseDeadline,
  amountInControversy,
  APPEAL_LEVELS,
  type AppealLevel,
  type RefillWindow,
  type AppealDeadline,
  type AdrResponseDeadline,
  type AmountInControversy,
} from './deadlines/index.js';
export {
  medicareParameters,
  negotiatedDrugs,
  type MedicareParameters,
  type NegotiatedDrug,
} from './parameters/index.js';
// --- end documentation, deadlines, parameters ---

// Home infusion therapy (HIT) services and the Q2052 IVIG services rate (area: hit)
export {
  hitCode,
  hitVisitType,
  HIT_READMISSION_GAP_DAYS,
  hitPayment,
  HIT_MEDICARE_PERCENT,
  hitRates,
  hitRateYears,
  hitTransitionalCategory,
  ivigServicesPayment,
  type HitVisit,
  type HitVisitTypeInput,
  type HitPriorVisit,
  type HitRateTable,
  type HitPaymentInput,
  type HitPayment,
  type HitPaymentStep,
  type IvigServicesPaymentInput,
  type IvigServicesPayment,
} from './hit/index.js';

// Claim-line checks: stable finding codes with citations (area: claims)
export { checkClaim, CLAIM_FINDINGS, type CheckClaimOptions, type ClaimFinding, type ClaimFindingCode, type ClaimFindingInfo, type ClaimLine } from './claims/index.js';

// FHIR R4 CodeSystem and CSV exports of the catalog (area: export)
export {
  toFhirCodeSystem,
  toCsv,
  CSV_COLUMNS,
  HCPCS_SYSTEM_URL,
  type FhirCodeSystem,
  type FhirCodeSystemPropertyDefinition,
  type FhirConcept,
  type FhirConceptProperty,
  type FhirPropertyType,
} from './export/index.js';
// Benefit classifier (classify): which benefit pays, who to bill, what must be on file, and why.
export { classify } from './classify/classify.js';
export { normalizeIcd10 } from './classify/icd10.js';
export { REASON_CODES, type ReasonCode } from './classify/reasons.js';
export { classifyRuleTable } from './classify/rule-table.js';
export {
  DEVICES,
  ROUTES,
  SETTINGS,
  type Classification,
  type ClassificationReason,
  type ClassifyData,
  type ClassifyInput,
  type ClassifyRule,
  type CoverageData,
  type CoverageDoubt,
  type Dated,
  type CoverageRule,
  type HitPeriod,
  type Icd10Group,
  type RuleKind,
  type Device,
  type Route,
  type Setting,
} from './classify/types.js';

// Claims from FHIR R4: Claim.item to checkClaim's lines, diagnosis to ICD-10-CM (area: fhir).
// X12 837 files are read by the subpath 'medicare-home-infusion/x12'.
export { fromFhirClaim, CPT_SYSTEM_URL, PLACE_OF_SERVICE_SYSTEM_URL, type FhirClaimLines } from './fhir/from-fhir-claim.js';
// Pricing from CMS's DMEPOS, PEN, rural ZIP and ASP files (HIT lines through hitPayment)
export {
  dmeposFee,
  drugPaymentLimit,
  priceClaim,
  pricingQuarters,
  type AspTable,
  type AspTableRow,
  type DmeposFee,
  type DmeposFeeInput,
  type DrugPaymentLimit,
  type DrugPaymentLimitInput,
  type FeeCategory,
  type FeeScheduleRow,
  type FeeScheduleTable,
  type PriceClaimInput,
  type PriceClaimLine,
  type PricedClaim,
  type PricedLine,
  type PricingBasis,
  type PricingFileSource,
  type PricingTables,
  type RuralZipTable,
} from './pricing/index.js';
export type { Step } from './core/payment.js';
