import { formatUsd, multiplyCents, percentOfCents, type Money } from '../core/money.js';

/**
 * Hot-path helpers for hitPayment. Each gives exactly what the core helper gives (tests compare them
 * on random inputs); they only avoid regular expressions, BigInt and repeated parsing per call.
 */

/**
 * `formatUsd` without a regular expression (amounts are non-negative here). Thousands are grouped
 * with integer arithmetic rather than string slicing: fewer intermediate strings per amount.
 */
export function usd(cents: number): string {
  if (cents < 0 || !Number.isSafeInteger(cents)) return formatUsd(cents);
  let dollars = Math.floor(cents / 100);
  const rest = cents - dollars * 100;
  const tail = rest < 10 ? `.0${rest}` : `.${rest}`;
  if (dollars < 1000) return `$${dollars}${tail}`;
  let grouped = '';
  while (dollars >= 1000) {
    const group = dollars % 1000;
    grouped = `,${group < 10 ? '00' : group < 100 ? '0' : ''}${group}${grouped}`;
    dollars = Math.floor(dollars / 1000);
  }
  return `$${dollars}${grouped}${tail}`;
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

/** One line of a calculation: a label and the figure it produced. */
export interface Step {
  readonly label: string;
  readonly value: string;
}

/** A frozen {@link Step}. */
export function step(label: string, value: string): Step {
  return Object.freeze({ label, value });
}

/**
 * What one checked rate table gives for one code, shared by every result built from that table:
 * the national amount (Money and first step) and, for the last few GAFs asked about, the allowed
 * amount and the steps that depend only on it.
 */
export interface CodeFacts {
  readonly national: Money;
  readonly nationalStep: Step;
  /** Newest first; at most {@link GAFS_PER_CODE}, the oldest dropped first (first in, first out). */
  readonly byGaf: AllowedFacts[];
}

/** The allowed amount for one code and GAF, and the steps that show it. */
export interface AllowedFacts {
  /** The GAF applied (1 when none is given or in 2019-2020). */
  readonly gaf: number;
  readonly allowed: Money;
  readonly gafStep: Step;
  readonly allowedStep: Step;
  /** The basis step when no charge is given. */
  readonly basisStep: Step;
  /** The basis step when a charge at or above the allowed amount is given. */
  readonly lesserIsAllowedStep: Step;
  /**
   * How a basis equal to the allowed amount splits, for the last few deductibles applied to it
   * (newest first; at most {@link SPLITS_PER_GAF}, first in, first out). With the basis at the allowed
   * amount (no charge, or a charge at or above it) the split depends only on the deductible applied.
   */
  readonly splits: Split[];
}

/** How a payment basis splits: the deductible applied, Medicare's 80% of the rest, the beneficiary's share. */
export interface Split {
  readonly deductible: Money;
  readonly deductibleStep: Step;
  readonly medicare: Money;
  readonly medicareStep: Step;
  readonly beneficiary: Money;
  readonly beneficiaryStep: Step;
}

/**
 * Deductibles remembered per allowed amount: the deductible is usually met (0) or not yet touched
 * (the year's whole deductible), so two cover most claims; a partly met deductible takes a third.
 */
export const SPLITS_PER_GAF = 4;

/**
 * GAFs remembered per code and table. A supplier bills from one locality, so one GAF per table and
 * code is the usual case; a few more cover a billing service with suppliers in several localities.
 */
export const GAFS_PER_CODE = 8;

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


/** Sets (pairs of entries) in one {@link ResultMemo}: 256 sets of 2 entries hold 512 results. */
const MEMO_SETS = 256;

/** Index of the first entry of the keys' set in a {@link ResultMemo}. */
function memoSlot(gaf: number | undefined, code: number, charge: number | undefined): number {
  // `| 0` keeps the low 32 bits of a whole number (exact modulo 2^32 for safe integers), and of the
  // gaf scaled by 2^16. Only how evenly keys spread over the sets depends on this: hits compare keys.
  let h = Math.imul(charge === undefined ? -1 : charge | 0, 0x9e3779b1) ^ Math.imul(code | 0, 0x85ebca77);
  h ^= Math.imul(gaf === undefined ? -1 : (gaf * 65536) | 0, 0xc2b2ae3d);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  h ^= h >>> 13;
  return (h & (MEMO_SETS - 1)) * 2;
}

/**
 * A bounded memo of frozen results by three keys (for hitPayment: the caller's raw gaf, one number
 * for the code and the deductible remaining, and the charge). A result is a frozen value computed
 * from these keys and one validated rate table, so an equal call may share it.
 *
 * Two-way set-associative, like a CPU cache: the keys hash to one set of two entries in flat arrays,
 * a hit is found by comparing the keys, and a new result replaces the least recently used entry of
 * its set. This replaced a three-level Map memo cleared every 512 results: on a stream of questions
 * never asked before, its map growth and churn cost more than building the result did (profile of
 * bench/hit.bench.mjs), while here a miss costs one hash and two comparisons, and insertion is a few
 * array stores with no allocation. Bounded at 512 results per table, as before.
 */
export class ResultMemo<V> {
  readonly #gafs: (number | undefined)[] = new Array<number | undefined>(2 * MEMO_SETS).fill(undefined);
  readonly #codes: number[] = new Array<number>(2 * MEMO_SETS).fill(-1);
  readonly #charges: (number | undefined)[] = new Array<number | undefined>(2 * MEMO_SETS).fill(undefined);
  readonly #values: (V | undefined)[] = new Array<V | undefined>(2 * MEMO_SETS).fill(undefined);

  get(gaf: number | undefined, code: number, charge: number | undefined): V | undefined {
    const slot = memoSlot(gaf, code, charge);
    if (this.#codes[slot] === code && this.#charges[slot] === charge && this.#gafs[slot] === gaf) return this.#values[slot];
    const other = slot + 1;
    if (this.#codes[other] === code && this.#charges[other] === charge && this.#gafs[other] === gaf) {
      // Swapped to the front (most recently used first), so set() evicts the other entry.
      const value = this.#values[other];
      this.#move(other, slot);
      this.#write(slot, gaf, code, charge, value);
      return value;
    }
    return undefined;
  }

  /** Remembers a result (its keys must not be remembered already): it becomes the set's first entry. */
  set(gaf: number | undefined, code: number, charge: number | undefined, value: V): void {
    const slot = memoSlot(gaf, code, charge);
    this.#move(slot + 1, slot);
    this.#write(slot, gaf, code, charge, value);
  }

  /** Copies the entry at `from` over the one at `to`. */
  #move(to: number, from: number): void {
    this.#write(to, this.#gafs[from], this.#codes[from] as number, this.#charges[from], this.#values[from]);
  }

  #write(at: number, gaf: number | undefined, code: number, charge: number | undefined, value: V | undefined): void {
    this.#gafs[at] = gaf;
    this.#codes[at] = code;
    this.#charges[at] = charge;
    this.#values[at] = value;
  }
}
