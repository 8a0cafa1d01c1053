import { describeValue, invalidInput } from './errors.js';

/**
 * The one reader of input objects: throws `INVALID_INPUT` unless `value` is a plain object (not
 * null, not an array, not a Date) and, when `allowedKeys` is given, unless every own key is one of
 * them, so a misspelt key (`devcie`) never changes an answer silently.
 *
 * The unknown key is named as the object's other fields are: bare for a function's top-level
 * argument (`field` `'input'`: `'devcie'`), and under the object's name otherwise
 * (`'filter.kinds'`, `'patientPriorVisits[2].dat'`).
 */
export function readObject(
  value: unknown,
  field: string,
  allowedKeys?: readonly string[],
): Readonly<Record<string, unknown>> {
  if (value === null || typeof value !== 'object' || Array.isArray(value) || value instanceof Date) {
    return invalidInput(field, `must be an object, got ${describeValue(value)}`);
  }
  if (allowedKeys !== undefined) {
    for (const key of Object.keys(value)) {
      if (!allowedKeys.includes(key)) {
        invalidInput(field === 'input' ? key : `${field}.${key}`, `is not a field of ${field} (use ${allowedKeys.join(', ')})`);
      }
    }
  }
  return value as Readonly<Record<string, unknown>>;
}

/** Reads one of a fixed set of string values, or throws `INVALID_INPUT` listing the allowed ones. */
export function readEnum<T extends string>(value: unknown, allowed: readonly T[], field: string): T {
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  return invalidInput(field, `must be one of ${allowed.map((a) => `'${a}'`).join(', ')}, got ${describeValue(value)}`);
}

/** Like {@link readEnum}, but `undefined` passes through. */
export function readOptionalEnum<T extends string>(value: unknown, allowed: readonly T[], field: string): T | undefined {
  return value === undefined ? undefined : readEnum(value, allowed, field);
}

/** Reads a whole calendar year between 1900 and 2199. */
export function readYear(value: unknown, field: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1900 || value > 2199) {
    return invalidInput(field, `must be a whole year such as 2026, got ${describeValue(value)}`);
  }
  return value;
}

/** Own-property read that ignores inherited keys (so `__proto__` tricks change nothing). */
export function own(object: Readonly<Record<string, unknown>>, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(object, key) ? object[key] : undefined;
}

/**
 * A reader of an options or input object at a public boundary, built once per function from its key
 * list, on {@link readObject}: the object must be plain, with own keys all in `keys`, else
 * `INVALID_INPUT` naming the unknown key (`devcie` for a top-level `input`, `lines[2].chrgeCents`
 * below it). It returns the object's own values of the known keys, in one object shape; a key added
 * to Object.prototype is never read.
 */
export function inputReader<K extends string>(keys: readonly K[]): (value: unknown, field: string) => { readonly [P in K]?: unknown } {
  return (value, field) => {
    const object = readObject(value, field, keys);
    const fields: { [P in K]?: unknown } = {};
    for (const key of keys) fields[key] = own(object, key);
    return fields;
  };
}

/** {@link inputReader} for a single use: `readInput(input, 'input', ['hcpcs', 'dateOfService'])`. */
export function readInput<K extends string>(value: unknown, field: string, keys: readonly K[]): { readonly [P in K]?: unknown } {
  return inputReader(keys)(value, field);
}
