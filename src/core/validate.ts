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
 * A reader of an options or input object at a public boundary, built once per function from its key
 * list: the object must be plain, with own keys all in `keys`, else `INVALID_INPUT` naming the first
 * unknown key (`devcie` for a top-level `input`, `lines[2].chrgeCents` below it), so a misspelt key
 * never changes an answer silently. It returns the object's own values of the known keys; a key
 * added to Object.prototype is never read (every known key is an own property of the result).
 */
export function inputReader<K extends string>(keys: readonly K[]): (value: unknown, field: string) => { readonly [P in K]?: unknown } {
  const list = keys.join(', ');
  return (value, field) => {
    const object = readObject(value, field);
    // Every known key is set, in one order (one object shape); only own values are read.
    const fields: { [P in K]?: unknown } = {};
    let found = 0;
    for (const key of keys) {
      if (Object.prototype.hasOwnProperty.call(object, key)) {
        fields[key] = object[key];
        found++;
      } else fields[key] = undefined;
    }
    const own = Object.keys(object);
    if (own.length !== found) {
      const unknown = own.find((key) => !(keys as readonly string[]).includes(key));
      if (unknown !== undefined) invalidInput(field === 'input' ? unknown : `${field}.${unknown}`, `is not a known field (use ${list})`);
    }
    return fields;
  };
}

/** {@link inputReader} for a single use: `readInput(input, 'input', ['hcpcs', 'dateOfService'])`. */
export function readInput<K extends string>(value: unknown, field: string, keys: readonly K[]): { readonly [P in K]?: unknown } {
  return inputReader(keys)(value, field);
}
