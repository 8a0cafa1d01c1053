import { describeValue, invalidInput, noData, unknownCode } from '../core/errors.js';
import { toIsoDate } from '../core/dates.js';
import { normalizeCode } from '../core/hcpcs.js';
import { own, readObject, readOptionalEnum } from '../core/validate.js';
import { hasCode } from '../catalog/lookup.js';
import { hasCoverageRule } from '../coverage/index.js';
import { normalizeIcd10 } from './icd10.js';
import { decide, type DecisionInput } from './decide.js';
import { DEVICES, ROUTES, SETTINGS, type Classification, type ClassifyInput } from './types.js';

const INPUT_KEYS: readonly (keyof ClassifyInput)[] = ['hcpcs', 'dateOfService', 'route', 'device', 'diagnoses', 'setting', 'partAStay', 'hospice'];
const HOSPICE_VALUES = ['related', 'unrelated'] as const;

/** Reads and validates classify's input once, at the boundary; unknown keys are refused. */
function readInput(input: unknown): DecisionInput {
  const object = readObject(input, 'input', INPUT_KEYS);
  const field = (key: keyof ClassifyInput): unknown => own(object, key);
  const setting = readOptionalEnum(field('setting'), SETTINGS, 'setting');
  const partAStay = field('partAStay');
  if (partAStay !== undefined && typeof partAStay !== 'boolean') {
    invalidInput('partAStay', `must be true or false, got ${describeValue(partAStay)}`);
  }
  if (partAStay === true && setting !== 'snf' && setting !== 'hospital') {
    invalidInput('partAStay', `a Part A stay needs setting 'snf' or 'hospital', got ${describeValue(setting)}`);
  }
  const diagnoses = field('diagnoses');
  if (diagnoses !== undefined && !Array.isArray(diagnoses)) {
    invalidInput('diagnoses', `must be an array of ICD-10-CM codes, got ${describeValue(diagnoses)}`);
  }
  return {
    code: normalizeCode(field('hcpcs'), 'hcpcs'),
    date: toIsoDate(field('dateOfService'), 'dateOfService'),
    route: readOptionalEnum(field('route'), ROUTES, 'route'),
    device: readOptionalEnum(field('device'), DEVICES, 'device'),
    diagnoses: diagnoses === undefined ? undefined : Array.from(diagnoses as unknown[], (d, i) => normalizeIcd10(d, `diagnoses[${i}]`)),
    setting,
    partAStay: partAStay === true,
    hospice: readOptionalEnum(field('hospice'), HOSPICE_VALUES, 'hospice'),
  };
}

/**
 * Which Medicare benefit pays for a home infusion drug, pump, supply or service on a date of
 * service, who to bill, which documentation must be on file, and why (each reason cited).
 *
 * The answer follows the coverage model (data/coverage/), the same facts the catalog and
 * `checkClaim` read: LCD L33794 and article A52507 (external infusion pumps), the home IVIG
 * benefit (BPM ch. 15 §50.6, A52509), parenteral nutrition (prosthetic device benefit), HIT
 * services (BPM ch. 15 §320, SSA §1834(u)), S-codes, and the precedence of hospice, Part A stays
 * and settings. Facts it cannot see (permanence, homebound status, a missing diagnosis, a
 * reading of the sources it could not verify) come back as `warnings`.
 *
 * Throws `MedicareInputError`: `INVALID_INPUT` for malformed input or an unknown key (field
 * named), `UNKNOWN_CODE` for a well-formed code neither the catalog nor the coverage model holds,
 * `NO_DATA` when no rule for the code is in force on the date.
 *
 * @example
 * ```ts
 * classify({ hcpcs: 'J2260', dateOfService: '2026-03-02', device: 'external-pump', route: 'intravenous', setting: 'home' })
 * // { benefit: 'part-b-dme', billTo: 'dme-mac', hitCategory: 1,
 * //   hitCodes: { initial: 'G0088', subsequent: 'G0068' }, requires: [...], reasons: [...], warnings: [...] }
 * ```
 */
export function classify(input: ClassifyInput): Classification {
  const decision = readInput(input);
  const result = decide(decision);
  if (result) return result;
  const { code, date } = decision;
  if (!hasCoverageRule(code) && !hasCode(code)) return unknownCode('hcpcs', `${code} is not in the catalog or the coverage model`);
  if (!hasCoverageRule(code)) return noData('hcpcs', `the coverage model holds no rule for ${code} (the catalog lists it; see getCode)`);
  return noData('dateOfService', `no coverage rule for ${code} is in force on ${date}`);
}
