import { describeValue, invalidInput } from '../core/errors.js';
import { deepFreeze } from '../core/freeze.js';
import { own, readObject } from '../core/validate.js';
import { latestRequirement } from './documentation-requirements.js';
import type { Requirement } from './types.js';

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
  /** True when every required element is provided. */
  readonly complete: boolean;
  /** Ids of required elements not provided, in the requirement's order. */
  readonly missing: readonly string[];
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

function readElements(requirement: unknown): readonly { id: string; required: boolean }[] {
  const req = readObject(requirement, 'requirement');
  const elements = own(req, 'elements');
  if (!Array.isArray(elements)) {
    return invalidInput('requirement.elements', `must be an array of elements, got ${describeValue(elements)}`);
  }
  return elements.map((element: unknown, i) => {
    const field = `requirement.elements[${i}]`;
    const e = readObject(element, field);
    const id = own(e, 'id');
    const required = own(e, 'required');
    if (typeof id !== 'string' || id === '') invalidInput(`${field}.id`, `must be a non-empty string, got ${describeValue(id)}`);
    if (typeof required !== 'boolean') invalidInput(`${field}.required`, `must be a boolean, got ${describeValue(required)}`);
    return { id: id as string, required: required as boolean };
  });
}

/**
 * Checks a chart against a documentation requirement: which required elements are missing.
 *
 * `requirement` is a {@link Requirement} (as returned by `documentationRequirements`, so the
 * version in force on the date of service is checked) or a requirement id (its latest version;
 * proof-of-delivery method-specific elements are then optional). `provided` maps element ids to
 * anything; only its own keys count, and a key counts when {@link isProvided} says so.
 *
 * @example
 * ```ts
 * checkDocumentation('standard-written-order', {
 *   beneficiary: 'Jane Doe', 'order-date': '2026-03-01', 'item-description': 'J1559',
 *   quantity: '160 units', practitioner: '1234567893', 'practitioner-signature': '',
 * });
 * // { complete: false, missing: ['practitioner-signature'] }
 * ```
 */
export function checkDocumentation(
  requirement: Requirement | string,
  provided: Readonly<Record<string, unknown>>,
): DocumentationCheck {
  let elements: readonly { id: string; required: boolean }[];
  if (typeof requirement === 'string') {
    const found = latestRequirement(requirement.trim());
    if (!found) return invalidInput('requirement', `unknown documentation requirement id ${describeValue(requirement)}`);
    elements = found.elements;
  } else {
    elements = readElements(requirement);
  }
  const given = readObject(provided, 'provided');
  const missing: string[] = [];
  for (const element of elements) {
    if (element.required && !isProvided(own(given, element.id))) missing.push(element.id);
  }
  return deepFreeze({ complete: missing.length === 0, missing });
}
