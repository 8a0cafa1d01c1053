// API.md, "Unknown keys are refused": every function taking an options or input object throws
// INVALID_INPUT naming an unknown key, so a misspelt key never changes an answer silently.
// (classify, checkClaim and hitPayment are covered by their own areas' tests.)
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  adrResponseDeadline,
  appealDeadline,
  checkDocumentation,
  documentationRequirements,
  getCode,
  hitTransitionalCategory,
  hitVisitType,
  ivigServicesPayment,
  listCodes,
  refillWindow,
  toCsv,
  toFhirCodeSystem,
} from '../../src/index.js';
import { expectInvalidInput } from '../helpers.js';

/** One valid call per function, with the input object as its parameter, and the error field for a key. */
interface Case {
  readonly name: string;
  readonly valid: Record<string, unknown>;
  readonly call: (input: Record<string, unknown>) => unknown;
  /** How the function names an unknown key `k` of this object. */
  readonly field: (key: string) => string;
}

const bare = (key: string) => key;

const CASES: readonly Case[] = [
  { name: 'documentationRequirements', valid: { benefit: 'part-b-dme', hcpcs: 'J1559', dateOfService: '2026-03-02' }, call: (i) => documentationRequirements(i as never), field: bare },
  {
    name: 'checkDocumentation (requirement object)',
    valid: { ...documentationRequirements({ benefit: 'part-b-dme', hcpcs: 'E0784', dateOfService: '2026-03-02' }).at(-1)! },
    call: (i) => checkDocumentation(i as never, {}),
    field: (key) => `requirement.${key}`,
  },
  { name: 'refillWindow', valid: { supplyEndsOn: '2026-03-31' }, call: (i) => refillWindow(i as never), field: bare },
  { name: 'appealDeadline', valid: { level: 'alj', noticeDate: '2026-03-02' }, call: (i) => appealDeadline(i as never), field: bare },
  { name: 'adrResponseDeadline', valid: { requestDate: '2026-01-20', contractor: 'upic' }, call: (i) => adrResponseDeadline(i as never), field: bare },
  { name: 'getCode opts', valid: { asOf: '2026-01-01' }, call: (i) => getCode('J1559', i as never), field: (key) => `opts.${key}` },
  { name: 'listCodes', valid: { kind: 'pump', asOf: '2026-01-01' }, call: (i) => listCodes(i as never), field: (key) => `filter.${key}` },
  { name: 'toCsv', valid: { hitCategory: 2 }, call: (i) => toCsv(i as never), field: (key) => `filter.${key}` },
  { name: 'toFhirCodeSystem', valid: { benefit: 'part-b-hit' }, call: (i) => toFhirCodeSystem(i as never), field: (key) => `filter.${key}` },
  { name: 'hitVisitType', valid: { dateOfService: '2025-03-03', patientPriorVisits: [] }, call: (i) => hitVisitType(i as never), field: bare },
  {
    name: 'hitVisitType prior visit',
    valid: { date: '2025-01-01', discharged: true },
    call: (visit) => hitVisitType({ dateOfService: '2025-03-03', patientPriorVisits: [{ date: '2024-12-01' }, visit as never] }),
    field: (key) => `patientPriorVisits[1].${key}`,
  },
  { name: 'hitTransitionalCategory', valid: { dateOfService: '2020-06-01', categories: [1, 2], rates: { year: 2020, rates: { G0068: 15000, G0069: 20000, G0070: 25000 } } }, call: (i) => hitTransitionalCategory(i as never), field: bare },
  { name: 'ivigServicesPayment', valid: { dateOfService: '2024-03-04' }, call: (i) => ivigServicesPayment(i as never), field: bare },
];

// Misspellings a caller makes: a letter swapped, a letter dropped, a plural, another case.
const MISSPELT: Readonly<Record<string, string>> = {
  documentationRequirements: 'hcpc',
  'checkDocumentation (requirement object)': 'element',
  refillWindow: 'supplyEndOn',
  appealDeadline: 'noticedate',
  adrResponseDeadline: 'contracter',
  'getCode opts': 'asof',
  listCodes: 'kinds',
  toCsv: 'hitcategory',
  toFhirCodeSystem: 'benefits',
  hitVisitType: 'patientPriorVisit',
  'hitVisitType prior visit': 'dischraged',
  hitTransitionalCategory: 'category',
  ivigServicesPayment: 'dateOfServce',
};

describe('unknown keys are refused with INVALID_INPUT naming the key', () => {
  for (const c of CASES) {
    it(`${c.name}: answers the valid input, refuses '${MISSPELT[c.name]}'`, () => {
      expect(() => c.call(c.valid)).not.toThrow();
      const key = MISSPELT[c.name]!;
      expectInvalidInput(() => c.call({ ...c.valid, [key]: 'x' }), c.field(key));
    });
  }

  it('the example of API.md: a misspelt devcie is named as given', () => {
    expectInvalidInput(() => documentationRequirements({ benefit: 'part-b-dme', devcie: 'gravity' } as never), 'devcie');
  });

  it('property: any key outside a function\'s fields is refused, whatever its value, and never ignored', () => {
    const keyArb = fc.string({ minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(fc.constantFrom(...CASES), keyArb, fc.anything(), (c, key, value) => {
        fc.pre(!Object.prototype.hasOwnProperty.call(c.valid, key) && !ALLOWED[c.name]!.includes(key) && key !== '__proto__');
        expectInvalidInput(() => c.call({ ...c.valid, [key]: value }), c.field(key));
      }),
      { numRuns: 300 },
    );
  });
});

// Every field each function accepts (the property test draws other keys).
const ALLOWED: Readonly<Record<string, readonly string[]>> = {
  documentationRequirements: ['benefit', 'hcpcs', 'dateOfService', 'deliveryMethod', 'onFaceToFaceWopdList'],
  'checkDocumentation (requirement object)': ['id', 'title', 'when', 'condition', 'retention', 'note', 'effective', 'elements', 'groups', 'citations'],
  refillWindow: ['supplyEndsOn'],
  appealDeadline: ['level', 'noticeDate'],
  adrResponseDeadline: ['requestDate', 'contractor'],
  'getCode opts': ['asOf'],
  listCodes: ['kind', 'benefit', 'hitCategory', 'asOf', 'text'],
  toCsv: ['kind', 'benefit', 'hitCategory', 'asOf', 'text'],
  toFhirCodeSystem: ['kind', 'benefit', 'hitCategory', 'asOf', 'text'],
  hitVisitType: ['dateOfService', 'priorVisits', 'patientPriorVisits'],
  'hitVisitType prior visit': ['date', 'discharged'],
  hitTransitionalCategory: ['dateOfService', 'categories', 'rates'],
  ivigServicesPayment: ['dateOfService'],
};
