import type { HitCategory } from '../core/benefit.js';
import type { HitVisit } from './types.js';

/**
 * The six HIT G-codes by payment category and visit, with the first date of service each code
 * exists. Cited facts, kept tiny on purpose so `hitCode` bundles without any generated data:
 * - categories: Medicare Benefit Policy Manual ch. 15 §320.8.1 (category 1 = intravenous
 *   anti-infective, pain management, chelation, pulmonary hypertension, inotropic and other IV
 *   drugs except chemotherapy/highly complex; 2 = subcutaneous; 3 = IV chemotherapy and other
 *   highly complex drugs);
 * - codes and dates: CMS HCPCS file (October 2025): G0068–G0070 added 2019-01-01 and, from
 *   2021, described as the visits that are not the "initial visit"; G0088–G0090 added 2021-01-01,
 *   "Professional services, initial visit, for the administration of …";
 * - initial versus subsequent visits: BPM ch. 15 §320.8.3, 42 CFR 414.1550(c)(4).
 */
export const HIT_CODES: Readonly<Record<HitCategory, Readonly<Record<HitVisit, string>>>> = /* @__PURE__ */ Object.freeze({
  1: Object.freeze({ initial: 'G0088', subsequent: 'G0068' }),
  2: Object.freeze({ initial: 'G0089', subsequent: 'G0069' }),
  3: Object.freeze({ initial: 'G0090', subsequent: 'G0070' }),
});

/** What one HIT G-code means. */
export interface HitCodeInfo {
  readonly code: string;
  readonly category: HitCategory;
  readonly visit: HitVisit;
  /** First date of service the code exists (HCPCS add date). */
  readonly from: string;
}

/** HIT G-code → category, visit and first date of service (HCPCS file, October 2025). */
export const HIT_CODE_INFO: ReadonlyMap<string, HitCodeInfo> = /* @__PURE__ */ new Map<string, HitCodeInfo>(
  ([1, 2, 3] as const).flatMap((category): [string, HitCodeInfo][] => [
    [HIT_CODES[category].initial, Object.freeze({ code: HIT_CODES[category].initial, category, visit: 'initial' as const, from: '2021-01-01' })],
    [HIT_CODES[category].subsequent, Object.freeze({ code: HIT_CODES[category].subsequent, category, visit: 'subsequent' as const, from: '2019-01-01' })],
  ]),
);

/** First day of the 2019–2020 temporary transitional payment (SSA §1834(u)(7)(A)). */
export const TTP_START = '2019-01-01';
/** First day of the permanent HIT benefit with initial-visit codes (42 CFR 414.1550; HCPCS add date of G0088–G0090). */
export const PERMANENT_START = '2021-01-01';
