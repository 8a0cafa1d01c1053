import { formatUsd, multiplyCents, percentOfCents, type Money } from '../core/money.js';

/**
 * Hot-path helpers for hitPayment. Each gives exactly what the core helper gives (tests compare them
 * on random inputs); they only avoid regular expressions, BigInt and repeated parsing per call.
 */

/** `formatUsd` without a regular expression (amounts are non-negative here). */
export function usd(cents: number): string {
  if (cents < 0 || !Number.isSafeInteger(cents)) return formatUsd(cents);
  const dollars = Math.floor(cents / 100);
  const rest = cents - dollars * 100;
  let whole = String(dollars);
  if (dollars >= 1000) {
    let grouped = '';
    while (whole.length > 3) {
      grouped = `,${whole.slice(-3)}${grouped}`;
      whole = whole.slice(0, -3);
    }
    whole += grouped;
  }
  return `$${whole}.${rest < 10 ? '0' : ''}${rest}`;
}

/** A frozen {@link Money} built with {@link usd}. */
export function fastMoney(cents: number): Money {
  return Object.freeze({ cents, usd: usd(cents) });
}

/** `percentOfCents(cents, 80)`: 80%, half-up, in integer arithmetic while it is exact. */
export function eightyPercent(cents: number): number {
  return cents <= 100_000_000_000_000 ? Math.floor((cents * 80 + 50) / 100) : percentOfCents(cents, 80);
}

export { cachedIsoDate } from '../core/dates.js';

/**
 * Interned immutable values: equal amounts share one frozen object, so a hot loop does not allocate,
 * format and freeze the same Money or step again. Bounded: a cache is cleared when it grows large.
 */
const MONEY = new Map<number, Money>();
export function internMoney(cents: number): Money {
  let value = MONEY.get(cents);
  if (value === undefined) {
    if (MONEY.size >= 16384) MONEY.clear();
    value = fastMoney(cents);
    MONEY.set(cents, value);
  }
  return value;
}

/** One line of a calculation: a label and the figure it produced. */
export interface Step {
  readonly label: string;
  readonly value: string;
}

/** A label whose frozen steps are interned by amount in cents. */
export class StepLabel {
  readonly #steps = new Map<number, Step>();
  constructor(readonly label: string) {}
  cents(cents: number): Step {
    let value = this.#steps.get(cents);
    if (value === undefined) {
      if (this.#steps.size >= 4096) this.#steps.clear();
      value = Object.freeze({ label: this.label, value: usd(cents) });
      this.#steps.set(cents, value);
    }
    return value;
  }
}

/** A GAF read once as an exact decimal fraction numerator / denominator, for integer arithmetic. */
interface DecimalFactor {
  readonly numerator: number;
  readonly denominator: number;
}
const FACTORS = new Map<number, DecimalFactor | null>();

function decimalFactor(gaf: number): DecimalFactor | null {
  let factor = FACTORS.get(gaf);
  if (factor !== undefined) return factor;
  const match = /^(\d+)(?:\.(\d{1,9}))?$/.exec(String(gaf));
  factor = null;
  if (match) {
    const fraction = match[2] ?? '';
    const numerator = Number(`${match[1]}${fraction}`);
    const denominator = 10 ** fraction.length;
    if (Number.isSafeInteger(numerator)) factor = Object.freeze({ numerator, denominator });
  }
  if (FACTORS.size < 4096) FACTORS.set(gaf, factor);
  return factor;
}

/** cents × gaf, rounded half-up to the cent, exactly (integer arithmetic when it is safe). */
export function adjustByGaf(cents: number, gaf: number): number {
  if (gaf === 1) return cents;
  const factor = decimalFactor(gaf);
  if (factor) {
    const twice = cents * factor.numerator * 2;
    if (twice + factor.denominator <= Number.MAX_SAFE_INTEGER) {
      return Math.floor((twice + factor.denominator) / (2 * factor.denominator));
    }
  }
  return multiplyCents(cents, gaf);
}


/**
 * Bounded memo of frozen results by three keys (for hitPayment: the caller's raw gaf, one number for the
 * code and the deductible remaining, then the charge, the key that varies most, last so that a new
 * charge adds an entry to an existing map rather than a new map). A result is a frozen value computed from
 * these keys and one validated rate table, so an equal call may share it. Cleared, not evicted, when
 * it holds 512 results (small, so a stream of all-new questions does not keep thousands alive).
 */
export class ResultMemo<V> {
  #byFirst = new Map<unknown, Map<unknown, Map<unknown, V>>>();
  #size = 0;

  get(k1: unknown, k2: unknown, k3: unknown): V | undefined {
    const second = this.#byFirst.get(k1);
    if (second === undefined) return undefined;
    const third = second.get(k2);
    return third === undefined ? undefined : third.get(k3);
  }

  set(k1: unknown, k2: unknown, k3: unknown, value: V): void {
    if (this.#size >= 512) {
      this.#byFirst = new Map();
      this.#size = 0;
    }
    let second = this.#byFirst.get(k1);
    if (second === undefined) this.#byFirst.set(k1, (second = new Map()));
    let third = second.get(k2);
    if (third === undefined) second.set(k2, (third = new Map()));
    third.set(k3, value);
    this.#size++;
  }
}
