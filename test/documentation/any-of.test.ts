import { describe, expect, it } from 'vitest';
import { checkDocumentation, documentationRequirements } from '../../src/documentation/index.js';
import type { Requirement } from '../../src/documentation/index.js';
import { loadDocumentation } from '../../src/generated/documentation.js';
import { inputErrorOf as thrown } from '../helpers.js';

/** The per-drug requirement a code brings on a DME claim on a date of service. */
function perDrug(hcpcs: string, dateOfService = '2026-03-02'): Requirement {
  return documentationRequirements({ benefit: 'part-b-dme', hcpcs, dateOfService }).at(-1)!;
}

/** Every element id given as provided. */
function chart(...ids: string[]): Record<string, string> {
  return Object.fromEntries(ids.map((id) => [id, 'on file']));
}

// Elements every insulin pump chart needs whatever criteria it meets (continued coverage, KX).
const ALWAYS = ['practitioner-visit-every-3-months', 'kx-evidence'];
const CRITERION_A = ['c-peptide-level', 'fasting-blood-sugar-with-c-peptide'];
const CRITERION_B = ['beta-cell-autoantibody'];
const CRITERION_C = ['diabetes-education', 'multiple-daily-injections', 'glucose-self-testing', 'glycemic-problem'];
const CRITERION_D = ['pump-before-medicare', 'self-testing-before-medicare'];

describe('LCD L33794 indication IV (insulin pump): "if criterion A or B is met and if criterion C or D is met"', () => {
  const insulin = perDrug('E0784');

  it('models the two "or" groups with the LCD criteria as alternatives', () => {
    expect(insulin.id).toBe('eip-insulin-pump');
    expect(insulin.groups?.map((g) => [g.id, g.anyOf.map((a) => [a.id, a.elements])])).toEqual([
      ['criterion-a-or-b', [['criterion-a', CRITERION_A], ['criterion-b', CRITERION_B]]],
      ['criterion-c-or-d', [['criterion-c', CRITERION_C], ['criterion-d', CRITERION_D]]],
    ]);
    // Each element of an alternative says which one it belongs to.
    const byId = new Map(insulin.elements.map((e) => [e.id, e]));
    expect(byId.get('pump-before-medicare')?.alternative).toBe('criterion-d');
    expect(byId.get('c-peptide-level')?.alternative).toBe('criterion-a');
    expect(byId.get('kx-evidence')?.alternative).toBeUndefined();
    expect(insulin.citations[0]?.section).toContain('if criterion A or B is met and if criterion C or D is met');
  });

  it('criterion A ("C-peptide testing requirement – must meet criterion 1 or 2 and criterion 3") with criterion C is complete', () => {
    const r = checkDocumentation(insulin, chart(...CRITERION_A, ...CRITERION_C, ...ALWAYS));
    expect(r).toMatchObject({ complete: true, missing: [] });
    expect(r.groups?.map((g) => g.metBy)).toEqual(['criterion-a', 'criterion-c']);
  });

  it('criterion A needs "a fasting blood sugar obtained at the same time as the C-peptide level" (criterion 3)', () => {
    const r = checkDocumentation(insulin, chart('c-peptide-level', ...CRITERION_C, ...ALWAYS));
    expect(r).toMatchObject({ complete: false, missing: ['fasting-blood-sugar-with-c-peptide'] });
  });

  it('criterion B ("Beta cell autoantibody test is positive") stands in for criterion A', () => {
    const r = checkDocumentation(insulin, chart(...CRITERION_B, ...CRITERION_C, ...ALWAYS));
    expect(r).toMatchObject({ complete: true, missing: [] });
    expect(r.groups?.[0]).toMatchObject({ met: true, metBy: 'criterion-b' });
  });

  it('criterion C ("completed a comprehensive diabetes education program, ... at least 3 injections per day ... at least 4 times per day during the 2 months prior") reports what is missing', () => {
    const r = checkDocumentation(insulin, chart(...CRITERION_B, 'diabetes-education', 'multiple-daily-injections', ...ALWAYS));
    expect(r).toMatchObject({ complete: false, missing: ['glucose-self-testing', 'glycemic-problem'] });
    expect(r.groups?.[1]).toEqual({
      id: 'criterion-c-or-d',
      met: false,
      alternatives: [
        { id: 'criterion-c', missing: ['glucose-self-testing', 'glycemic-problem'] },
        { id: 'criterion-d', missing: CRITERION_D },
      ],
    });
  });

  it('criterion D ("on an external insulin infusion pump prior to enrollment in Medicare ... at least 4 times per day during the month prior to Medicare enrollment") needs no criterion C element', () => {
    const r = checkDocumentation(insulin, chart(...CRITERION_A, ...CRITERION_D, ...ALWAYS));
    expect(r).toMatchObject({ complete: true, missing: [] });
    expect(r.groups?.[1]).toMatchObject({ met: true, metBy: 'criterion-d' });
    // Criterion D with B: nothing of A or C is asked for.
    expect(checkDocumentation('eip-insulin-pump', chart(...CRITERION_B, ...CRITERION_D, ...ALWAYS)).missing).toEqual([]);
  });

  it('a criterion D chart without the month of self-testing before enrollment names that element, not criterion C', () => {
    const r = checkDocumentation(insulin, chart(...CRITERION_B, 'pump-before-medicare', ...ALWAYS));
    expect(r.missing).toEqual(['self-testing-before-medicare']);
  });

  it('"If criterion A or B is not met ... denied": an empty chart reports the first criteria the LCD lists (A and C)', () => {
    const r = checkDocumentation(insulin, {});
    expect(r.complete).toBe(false);
    expect(r.missing).toEqual([...CRITERION_A, ...CRITERION_C, ...ALWAYS]);
    expect(r.groups?.map((g) => g.met)).toEqual([false, false]);
  });

  it('the elements outside the groups stay required whichever criteria are met', () => {
    expect(checkDocumentation(insulin, chart(...CRITERION_B, ...CRITERION_D)).missing).toEqual(ALWAYS);
  });

  it('is the same requirement for the pump insulin codes (J1811, J1813, J1817)', () => {
    for (const code of ['J1811', 'J1813', 'J1817']) expect(perDrug(code, '2026-03-02')).toBe(insulin);
  });
});

describe('other L33794 criteria joined by "or"', () => {
  it('V(H) SCIg: "covered when criteria 1-3, AND criterion 4 or 5 are met"', () => {
    const scig = perDrug('J1559');
    const base = ['fda-approved-pooled-plasma-derivative', 'home-administration', 'practitioner-determination', 'kx-evidence'];
    // "4. The beneficiary has a primary immune deficiency disorder ... OR,"
    expect(checkDocumentation(scig, chart(...base, 'primary-immune-deficiency'))).toMatchObject({ complete: true, missing: [] });
    // "5. ... chronic inflammatory demyelinating polyneuropathy (CIDP) that has responded to IVIg treatment"
    expect(checkDocumentation(scig, chart(...base, 'cidp-responded-to-ivig'))).toMatchObject({ complete: true, missing: [] });
    expect(checkDocumentation(scig, chart(...base)).missing).toEqual(['primary-immune-deficiency']);
  });

  it('V(I) Parkinson\'s: "criterion 1 and either criterion 2 or 3"', () => {
    const pd = perDrug('J7356');
    const base = ['levodopa-responsive-pd', 'kx-evidence'];
    // "3. The beneficiary is currently being treated with an infusion-based Parkinson's Disease therapy and is being transitioned"
    expect(checkDocumentation(pd, chart(...base, 'infusion-therapy-transition'))).toMatchObject({ complete: true, missing: [] });
    // "2. ... cannot be further optimized ... and the beneficiary continues to experience all of the following: (a) ... (b) A minimum of 2.5 hours of "off" time per day"
    expect(checkDocumentation(pd, chart(...base, 'non-infusion-therapy-not-optimizable', 'motor-fluctuations', 'off-time')).complete).toBe(true);
    expect(checkDocumentation(pd, chart(...base, 'non-infusion-therapy-not-optimizable', 'motor-fluctuations')).missing).toEqual(['off-time']);
  });

  it('V: "Administration of other drugs if either of the following sets of criteria (1) or (2) are met"', () => {
    const other = perDrug('J2278');
    const base = ['home-parenteral-reasonable', 'pump-necessary', 'kx-evidence'];
    // Set 1: "a prolonged infusion of at least 8 hours because of proven improved clinical efficacy"
    expect(checkDocumentation(other, chart(...base, 'prolonged-infusion', 'regimen-advantage')).complete).toBe(true);
    // Set 2: "intermittent infusion (each episode of infusion lasting less than 8 hours)"
    expect(checkDocumentation(other, chart(...base, 'intermittent-infusion', 'controlled-rate-needed')).complete).toBe(true);
    // The parts shared by both sets stay required on their own.
    expect(checkDocumentation(other, chart('intermittent-infusion', 'controlled-rate-needed', 'kx-evidence')).missing).toEqual([
      'home-parenteral-reasonable',
      'pump-necessary',
    ]);
  });

  it('V(J) blinatumomab: "who meet one of the following coverage criteria" 1-3', () => {
    const blin = perDrug('J9039');
    const base = ['diagnosis', 'monthly-quantity', 'kx-evidence'];
    for (const criterion of ['relapsed-or-refractory', 'minimal-residual-disease', 'consolidation-phase']) {
      expect(checkDocumentation(blin, chart(...base, criterion))).toMatchObject({ complete: true, missing: [] });
    }
    expect(checkDocumentation(blin, chart(...base)).missing).toEqual(['relapsed-or-refractory']);
  });
});

describe('groups in caller-built requirements', () => {
  const requirement = {
    elements: [
      { id: 'a', required: true },
      { id: 'b', required: true },
      { id: 'c', required: true },
    ],
    groups: [{ id: 'b-or-c', anyOf: [{ id: 'with-b', elements: ['b'] }, { id: 'with-c', elements: ['c'] }] }],
  } as unknown as Requirement;

  it('checks them like the bundled ones', () => {
    expect(checkDocumentation(requirement, { a: 1, c: 1 })).toMatchObject({ complete: true, missing: [] });
    expect(checkDocumentation(requirement, { a: 1 })).toMatchObject({ complete: false, missing: ['b'] });
  });

  it('refuses a group naming an element the requirement does not have, naming the field', () => {
    const bad = { elements: [{ id: 'a', required: true }], groups: [{ id: 'g', anyOf: [{ id: 'x', elements: ['zz'] }] }] };
    expect(thrown(() => checkDocumentation(bad as never, {})).field).toBe('requirement.groups[0].anyOf[0].elements[0]');
    expect(thrown(() => checkDocumentation({ elements: [], groups: 'x' } as never, {})).field).toBe('requirement.groups');
    expect(thrown(() => checkDocumentation({ elements: [], groups: [{ id: 'g', anyOf: [] }] } as never, {})).field).toBe('requirement.groups[0].anyOf');
  });
});

describe('group data', () => {
  it('every alternative names required elements of its version, each in one alternative only', () => {
    for (const def of loadDocumentation().requirements) {
      for (const v of def.versions) {
        const seen = new Set<string>();
        for (const g of v.groups ?? []) {
          expect(g.anyOf.length).toBeGreaterThanOrEqual(2);
          for (const a of g.anyOf) {
            for (const id of a.elements) {
              const element = v.elements.find((e) => e.id === id);
              expect(element?.required, `${def.id} ${a.id} ${id}`).toBe(true);
              expect(element?.alternative).toBe(a.id);
              expect(seen.has(id)).toBe(false);
              seen.add(id);
            }
          }
        }
      }
    }
  });
});
