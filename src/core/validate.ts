import { describeValue, invalidInput } from './errors.js';

/** Throws `INVALID_INPUT` unless `value` is a plain object (not null, not an array). */
export function readObject(value: unknown, field: string): Readonly<Record<string, unknown>> {
  if (value === null || typeof value !== 'object' || Array.isArray(value) || value instanceof Date) {
    return invalidInput(field, `must be an object, got ${describeValue(value)}`);
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
 * Reads an options or input object at a public boundary: a plain object whose own keys are all in
 * `keys`, or `INVALID_INPUT` naming the first unknown key (`devcie` for a top-level `input`,
 * `lines[2].chrgeCents` below it), so a misspelt key never
 * changes an answer silently. Returns the object's own values of the known keys (inherited ones ignored).
 */
export function readInput<K extends string>(value: unknown, field: string, keys: readonly K[]): { readonly [P in K]?: unknown } {
  const object = readObject(value, field);
  // Every known key set (undefined first, in one order): a key added to Object.prototype is never read.
  const fields: { [P in K]?: unknown } = {};
  for (const key of keys) fields[key] = undefined;
  // Object.keys lists own enumerable keys only: inherited ones (prototype pollution) are never read.
  for (const key of Object.keys(object)) {
    if (!(keys as readonly string[]).includes(key)) {
      invalidInput(field === 'input' ? key : `${field}.${key}`, `is not a known field (use ${keys.join(', ')})`);
    }
    fields[key as K] = object[key];
  }
  return fields;
}
