/** Every claim rule, one module per finding code (src/claims/rules/*.ts). */
import type { ClaimRule } from '../claim.js';
import type { ClaimFindingCode, ClaimFindingInfo } from '../findings.js';
import { rule as r_battery_with_rented_pump } from './battery-with-rented-pump.js';
import { rule as r_bill_to_ab_mac } from './bill-to-ab-mac.js';
import { rule as r_code_invalid_for_dme_mac } from './code-invalid-for-dme-mac.js';
import { rule as r_code_invalid_for_medicare } from './code-invalid-for-medicare.js';
import { rule as r_code_not_in_effect } from './code-not-in-effect.js';
import { rule as r_dispensed_over_limit } from './dispensed-over-limit.js';
import { rule as r_drug_pump_mismatch } from './drug-pump-mismatch.js';
import { rule as r_eip_ga_and_gz } from './eip-ga-and-gz.js';
import { rule as r_eip_kx_with_ga_gz } from './eip-kx-with-ga-gz.js';
import { rule as r_eip_modifier_missing } from './eip-modifier-missing.js';
import { rule as r_gy_if_no_pump } from './gy-if-no-pump.js';
import { rule as r_gy_missing_j3490 } from './gy-missing-j3490.js';
import { rule as r_gy_with_j7799 } from './gy-with-j7799.js';
import { rule as r_hit_drug_not_billed } from './hit-drug-not-billed.js';
import { rule as r_hit_drug_not_checked } from './hit-drug-not-checked.js';
import { rule as r_hit_initial_not_allowed } from './hit-initial-not-allowed.js';
import { rule as r_hit_same_category_same_day } from './hit-same-category-same-day.js';
import { rule as r_insulin_jk_and_jl } from './insulin-jk-and-jl.js';
import { rule as r_insulin_jk_jl_missing } from './insulin-jk-jl-missing.js';
import { rule as r_insulin_jl_may_june_2023 } from './insulin-jl-may-june-2023.js';
import { rule as r_jb_if_subcutaneous } from './jb-if-subcutaneous.js';
import { rule as r_jb_missing } from './jb-missing.js';
import { rule as r_jb_not_subcutaneous } from './jb-not-subcutaneous.js';
import { rule as r_jw_and_jz } from './jw-and-jz.js';
import { rule as r_jw_jz_conflict } from './jw-jz-conflict.js';
import { rule as r_jw_jz_not_a_drug } from './jw-jz-not-a-drug.js';
import { rule as r_jw_without_dose_line } from './jw-without-dose-line.js';
import { rule as r_k0455_second_pump } from './k0455-second-pump.js';
import { rule as r_modifier_not_in_effect } from './modifier-not-in-effect.js';
import { rule as r_not_payable_by_medicare } from './not-payable-by-medicare.js';
import { rule as r_q2052_units_per_day } from './q2052-units-per-day.js';
import { rule as r_q2052_without_drug } from './q2052-without-drug.js';
import { rule as r_quantity_over_monthly_limit } from './quantity-over-monthly-limit.js';
import { rule as r_s_code_not_medicare } from './s-code-not-medicare.js';
import { rule as r_supply_not_for_pump } from './supply-not-for-pump.js';
import { rule as r_units_over_9999 } from './units-over-9999.js';
import { rule as r_unknown_code } from './unknown-code.js';

export const CLAIM_RULES: readonly ClaimRule[] = [
  r_battery_with_rented_pump,
  r_bill_to_ab_mac,
  r_code_invalid_for_dme_mac,
  r_code_invalid_for_medicare,
  r_code_not_in_effect,
  r_dispensed_over_limit,
  r_drug_pump_mismatch,
  r_eip_ga_and_gz,
  r_eip_kx_with_ga_gz,
  r_eip_modifier_missing,
  r_gy_if_no_pump,
  r_gy_missing_j3490,
  r_gy_with_j7799,
  r_hit_drug_not_billed,
  r_hit_drug_not_checked,
  r_hit_initial_not_allowed,
  r_hit_same_category_same_day,
  r_insulin_jk_and_jl,
  r_insulin_jk_jl_missing,
  r_insulin_jl_may_june_2023,
  r_jb_if_subcutaneous,
  r_jb_missing,
  r_jb_not_subcutaneous,
  r_jw_and_jz,
  r_jw_jz_conflict,
  r_jw_jz_not_a_drug,
  r_jw_without_dose_line,
  r_k0455_second_pump,
  r_modifier_not_in_effect,
  r_not_payable_by_medicare,
  r_q2052_units_per_day,
  r_q2052_without_drug,
  r_quantity_over_monthly_limit,
  r_s_code_not_medicare,
  r_supply_not_for_pump,
  r_units_over_9999,
  r_unknown_code,
];

/**
 * Every finding code `checkClaim` can report, with its severity and one-line summary, from the
 * rule modules' metadata (docs/claim-checks.md lists the same, generated from it).
 *
 * @example
 * ```ts
 * CLAIM_FINDINGS.EIP_MODIFIER_MISSING.severity // 'error'
 * ```
 */
export const CLAIM_FINDINGS: Readonly<Record<ClaimFindingCode, ClaimFindingInfo>> = /* @__PURE__ */ Object.freeze(
  /* @__PURE__ */ Object.fromEntries(/* @__PURE__ */ CLAIM_RULES.map((r) => [r.code, Object.freeze({ severity: r.severity, summary: r.summary })])) as Record<ClaimFindingCode, ClaimFindingInfo>,
);
