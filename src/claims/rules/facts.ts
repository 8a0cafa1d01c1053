/**
 * What the claim rules ask of the coverage model and the claim-rule data, in words a rule reads
 * like its source: "is this an L33794 line that needs KX, GA or GZ", "the SCIg rule", "the pumps on
 * the claim". Nothing here keeps its own copy of a fact.
 */
import { coverageModel, hitCategoryOf, rulesInForce } from '../../coverage/index.js';
import type { CoverageRule } from '../../coverage/types.js';
import { loadClaimRules } from '../../generated/claim-rules.js';
import type { ClaimRuleData } from '../rule-data.js';
import type { Claim, Line } from '../claim.js';

/** The claim-rule data (data/claims/rules.json). */
export function claimRules(): ClaimRuleData {
  return loadClaimRules();
}

interface ClaimRuleIndex {
  /** Codes A52507 calls invalid, by code. */
  readonly invalid: ReadonlyMap<string, ClaimRuleData['invalidCodes'][number]>;
  /** First date of service of each dated modifier, by modifier. */
  readonly modifierFrom: ReadonlyMap<string, ClaimRuleData['modifiers'][number]>;
}
let INDEX: ClaimRuleIndex | undefined;

/** Lookups over the claim-rule data, built once on first use (the data is frozen). */
export function claimRuleIndex(): ClaimRuleIndex {
  if (INDEX) return INDEX;
  const data = loadClaimRules();
  INDEX = {
    invalid: new Map(data.invalidCodes.map((c) => [c.code, c])),
    modifierFrom: new Map(data.modifiers.map((m) => [m.code, m])),
  };
  return INDEX;
}

/**
 * A52507: the line needs KX, GA or GZ (an L33794 pump, supply or drug; from 2023-01-01, E0784 and
 * J1817 "for any date of service billed", which cannot be before CMS added KX to HCPCS).
 */
export function needsLineModifier(line: Line): boolean {
  const rule = line.rule;
  if (!rule) return false;
  const m = coverageModel().lineModifiers;
  if (!m.kinds.includes(rule.kind)) return false;
  if (line.date >= m.from) return true;
  const kx = claimRuleIndex().modifierFrom.get(m.modifiers[0]!);
  return m.anyDate.includes(line.code) && (kx === undefined || line.date >= kx.from);
}

/** Whether the line carries any of the modifiers. */
export function hasAny(line: Line, modifiers: readonly string[]): boolean {
  for (const m of modifiers) if (line.modifiers.includes(m)) return true;
  return false;
}

/** The subcutaneous immune globulin rule of a line (LCD L33794 indication V(H)), if it is one. */
export function scigRule(line: Line): CoverageRule | undefined {
  const indication = coverageModel().subcutaneousModifier.indication;
  return line.rules.find((r) => r.kind === 'eip-drug' && r.indication === indication);
}

/** Whether a pump the rule pairs with is on the claim. */
export function pairedPumpOnClaim(rule: CoverageRule, claim: Claim): boolean {
  return (rule.pumps ?? []).some((p) => claim.pumps.has(p));
}

/** Whether Q2052 (home IVIG items and services) is on the claim. */
export function ivigServicesOnClaim(claim: Claim): boolean {
  return claim.lines.some((l) => l.rule?.kind === 'ivig-services');
}

/** `'2026-03'`: the calendar month of a date. */
export function calendarMonth(date: string): string {
  return date.slice(0, 7);
}

/**
 * The visits of the latest date before `date` in a list sorted by date (binary search): what the
 * 60-day initial-visit rule compares with. Empty when there is none.
 */
export function latestBefore<V extends { readonly date: string }>(sorted: readonly V[], date: string): V[] {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]!.date < date) lo = mid + 1;
    else hi = mid;
  }
  if (lo === 0) return [];
  const latest = sorted[lo - 1]!.date;
  const out: V[] = [];
  for (let i = lo - 1; i >= 0 && sorted[i]!.date === latest; i--) out.push(sorted[i]!);
  return out.reverse();
}

/**
 * The infusion drugs known for the HIT drug rule, with their HIT category on their date: the
 * claim's own pump drug lines and the caller's `options.drugLines`. `undefined` when neither is
 * there, so the rule could not be checked.
 */
export function hitDrugs(claim: Claim): { readonly category: number; readonly date: string }[] | undefined {
  const onClaim = claim.lines.filter((l) => l.rule?.kind === 'eip-drug');
  const given = claim.history.drugLines;
  if (onClaim.length === 0 && given === undefined) return undefined;
  const drugs: { category: number; date: string }[] = [];
  const add = (rules: readonly CoverageRule[], date: string): void => {
    for (const rule of rules) {
      const period = rule.kind === 'eip-drug' ? hitCategoryOf(rule, date, undefined) : undefined;
      if (period) drugs.push({ category: period.category, date });
    }
  };
  for (const line of onClaim) add([line.rule!], line.date);
  for (const d of given ?? []) add(rulesInForce(d.code, d.date).map((r) => r.rule), d.date);
  return drugs;
}
