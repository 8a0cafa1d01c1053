import { describeValue, invalidInput } from '../core/errors.js';
import { deepFreeze } from '../core/freeze.js';
import { own, readObject } from '../core/validate.js';
import { latestRequirement } from './documentation-requirements.js';
import type { Requirement } from './types.js';

/**
 * How one "any of" group of a requirement fared in {@link checkDocumentation}.
 *
 * @example
 * ```ts
 * const g: DocumentationGroupCheck = {
 *   id: 'criterion-c-or-d', met: true, metBy: 'criterion-d',
 *   alternatives: [
 *     { id: 'criterion-c', missing: ['diabetes-education', 'multiple-daily-injections', 'glucose-self-testing', 'glycemic-problem'] },
 *     { id: 'criterion-d', missing: [] },
 *   ],
 * };
 * ```
 */
export interface DocumentationGroupCheck {
  /** The group's id (`Requirement.groups[].id`). */
  readonly id: string;
  /** True when every element of at least one alternative is provided. */
  readonly met: boolean;
  /** The first alternative (in the rule's order) whose elements are all provided. */
  readonly metBy?: string;
  /** Each alternative with its element ids not provided, in the rule's order. */
  readonly alternatives: readonly { readonly id: string; readonly missing: readonly string[] }[];
}

/**
 * Result of {@link checkDocumentation}.
 *
 * @example
 * ```ts
 * const r: DocumentationCheck = checkDocumentation('abn', {});
 * r.complete; // false
 * ```
 */
export interface DocumentationCheck {
  /** True when every required element is provided and every "any of" group is met. */
  readonly complete: boolean;
  /**
   * Ids of required elements not provided, in the requirement's order. For an "any of" group not
   * met, the missing elements of its closest alternative: the one with the most elements provided
   * (the first the rule lists when tied, e.g. criterion A, then B). Elements of the other
   * alternatives are never listed here (see `groups`).
   */
  readonly missing: readonly string[];
  /** One entry per "any of" group, in the requirement's order; present when the requirement has groups. */
  readonly groups?: readonly DocumentationGroupCheck[];
}

/**
 * Whether a value counts as provided: present and not `undefined`, `null`, `false`, or a string
 * that is empty or only white space. Anything else (a date, `true`, a number, an object) counts.
 *
 * @example
 * ```ts
 * isProvided(0); // true
 * isProvided('  '); // false
 * ```
 */
export function isProvided(value: unknown): boolean {
  if (value === undefined || value === null || value === false) return false;
  if (typeof value === 'string' && value.trim() === '') return false;
  return true;
}

// The fields of a Requirement (and its parts) as documentationRequirements returns them: a
// requirement passed back in may carry any of them, and nothing else.
const REQUIREMENT_KEYS: readonly string[] = ['id', 'title', 'when', 'condition', 'retention', 'note', 'effective', 'elements', 'groups', 'citations'];
const ELEMENT_KEYS: readonly string[] = ['id', 'label', 'required', 'method', 'alternative', 'citations'];
const GROUP_KEYS: readonly string[] = ['id', 'label', 'anyOf'];
const ALTERNATIVE_KEYS: readonly string[] = ['id', 'label', 'elements'];

interface CheckedElements {
  readonly elements: readonly { id: string; required: boolean }[];
  readonly groups: readonly { id: string; anyOf: readonly { id: string; elements: readonly string[] }[] }[];
}

function readIdList(value: unknown, field: string, known: ReadonlySet<string>): string[] {
  if (!Array.isArray(value) || value.length === 0) {
    return invalidInput(field, `must be a non-empty array of element ids, got ${describeValue(value)}`);
  }
  return value.map((id: unknown, i) => {
    if (typeof id !== 'string' || !known.has(id)) {
      invalidInput(`${field}[${i}]`, `must be the id of one of the requirement's elements, got ${describeValue(id)}`);
    }
    return id as string;
  });
}

function readRequirement(requirement: unknown): CheckedElements {
  const req = readObject(requirement, 'requirement', REQUIREMENT_KEYS);
  const elementsValue = own(req, 'elements');
  if (!Array.isArray(elementsValue)) {
    return invalidInput('requirement.elements', `must be an array of elements, got ${describeValue(elementsValue)}`);
  }
  const elements = elementsValue.map((element: unknown, i) => {
    const field = `requirement.elements[${i}]`;
    const e = readObject(element, field, ELEMENT_KEYS);
    const id = own(e, 'id');
    const required = own(e, 'required');
    if (typeof id !== 'string' || id === '') invalidInput(`${field}.id`, `must be a non-empty string, got ${describeValue(id)}`);
    if (typeof required !== 'boolean') invalidInput(`${field}.required`, `must be a boolean, got ${describeValue(required)}`);
    return { id: id as string, required: required as boolean };
  });
  const groupsValue = own(req, 'groups');
  if (groupsValue === undefined) return { elements, groups: [] };
  if (!Array.isArray(groupsValue)) {
    return invalidInput('requirement.groups', `must be an array of groups, got ${describeValue(groupsValue)}`);
  }
  const known = new Set(elements.map((e) => e.id));
  const groups = groupsValue.map((group: unknown, i) => {
    const field = `requirement.groups[${i}]`;
    const g = readObject(group, field, GROUP_KEYS);
    const id = own(g, 'id');
    if (typeof id !== 'string' || id === '') invalidInput(`${field}.id`, `must be a non-empty string, got ${describeValue(id)}`);
    const anyOf = own(g, 'anyOf');
    if (!Array.isArray(anyOf) || anyOf.length === 0) {
      invalidInput(`${field}.anyOf`, `must be a non-empty array of alternatives, got ${describeValue(anyOf)}`);
    }
    const alternatives = (anyOf as unknown[]).map((alternative, j) => {
      const afield = `${field}.anyOf[${j}]`;
      const a = readObject(alternative, afield, ALTERNATIVE_KEYS);
      const aid = own(a, 'id');
      if (typeof aid !== 'string' || aid === '') invalidInput(`${afield}.id`, `must be a non-empty string, got ${describeValue(aid)}`);
      return { id: aid as string, elements: readIdList(own(a, 'elements'), `${afield}.elements`, known) };
    });
    return { id: id as string, anyOf: alternatives };
  });
  return { elements, groups };
}

/**
 * Checks a chart against a documentation requirement: which required elements are missing.
 *
 * `requirement` is a {@link Requirement} (as returned by `documentationRequirements`, so the
 * version in force on the date of service is checked) or a requirement id (its latest version;
 * proof-of-delivery method-specific elements are then optional). `provided` maps element ids to
 * anything; only its own keys count, and a key counts when {@link isProvided} says so.
 *
 * Criteria a rule joins with "or" (`requirement.groups`) are met by any one alternative: a patient
 * on an insulin pump before Medicare enrollment (L33794 criterion D) needs neither the criterion C
 * elements nor their absence reported. An unmet group reports the missing elements of its closest
 * alternative in `missing`, and every alternative's missing elements in `groups`.
 *
 * @example
 * ```ts
 * checkDocumentation('standard-written-order', {
 *   beneficiary: 'Jane Doe', 'order-date': '2026-03-01', 'item-description': 'J1559',
 *   quantity: '160 units', practitioner: '1234567893', 'practitioner-signature': '',
 * });
 * // { complete: false, missing: ['practitioner-signature'] }
 * checkDocumentation('eip-insulin-pump', {
 *   'beta-cell-autoantibody': 'positive', 'pump-before-medicare': 'since 2019',
 *   'self-testing-before-medicare': 'meter log', 'practitioner-visit-every-3-months': '2026-02-10',
 *   'kx-evidence': 'on file',
 * }).complete; // true: criteria B and D
 * ```
 */
export function checkDocumentation(
  requirement: Requirement | string,
  provided: Readonly<Record<string, unknown>>,
): DocumentationCheck {
  let checked: CheckedElements;
  if (typeof requirement === 'string') {
    const found = latestRequirement(requirement.trim());
    if (!found) return invalidInput('requirement', `unknown documentation requirement id ${describeValue(requirement)}`);
    checked = { elements: found.elements, groups: found.groups ?? [] };
  } else {
    checked = readRequirement(requirement);
  }
  const given = readObject(provided, 'provided');
  const has = (id: string): boolean => isProvided(own(given, id));
  // Elements of an "any of" alternative are judged through their group, never on their own.
  const inGroup = new Set(checked.groups.flatMap((g) => g.anyOf.flatMap((a) => a.elements)));
  const reported = new Set(checked.elements.filter((e) => e.required && !inGroup.has(e.id) && !has(e.id)).map((e) => e.id));
  let groupsMet = true;
  const groups = checked.groups.map((group) => {
    const alternatives = group.anyOf.map((a) => ({ id: a.id, missing: a.elements.filter((id) => !has(id)) }));
    const metBy = alternatives.find((a) => a.missing.length === 0);
    if (metBy) return { id: group.id, met: true, metBy: metBy.id, alternatives };
    groupsMet = false;
    // The closest alternative: the most elements provided; the first the rule lists when tied.
    let closest = 0;
    const providedCount = (i: number): number => group.anyOf[i]!.elements.length - alternatives[i]!.missing.length;
    for (let i = 1; i < alternatives.length; i++) if (providedCount(i) > providedCount(closest)) closest = i;
    for (const id of alternatives[closest]!.missing) reported.add(id);
    return { id: group.id, met: false, alternatives };
  });
  const missing = checked.elements.filter((e) => reported.has(e.id)).map((e) => e.id);
  return deepFreeze({
    complete: missing.length === 0 && groupsMet,
    missing,
    ...(checked.groups.length > 0 ? { groups } : {}),
  });
}
