import type { HitCategory } from '../core/benefit.js';
import { describeValue, invalidInput } from '../core/errors.js';
import { HIT_CODES } from './codes.js';
import type { HitVisit } from './types.js';

/**
 * The HIT services G-code for a payment category and visit type.
 *
 * Initial-visit codes G0088–G0090 exist for dates of service from 2021-01-01; in 2019–2020 only
 * G0068–G0070 could be billed (HCPCS file; SSA §1834(u)(7)). Categories: Medicare Benefit Policy
 * Manual ch. 15 §320.8.1. Throws `INVALID_INPUT` naming `category` or `visit` for anything else.
 *
 * @example
 * ```ts
 * hitCode(1, 'initial')    // 'G0088'
 * hitCode(2, 'subsequent') // 'G0069'
 * ```
 */
export function hitCode(category: HitCategory, visit: HitVisit): string {
  if (category !== 1 && category !== 2 && category !== 3) {
    return invalidInput('category', `must be 1, 2 or 3, got ${describeValue(category)}`);
  }
  if (visit !== 'initial' && visit !== 'subsequent') {
    return invalidInput('visit', `must be 'initial' or 'subsequent', got ${describeValue(visit)}`);
  }
  return HIT_CODES[category][visit];
}
