import { describeValue, invalidInput, noData, unknownCode } from '../core/errors.js';
import { toIsoDate } from '../core/dates.js';
import { normalizeCode } from '../core/hcpcs.js';
import { own, readObject, readOptionalEnum } from '../core/validate.js';
import { normalizeIcd10 } from './icd10.js';
import { choiceKey, decide, DEVICE_INDEX, hasRule, HOSPICE_INDEX, HOSPICE_VALUES, knownCode, ROUTE_INDEX, SETTING_INDEX } from './rules.js';
import { DEVICES, ROUTES, SETTINGS, type Classification, type ClassifyInput, type Device, type Route, type Setting } from './types.js';

// Hot-path helpers. Each accepts exactly what the core helpers accept and hands anything else
// to them, so errors (and their messages) stay the core's.
const CODES = new Map<string, string>();
const DIAGNOSES = new Map<string, string>();
const MEMO_LIMIT = 10_000;

function remember(map: Map<string, string>, key: string, value: string): string {
  if (map.size >= MEMO_LIMIT) map.clear();
  map.set(key, value);
  return value;
}

function readCode(value: unknown): string {
  if (typeof value === 'string') {
    const known = CODES.get(value);
    if (known !== undefined) return known;
    return remember(CODES, value, normalizeCode(value, 'hcpcs'));
  }
  return normalizeCode(value, 'hcpcs');
}

function readDiagnosis(value: unknown, index: number): string {
  if (typeof value === 'string') {
    const known = DIAGNOSES.get(value);
    if (known !== undefined) return known;
    return remember(DIAGNOSES, value, normalizeIcd10(value, `diagnoses[${index}]`));
  }
  return normalizeIcd10(value, `diagnoses[${index}]`);
}

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const digit = (s: string, i: number): number => s.charCodeAt(i) - 48;
const isDigit = (s: string, i: number): boolean => {
  const c = s.charCodeAt(i);
  return c >= 48 && c <= 57;
};

/**
 * Validates an optional enumerated input as `readOptionalEnum` does and returns its index (0 when not
 * given; see ROUTE_INDEX in rules.ts), the part of the answer-cache key it gives. Anything not
 * allowed goes to the core helper, which throws its own message.
 */
function readChoice(value: unknown, index: ReadonlyMap<unknown, number>, allowed: readonly string[], name: string): number {
  if (value === undefined) return 0;
  const found = index.get(value);
  if (found !== undefined) return found;
  readOptionalEnum(value, allowed, name);
  return invalidInput(name, `unexpected value ${describeValue(value)}`); // not reached: readOptionalEnum throws
}

const OBJECT_PROTOTYPE = Object.prototype as unknown as Partial<Record<keyof ClassifyInput, unknown>>;

/** Whether Object.prototype carries any input key (prototype pollution), so inherited values could appear. */
function prototypeCarriesInputKeys(): boolean {
  const p = OBJECT_PROTOTYPE;
  return p.hcpcs !== undefined || p.dateOfService !== undefined || p.route !== undefined || p.device !== undefined ||
    p.diagnoses !== undefined || p.setting !== undefined || p.partAStay !== undefined || p.hospice !== undefined;
}

/**
 * The input's own fields (inherited keys are ignored, as `own` does). For a plain object a value can
 * only be inherited from Object.prototype, so named reads are safe unless that carries an input key.
 */
function readFields(object: Readonly<Record<string, unknown>>): Partial<Record<keyof ClassifyInput, unknown>> {
  const prototype: unknown = Object.getPrototypeOf(object);
  if ((prototype === Object.prototype || prototype === null) && !prototypeCarriesInputKeys()) {
    return object as Partial<Record<keyof ClassifyInput, unknown>>;
  }
  return {
    hcpcs: own(object, 'hcpcs'), dateOfService: own(object, 'dateOfService'), route: own(object, 'route'),
    device: own(object, 'device'), diagnoses: own(object, 'diagnoses'), setting: own(object, 'setting'),
    partAStay: own(object, 'partAStay'), hospice: own(object, 'hospice'),
  };
}

/** No input can equal this (a private symbol), so nothing passes as "the last date" before one was read. */
const NO_DATE_YET: unique symbol = Symbol('no date read yet');
/**
 * The last date string readDate accepted as it is. Claims in a batch share their date of service,
 * so a repeat is accepted by one comparison instead of ten character checks (14% of a cached
 * classify call in the round-robin benchmark's CPU profile). Only a valid date is ever stored.
 */
let lastDate: string | typeof NO_DATE_YET = NO_DATE_YET;

/** `toIsoDate` for the common case (an exact 'YYYY-MM-DD' real calendar day, 1900-2199) without allocating. */
function readDate(value: unknown): string {
  if (value === lastDate) return value as string;
  if (typeof value === 'string' && value.length === 10 && value.charCodeAt(4) === 45 && value.charCodeAt(7) === 45) {
    const ok = isDigit(value, 0) && isDigit(value, 1) && isDigit(value, 2) && isDigit(value, 3) &&
      isDigit(value, 5) && isDigit(value, 6) && isDigit(value, 8) && isDigit(value, 9);
    if (ok) {
      const year = digit(value, 0) * 1000 + digit(value, 1) * 100 + digit(value, 2) * 10 + digit(value, 3);
      const month = digit(value, 5) * 10 + digit(value, 6);
      const day = digit(value, 8) * 10 + digit(value, 9);
      const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
      const max = month === 2 && leap ? 29 : (DAYS[month - 1] ?? 0);
      if (year >= 1900 && year <= 2199 && month >= 1 && month <= 12 && day >= 1 && day <= max) {
        lastDate = value;
        return value;
      }
    }
  }
  return toIsoDate(value, 'dateOfService');
}

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
  const fields = readFields(readObject(input, 'input'));
  const code = readCode(fields.hcpcs);
  const date = readDate(fields.dateOfService);
  const routeIndex = readChoice(fields.route, ROUTE_INDEX, ROUTES, 'route');
  const deviceIndex = readChoice(fields.device, DEVICE_INDEX, DEVICES, 'device');
  const settingIndex = readChoice(fields.setting, SETTING_INDEX, SETTINGS, 'setting');
  const hospiceIndex = readChoice(fields.hospice, HOSPICE_INDEX, HOSPICE_VALUES, 'hospice');
  // Validated: each is undefined or an allowed value.
  const route = fields.route as Route | undefined;
  const device = fields.device as Device | undefined;
  const setting = fields.setting as Setting | undefined;
  const hospice = fields.hospice as 'related' | 'unrelated' | undefined;
  const partAValue = fields.partAStay;
  if (partAValue !== undefined && typeof partAValue !== 'boolean') {
    invalidInput('partAStay', `must be true or false, got ${describeValue(partAValue)}`);
  }
  const partAStay = partAValue === true;
  if (partAStay && setting !== 'snf' && setting !== 'hospital') {
    invalidInput('partAStay', `a Part A stay needs setting 'snf' or 'hospital', got ${describeValue(setting)}`);
  }
  const rawDiagnoses = fields.diagnoses;
  let diagnoses: string[] | undefined;
  if (rawDiagnoses !== undefined) {
    if (!Array.isArray(rawDiagnoses)) invalidInput('diagnoses', `must be an array of ICD-10-CM codes, got ${describeValue(rawDiagnoses)}`);
    diagnoses = new Array<string>(rawDiagnoses.length);
    for (let i = 0; i < rawDiagnoses.length; i++) diagnoses[i] = readDiagnosis(rawDiagnoses[i], i);
  }

  const choices = choiceKey(routeIndex, deviceIndex, settingIndex, partAStay, hospiceIndex);
  const result = decide({ code, date, route, device, diagnoses, setting, partAStay, hospice, choices });
  if (result) return result;
  if (!knownCode(code)) return unknownCode('hcpcs', `${code} is not in the catalog or the classifier's rule table`);
  if (!hasRule(code)) return noData('hcpcs', `the classifier holds no rule for ${code} (the catalog lists it; see getCode)`);
  return noData('dateOfService', `no classification rule for ${code} is in force on ${date}`);
}
