/**
 * Stable machine-readable reasons a public function refuses its input.
 * - `INVALID_INPUT`: malformed input (wrong type, bad date, impossible value).
 * - `UNKNOWN_CODE`: a well-formed code the catalog does not hold, where a known code is required.
 * - `NO_DATA`: the library holds no verified data for that date, year or locality.
 */
export type MedicareInputErrorCode = 'INVALID_INPUT' | 'UNKNOWN_CODE' | 'NO_DATA';

/**
 * The only error the library throws. `field` names the input at fault
 * (a dotted path such as `'patientPriorVisits[2].date'`).
 *
 * @example
 * ```ts
 * try { hitRates(1999) } catch (e) {
 *   if (e instanceof MedicareInputError && e.code === 'NO_DATA') { ... }
 * }
 * ```
 */
export class MedicareInputError extends Error {
  /** Always `'MedicareInputError'`, also across bundles (compare names, not classes, if you mix ESM and CJS). */
  override readonly name = 'MedicareInputError' as const;
  /** Why the input was refused: `INVALID_INPUT`, `UNKNOWN_CODE` or `NO_DATA`. */
  readonly code: MedicareInputErrorCode;
  /** The input at fault, as a dotted path such as `'filter.kind'` or `'lines[2].units'`. */
  readonly field: string;

  constructor(code: MedicareInputErrorCode, field: string, message: string) {
    super(`${field}: ${message}`);
    this.code = code;
    this.field = field;
    Object.setPrototypeOf(this, new.target.prototype);
  }
}

/** Throws `INVALID_INPUT` for `field`. */
export function invalidInput(field: string, message: string): never {
  throw new MedicareInputError('INVALID_INPUT', field, message);
}

/** Throws `UNKNOWN_CODE` for `field`. */
export function unknownCode(field: string, message: string): never {
  throw new MedicareInputError('UNKNOWN_CODE', field, message);
}

/** Throws `NO_DATA` for `field`. */
export function noData(field: string, message: string): never {
  throw new MedicareInputError('NO_DATA', field, message);
}

/** A short, safe description of any value for error messages (never throws). */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  switch (typeof value) {
    case 'string':
      return value.length > 40 ? `"${value.slice(0, 37)}..."` : `"${value}"`;
    case 'number':
    case 'boolean':
    case 'bigint':
      return String(value);
    case 'symbol':
      return 'a symbol';
    case 'function':
      return 'a function';
    default:
      if (Array.isArray(value)) return 'an array';
      if (value instanceof Date) return 'a Date';
      return 'an object';
  }
}
