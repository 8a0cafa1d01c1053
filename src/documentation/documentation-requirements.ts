import { attachDisplay, displayMethod } from '../core/display.js';
import { BENEFITS, type Benefit } from '../core/benefit.js';
import { toIsoDate, type DateInput } from '../core/dates.js';
import { describeValue, invalidInput, noData } from '../core/errors.js';
import { deepFreeze } from '../core/freeze.js';
import { normalizeCode } from '../core/hcpcs.js';
import type { RequirementId } from '../core/requirement-ids.js';
import { own, readObject, readOptionalEnum, readEnum } from '../core/validate.js';
import { lazy } from '../core/lazy.js';
import { loadDocumentation } from '../generated/documentation.js';
import type {
  CodeRequirement,
  DeliveryMethod,
  DocumentationScope,
  Requirement,
  RequirementDefinition,
  RequirementVersion,
} from './types.js';

/**
 * Input of {@link documentationRequirements}.
 *
 * @example
 * ```ts
 * const input: DocumentationRequirementsInput = { benefit: 'part-b-dme', hcpcs: 'J1559' };
 * ```
 */
export interface DocumentationRequirementsInput {
  benefit: Benefit;
  /** A HCPCS code on the claim; adds the per-drug or per-indication requirement it brings, if any. */
  hcpcs?: string;
  /** Selects the version of each rule in force on that date; omitted = the latest version held. */
  dateOfService?: DateInput;
  /** Narrows proof of delivery to the elements of one delivery method. */
  deliveryMethod?: DeliveryMethod;
  /**
   * Set when the item is on CMS's Required Face-to-Face Encounter and Written Order Prior to
   * Delivery List (the library does not hold that list): adds the written order prior to delivery
   * and the face-to-face encounter after the standard written order, for DMEPOS benefits.
   */
  onFaceToFaceWopdList?: boolean;
}

const INPUT_KEYS: readonly string[] = ['benefit', 'hcpcs', 'dateOfService', 'deliveryMethod', 'onFaceToFaceWopdList'];

/** Benefits whose items are DMEPOS under 42 CFR 410.38 (where WOPD and face-to-face can apply). */
const DMEPOS_BENEFITS: ReadonlySet<string> = /* @__PURE__ */ new Set(['part-b-dme', 'part-b-ivig', 'part-b-pn']);

const DELIVERY_METHODS: readonly DeliveryMethod[] = ['direct', 'shipped'];

interface Index {
  readonly definitions: ReadonlyMap<string, RequirementDefinition>;
  readonly byBenefit: ReadonlyMap<string, readonly RequirementId[]>;
  readonly byCode: ReadonlyMap<string, readonly CodeRequirement[]>;
  /** Every benefit's scope: whether requirements are held and why (not). */
  readonly scope: ReadonlyMap<string, DocumentationScope>;
  /** Every (requirement, version, delivery method) built once, so calls only assemble arrays. */
  readonly built: ReadonlyMap<string, readonly Record<MethodKey, Requirement>[]>;
}

/** The indexes over the bundled documentation data, built on first use (not when the module loads). */
const INDEX: () => Index = /* @__PURE__ */ lazy(() => {
  const data = loadDocumentation();
  const byCode = new Map<string, CodeRequirement[]>();
  for (const c of data.codes) {
    const list = byCode.get(c.code) ?? [];
    list.push(c);
    byCode.set(c.code, list);
  }
  return {
    definitions: new Map(data.requirements.map((r) => [r.id, r])),
    byBenefit: new Map(data.benefits.map((b) => [b.benefit, b.requirements])),
    byCode,
    scope: new Map([
      ...data.benefits.map((b) => [b.benefit, deepFreeze({ benefit: b.benefit, holds: true, reason: b.reason, citations: b.citations })] as const),
      ...data.outOfScope.map((b) => [b.benefit, deepFreeze({ benefit: b.benefit, holds: false, reason: b.reason, citations: b.citations })] as const),
    ]),
    built: new Map(
      data.requirements.map((def) => [
        def.id,
        def.versions.map((v) => ({
          any: build(def, v, undefined),
          direct: build(def, v, 'direct'),
          shipped: build(def, v, 'shipped'),
        })),
      ]),
    ),
  };
});

function build(def: RequirementDefinition, version: RequirementVersion, method: DeliveryMethod | undefined): Requirement {
  const elements = version.elements
    .filter((e) => method === undefined || e.method === undefined || e.method === method)
    // Without a delivery method, method-specific elements are listed but not required.
    .map((e) => (method === undefined && e.method !== undefined && e.required ? { ...e, required: false } : e));
  return deepFreeze({
    id: def.id,
    title: def.title,
    when: def.when,
    ...(def.condition ? { condition: def.condition } : {}),
    ...(def.retention ? { retention: def.retention } : {}),
    ...(version.note ? { note: version.note } : {}),
    effective: { from: version.from, ...(version.to ? { to: version.to } : {}) },
    elements,
    ...(version.groups ? { groups: version.groups } : {}),
    citations: version.citations,
  }) as Requirement;
}

type MethodKey = DeliveryMethod | 'any';

function versionIndex(def: RequirementDefinition, date: string | undefined): number {
  if (date === undefined) return def.versions.length - 1;
  const index = def.versions.findIndex((v) => v.from <= date && (v.to === undefined || date <= v.to));
  if (index < 0) {
    const first = def.versions[0]!;
    return noData(
      'dateOfService',
      `the library holds '${def.id}' only for dates of service from ${first.from}; no verified rule for ${date}`,
    );
  }
  return index;
}

/** The latest version of a requirement (all delivery methods), for checks by id. */
export function latestRequirement(id: string): Requirement | undefined {
  const versions = INDEX().built.get(id);
  return versions?.[versions.length - 1]?.any;
}

/**
 * What a supplier must hold for a claim: the general documentation requirements of the benefit,
 * plus, with `hcpcs`, the per-drug or per-indication requirement the code brings under the
 * external infusion pump LCD (L33794). Each requirement says when it must exist and cites its rule.
 *
 * A code with no per-drug rule adds nothing (the general requirements still apply). Every
 * {@link Benefit} gets an answer; for these the answer is an empty (frozen) list, with the reason
 * given by {@link documentationScope}:
 * - `'part-d'`: the Part D plan's own rules (formulary, coverage determinations); no DME MAC
 *   supplier documentation.
 * - `'home-health'`: the home health agency documents and bills under the home health PPS.
 * - `'hospice'`: the hospice furnishes drugs and supplies for the terminal illness within its own
 *   payment (42 CFR 418.200); no separate claim to document.
 * - `'snf-part-a'`: consolidated billing; the SNF furnishes and bills the item during a Part A stay.
 * - `'part-b-incident-to'`: billed by the practitioner or hospital to the A/B MAC under its rules,
 *   which the library does not hold.
 * - `'not-covered'`: Medicare is not expected to pay, so there are no coverage criteria to
 *   document; an item billed for a denial with GA or GZ keeps the ABN (`'abn'`, which `classify`
 *   lists in `requires`; check it by id).
 *
 * `NO_DATA` is thrown only for a date of service before the first version held of a rule.
 * Written order prior to delivery and face-to-face encounter are added only when the caller says
 * the item is on CMS's required list (`onFaceToFaceWopdList: true`).
 *
 * @example
 * ```ts
 * const reqs = documentationRequirements({ benefit: 'part-b-dme', hcpcs: 'J1559', dateOfService: '2026-03-02' });
 * reqs.map((r) => r.id);
 * // ['standard-written-order', 'medical-record', 'continued-need', 'continued-use',
 * //  'proof-of-delivery', 'refill-documentation', 'abn', 'eip-subcutaneous-immune-globulin']
 * ```
 */
export function documentationRequirements(input: DocumentationRequirementsInput): readonly Requirement[] {
  const record = readObject(input, 'input', INPUT_KEYS);
  const benefit = readEnum(own(record, 'benefit'), BENEFITS, 'benefit');
  const rawCode = own(record, 'hcpcs');
  const code = rawCode === undefined ? undefined : normalizeCode(rawCode, 'hcpcs');
  const rawDate = own(record, 'dateOfService');
  const date = rawDate === undefined ? undefined : toIsoDate(rawDate, 'dateOfService');
  const method = readOptionalEnum(own(record, 'deliveryMethod'), DELIVERY_METHODS, 'deliveryMethod');
  const listed = own(record, 'onFaceToFaceWopdList');
  if (listed !== undefined && typeof listed !== 'boolean') {
    invalidInput('onFaceToFaceWopdList', `must be a boolean, got ${describeValue(listed)}`);
  }

  const index = INDEX();
  const general = index.byBenefit.get(benefit);
  // Benefits without supplier documentation (documentationScope says why): nothing to hold.
  if (!general) return Object.freeze(attachDisplay([] as Requirement[], DISPLAY_REQUIREMENTS));
  const ids: string[] = [...general];
  if (listed === true && DMEPOS_BENEFITS.has(benefit)) {
    // 42 CFR 410.38(d)(1)(ii)(A), (d)(2): the order must reach the supplier before delivery.
    ids.splice(ids.indexOf('standard-written-order') + 1, 0, 'written-order-prior-to-delivery', 'face-to-face-encounter');
  }
  if (code !== undefined) {
    for (const c of index.byCode.get(code) ?? []) {
      if (c.benefit !== benefit) continue;
      if (date !== undefined && ((c.from !== undefined && date < c.from) || (c.to !== undefined && date > c.to))) continue;
      if (!ids.includes(c.requirement)) ids.push(c.requirement);
    }
  }
  const key: MethodKey = method ?? 'any';
  const out = ids.map((id) => {
    const def = index.definitions.get(id)!;
    return index.built.get(id)![versionIndex(def, date)]![key];
  });
  return Object.freeze(attachDisplay(out, DISPLAY_REQUIREMENTS));
}

/**
 * Whether the library holds supplier documentation requirements for `benefit`, and the reason:
 * what documentation governs its claims, or why {@link documentationRequirements} answers with an
 * empty list (Part D: the plan's own rules; hospice: within the hospice's payment; SNF Part A:
 * consolidated billing; …). Every {@link Benefit} has an answer; anything else throws
 * `INVALID_INPUT` naming `benefit`.
 *
 * @example
 * ```ts
 * documentationScope('part-d');
 * // { benefit: 'part-d', holds: false, reason: "Part D: the drug is paid by the beneficiary's Part D plan …", citations: [...] }
 * documentationScope('part-b-dme').holds; // true
 * ```
 */
export function documentationScope(benefit: Benefit): DocumentationScope {
  return INDEX().scope.get(readEnum(benefit, BENEFITS, 'benefit'))!;
}

/** Jupyter rendering: one row per requirement, then one table of elements per requirement. */
const DISPLAY_REQUIREMENTS = /* @__PURE__ */ displayMethod<readonly Requirement[]>((list) => [
  {
    title: 'Documentation requirements',
    headers: ['Requirement', 'When', 'Required elements', 'Source'],
    rows: list.map((r) => [
      `${r.title} (${r.id})`,
      r.when,
      String(r.elements.filter((e) => e.required).length),
      r.citations.map((c) => `${c.title}${c.section ? `, ${c.section}` : ''}`).join('; '),
    ]),
  },
  ...list.map((r) => ({
    title: r.id,
    headers: ['Element', 'Label', 'Required'],
    // An element of an "any of" alternative is required only when that alternative is relied on.
    rows: r.elements.map((e) => [e.id, e.label, !e.required ? 'no' : e.alternative ? `for ${e.alternative}` : 'yes']),
  })),
]);
