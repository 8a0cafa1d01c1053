import { listCodes } from '../catalog/listCodes.js';
import type { CodeFilter, CodeInfo } from '../catalog/types.js';
import { addDaysToIso, toIsoDate } from '../core/dates.js';
import { deepFreeze } from '../core/freeze.js';
import { loadHcpcsReleases } from '../generated/hcpcs-releases.js';

/**
 * The canonical FHIR system URL of HCPCS Level II codes, as HL7 Terminology (THO) registers it
 * (CodeSystem `hcpcs-Level-II`, case-sensitive).
 *
 * @example
 * ```ts
 * const coding = { system: HCPCS_SYSTEM_URL, code: 'J1559' }
 * ```
 */
export const HCPCS_SYSTEM_URL = 'http://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets';

/**
 * Value types a FHIR R4 CodeSystem property may have (the subset this library uses).
 *
 * @example
 * ```ts
 * toFhirCodeSystem().property.map((p) => `${p.code}: ${p.type}`) // ['kind: string', …]
 * ```
 */
export type FhirPropertyType = 'string' | 'integer' | 'boolean' | 'dateTime';

/**
 * One property definition of a FHIR R4 CodeSystem (`CodeSystem.property`).
 *
 * @example
 * ```ts
 * const def = toFhirCodeSystem().property.find((p) => p.code === 'hitCategory') // type 'integer'
 * ```
 */
export interface FhirCodeSystemPropertyDefinition {
  readonly code: string;
  readonly description: string;
  readonly type: FhirPropertyType;
}

/**
 * One property value of a concept (`CodeSystem.concept.property`): exactly one `value[x]`.
 *
 * @example
 * ```ts
 * const p: FhirConceptProperty = { code: 'medicarePayable', valueBoolean: true }
 * ```
 */
export interface FhirConceptProperty {
  readonly code: string;
  readonly valueString?: string;
  readonly valueInteger?: number;
  readonly valueBoolean?: boolean;
  readonly valueDateTime?: string;
}

/**
 * One concept (`CodeSystem.concept`): `display` is CMS's short descriptor, `definition` the long one.
 *
 * @example
 * ```ts
 * const c = toFhirCodeSystem({ text: 'J1559' }).concept?.[0] // { code: 'J1559', display: 'Hizentra injection', … }
 * ```
 */
export interface FhirConcept {
  readonly code: string;
  readonly display: string;
  readonly definition: string;
  readonly property: readonly FhirConceptProperty[];
}

/**
 * The FHIR R4 `CodeSystem` resource {@link toFhirCodeSystem} returns (a fragment of HCPCS Level II).
 *
 * @example
 * ```ts
 * const cs: FhirCodeSystem = toFhirCodeSystem({ kind: 'pump' })
 * cs.concept?.map((c) => c.code)
 * ```
 */
export interface FhirCodeSystem {
  readonly resourceType: 'CodeSystem';
  readonly id: string;
  readonly url: typeof HCPCS_SYSTEM_URL;
  readonly identifier: readonly { readonly system: 'urn:ietf:rfc:3986'; readonly value: string }[];
  readonly version: string;
  readonly name: string;
  readonly title: string;
  readonly status: 'active';
  readonly experimental: false;
  readonly publisher: string;
  readonly description: string;
  readonly caseSensitive: true;
  readonly content: 'fragment';
  readonly count: number;
  readonly property: readonly FhirCodeSystemPropertyDefinition[];
  /** Absent when no HCPCS code matches (FHIR JSON allows no empty arrays). */
  readonly concept?: readonly FhirConcept[];
}

const PROPERTIES: readonly FhirCodeSystemPropertyDefinition[] = [
  // FHIR R4 concept-property-type: a `code` property refers to a concept of this same code system,
  // so the library's own vocabularies (kind, benefit, billTo) travel as strings.
  { code: 'kind', type: 'string', description: 'What the code bills for (drug, pump, supply, service, nutrition, per-diem, nursing, other).' },
  { code: 'benefit', type: 'string', description: 'A Medicare benefit a home infusion claim for the code belongs to (repeats; absent when the library names none).' },
  { code: 'billTo', type: 'string', description: 'Contractor a Medicare claim goes to: dme-mac or ab-mac.' },
  { code: 'hitCategory', type: 'integer', description: 'Home infusion therapy services payment category (1, 2 or 3; 42 CFR 414.1550).' },
  { code: 'medicarePayable', type: 'boolean', description: 'False where the HCPCS file marks the code not payable by Medicare or a cited rule makes it invalid on a Medicare claim.' },
  { code: 'effectiveFrom', type: 'dateTime', description: "First date of service of the code: the start of the catalog's consecutive records of it that include the record this concept was taken from." },
  { code: 'effectiveTo', type: 'dateTime', description: 'Last date of service of the code over those consecutive records (absent: still in effect).' },
  { code: 'recordFrom', type: 'dateTime', description: 'First date of service of the catalog record the descriptors and the other properties were taken from.' },
  { code: 'recordTo', type: 'dateTime', description: 'Last date of service of that record (absent: still in effect).' },
  { code: 'unit', type: 'string', description: "Billing unit parsed from the descriptor, e.g. '100 mg'." },
];

/** First and last date of service of a code over its consecutive records (no gap between them). */
interface Span {
  readonly from: string;
  readonly to: string | undefined;
}

/**
 * The span of consecutive records of `record`'s code around it. `records` are all catalog records
 * of that code, sorted by `effective.from` (as listCodes returns them). A code whose descriptor
 * was revised has one record per wording, each ending the day before the next begins: the code
 * itself was valid over all of them (G0068 from 2019-01-01, not from its 2021 wording).
 */
function spanOf(record: CodeInfo, records: readonly CodeInfo[]): Span {
  const at = records.indexOf(record);
  let first = at;
  while (first > 0 && records[first - 1]!.effective.to !== undefined && addDaysToIso(records[first - 1]!.effective.to!, 1) === records[first]!.effective.from) first--;
  let last = at;
  while (last < records.length - 1 && records[last]!.effective.to !== undefined && addDaysToIso(records[last]!.effective.to!, 1) === records[last + 1]!.effective.from) last++;
  return { from: records[first]!.effective.from, to: records[last]!.effective.to };
}

function conceptOf(record: CodeInfo, span: Span): FhirConcept {
  const property: FhirConceptProperty[] = [{ code: 'kind', valueString: record.kind }];
  for (const benefit of record.benefits) property.push({ code: 'benefit', valueString: benefit });
  if (record.billTo !== undefined) property.push({ code: 'billTo', valueString: record.billTo });
  if (record.hitCategory !== undefined) property.push({ code: 'hitCategory', valueInteger: record.hitCategory });
  property.push({ code: 'medicarePayable', valueBoolean: record.medicarePayable });
  property.push({ code: 'effectiveFrom', valueDateTime: span.from });
  if (span.to !== undefined) property.push({ code: 'effectiveTo', valueDateTime: span.to });
  property.push({ code: 'recordFrom', valueDateTime: record.effective.from });
  if (record.effective.to !== undefined) property.push({ code: 'recordTo', valueDateTime: record.effective.to });
  if (record.unit !== undefined) property.push({ code: 'unit', valueString: `${record.unit.amount} ${record.unit.unit}` });
  return {
    code: record.code,
    display: record.shortDescriptor ?? record.descriptor,
    definition: record.descriptor,
    property,
  };
}

/**
 * The HCPCS release a CodeSystem names as its `version`: undated, the newest bundled release (the
 * data was last updated from it); on `asOf`, the bundled release in force that day, i.e. the latest
 * whose `appliesFrom` is on or before it (CMS publishes quarterly; quarters between the bundled
 * files are not held, so a date in them names the bundled release before them). A date before
 * every bundled release names the earliest one, which supplied the records of those dates.
 */
function releaseFor(asOf: string | undefined): string {
  const releases = [...loadHcpcsReleases()].sort((a, b) => (a.appliesFrom < b.appliesFrom ? -1 : 1));
  if (releases.length === 0) return 'unknown';
  const inForce = asOf === undefined ? releases : releases.filter((r) => r.appliesFrom <= asOf);
  return (inForce[inForce.length - 1] ?? releases[0]!).release;
}

/**
 * The catalog's HCPCS Level II codes as a FHIR R4 `CodeSystem` resource with `content: 'fragment'`
 * (only the codes this library holds), system URL `http://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets`.
 *
 * `filter` is the same as {@link listCodes} and is validated by it (bad input throws
 * `MedicareInputError` naming `filter.<field>`). One concept per code: where a code has several
 * dated records matching the filter, the concept is the one in effect on `filter.asOf` (listCodes
 * keeps only that one), else the record with the latest `effective.from`. `version` names the
 * HCPCS release: on `filter.asOf` the bundled release in force that day, else the latest bundled
 * release. CPT codes are left out: they belong to the AMA's code system
 * (`http://www.ama-assn.org/go/cpt`). `display` is CMS's short descriptor, `definition` the long
 * descriptor; the library's classification travels as concept properties (`kind`, `benefit`,
 * `billTo`, `hitCategory`, `medicarePayable`, `unit`). Dates: `effectiveFrom`/`effectiveTo` are the
 * code's own first and last dates of service over its consecutive records (a revised descriptor
 * starts a new record, not a new code), `recordFrom`/`recordTo` those of the record the concept was
 * taken from. The result is deeply frozen.
 *
 * @example
 * ```ts
 * const cs = toFhirCodeSystem({ kind: 'pump', asOf: '2026-01-01' })
 * cs.content          // 'fragment'
 * cs.version          // '2025-oct-anweb', the bundled HCPCS release in force on 2026-01-01
 * cs.concept?.[0]?.display   // 'Parenteral infus pump portab' (B9004, CMS's short descriptor)
 * JSON.stringify(cs)  // ready to PUT to a FHIR server as CodeSystem/hcpcs-home-infusion
 * ```
 */
export function toFhirCodeSystem(filter?: CodeFilter): FhirCodeSystem {
  const records = listCodes(filter); // validates filter
  const asOf = filter?.asOf === undefined ? undefined : toIsoDate(filter.asOf, 'filter.asOf');
  const recordsByCode = new Map<string, CodeInfo[]>();
  for (const record of listCodes()) {
    const list = recordsByCode.get(record.code);
    if (list === undefined) recordsByCode.set(record.code, [record]);
    else list.push(record);
  }
  // listCodes sorts by code then effective.from, so the last record of a code is its latest.
  const chosen: CodeInfo[] = [];
  for (const record of records) {
    if (record.system !== 'HCPCS') continue;
    const last = chosen[chosen.length - 1];
    if (last !== undefined && last.code === record.code) chosen[chosen.length - 1] = record;
    else chosen.push(record);
  }
  const concept = chosen.map((record) => conceptOf(record, spanOf(record, recordsByCode.get(record.code) ?? [record])));
  const result: FhirCodeSystem = {
    resourceType: 'CodeSystem',
    id: 'hcpcs-home-infusion',
    url: HCPCS_SYSTEM_URL,
    // HL7 Terminology (THO) CodeSystem hcpcs-Level-II: same URL, OID 2.16.840.1.113883.6.285.
    identifier: [{ system: 'urn:ietf:rfc:3986', value: 'urn:oid:2.16.840.1.113883.6.285' }],
    version: releaseFor(asOf),
    name: 'HCPCSLevelIIHomeInfusion',
    title: 'HCPCS Level II codes for Medicare home infusion (fragment, medicare-home-infusion)',
    status: 'active',
    experimental: false,
    publisher: 'U.S. Centers for Medicare & Medicaid Services (CMS) (codes and descriptors); properties by medicare-home-infusion',
    description:
      'The HCPCS Level II codes the medicare-home-infusion catalog holds, with descriptors as CMS publishes them ' +
      'and the library\'s cited classification (benefit, contractor, HIT category) as properties. A fragment: ' +
      'most HCPCS codes are not included. CPT codes are excluded (AMA code system).',
    caseSensitive: true,
    content: 'fragment',
    count: concept.length,
    property: PROPERTIES.map((p) => ({ ...p })),
    ...(concept.length > 0 ? { concept } : {}),
  };
  return deepFreeze(result);
}
