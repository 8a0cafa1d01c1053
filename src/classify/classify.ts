import { describeValue, invalidInput, noData, unknownCode } from '../core/errors.js';
import { toIsoDate } from '../core/dates.js';
import { normalizeCode } from '../core/hcpcs.js';
import { own, readObject, readOptionalEnum } from '../core/validate.js';
import { normalizeIcd10 } from './icd10.js';
import { decide, hasRule } from './rules.js';
import { DEVICES, ROUTES, SETTINGS, type Classification, type ClassifyInput } from './types.js';

const HOSPICE = Object.freeze(['related', 'unrelated'] as const);

/**
 * Which Medicare benefit pays for a home infusion drug, pump, supply or service on a date of
 * service, who to bill, which documentation must be on file, and why (each reason cited).
 *
 * The answer follows a cited rule table: LCD L33794 and article A52507 (external infusion
 * pumps), the home IVIG benefit (BPM ch. 15 §50.6), parenteral nutrition (prosthetic device
 * benefit), HIT services (BPM ch. 15 §320, SSA §1834(u)), and the precedence of hospice, Part A
 * stays and settings. Facts it cannot see (permanence, homebound status, a missing diagnosis)
 * come back as `warnings`.
 *
 * Throws `MedicareInputError`: `INVALID_INPUT` for malformed input (field named), `UNKNOWN_CODE`
 * for a well-formed code the classifier holds no rule for, `NO_DATA` when no rule for the code is
 * in force on the date.
 *
 * @example
 * ```ts
 * classify({ hcpcs: 'J2260', dateOfService: '2026-03-02', device: 'external-pump', route: 'intravenous', setting: 'home' })
 * // { benefit: 'part-b-dme', billTo: 'dme-mac', hitCategory: 1,
 * //   hitCodes: { initial: 'G0088', subsequent: 'G0068' }, requires: [...], reasons: [...], warnings: [...] }
 * ```
 */
export function classify(input: ClassifyInput): Classification {
  const object = readObject(input, 'input');
  const code = normalizeCode(own(object, 'hcpcs'), 'hcpcs');
  const date = toIsoDate(own(object, 'dateOfService'), 'dateOfService');
  const route = readOptionalEnum(own(object, 'route'), ROUTES, 'route');
  const device = readOptionalEnum(own(object, 'device'), DEVICES, 'device');
  const setting = readOptionalEnum(own(object, 'setting'), SETTINGS, 'setting');
  const hospice = readOptionalEnum(own(object, 'hospice'), HOSPICE, 'hospice');
  const partAValue = own(object, 'partAStay');
  if (partAValue !== undefined && typeof partAValue !== 'boolean') {
    invalidInput('partAStay', `must be true or false, got ${describeValue(partAValue)}`);
  }
  const partAStay = partAValue === true;
  if (partAStay && setting !== 'snf' && setting !== 'hospital') {
    invalidInput('partAStay', `a Part A stay needs setting 'snf' or 'hospital', got ${describeValue(setting)}`);
  }
  const rawDiagnoses = own(object, 'diagnoses');
  let diagnoses: string[] | undefined;
  if (rawDiagnoses !== undefined) {
    if (!Array.isArray(rawDiagnoses)) invalidInput('diagnoses', `must be an array of ICD-10-CM codes, got ${describeValue(rawDiagnoses)}`);
    diagnoses = new Array<string>(rawDiagnoses.length);
    for (let i = 0; i < rawDiagnoses.length; i++) diagnoses[i] = normalizeIcd10(rawDiagnoses[i], `diagnoses[${i}]`);
  }

  const result = decide({ code, date, route, device, diagnoses, setting, partAStay, hospice });
  if (result) return result;
  if (!hasRule(code)) {
    return unknownCode('hcpcs', `${code} is not a code the benefit classifier holds a rule for`);
  }
  return noData('dateOfService', `no classification rule for ${code} is in force on ${date}`);
}
