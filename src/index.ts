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

// Catalog (HCPCS/CPT codes for Medicare home infusion: descriptors from CMS's file, dates, benefits, citations)
export { getCode, type GetCodeOptions } from './catalog/getCode.js';
export { listCodes } from './catalog/listCodes.js';
export { CODE_KINDS, type CodeInfo, type CodeKind, type CodeFilter } from './catalog/types.js';

// Benefit classifier (classify): which benefit pays, who to bill, what must be on file, and why.
export { classify } from './classify/classify.js';
export { normalizeIcd10 } from './classify/icd10.js';
export { REASON_CODES, type ReasonCode } from './classify/reasons.js';
export { classifyRuleTable } from './classify/rules.js';
export {
  DEVICES,
  ROUTES,
  SETTINGS,
  type Classification,
  type ClassificationReason,
  type ClassifyData,
  type ClassifyInput,
  type ClassifyRule,
  type Icd10Group,
  type RuleKind,
  type Device,
  type Route,
  type Setting,
} from './classify/types.js';
