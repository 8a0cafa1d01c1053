import { attachDisplay, displayMethod } from '../core/display.js';
import type { Citation } from '../core/citation.js';
import { readClaim, type Line } from './claim.js';
import type { CheckClaimOptions, ClaimFinding, ClaimLine } from './findings.js';
import { CLAIM_RULES } from './rules/index.js';

/**
 * Checks Medicare claim lines for home infusion billing errors and returns what it finds: each
 * finding has a stable `code` (see {@link CLAIM_FINDINGS}), a `severity`, a message naming the
 * code and the fix, and the `citation` of the rule. `line` is 1-based (the first line is line 1).
 * Findings are sorted by line, then code; the result is deeply frozen. A clean claim gives `[]`.
 *
 * The claim is read once and indexed (src/claims/claim.ts); each finding is one rule module under
 * src/claims/rules/, and what a code is (its role, paired pumps, required modifiers, limits)
 * comes from the coverage model that `classify` and the catalog read too. Lines are read as one
 * claim: rules that relate lines (a supply and its pump, a drug and its pump, Q2052 and its
 * immune globulin, two HIT visits on one day) look across all of them, whatever their order.
 * `options` carries what the claim cannot show: the patient's drug lines billed elsewhere and HIT
 * visits by any supplier.
 *
 * Throws `MedicareInputError` `INVALID_INPUT` naming the field (`lines[3].units`, `lines[0].unit`
 * for an unknown key) when `lines` is not an array of objects, a code or modifier is malformed,
 * units or days of supply are not whole numbers of at least 1, a date is not a calendar date, or
 * `placeOfService` is not two digits. Inputs are never changed.
 *
 * @example
 * ```ts
 * checkClaim([
 *   { hcpcs: 'E0784', modifiers: ['KX'], units: 1, dateOfService: '2026-03-01' },
 *   { hcpcs: 'A4221', modifiers: ['KX'], units: 4, dateOfService: '2026-03-01' },
 * ])
 * // [{ line: 2, severity: 'error', code: 'SUPPLY_NOT_FOR_PUMP', message: 'A4221 …', citation: { id: 'article-a52507', … } }]
 * ```
 */
export function checkClaim(lines: readonly ClaimLine[], options?: CheckClaimOptions): readonly ClaimFinding[] {
  const claim = readClaim(lines, options);
  const findings: ClaimFinding[] = [];
  for (const rule of CLAIM_RULES) {
    rule.check(claim, (line: Line, message: string, citation?: Citation) => {
      findings.push(Object.freeze({ line: line.line, severity: rule.severity, code: rule.code, message, ...(citation ? { citation } : {}) }));
    });
  }
  findings.sort((a, b) => a.line - b.line || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  return Object.freeze(attachDisplay(findings, DISPLAY_FINDINGS));
}

/** Jupyter rendering: one row per finding. */
const DISPLAY_FINDINGS = /* @__PURE__ */ displayMethod<readonly ClaimFinding[]>((findings) => [
  {
    title: findings.length === 0 ? 'No findings' : `${findings.length} finding(s)`,
    headers: ['Line', 'Severity', 'Code', 'Message', 'Source'],
    rows: findings.map((f) => [String(f.line), f.severity, f.code, f.message, f.citation ? `${f.citation.title}${f.citation.section ? `, ${f.citation.section}` : ''}` : '']),
  },
]);
