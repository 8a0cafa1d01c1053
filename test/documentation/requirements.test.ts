import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MedicareInputError } from '../../src/core/errors.js';
import { REQUIREMENT_IDS } from '../../src/core/requirement-ids.js';
import { BENEFITS } from '../../src/core/benefit.js';
import { checkDocumentation, documentationRequirements, documentationScope, isProvided } from '../../src/documentation/index.js';
import { loadDocumentation } from '../../src/generated/documentation.js';
import { inputErrorOf as thrown } from '../helpers.js';

const DOCUMENTATION = loadDocumentation();

const GENERAL_DME = [
  'standard-written-order',
  'medical-record',
  'continued-need',
  'continued-use',
  'proof-of-delivery',
  'refill-documentation',
  'abn',
];

describe('requirement definitions', () => {
  it('defines every shared requirement id exactly once, and nothing outside the list', () => {
    const defined = DOCUMENTATION.requirements.map((r) => r.id);
    expect([...defined].sort()).toEqual([...REQUIREMENT_IDS].sort());
    expect(new Set(defined).size).toBe(defined.length);
  });

  it('resolves every shared id (what the classifier puts in `requires`) by id', () => {
    for (const id of REQUIREMENT_IDS) {
      const result = checkDocumentation(id, {});
      expect(result.complete).toBe(false);
      expect(result.missing.length).toBeGreaterThan(0);
    }
  });

  it('cites at least one source on every version, each with an id, title and url', () => {
    for (const def of DOCUMENTATION.requirements) {
      for (const v of def.versions) {
        expect(v.citations.length).toBeGreaterThan(0);
        for (const c of v.citations) {
          expect(c.id).toMatch(/^[a-z0-9]/);
          expect(c.title.length).toBeGreaterThan(0);
          expect(c.url).toMatch(/^https?:\/\//);
        }
      }
    }
  });

  it('gives the standard written order the six elements of 42 CFR 410.38(d)(1)(i), in the API spelling', () => {
    const [swo] = documentationRequirements({ benefit: 'part-b-dme', dateOfService: '2026-03-02' });
    expect(swo!.id).toBe('standard-written-order');
    expect(swo!.when).toBe('before-claim');
    expect(swo!.elements.map((e) => e.id)).toEqual([
      'beneficiary',
      'order-date',
      'item-description',
      'quantity',
      'practitioner',
      'practitioner-signature',
    ]);
    expect(swo!.elements.every((e) => e.required)).toBe(true);
    expect(swo!.citations.map((c) => c.id)).toContain('cfr-42-410.38');
  });

  it('keeps proof of delivery for 7 years and splits its elements by delivery method', () => {
    const pod = (method?: 'direct' | 'shipped') =>
      documentationRequirements({ benefit: 'part-b-dme', dateOfService: '2026-03-02', ...(method ? { deliveryMethod: method } : {}) }).find(
        (r) => r.id === 'proof-of-delivery',
      )!;
    expect(pod().retention).toBe('7 years from the date of service');
    expect(pod().when).toBe('at-delivery');
    const direct = pod('direct').elements.map((e) => e.id);
    expect(direct).toContain('recipient-signature');
    expect(direct).toContain('delivery-date');
    expect(direct).not.toContain('tracking-number');
    const shipped = pod('shipped').elements.map((e) => e.id);
    expect(shipped).toContain('tracking-number');
    expect(shipped).toContain('shipping-date');
    expect(shipped).not.toContain('recipient-signature');
    // Without a method every element is listed, the method-specific ones not required.
    const any = pod();
    expect(any.elements).toHaveLength(10);
    expect(any.elements.filter((e) => e.method).every((e) => !e.required)).toBe(true);
    expect(checkDocumentation(pod('shipped'), { beneficiary: 'A', 'item-description': 'J1559', quantity: 2, 'delivery-address': 'x', 'shipping-date': '2026-03-01', 'tracking-number': '1Z', 'shipping-invoice': 'INV-1' })).toEqual({
      complete: false,
      missing: ['delivery-confirmation'],
    });
  });

  it('ties refill contact to 30 days and continued need to 12 months', () => {
    const reqs = documentationRequirements({ benefit: 'part-b-dme', dateOfService: '2026-03-02' });
    const refill = reqs.find((r) => r.id === 'refill-documentation')!;
    expect(refill.when).toBe('before-dispensing');
    expect(refill.elements.map((e) => e.id)).toEqual(['beneficiary', 'contact-date', 'item-requested', 'affirmative-response']);
    expect(refill.elements[1]!.label).toContain('30 calendar days');
    const need = reqs.find((r) => r.id === 'continued-need')!;
    expect(need.when).toBe('within-12-months-before-service');
    expect(need.elements[1]!.label).toContain('12 months');
  });
});

describe('documentationRequirements', () => {
  it('lists the general external infusion pump requirements for a DME claim', () => {
    const ids = documentationRequirements({ benefit: 'part-b-dme', dateOfService: '2026-03-02' }).map((r) => r.id);
    expect(ids).toEqual(GENERAL_DME);
  });

  it('adds the SCIG requirement for an SCIG pump claim, however the code is written', () => {
    const reqs = documentationRequirements({ benefit: 'part-b-dme', hcpcs: ' j1559', dateOfService: '2026-03-02' });
    expect(reqs.map((r) => r.id)).toEqual([...GENERAL_DME, 'eip-subcutaneous-immune-globulin']);
    const scig = reqs.at(-1)!;
    expect(scig.elements.map((e) => e.id)).toEqual([
      'fda-approved-pooled-plasma-derivative',
      'home-administration',
      'practitioner-determination',
      'primary-immune-deficiency',
      'cidp-responded-to-ivig',
      'kx-evidence',
    ]);
    expect(scig.effective.from).toBe('2026-01-25');
  });

  it('maps each indication of LCD L33794 from its codes', () => {
    const extra = (hcpcs: string) =>
      documentationRequirements({ benefit: 'part-b-dme', hcpcs, dateOfService: '2026-06-01' }).map((r) => r.id).slice(GENERAL_DME.length);
    expect(extra('E0784')).toEqual(['eip-insulin-pump']);
    expect(extra('J1817')).toEqual(['eip-insulin-pump']);
    expect(extra('J2260')).toEqual(['eip-inotrope']);
    expect(extra('K0455')).toEqual(['eip-pulmonary-hypertension']);
    expect(extra('J3285')).toEqual(['eip-pulmonary-hypertension']);
    expect(extra('J1575')).toEqual(['eip-subcutaneous-immune-globulin']);
    expect(extra('J7356')).toEqual(['eip-parkinsons']);
    expect(extra('J9039')).toEqual(['eip-blinatumomab']);
    expect(extra('J2278')).toEqual(['eip-other-drug']);
  });

  it('treats a code with no per-drug rule as having only the general requirements', () => {
    const ids = documentationRequirements({ benefit: 'part-b-dme', hcpcs: 'J7799', dateOfService: '2026-06-01' }).map((r) => r.id);
    expect(ids).toEqual(GENERAL_DME);
  });

  it('applies per-drug rules only to the DME claim that carries the drug', () => {
    const ids = documentationRequirements({ benefit: 'part-b-hit', hcpcs: 'J1559', dateOfService: '2026-06-01' }).map((r) => r.id);
    expect(ids).toEqual(['hit-eligibility', 'hit-plan-of-care', 'hit-visit']);
  });

  it('gives HIT, IVIG, IVIG services and parenteral nutrition their own requirements', () => {
    const ids = (benefit: 'part-b-ivig' | 'part-b-ivig-services' | 'part-b-pn') =>
      documentationRequirements({ benefit, dateOfService: '2026-06-01' }).map((r) => r.id);
    expect(ids('part-b-ivig')).toContain('ivig-home');
    expect(ids('part-b-ivig-services')).toEqual(['ivig-items-services']);
    expect(ids('part-b-pn')).toContain('parenteral-nutrition');
    const pn = documentationRequirements({ benefit: 'part-b-pn' }).find((r) => r.id === 'parenteral-nutrition')!;
    expect(pn.elements.map((e) => e.id)).toContain('evaluation-within-30-days');
    const plan = documentationRequirements({ benefit: 'part-b-hit' }).find((r) => r.id === 'hit-plan-of-care')!;
    expect(plan.elements.find((e) => e.id === 'physician-signature-date')!.label).toContain('before the claim');
  });

  it('selects rule versions by date of service', () => {
    // Parkinson's criteria were revised effective 2026-01-25; the earlier text is not held.
    expect(
      documentationRequirements({ benefit: 'part-b-dme', hcpcs: 'J7356', dateOfService: '2026-01-25' }).at(-1)!.id,
    ).toBe('eip-parkinsons');
    const err = thrown(() => documentationRequirements({ benefit: 'part-b-dme', hcpcs: 'J7356', dateOfService: '2026-01-24' }));
    expect(err.code).toBe('NO_DATA');
    expect(err.field).toBe('dateOfService');
    expect(err.message).toContain('eip-parkinsons');
    // J7356 itself starts 2025-07-01: before that the code brings no Parkinson's rule.
    expect(
      documentationRequirements({ benefit: 'part-b-dme', hcpcs: 'J7356', dateOfService: '2025-06-30' }).map((r) => r.id),
    ).toEqual(GENERAL_DME);
    // The 30-day refill rule applies from 2024-01-01; earlier dates are not held.
    expect(thrown(() => documentationRequirements({ benefit: 'part-b-dme', dateOfService: '2023-12-31' })).code).toBe('NO_DATA');
    // Without a date, the latest version.
    expect(documentationRequirements({ benefit: 'part-b-dme', hcpcs: 'J7356' }).at(-1)!.effective.from).toBe('2026-01-25');
  });

  it('adds WOPD and face-to-face only when the caller says the item is on the required list', () => {
    const ids = documentationRequirements({ benefit: 'part-b-pn', dateOfService: '2026-06-01', onFaceToFaceWopdList: true }).map((r) => r.id);
    expect(ids.slice(0, 3)).toEqual(['standard-written-order', 'written-order-prior-to-delivery', 'face-to-face-encounter']);
    const wopd = documentationRequirements({ benefit: 'part-b-dme', onFaceToFaceWopdList: true })[1]!;
    expect(wopd.when).toBe('before-delivery');
    expect(wopd.condition).toContain('Required Face-to-Face');
    // Not for HIT services (not DMEPOS), and not without the flag.
    expect(documentationRequirements({ benefit: 'part-b-hit', onFaceToFaceWopdList: true }).map((r) => r.id)).not.toContain('face-to-face-encounter');
    expect(documentationRequirements({ benefit: 'part-b-dme', onFaceToFaceWopdList: false }).map((r) => r.id)).toEqual(GENERAL_DME);
    const err = thrown(() => documentationRequirements({ benefit: 'part-b-dme', onFaceToFaceWopdList: 'yes' as never }));
    expect(err.field).toBe('onFaceToFaceWopdList');
  });

  it('answers every Benefit: an empty frozen list, never NO_DATA, where no supplier documentation is held', () => {
    const none = ['part-d', 'home-health', 'hospice', 'snf-part-a', 'part-b-incident-to', 'not-covered'] as const;
    for (const benefit of BENEFITS) {
      for (const input of [{ benefit }, { benefit, hcpcs: 'J1559', dateOfService: '2026-03-02' }]) {
        const list = documentationRequirements(input);
        expect(Object.isFrozen(list)).toBe(true);
        expect(list.length === 0).toBe((none as readonly string[]).includes(benefit));
      }
      const scope = documentationScope(benefit);
      expect(scope.benefit).toBe(benefit);
      expect(scope.holds).toBe(!(none as readonly string[]).includes(benefit));
      expect(scope.reason.length).toBeGreaterThan(20);
      expect(scope.citations.length).toBeGreaterThan(0);
      expect(Object.isFrozen(scope) && Object.isFrozen(scope.citations)).toBe(true);
    }
    // No rule version is involved, so no date is too early for them.
    for (const benefit of none) expect(documentationRequirements({ benefit, dateOfService: '2000-01-01' })).toEqual([]);
    expect(documentationScope('part-d').reason).toMatch(/^Part D: .*plan's own rules.*no DME MAC supplier documentation/);
    expect(documentationScope('hospice').citations[0]?.id).toBe('cfr-42-418.200');
    expect(documentationScope('snf-part-a').reason).toContain('consolidated billing');
    // A not-covered item billed for a denial (GA/GZ) keeps the ABN classify names in `requires`.
    expect(documentationScope('not-covered').reason).toContain("requirement 'abn'");
    expect(checkDocumentation('abn', {}).complete).toBe(false);
    // NO_DATA stays for a date before the first version held of a rule.
    expect(thrown(() => documentationRequirements({ benefit: 'part-b-dme', dateOfService: '2019-06-01' })).code).toBe('NO_DATA');
    // And bad input is still refused for the benefits without requirements.
    expect(thrown(() => documentationRequirements({ benefit: 'part-d', dateOfService: '2026-02-30' })).field).toBe('dateOfService');
    expect(thrown(() => documentationScope('part-e' as never)).field).toBe('benefit');
  });

  it('refuses bad input with the field named', () => {
    const cases: [unknown, string][] = [
      [null, 'input'],
      ['part-b-dme', 'input'],
      [{ benefit: 'part-b-xyz' }, 'benefit'],
      [{}, 'benefit'],
      [{ benefit: 'part-b-dme', hcpcs: 'XYZ' }, 'hcpcs'],
      [{ benefit: 'part-b-dme', hcpcs: 42 }, 'hcpcs'],
      [{ benefit: 'part-b-dme', dateOfService: '2026-02-30' }, 'dateOfService'],
      [{ benefit: 'part-b-dme', dateOfService: new Date(Number.NaN) }, 'dateOfService'],
      [{ benefit: 'part-b-dme', deliveryMethod: 'drone' }, 'deliveryMethod'],
    ];
    for (const [input, field] of cases) {
      const err = thrown(() => documentationRequirements(input as never));
      expect(err.code).toBe('INVALID_INPUT');
      expect(err.field).toBe(field);
    }
  });

  it('returns frozen results and leaves the input alone', () => {
    const input = { benefit: 'part-b-dme' as const, hcpcs: 'j1559', dateOfService: '2026-03-02' };
    const copy = { ...input };
    const reqs = documentationRequirements(input);
    expect(input).toEqual(copy);
    expect(Object.isFrozen(reqs)).toBe(true);
    expect(Object.isFrozen(reqs[0]!.elements[0])).toBe(true);
    expect(Object.isFrozen(reqs[0]!.citations)).toBe(true);
  });
});

describe('checkDocumentation', () => {
  const fullSwo = {
    beneficiary: 'Jane Doe',
    'order-date': '2026-03-01',
    'item-description': 'J1559 Hizentra 100 mg',
    quantity: 160,
    practitioner: '1234567893',
    'practitioner-signature': true,
  };

  it('reports a complete standard written order as complete', () => {
    expect(checkDocumentation('standard-written-order', fullSwo)).toEqual({ complete: true, missing: [] });
  });

  it('lists missing elements in the requirement order, whatever the order of `provided`', () => {
    const result = checkDocumentation('standard-written-order', { 'practitioner-signature': 'signed', beneficiary: 'x' });
    expect(result).toEqual({
      complete: false,
      missing: ['order-date', 'item-description', 'quantity', 'practitioner'],
    });
  });

  it('treats undefined, null, false and blank strings as not provided; 0 and other values as provided', () => {
    expect(isProvided(undefined)).toBe(false);
    expect(isProvided(null)).toBe(false);
    expect(isProvided(false)).toBe(false);
    expect(isProvided('')).toBe(false);
    expect(isProvided('  \t')).toBe(false);
    expect(isProvided(0)).toBe(true);
    expect(isProvided('x')).toBe(true);
    expect(isProvided(new Date(2026, 0, 1))).toBe(true);
    const result = checkDocumentation('standard-written-order', { ...fullSwo, quantity: 0, practitioner: ' ', beneficiary: null });
    expect(result.missing).toEqual(['beneficiary', 'practitioner']);
  });

  it('counts only own keys: inherited values and __proto__ tricks change nothing', () => {
    const inherited = Object.create(fullSwo) as Record<string, unknown>;
    expect(checkDocumentation('standard-written-order', inherited).missing).toHaveLength(6);
    const parsed = JSON.parse('{"__proto__": {"beneficiary": "x", "order-date": "y"}}') as Record<string, unknown>;
    expect(checkDocumentation('standard-written-order', parsed).missing).toHaveLength(6);
    const bare = Object.assign(Object.create(null) as Record<string, unknown>, fullSwo);
    expect(checkDocumentation('standard-written-order', bare).complete).toBe(true);
  });

  it('ignores elements that are not required', () => {
    const f2f = {
      'encounter-date': '2026-01-10',
      'treating-practitioner': 'Dr A',
      'condition-addressed': 'yes',
      'medical-record-entry': 'progress note',
    };
    expect(checkDocumentation('face-to-face-encounter', f2f)).toEqual({ complete: true, missing: [] });
  });

  it('checks a Requirement object as returned for a date of service', () => {
    const [, , , , , , , scig] = documentationRequirements({ benefit: 'part-b-dme', hcpcs: 'J1559', dateOfService: '2026-03-02' });
    const result = checkDocumentation(scig!, {
      'fda-approved-pooled-plasma-derivative': 'Hizentra',
      'primary-immune-deficiency': 'D80.0',
      'home-administration': true,
    });
    expect([result.complete, result.missing]).toEqual([false, ['practitioner-determination', 'kx-evidence']]);
    expect(result.groups?.[0]).toMatchObject({ id: 'criterion-4-or-5', met: true, metBy: 'criterion-4' });
  });

  it('refuses unknown ids, malformed requirements and non-object `provided`', () => {
    let err = thrown(() => checkDocumentation('no-such-requirement', {}));
    expect([err.code, err.field]).toEqual(['INVALID_INPUT', 'requirement']);
    err = thrown(() => checkDocumentation(42 as never, {}));
    expect(err.field).toBe('requirement');
    err = thrown(() => checkDocumentation({ elements: 'x' } as never, {}));
    expect(err.field).toBe('requirement.elements');
    err = thrown(() => checkDocumentation({ elements: [{ id: 'a', required: 'yes' }] } as never, {}));
    expect(err.field).toBe('requirement.elements[0].required');
    for (const bad of [null, undefined, 'x', 3, ['beneficiary'], new Date()]) {
      err = thrown(() => checkDocumentation('abn', bad as never));
      expect([err.code, err.field]).toEqual(['INVALID_INPUT', 'provided']);
    }
  });

  it('property: missing is exactly the required elements not provided, in order', () => {
    const required = ['beneficiary', 'order-date', 'item-description', 'quantity', 'practitioner', 'practitioner-signature'];
    const value = fc.oneof(fc.constant(undefined), fc.constant(null), fc.boolean(), fc.string(), fc.integer(), fc.constant('   '));
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...required, 'other', 'constructor', 'toString'), value), (provided) => {
        const result = checkDocumentation('standard-written-order', provided);
        const expected = required.filter((id) => !isProvided(Object.prototype.hasOwnProperty.call(provided, id) ? provided[id] : undefined));
        expect(result.missing).toEqual(expected);
        expect(result.complete).toBe(expected.length === 0);
        expect(Object.isFrozen(result)).toBe(true);
      }),
    );
  });

  it('property: any input either answers or throws MedicareInputError', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (requirement, provided) => {
        try {
          checkDocumentation(requirement as never, provided as never);
        } catch (error) {
          expect(error).toBeInstanceOf(MedicareInputError);
        }
        try {
          documentationRequirements(requirement as never);
        } catch (error) {
          expect(error).toBeInstanceOf(MedicareInputError);
        }
      }),
    );
  });
});
