import type { ClaimLine } from '../claims/index.js';
import { toIsoDate } from '../core/dates.js';
import { describeValue, invalidInput } from '../core/errors.js';
import { deepFreeze } from '../core/freeze.js';
import { normalizeCode } from '../core/hcpcs.js';
import { own, readObject } from '../core/validate.js';
import { normalizeIcd10 } from '../classify/icd10.js';
import { HCPCS_SYSTEM_URL } from '../export/toFhirCodeSystem.js';

/** The AMA's CPT system URL in FHIR (HL7 Terminology, CodeSystem `CPT`). */
export const CPT_SYSTEM_URL = 'http://www.ama-assn.org/go/cpt';
/** CMS place of service codes as HL7 Da Vinci PAS and CARIN Blue Button write them in `locationCodeableConcept`. */
export const PLACE_OF_SERVICE_SYSTEM_URL = 'https://www.cms.gov/Medicare/Coding/place-of-service-codes/Place_of_Service_Code_Set';
/** ICD-10-CM (`icd-10-cm`) and ICD-10 (`icd-10`, as CMS's Blue Button API writes Medicare diagnoses). */
const ICD10_SYSTEMS: readonly string[] = ['http://hl7.org/fhir/sid/icd-10-cm', 'http://hl7.org/fhir/sid/icd-10'];
const PRODUCT_SYSTEMS: readonly string[] = [HCPCS_SYSTEM_URL, CPT_SYSTEM_URL];
const FHIR_DATE = /^(\d{4}-\d{2}-\d{2})(T.*)?$/;

/**
 * What {@link fromFhirClaim} reads from a FHIR R4 `Claim`.
 *
 * @example
 * ```ts
 * const { diagnoses, lines }: FhirClaimLines = fromFhirClaim(claim)
 * ```
 */
export interface FhirClaimLines {
  /** ICD-10-CM codes of `Claim.diagnosis`, in array order, normalised (`'D80.0'`). */
  readonly diagnoses: readonly string[];
  /** One line per `Claim.item`, in array order: finding `line` n of `checkClaim` is `item[n - 1]`. */
  readonly lines: readonly ClaimLine[];
}

/** A FHIR array element: absent means empty; anything else must be an array. */
function readArray(value: unknown, field: string): readonly unknown[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) return invalidInput(field, `must be an array, got ${describeValue(value)}`);
  return value;
}

/** The codings of a CodeableConcept (`coding` 0..*). */
function codings(concept: unknown, field: string): readonly { coding: Readonly<Record<string, unknown>>; field: string }[] {
  const object = readObject(concept, field);
  return readArray(own(object, 'coding'), `${field}.coding`).map((coding, j) => ({
    coding: readObject(coding, `${field}.coding[${j}]`),
    field: `${field}.coding[${j}]`,
  }));
}

/** The one HCPCS or CPT code of `item[i].productOrService`; refuses none, or two different ones. */
function readProduct(value: unknown, field: string): string {
  if (value === undefined) return invalidInput(field, 'is required: the HCPCS or CPT code of the line');
  const codes = new Set<string>();
  for (const { coding, field: at } of codings(value, field)) {
    if (PRODUCT_SYSTEMS.includes(own(coding, 'system') as string)) codes.add(normalizeCode(own(coding, 'code'), `${at}.code`));
  }
  if (codes.size === 0) {
    return invalidInput(field, `has no coding with system '${HCPCS_SYSTEM_URL}' (HCPCS) or '${CPT_SYSTEM_URL}' (CPT)`);
  }
  if (codes.size > 1) return invalidInput(field, `holds two different codes (${[...codes].join(', ')}): one line bills one code`);
  return [...codes][0]!;
}

/** `item[i].modifier[k]`: a CodeableConcept with a two-character code (HCPCS or CPT modifier). */
function readModifier(value: unknown, field: string): string {
  for (const { coding, field: at } of codings(value, field)) {
    const code = own(coding, 'code');
    if (code === undefined) continue;
    if (typeof code !== 'string' || !/^[A-Za-z0-9]{2}$/.test(code.trim())) {
      return invalidInput(`${at}.code`, `must be a two-character modifier, got ${describeValue(code)}`);
    }
    return code.trim().toUpperCase();
  }
  return invalidInput(field, 'has no coding with a modifier code');
}

/** `item[i].quantity.value`: whole units of service, at least 1. */
function readQuantity(value: unknown, field: string): number {
  if (value === undefined) return invalidInput(field, 'is required: the units of service of the line');
  const units = own(readObject(value, field), 'value');
  if (typeof units !== 'number' || !Number.isInteger(units) || units < 1) {
    return invalidInput(`${field}.value`, `must be a whole number of units of at least 1, got ${describeValue(units)}`);
  }
  return units;
}

/** A FHIR `date` or `dateTime` with at least a full day (`'2026-03-02'`, `'2026-03-02T10:00:00-05:00'`). */
function readDay(value: unknown, field: string): string {
  const match = typeof value === 'string' ? FHIR_DATE.exec(value) : null;
  if (match === null) return invalidInput(field, `must be a full date such as '2026-03-02' (a year or month alone is not a date of service), got ${describeValue(value)}`);
  // A dateTime's date part is the calendar day where it was recorded, which is the day of service.
  return toIsoDate(match[1], field);
}

function readServiceDate(item: Readonly<Record<string, unknown>>, field: string, billablePeriodStart: string | undefined): string {
  const date = own(item, 'servicedDate');
  const period = own(item, 'servicedPeriod');
  if (date !== undefined && period !== undefined) return invalidInput(field, 'has both servicedDate and servicedPeriod (FHIR allows one serviced[x])');
  if (date !== undefined) return readDay(date, `${field}.servicedDate`);
  if (period !== undefined) return readDay(own(readObject(period, `${field}.servicedPeriod`), 'start'), `${field}.servicedPeriod.start`);
  if (billablePeriodStart !== undefined) return billablePeriodStart;
  return invalidInput(`${field}.servicedDate`, 'is required (or servicedPeriod, or the claim\'s billablePeriod.start): the date of service');
}

/** `item[i].locationCodeableConcept`: a CMS place of service code (two digits). */
function readPlaceOfService(value: unknown, field: string): string {
  for (const { coding, field: at } of codings(value, field)) {
    if (own(coding, 'system') !== PLACE_OF_SERVICE_SYSTEM_URL) continue;
    const code = own(coding, 'code');
    if (typeof code !== 'string' || !/^\d{2}$/.test(code)) return invalidInput(`${at}.code`, `must be a two-digit place of service, got ${describeValue(code)}`);
    return code;
  }
  return invalidInput(field, `has no coding with system '${PLACE_OF_SERVICE_SYSTEM_URL}' (CMS place of service)`);
}

function readDiagnosis(value: unknown, field: string): string {
  const diagnosis = readObject(value, field);
  const concept = own(diagnosis, 'diagnosisCodeableConcept');
  if (concept === undefined) {
    return invalidInput(`${field}.diagnosisCodeableConcept`, own(diagnosis, 'diagnosisReference') !== undefined
      ? 'is required: a diagnosisReference to a Condition cannot be read without that resource'
      : 'is required: the ICD-10-CM code');
  }
  for (const { coding, field: at } of codings(concept, `${field}.diagnosisCodeableConcept`)) {
    if (ICD10_SYSTEMS.includes(own(coding, 'system') as string)) return normalizeIcd10(own(coding, 'code'), `${at}.code`);
  }
  return invalidInput(`${field}.diagnosisCodeableConcept`, `has no coding with system '${ICD10_SYSTEMS[0]}' (ICD-10-CM)`);
}

/**
 * Reads a FHIR R4 `Claim` (a parsed JSON object) into `checkClaim`'s claim lines and the
 * claim's ICD-10-CM diagnoses.
 *
 * Each `item` gives one line: `productOrService` (a coding with the HCPCS system
 * `http://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets` or CPT `http://www.ama-assn.org/go/cpt`),
 * `modifier` (each CodeableConcept's two-character code), `quantity.value` (whole units),
 * `servicedDate` or `servicedPeriod.start` (else the claim's `billablePeriod.start`), and
 * `locationCodeableConcept` (CMS place of service system
 * `https://www.cms.gov/Medicare/Coding/place-of-service-codes/Place_of_Service_Code_Set`).
 * `diagnosis[].diagnosisCodeableConcept` gives ICD-10-CM codes (`icd-10-cm`, or `icd-10` as CMS's
 * Blue Button API writes them).
 *
 * FHIR resources carry many elements this library has no use for (patient, provider, insurance,
 * `item.detail`, prices): those are ignored. Every element that is read is validated, and what cannot
 * be mapped is refused with `INVALID_INPUT` and the FHIR path of the element, e.g.
 * `item[2].productOrService` for a line coded only in another system. The result is deeply frozen.
 *
 * `claim` is typed `object` so the declarations need no FHIR package: a `Claim` typed by
 * `@medplum/fhirtypes` (or `@types/fhir`), or plain parsed JSON, can be passed as it is. The tests
 * type their Claims with `@medplum/fhirtypes`, so the elements read here are R4's.
 *
 * @example
 * ```ts
 * const claim = JSON.parse(readFileSync('claim.json', 'utf8'))
 * const { lines, diagnoses } = fromFhirClaim(claim)
 * checkClaim(lines)
 * ```
 */
export function fromFhirClaim(claim: object): FhirClaimLines {
  const resource = readObject(claim, 'claim');
  if (own(resource, 'resourceType') !== 'Claim') {
    return invalidInput('resourceType', `must be 'Claim', got ${describeValue(own(resource, 'resourceType'))}`);
  }
  const billable = own(resource, 'billablePeriod');
  const billableStart = billable === undefined ? undefined : own(readObject(billable, 'billablePeriod'), 'start');
  const claimDate = billableStart === undefined ? undefined : readDay(billableStart, 'billablePeriod.start');
  const lines = readArray(own(resource, 'item'), 'item').map((value, i): ClaimLine => {
    const field = `item[${i}]`;
    const item = readObject(value, field);
    const hcpcs = readProduct(own(item, 'productOrService'), `${field}.productOrService`);
    const modifiers = readArray(own(item, 'modifier'), `${field}.modifier`).map((m, k) => readModifier(m, `${field}.modifier[${k}]`));
    const units = readQuantity(own(item, 'quantity'), `${field}.quantity`);
    const dateOfService = readServiceDate(item, field, claimDate);
    const location = own(item, 'locationCodeableConcept');
    const placeOfService = location === undefined ? undefined : readPlaceOfService(location, `${field}.locationCodeableConcept`);
    return {
      hcpcs,
      ...(modifiers.length > 0 ? { modifiers } : {}),
      units,
      dateOfService,
      ...(placeOfService !== undefined ? { placeOfService } : {}),
    };
  });
  const diagnoses = readArray(own(resource, 'diagnosis'), 'diagnosis').map((d, k) => readDiagnosis(d, `diagnosis[${k}]`));
  return deepFreeze({ diagnoses, lines });
}
