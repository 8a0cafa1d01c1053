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
