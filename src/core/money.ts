import { invalidInput } from './errors.js';

/**
 * An amount of US dollars as integer cents, with a display string.
 * Amounts are carried as integer cents everywhere and formatted only here, at the edge.
 */
export interface Money {
  /** Whole cents, e.g. `123456` for $1,234.56. */
  readonly cents: number;
  /** Formatted amount, e.g. `'$1,234.56'` (negative: `'-$1.00'`). */
  readonly usd: string;
}

/** Formats integer cents as `'$1,234.56'` (thousands grouped with integer arithmetic). */
export function formatUsd(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  let dollars = Math.floor(abs / 100);
  const rest = abs - dollars * 100;
  let grouped = '';
  while (dollars >= 1000) {
    const group = dollars % 1000;
    grouped = `,${group < 10 ? '00' : group < 100 ? '0' : ''}${group}${grouped}`;
    dollars = Math.floor(dollars / 1000);
  }
  return `${sign}$${dollars}${grouped}.${rest < 10 ? '0' : ''}${rest}`;
}

/** Builds a frozen {@link Money} from integer cents. */
export function money(cents: number): Money {
  if (!Number.isSafeInteger(cents)) {
    throw new RangeError(`money(): cents must be a safe integer, got ${cents}`);
  }
  return Object.freeze({ cents, usd: formatUsd(cents) });
}

/**
 * Reads a number as an exact decimal fraction `digits / 10^scale` from its shortest round-trip
 * representation (so `1.05` is exactly 105/100, not 1.0500000000000000444).
 */
function toDecimal(value: number): { digits: string; negative: boolean; scale: number } {
  const text = String(value);
  const match = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/i.exec(text);
  if (!match) throw new RangeError(`not a finite decimal: ${text}`);
  const [, sign, whole, fraction = '', exponentText = '0'] = match;
  const exponent = Number(exponentText);
  let digits = `${whole}${fraction}`;
  let scale = fraction.length - exponent;
  if (scale < 0) {
    digits += '0'.repeat(-scale);
    scale = 0;
  }
  return { digits, negative: sign === '-', scale };
}

/**
 * cents × factor / 10^extraScale, rounded half away from zero ("half-up" for the non-negative
 * amounts used here) once, exactly: in plain integers while every intermediate is a safe integer,
 * else in BigInt.
 */
function scaleExactly(cents: number, factor: number, extraScale: number): number {
  if (!Number.isSafeInteger(cents)) throw new RangeError(`cents must be a safe integer, got ${cents}`);
  if (!Number.isFinite(factor)) throw new RangeError(`factor must be finite, got ${factor}`);
  const { digits, negative, scale } = Number.isSafeInteger(factor)
    ? { digits: String(Math.abs(factor)), negative: factor < 0, scale: 0 }
    : toDecimal(factor);
  const numerator = Number(digits);
  const denominator = 10 ** (scale + extraScale);
  const twice = 2 * Math.abs(cents) * numerator;
  const resultNegative = negative !== cents < 0 && cents !== 0 && numerator !== 0;
  if (Number.isSafeInteger(numerator) && Number.isSafeInteger(2 * denominator) && twice + denominator <= Number.MAX_SAFE_INTEGER) {
    const magnitude = Math.floor((twice + denominator) / (2 * denominator));
    return resultNegative ? -magnitude : magnitude;
  }
  const n = BigInt(Math.abs(cents)) * BigInt(digits);
  const d = 10n ** BigInt(scale + extraScale);
  const magnitude = Number((n * 2n + d) / (d * 2n));
  return resultNegative ? -magnitude : magnitude;
}

/**
 * Multiplies integer cents by a decimal factor (a GAF such as `1.0523`, or `0.8`) exactly,
 * then rounds half-up to the cent once. No binary floating-point error reaches the result:
 * `multiplyCents(14505, 1.05)` is 15230 (152.3025 → 152.30), computed as 14505 × 105 / 100.
 */
export function multiplyCents(cents: number, factor: number): number {
  return scaleExactly(cents, factor, 0);
}

/** `percent`% of integer cents, rounded half-up to the cent: `percentOfCents(10000, 80)` is 8000. */
export function percentOfCents(cents: number, percent: number): number {
  return scaleExactly(cents, percent, 2);
}

/**
 * Validates a caller-supplied amount of cents: a non-negative safe integer.
 * Throws `INVALID_INPUT` naming `field` otherwise.
 */
export function readCents(value: unknown, field: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    invalidInput(field, `must be a non-negative whole number of cents, got ${String(value)}`);
  }
  return value;
}
