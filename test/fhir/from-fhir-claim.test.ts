import { readFileSync } from 'node:fs';
import type { Claim, ClaimItem } from '@medplum/fhirtypes';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkClaim, CPT_SYSTEM_URL, fromFhirClaim, HCPCS_SYSTEM_URL, PLACE_OF_SERVICE_SYSTEM_URL, type ClaimLine } from '../../src/index.js';
import { readX12Claims } from '../../src/x12/index.js';
import { expectInvalidInput, isoDateArbitrary } from '../helpers.js';

const pasExample = (): Claim => JSON.parse(readFileSync(new URL('../fixtures/fhir/pas-homecare-authorization.json', import.meta.url), 'utf8')) as Claim;

/** A FHIR R4 Claim (typed by @medplum/fhirtypes) holding `lines` as items: the inverse of fromFhirClaim. */
function toFhirClaim(lines: readonly ClaimLine[], diagnoses: readonly string[] = []): Claim {
  const item = lines.map((line, i): ClaimItem => ({
    sequence: i + 1,
    productOrService: { coding: [{ system: /^\d/.test(line.hcpcs) ? CPT_SYSTEM_URL : HCPCS_SYSTEM_URL, code: line.hcpcs }] },
    ...(line.modifiers !== undefined ? { modifier: line.modifiers.map((code) => ({ coding: [{ system: HCPCS_SYSTEM_URL, code }] })) } : {}),
    quantity: { value: line.units },
    servicedDate: line.dateOfService as string,
    ...(line.placeOfService !== undefined ? { locationCodeableConcept: { coding: [{ system: PLACE_OF_SERVICE_SYSTEM_URL, code: line.placeOfService }] } } : {}),
  }));
  return {
    resourceType: 'Claim',
    status: 'active',
    type: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/claim-type', code: 'professional' }] },
    use: 'claim',
    patient: { reference: 'Patient/1' },
    created: '2026-03-02',
    provider: { reference: 'Organization/1' },
    priority: { coding: [{ code: 'normal' }] },
    insurance: [{ sequence: 1, focal: true, coverage: { reference: 'Coverage/1' } }],
    diagnosis: diagnoses.map((code, k) => ({ sequence: k + 1, diagnosisCodeableConcept: { coding: [{ system: 'http://hl7.org/fhir/sid/icd-10-cm', code }] } })),
    item,
  };
}

describe('fromFhirClaim', () => {
  it('reads the Da Vinci PAS home care example, refusing first what it lacks: units and a date of service', () => {
    expectInvalidInput(() => fromFhirClaim(pasExample()), 'item[0].quantity');
    const claim = pasExample();
    claim.item = claim.item!.map((item) => ({ ...item, quantity: { value: 1 } })); // added here: the example has none
    expectInvalidInput(() => fromFhirClaim(claim), 'item[0].servicedDate');
    claim.item = claim.item.map((item) => ({ ...item, servicedDate: '2005-05-02' })); // added here too
    expect(fromFhirClaim(claim)).toEqual({
      diagnoses: [],
      lines: [
        { hcpcs: 'G0154', units: 1, dateOfService: '2005-05-02', placeOfService: '11' },
        { hcpcs: 'B4184', units: 1, dateOfService: '2005-05-02', placeOfService: '11' },
      ],
    });
  });

  it('round trip: the lines of the guide\'s home infusion 837P, through a FHIR Claim, come back the same', () => {
    const [x12] = readX12Claims(readFileSync(new URL('../fixtures/x12/demo.drug.example10.3.837', import.meta.url), 'utf8'));
    const lines = x12!.lines.map(({ hcpcs, modifiers, units, dateOfService, placeOfService }): ClaimLine => ({
      hcpcs, ...(modifiers ? { modifiers } : {}), units, dateOfService, ...(placeOfService ? { placeOfService } : {}),
    }));
    const read = fromFhirClaim(toFhirClaim(lines, ['D80.0', 'Z79.899']));
    expect(read.lines).toEqual(lines);
    expect(read.diagnoses).toEqual(['D80.0', 'Z79.899']);
    expect(checkClaim(read.lines)).toEqual(checkClaim(x12!.lines));
  });

  it('round trip, any lines: ClaimLine -> FHIR Claim -> ClaimLine is the identity', () => {
    const lineArb: fc.Arbitrary<ClaimLine> = fc.record({
      hcpcs: fc.constantFrom('E0779', 'J1559', 'A4221', 'G0069', '99601', 'B4164'),
      modifiers: fc.subarray(['KX', 'JB', 'RR', 'GY'], { minLength: 1, maxLength: 4 }),
      units: fc.integer({ min: 1, max: 99999 }),
      dateOfService: isoDateArbitrary(2),
      placeOfService: fc.constantFrom('12', '11'),
    }, { requiredKeys: ['hcpcs', 'units', 'dateOfService'] });
    fc.assert(fc.property(fc.array(lineArb, { maxLength: 10 }), (lines) => {
      const read = fromFhirClaim(toFhirClaim(lines));
      expect(read.lines).toEqual(lines);
      expect(Object.isFrozen(read.lines)).toBe(true);
    }));
  });

  it('dates: servicedPeriod.start, a dateTime\'s day, else billablePeriod.start', () => {
    const claim = toFhirClaim([{ hcpcs: 'J1559', units: 1, dateOfService: '2026-03-02' }]);
    const [item] = claim.item!;
    const withPeriod: Claim = { ...claim, item: [{ ...item!, servicedDate: undefined, servicedPeriod: { start: '2026-03-01T08:00:00-05:00', end: '2026-03-31' } }] };
    expect(fromFhirClaim(JSON.parse(JSON.stringify(withPeriod))).lines[0]!.dateOfService).toBe('2026-03-01');
    const fromClaim: Claim = { ...claim, billablePeriod: { start: '2026-02-01' }, item: [{ ...item!, servicedDate: undefined }] };
    expect(fromFhirClaim(JSON.parse(JSON.stringify(fromClaim))).lines[0]!.dateOfService).toBe('2026-02-01');
  });

  it('ignores the many FHIR elements it does not map (detail, net, udi, extensions)', () => {
    const claim = toFhirClaim([{ hcpcs: 'j1559 ', units: 2, dateOfService: '2026-03-02' }]);
    claim.item![0] = { ...claim.item![0]!, net: { value: 12.5, currency: 'USD' }, detail: [{ sequence: 1, productOrService: { text: 'x' } }], extension: [{ url: 'http://example.org', valueString: 'x' }] };
    expect(fromFhirClaim(claim).lines).toEqual([{ hcpcs: 'J1559', units: 2, dateOfService: '2026-03-02' }]);
  });

  const base = (): Claim => toFhirClaim([{ hcpcs: 'J1559', modifiers: ['JB'], units: 1, dateOfService: '2026-03-02', placeOfService: '12' }], ['D80.0']);
  const edit = (change: (claim: Claim) => void): object => {
    const claim = base();
    change(claim);
    return claim;
  };
  const cases: [string, object, string][] = [
    ['not a Claim', { resourceType: 'ExplanationOfBenefit' }, 'resourceType'],
    ['item not an array', edit((c) => { (c as unknown as Record<string, unknown>).item = {}; }), 'item'],
    ['a code in another system', edit((c) => { c.item![0]!.productOrService = { coding: [{ system: 'http://hl7.org/fhir/ex-USCLS', code: '1205' }] }; }), 'item[0].productOrService'],
    ['HCPCS under https, not the registered http URL', edit((c) => { c.item![0]!.productOrService.coding![0]!.system = 'https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets'; }), 'item[0].productOrService'],
    ['two codes on one line', edit((c) => { c.item![0]!.productOrService.coding!.push({ system: CPT_SYSTEM_URL, code: '96365' }); }), 'item[0].productOrService'],
    ['malformed HCPCS code', edit((c) => { c.item![0]!.productOrService.coding![0]!.code = 'J15'; }), 'item[0].productOrService.coding[0].code'],
    ['modifier of three characters', edit((c) => { c.item![0]!.modifier![0]!.coding![0]!.code = 'JBX'; }), 'item[0].modifier[0].coding[0].code'],
    ['modifier without a code', edit((c) => { c.item![0]!.modifier![0] = { text: 'JB' }; }), 'item[0].modifier[0]'],
    ['fractional units', edit((c) => { c.item![0]!.quantity = { value: 1.5 }; }), 'item[0].quantity.value'],
    ['year-only date', edit((c) => { c.item![0]!.servicedDate = '2026'; }), 'item[0].servicedDate'],
    ['impossible date', edit((c) => { c.item![0]!.servicedDate = '2026-02-30'; }), 'item[0].servicedDate'],
    ['both serviced[x]', edit((c) => { c.item![0]!.servicedPeriod = { start: '2026-03-02' }; }), 'item[0]'],
    ['location in another system', edit((c) => { c.item![0]!.locationCodeableConcept = { coding: [{ system: 'http://example.org', code: 'home' }] }; }), 'item[0].locationCodeableConcept'],
    ['place of service of three digits', edit((c) => { c.item![0]!.locationCodeableConcept!.coding![0]!.code = '120'; }), 'item[0].locationCodeableConcept.coding[0].code'],
    ['diagnosis by reference', edit((c) => { c.diagnosis = [{ sequence: 1, diagnosisReference: { reference: 'Condition/1' } }]; }), 'diagnosis[0].diagnosisCodeableConcept'],
    ['diagnosis in ICD-9', edit((c) => { c.diagnosis![0]!.diagnosisCodeableConcept!.coding![0]!.system = 'http://hl7.org/fhir/sid/icd-9-cm'; }), 'diagnosis[0].diagnosisCodeableConcept'],
    ['malformed ICD-10-CM', edit((c) => { c.diagnosis![0]!.diagnosisCodeableConcept!.coding![0]!.code = 'HF3IJIF'; }), 'diagnosis[0].diagnosisCodeableConcept.coding[0].code'],
  ];
  it.each(cases)('refuses %s with the FHIR path', (_name, claim, field) => expectInvalidInput(() => fromFhirClaim(claim), field));

  it('refuses what is not an object at all', () => {
    for (const value of [null, undefined, 'Claim', 42, []]) expectInvalidInput(() => fromFhirClaim(value as unknown as object), 'claim');
  });
});
