/**
 * The arithmetic every Medicare payment in this library shares: the lesser of the charge and the
 * allowed amount, the Part B deductible taken first, Medicare's percentage of the rest rounded half-up
 * to the cent, the beneficiary paying what is left, and the `steps` that show it. Used by hitPayment
 * (42 CFR 414.1550(a)) and the DMEPOS, PEN and drug pricing (SSA §1834(a)(1), 42 CFR 414.904(a)).
 */
import { formatUsd, money, multiplyCents, percentOfCents, type Money } from './money.js';

/** One line of a calculation: what was done and the figure it produced. */
export interface Step {
  readonly label: string;
  readonly value: string;
}

/** A frozen {@link Step}. */
export function step(label: string, value: string): Step {
  return Object.freeze({ label, value });
}

/** A frozen {@link Step} whose value is an amount of cents (`'$1,234.56'`). */
export function moneyStep(label: string, cents: number): Step {
  return step(label, formatUsd(cents));
}

const ZERO: Money = /* @__PURE__ */ money(0);

/** The lesser of the actual charge (when given) and the allowed amount. */
export function lesserOf(chargeCents: number | undefined, allowedCents: number): number {
  return chargeCents === undefined || chargeCents >= allowedCents ? allowedCents : chargeCents;
}

/** `cents` × a decimal factor (a GAF, 0.75), rounded half-up to the cent once, exactly. */
export function scaleCents(cents: number, factor: number): number {
  return factor === 1 ? cents : multiplyCents(cents, factor);
}

/** `percent`% of `cents`, rounded half-up to the cent, exactly. */
export function percentOf(cents: number, percent: number): number {
  return percentOfCents(cents, percent);
}

/** The deductible applied to a basis: what remains of it, at most the basis. */
export function deductibleApplied(basisCents: number, deductibleRemainingCents: number): number {
  return Math.min(basisCents, deductibleRemainingCents);
}

/** How an allowed amount is paid, with the steps from the charge to each party's share. */
export interface PaymentSplit {
  readonly basisCents: number;
  readonly deductibleApplied: Money;
  readonly medicarePays: Money;
  readonly beneficiaryPays: Money;
  readonly steps: readonly Step[];
}

/**
 * The payment of an allowed amount: basis = lesser of charge and allowed; the deductible still unmet
 * is taken from it first; Medicare pays `100 − coinsurancePercent` percent of the rest, rounded half-up
 * to the cent; the beneficiary pays the deductible applied plus the remainder. `coinsurancePercent`
 * is 20 unless a source says otherwise (the ASP file's inflation-adjusted coinsurance, 19.81).
 */
export function splitPayment(input: {
  allowedCents: number;
  chargeCents?: number | undefined;
  deductibleRemainingCents: number;
  coinsurancePercent?: number;
}): PaymentSplit {
  const coinsurance = input.coinsurancePercent ?? 20;
  // In thousandths of a percent, so 100 − 19.81 is exactly 80.19 (the ASP file publishes three decimals).
  const medicarePercent = coinsurance === 20 ? 80 : (100_000 - Math.round(coinsurance * 1000)) / 1000;
  const charge = input.chargeCents;
  const basis = lesserOf(charge, input.allowedCents);
  const applied = deductibleApplied(basis, input.deductibleRemainingCents);
  const deductible = applied === 0 ? ZERO : money(applied);
  const medicare = money(percentOf(basis - deductible.cents, medicarePercent));
  const beneficiary = money(basis - medicare.cents);
  const basisText = formatUsd(basis);
  const steps: Step[] =
    charge === undefined
      ? [step('Payment basis = allowed (no actual charge given)', basisText)]
      : [step('Actual charge', charge === basis ? basisText : formatUsd(charge)), step('Payment basis = lesser of actual charge and allowed', basisText)];
  steps.push(
    step('Part B deductible applied', deductible.usd),
    step(`Medicare pays ${medicarePercent}% of (basis - deductible), rounded half-up`, medicare.usd),
    step(`Beneficiary pays deductible + the rest (${coinsurance}% coinsurance)`, beneficiary.usd),
  );
  return { basisCents: basis, deductibleApplied: deductible, medicarePays: medicare, beneficiaryPays: beneficiary, steps };
}
