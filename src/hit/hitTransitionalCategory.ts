import type { HitCategory } from '../core/benefit.js';
import { toIsoDate, yearOf } from '../core/dates.js';
import { describeValue, invalidInput, noData } from '../core/errors.js';
import { own, readObject } from '../core/validate.js';
import { HIT_CODES, PERMANENT_START, TTP_START } from './codes.js';
import { bundledRateTable, missingTableMessage } from './hitRates.js';
import { checkRateTable } from './rateTable.js';
import type { HitRateTable } from './types.js';

/**
 * For a 2019–2020 day on which drugs of several payment categories were given (temporary transitional
 * payment), the one category that is paid: the one with the highest payment amount, by SSA
 * §1834(u)(7)(E)(ii) ("a single payment equal to the amount of payment … for which the highest payment
 * would be made"). Ties go to the higher category number. From 2021 each category is paid per day
 * (42 CFR 414.1550(b)), so later dates are refused with `INVALID_INPUT` naming `dateOfService`.
 *
 * @example
 * ```ts
 * hitTransitionalCategory({ dateOfService: '2020-05-01', categories: [1, 3],
 *   rates: { year: 2020, rates: { G0068: 13000, G0069: 20000, G0070: 23000 } } }) // 3
 * ```
 */
export function hitTransitionalCategory(input: {
  readonly dateOfService: string | Date;
  readonly categories: readonly HitCategory[];
  readonly rates?: HitRateTable;
}): HitCategory {
  const object = readObject(input, 'input', ['dateOfService', 'categories', 'rates']);
  const dateOfService = toIsoDate(own(object, 'dateOfService'), 'dateOfService');
  if (dateOfService < TTP_START) noData('dateOfService', `${dateOfService} is before ${TTP_START}, when HIT payments start`);
  if (dateOfService >= PERMANENT_START) {
    invalidInput('dateOfService', `${dateOfService} is not in 2019-2020; from 2021 one payment is made per category per day (42 CFR 414.1550(b))`);
  }
  const categories = own(object, 'categories');
  if (!Array.isArray(categories) || categories.length === 0) {
    return invalidInput('categories', `must be a non-empty array of 1, 2 or 3, got ${describeValue(categories)}`);
  }
  categories.forEach((category: unknown, index) => {
    if (category !== 1 && category !== 2 && category !== 3) {
      invalidInput(`categories[${index}]`, `must be 1, 2 or 3, got ${describeValue(category)}`);
    }
  });
  const year = yearOf(dateOfService);
  const ratesValue = own(object, 'rates');
  const table = checkRateTable(ratesValue ?? bundledRateTable(year) ?? noData('rates', missingTableMessage(year)), 'rates');
  if (table.year !== year) invalidInput('rates.year', `${table.year} does not match the date of service year ${year}`);
  let best: HitCategory | undefined;
  let bestAmount = -1;
  for (const category of categories as HitCategory[]) {
    const code = HIT_CODES[category].subsequent;
    const amount = table.rates[code];
    if (amount === undefined) invalidInput(`rates.rates.${code}`, `the ${year} table has no amount for ${code}`);
    if (amount > bestAmount || (amount === bestAmount && best !== undefined && category > best)) {
      best = category;
      bestAmount = amount;
    }
  }
  return best as HitCategory;
}
