/**
 * ESLint's RuleTester for claim rules: each rule module runs alone on an indexed claim, against a
 * table of claims it must pass and claims it must flag (on exactly the lines given).
 */
import { describe, expect, it } from 'vitest';
import { readClaim, type ClaimRule } from '../../src/claims/claim.js';
import type { CheckClaimOptions, ClaimLine } from '../../src/index.js';

export interface RuleCase {
  readonly name: string;
  readonly claim: readonly ClaimLine[];
  readonly options?: CheckClaimOptions;
}

/** A claim line: `L('E0781', ['KX'])`, units 1 and 2026-03-02 unless given. */
export const L = (hcpcs: string, modifiers: string[] = [], units = 1, dateOfService = '2026-03-02', extra: Partial<ClaimLine> = {}): ClaimLine =>
  ({ hcpcs, modifiers, units, dateOfService, ...extra });

/**
 * An invalid case flags exactly `lines`; when `messages` is given, the message of each flagged line
 * (in order) must match its pattern: what the finding tells the user is part of the rule. Every
 * invalid case's findings, word for word with the source each cites, are also kept in
 * `rules/__snapshots__/<rule>.test.ts.snap`: a changed message or citation is a reviewed edit
 * (`npx vitest run test/claims/rules -u`, then read the diff).
 */
export interface InvalidCase extends RuleCase {
  readonly lines: readonly number[];
  readonly messages?: readonly RegExp[];
}

export function ruleTester(rule: ClaimRule, cases: { valid: readonly RuleCase[]; invalid: readonly InvalidCase[] }): void {
  const run = (c: RuleCase) => {
    const flagged: number[] = [];
    const messages: string[] = [];
    const findings: string[] = [];
    rule.check(readClaim(c.claim, c.options), (line, message, citation) => {
      flagged.push(line.line);
      messages.push(message);
      findings.push(`line ${line.line}: ${message} <${citation ? `${citation.id}${citation.section ? ` ${citation.section}` : ''}` : 'no citation'}>`);
      expect(message.length, c.name).toBeGreaterThan(20);
      if (citation) expect(citation.url, c.name).toMatch(/^https?:\/\//);
    });
    return { flagged, messages, findings };
  };
  describe(`${rule.code} (${rule.severity})`, () => {
    it('has a summary that names its source', () => expect(rule.summary).toMatch(/A52507|A52509|LCD|BPM|CFR|HCPCS|MM11880|catalog|library|MAC/));
    for (const c of cases.valid) it(`valid: ${c.name}`, () => expect(run(c).flagged).toEqual([]));
    for (const c of cases.invalid) {
      it(`invalid: ${c.name}`, () => {
        const { flagged, messages, findings } = run(c);
        expect(flagged).toEqual(c.lines);
        expect(findings).toMatchSnapshot();
        c.messages?.forEach((pattern, i) => expect(messages[i], c.name).toMatch(pattern));
      });
    }
  });
}
