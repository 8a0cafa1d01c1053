import type { Citation } from '../core/citation.js';
import { toIsoDate } from '../core/dates.js';
import { noData } from '../core/errors.js';
import { money, type Money } from '../core/money.js';
import { own, readObject } from '../core/validate.js';
import { Q2052_PERIODS } from '../generated/q2052.js';
import type { IvigServicesPayment, IvigServicesPaymentInput } from './types.js';

const RESULTS: readonly { from: string; to: string; result: IvigServicesPayment }[] = /* @__PURE__ */ Q2052_PERIODS.map((period) => ({
  from: period.from,
  to: period.to,
  result: Object.freeze({ code: 'Q2052' as const, rate: money(period.cents) as Money, citations: period.citations as readonly Citation[] }),
}));

/**
 * The Medicare payment amount for Q2052 (services, supplies and accessories used in the home for the
 * administration of IVIG: one bundled payment per administration) in force on a date of service.
 * Held: 2021 $381.57 and 2023 $408.23 (IVIG demonstration), 2024 $420.48 (permanent benefit, CAA 2023
 * §4134). Any other date throws `NO_DATA` naming `dateOfService`; 2023 rests on a secondary source
 * (see its citation). Subject to the Part B deductible and coinsurance (Noridian).
 *
 * @example
 * ```ts
 * ivigServicesPayment({ dateOfService: '2024-06-01' }).rate.usd // '$420.48'
 * ```
 */
export function ivigServicesPayment(input: IvigServicesPaymentInput): IvigServicesPayment {
  const object = readObject(input, 'input', ['dateOfService']);
  const date = toIsoDate(own(object, 'dateOfService'), 'dateOfService');
  for (const period of RESULTS) {
    if (date >= period.from && date <= period.to) return period.result;
  }
  const held = RESULTS.map((p) => p.from.slice(0, 4)).join(', ');
  return noData('dateOfService', `no cited Q2052 payment amount for ${date}; the library holds ${held}`);
}
