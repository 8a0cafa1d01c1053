/**
 * One coverage model, three functions: for every code the model names and every date where its
 * facts change, getCode, classify and checkClaim must give the same answer.
 *
 * - For each scenario classify calls covered, the claim built from that answer (the code, the pump
 *   the model pairs it with, a supply of that pump, the modifiers the sources ask for) raises no error
 *   in checkClaim, and getCode names the same benefit, contractor and HIT category.
 * - For each scenario classify calls not covered because of the device, the same claim (the drug
 *   with a pump of that device that the model does not pair with it, or with no pump) gets an error
 *   or a warning on the drug line.
 * - Every documentation id classify requires is one documentationRequirements returns for the benefit.
 */
import { describe, expect, it } from 'vitest';
import { addDaysToIso } from '../../src/core/dates.js';
import { REQUIREMENT_IDS } from '../../src/core/requirement-ids.js';
import { loadClaimRules } from '../../src/generated/claim-rules.js';
import {
  checkClaim, classify, classifyRuleTable, documentationRequirements, getCode,
  type ClaimLine, type Classification, type CoverageRule, type Device, type Route,
} from '../../src/index.js';

const model = classifyRuleTable();
const COVERED = new Set(['part-b-dme', 'part-b-ivig', 'part-b-ivig-services', 'part-b-pn', 'part-b-hit']);
const ALL_ROUTES: readonly Route[] = ['intravenous', 'subcutaneous', 'intrathecal', 'epidural', 'enteral'];
const LAST_DAY = '2026-11-29';
/** KX, GA or GZ on the line: from 2023-01-01, and on E0784/J1817 on any date once KX existed (A52507; HCPCS file). */
const KX_FROM = loadClaimRules().modifiers.find((m) => m.code === 'KX')!.from;
const needsKx = (code: string, date: string) => date >= model.lineModifiers.from || (model.lineModifiers.anyDate.includes(code) && date >= KX_FROM);
/** The first code of a rule in the catalog on the date. */
const firstInEffect = (codes: readonly string[], date: string) => codes.find((c) => getCode(c, { asOf: date }) !== undefined);

/** Every date where a fact of the rule (or a model-wide fact) starts or ends, within the rule's life. */
function datesOf(rule: CoverageRule, code: string): string[] {
  const start = rule.codeAdded[code] && rule.codeAdded[code]! > rule.effective.from ? rule.codeAdded[code]! : rule.effective.from;
  const end = rule.effective.to ?? LAST_DAY;
  const points = new Set<string>([start, end]);
  const add = (d: string | undefined) => {
    if (d && d >= start && d <= end) points.add(d);
  };
  for (const h of rule.hit ?? []) {
    add(h.from);
    if (h.to) add(addDaysToIso(h.to, 1));
  }
  for (const g of rule.diagnosisGroups ?? []) add(g.from);
  for (const c of model.hitContractor) add(c.from);
  add(model.hitEligibleRoutes.from);
  add(model.lineModifiers.from);
  add(model.insulinSupplyModifiers.from);
  add(model.pid.effective.from);
  return [...points].sort().filter((d) => getCode(code, { asOf: d }) !== undefined);
}

/** A diagnosis the rule accepts on the date, so a covered answer is possible. */
function listedDiagnosis(rule: CoverageRule, date: string): string[] | undefined {
  if (rule.diagnosisList === 'pid') return [model.pid.codes[0]!];
  const group = rule.diagnosisGroups?.find((g) => !g.from || g.from <= date);
  const codes = group ? model.icd10Groups.find((g) => g.group === group.group)?.codes : undefined;
  return codes ? [codes[0]!] : undefined;
}

const inForce = (rule: CoverageRule, date: string) => rule.effective.from <= date && (!rule.effective.to || date <= rule.effective.to);
/** A supply rule's first code that goes with the pump on the date. */
function supplyFor(pump: string, date: string): string | undefined {
  const rule = model.rules.find((r) => r.kind === 'eip-supply' && inForce(r, date) && r.pumps?.includes(pump));
  return rule ? firstInEffect(rule.codes, date) : undefined;
}

/** The claim a biller builds from classify's answer, with the modifiers the sources ask for. */
function claimFrom(rule: CoverageRule, code: string, date: string, route: Route | undefined, answer: Classification): { lines: ClaimLine[]; options?: Parameters<typeof checkClaim>[1] } {
  const kx = needsKx(code, date) ? ['KX'] : [];
  const jb = rule.indication === model.subcutaneousModifier.indication && route === 'subcutaneous' ? ['JB'] : [];
  const insulin = rule.indication === model.insulinSupplyModifiers.indication && date >= model.insulinSupplyModifiers.from ? ['JK'] : [];
  const line = (hcpcs: string, modifiers: string[]): ClaimLine => ({ hcpcs, modifiers, units: 1, dateOfService: date });
  switch (rule.kind) {
    case 'eip-drug': {
      const pump = firstInEffect(rule.pumps!, date)!;
      const supply = supplyFor(pump, date);
      const pumpKx = needsKx(pump, date) ? ['KX'] : [];
      const supplyKx = date >= model.lineModifiers.from ? ['KX'] : [];
      return { lines: [line(pump, [...pumpKx, ...jb]), ...(supply ? [line(supply, supplyKx)] : []), line(code, [...kx, ...jb, ...insulin])] };
    }
    case 'eip-supply':
    case 'eip-accessory':
    {
      const pump = firstInEffect(rule.pumps!, date)!;
      return { lines: [line(pump, needsKx(pump, date) ? ['KX'] : []), line(code, rule.kind === 'eip-supply' ? kx : [])] };
    }
    case 'ivig-drug':
      return { lines: [line(code, []), ...(date >= '2014-04-01' ? [line('Q2052', [])] : [])] };
    case 'ivig-services': {
      const drug = model.rules.find((r) => r.kind === 'ivig-drug' && inForce(r, date))!;
      return { lines: [line(drug.codes.find((c) => (drug.codeAdded[c] ?? '0000') <= date)!, []), line(code, [])] };
    }
    case 'hit-service': {
      const drug = model.rules.find((r) => r.kind === 'eip-drug' && r.hit?.some((h) => h.category === answer.hitCategory && h.from <= date && (!h.to || date <= h.to)) && (!r.routes || r.routes.includes('intravenous') || r.routes.includes('subcutaneous')));
      return { lines: [line(code, [])], options: { drugLines: drug ? [{ hcpcs: drug.codes[0]!, dateOfService: date }] : [] } };
    }
    default:
      return { lines: [line(code, kx)] };
  }
}

const deviceOf = (rule: CoverageRule): Device | undefined => rule.devices?.[0];

describe('catalog = classify = checkClaim on every code and every date its facts change', () => {
  for (const rule of model.rules) {
    for (const code of rule.codes) {
      const dates = datesOf(rule, code);
      if (dates.length === 0) continue;
      it(`${code} (${rule.id}) on ${dates.join(', ')}`, () => {
        for (const date of dates) {
          const routes: readonly (Route | undefined)[] = rule.routes ? [...rule.routes] : rule.kind === 'eip-drug' ? ALL_ROUTES : [undefined];
          for (const route of routes) {
            const input = { hcpcs: code, dateOfService: date, setting: 'home' as const, ...(route ? { route } : {}), ...(deviceOf(rule) ? { device: deviceOf(rule)! } : {}), ...(listedDiagnosis(rule, date) ? { diagnoses: listedDiagnosis(rule, date)! } : {}) };
            const answer = classify(input);
            const where = `${code} ${date} ${route ?? ''}: ${answer.benefit}`;
            const record = getCode(code, { asOf: date })!;
            if (!COVERED.has(answer.benefit)) continue;
            // getCode never contradicts classify.
            expect(record.benefits, where).toContain(answer.benefit);
            expect(record.billTo, where).toBe(answer.billTo);
            if (answer.hitCategory !== undefined) {
              expect(record.hitCategory, where).toBe(answer.hitCategory);
              if (record.hitRoutes && route) expect(record.hitRoutes, where).toContain(route);
            } else if (answer.benefit === 'part-b-dme' && record.hitCategory !== undefined && rule.indication !== model.insulinSupplyModifiers.indication) {
              // The catalog's category holds only on its routes; classify drops it on any other.
              expect(record.hitRoutes, where).toBeDefined();
              expect(record.hitRoutes!.includes(route!), where).toBe(false);
            }
            // The claim built from the answer raises no error.
            const { lines, options } = claimFrom(rule, code, date, route, answer);
            // Before any pump code the model pairs existed (HCPCS add dates), no claim can be built.
            if (lines.some((l) => l.hcpcs === undefined)) continue;
            const errors = checkClaim(lines, options).filter((f) => f.severity === 'error');
            expect(errors.map((f) => `${f.line}:${f.code} ${f.message}`), `${where}\n${JSON.stringify(lines)}`).toEqual([]);
            // Every documentation id it requires resolves for the benefit.
            for (const id of answer.requires) expect(REQUIREMENT_IDS, `${where}: ${id}`).toContain(id);
            let held: string[] | undefined;
            try {
              held = documentationRequirements({ benefit: answer.benefit, hcpcs: code, dateOfService: date }).map((r) => r.id);
            } catch (error) {
              // NO_DATA: the requirements held start later (the standard written order from 2020).
              expect((error as { code?: string }).code, where).toBe('NO_DATA');
            }
            // Documentation versions are held from the LCD revision the library encodes (2026-01-25);
            // before it classify warns that criteria may differ, and only the ids are checked.
            for (const id of held === undefined || date < '2026-01-25' ? [] : answer.requires) {
              if (id === 'abn') continue;
              expect(held, `${where}: ${id}`).toContain(id);
            }
          }
        }
      });
    }
  }
});

describe('not covered by classify because of the device: the same claim is flagged', () => {
  const OTHER_PUMP: Record<string, string> = { 'insulin-pump': 'E0784', 'external-pump': 'E0781' };
  for (const rule of model.rules.filter((r) => r.kind === 'eip-drug' && r.pumps)) {
    const code = rule.codes[0]!;
    const date = rule.effective.to && rule.effective.to < LAST_DAY ? rule.effective.to : '2026-03-02';
    if (!getCode(code, { asOf: date })) continue;
    for (const device of ['insulin-pump', 'external-pump', 'gravity'] as const) {
      it(`${code} with ${device}`, () => {
        const route = rule.defaultRoute ?? rule.routes?.[0];
        const answer = classify({ hcpcs: code, dateOfService: date, setting: 'home', device, ...(route ? { route } : {}) });
        if (COVERED.has(answer.benefit)) return;
        const pump = device === 'gravity' ? undefined : OTHER_PUMP[device]!;
        if (pump && rule.pumps!.includes(pump)) return;
        const lines: ClaimLine[] = [...(pump ? [{ hcpcs: pump, modifiers: ['KX'], units: 1, dateOfService: date }] : []), { hcpcs: code, modifiers: ['KX'], units: 1, dateOfService: date }];
        const onDrug = checkClaim(lines).filter((f) => f.line === lines.length);
        // A drug given without a durable pump that is also a home IVIG drug is not flagged: no pump is needed there.
        if (!pump && model.rules.some((r) => r.kind === 'ivig-drug' && r.codes.includes(code))) {
          expect(onDrug.map((f) => f.code)).not.toContain('GY_IF_NO_PUMP');
          return;
        }
        expect(onDrug.map((f) => f.code), `${answer.benefit}: ${answer.reasons.map((r) => r.code).join(', ')}`).not.toEqual([]);
      });
    }
  }
});
