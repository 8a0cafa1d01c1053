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

/** Formats integer cents as `'$1,234.56'`. */
export function formatUsd(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  const dollars = Math.floor(abs / 100);
  const rest = abs % 100;
  const grouped = String(dollars).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}$${grouped}.${String(rest).padStart(2, '0')}`;
}

/** Builds a frozen {@link Money} from integer cents. */
export function money(cents: number): Money {
  if (!Number.isSafeInteger(cents)) {
    throw new RangeError(`money(): cents must be a safe integer, got ${cents}`);
  }
  return Object.freeze({ cents, usd: formatUsd(cents) });
}

/**
 * Reads a number as an exact decimal fraction `numerator / 10^scale` from its shortest
 * round-trip representation (so `1.05` is exactly 105/100, not 1.0500000000000000444).
 */
function toDecimal(value: number): { numerator: bigint; scale: number } {
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
  const numerator = BigInt(digits) * (sign === '-' ? -1n : 1n);
  return { numerator, scale };
}

/** Divides and rounds half away from zero ("half-up" for the non-negative amounts used here). */
function divideRoundHalfUp(numerator: bigint, denominator: bigint): bigint {
  const negative = numerator < 0n !== denominator < 0n;
  const n = numerator < 0n ? -numerator : numerator;
  const d = denominator < 0n ? -denominator : denominator;
  const quotient = (n * 2n + d) / (d * 2n);
  return negative ? -quotient : quotient;
}

/**
 * Multiplies integer cents by a decimal factor (a GAF such as `1.0523`, or `0.8`) exactly,
 * then rounds half-up to the cent once. No binary floating-point error reaches the result:
 * `multiplyCents(14505, 1.05)` is 15230 (152.3025 → 152.30), computed as 14505 × 105 / 100.
 */
export function multiplyCents(cents: number, factor: number): number {
  if (!Number.isSafeInteger(cents)) throw new RangeError(`cents must be a safe integer, got ${cents}`);
  if (!Number.isFinite(factor)) throw new RangeError(`factor must be finite, got ${factor}`);
  const { numerator, scale } = toDecimal(factor);
  return Number(divideRoundHalfUp(BigInt(cents) * numerator, 10n ** BigInt(scale)));
}

/** `percent`% of integer cents, rounded half-up to the cent: `percentOfCents(10000, 80)` is 8000. */
export function percentOfCents(cents: number, percent: number): number {
  if (!Number.isSafeInteger(cents)) throw new RangeError(`cents must be a safe integer, got ${cents}`);
  const { numerator, scale } = toDecimal(percent);
  return Number(divideRoundHalfUp(BigInt(cents) * numerator, 100n * 10n ** BigInt(scale)));
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
