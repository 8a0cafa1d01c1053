/**
 * The claim reader and engine of checkClaim (src/claims/claim.ts, checkClaim.ts): refusals word for
 * word, which coverage rule a line of a code with two rules follows (J1569: home IVIG, BPM ch. 15
 * §50.6, or subcutaneous by pump, LCD L33794 V(H)), the order of findings and their Jupyter display.
 */
import { describe, expect, it } from 'vitest';
import { readClaim } from '../../src/claims/claim.js';
import { JUPYTER_DISPLAY } from '../../src/core/display.js';
import { checkClaim, type ClaimLine } from '../../src/index.js';
import { inputErrorOf as errorOf } from '../helpers.js';

const D = '2026-03-02';
const L = (hcpcs: string, modifiers: string[] = [], extra: object = {}): ClaimLine => ({ hcpcs, modifiers, units: 1, dateOfService: D, ...extra });
const message = (fn: () => unknown) => {
  const e = errorOf(fn);
  return `${e.code} ${e.message}`;
};
const line = (extra: object) => () => checkClaim([{ hcpcs: 'A4222', units: 1, dateOfService: D, ...extra } as ClaimLine]);

describe('checkClaim refusals', () => {
  it('lines', () => {
    expect(message(() => checkClaim('x' as never))).toBe('INVALID_INPUT lines: must be an array of claim lines, got "x"');
    expect(message(line({ modifiers: 'KX' }))).toBe('INVALID_INPUT lines[0].modifiers: must be an array of two-character modifiers, got "KX"');
    expect(message(line({ modifiers: [1] }))).toBe('INVALID_INPUT lines[0].modifiers[0]: must be a two-character modifier string, got 1');
    expect(message(line({ modifiers: ['KX', 'KXX'] }))).toBe(`INVALID_INPUT lines[0].modifiers[1]: "KXX" is not a two-character modifier such as 'KX'`);
    // A number that reads like a modifier is still not a modifier string.
    expect(message(line({ modifiers: [12] }))).toBe('INVALID_INPUT lines[0].modifiers[0]: must be a two-character modifier string, got 12');
    expect(message(line({ units: 0 }))).toBe('INVALID_INPUT lines[0].units: must be a whole number of units, at least 1, got 0');
    expect(message(line({ units: 1.5 }))).toBe('INVALID_INPUT lines[0].units: must be a whole number of units, at least 1, got 1.5');
    expect(message(line({ daysSupply: 0 }))).toBe('INVALID_INPUT lines[0].daysSupply: must be a whole number of days, at least 1, got 0');
    expect(message(line({ placeOfService: '1' }))).toBe("INVALID_INPUT lines[0].placeOfService: must be a two-digit place-of-service code such as '12', got \"1\"");
    expect(errorOf(line({ placeOfService: 12 })).field).toBe('lines[0].placeOfService');
    expect(errorOf(line({ hcpcs: 'A42' })).field).toBe('lines[0].hcpcs');
    expect(errorOf(line({ dateOfService: '2026-02-30' })).field).toBe('lines[0].dateOfService');
  });
  it('options', () => {
    const withOptions = (options: object) => () => checkClaim([L('A4222', ['KX'])], options as never);
    expect(message(withOptions({ drugLines: 'x' }))).toBe('INVALID_INPUT options.drugLines: must be an array of { hcpcs, dateOfService }, got "x"');
    expect(message(withOptions({ priorHitVisits: 'x' }))).toBe('INVALID_INPUT options.priorHitVisits: must be an array of { date, discharged? }, got "x"');
    expect(message(withOptions({ priorHitVisits: [{ date: D, discharged: 'y' }] }))).toBe('INVALID_INPUT options.priorHitVisits[0].discharged: must be true or false, got "y"');
    expect(errorOf(withOptions({ priorHitVisits: [{ date: 'x' }] })).field).toBe('options.priorHitVisits[0].date');
    expect(errorOf(withOptions({ drugLines: [{ hcpcs: 'J15', dateOfService: D }] })).field).toBe('options.drugLines[0].hcpcs');
    expect(errorOf(withOptions({ drugLines: [{ hcpcs: 'J1559', dateOfService: 'x' }] })).field).toBe('options.drugLines[0].dateOfService');
    expect(errorOf(withOptions({ drugLinez: [] })).field).toBe('options.drugLinez');
  });
  it('modifiers are read trimmed and upper-cased; canonical ones as given', () => {
    const claim = readClaim([L('A4222', [' kx ']), L('A4222', ['KX', 'JB']), L('A4222', [])], undefined);
    expect(claim.lines.map((l) => l.modifiers)).toEqual([['KX'], ['KX', 'JB'], []]);
    expect(readClaim([L('A4222')], { priorHitVisits: [{ date: D }] }).history.priorHitVisits).toEqual([{ date: D, discharged: false }]);
    expect(readClaim([L('A4222')], { drugLines: [{ hcpcs: 'j1559', dateOfService: D }] }).history.drugLines).toEqual([{ code: 'J1559', date: D }]);
    expect(readClaim([L('A4222')], undefined).history).toEqual({ drugLines: undefined, priorHitVisits: [] });
  });
});

describe('a code with two coverage rules: which one a line follows', () => {
  const kinds = (lines: ClaimLine[]) => readClaim(lines, undefined).lines.map((l) => `${l.code}:${l.rule?.kind ?? '-'}`);
  it('alone and without JB: home IVIG (no pump on the claim)', () => {
    expect(kinds([L('J1569', ['KX'])])).toEqual(['J1569:ivig-drug']);
    expect(checkClaim([L('J1569', ['KX'])]).map((f) => f.code)).toEqual(['JB_IF_SUBCUTANEOUS']);
  });
  it('with JB: the pump rule (JB says subcutaneous)', () => {
    expect(kinds([L('J1569', ['KX', 'JB'])])).toEqual(['J1569:eip-drug']);
  });
  it('with its paired pump (E0779) on the claim: the pump rule', () => {
    expect(kinds([L('E0779', ['KX', 'JB']), L('J1569', ['KX'])])).toEqual(['E0779:eip-pump', 'J1569:eip-drug']);
    expect(checkClaim([L('E0779', ['KX', 'JB']), L('J1569', ['KX'])]).map((f) => `${f.line}:${f.code}`)).toEqual(['2:JB_MISSING']);
  });
  it('with another pump: the pump rule, unless Q2052 on the claim says home IVIG', () => {
    expect(kinds([L('E0784', ['KX']), L('J1569', ['KX'])])).toEqual(['E0784:eip-pump', 'J1569:eip-drug']);
    expect(kinds([L('E0784', ['KX']), L('J1569', ['KX']), L('Q2052')])).toEqual(['E0784:eip-pump', 'J1569:ivig-drug', 'Q2052:ivig-services']);
    // Its own pump on the claim decides even with Q2052 there.
    expect(kinds([L('E0779', ['KX']), L('J1569', ['KX']), L('Q2052')])).toEqual(['E0779:eip-pump', 'J1569:eip-drug', 'Q2052:ivig-services']);
  });
  it('a code with one rule follows it; a code with none has none', () => {
    expect(kinds([L('E0784', ['KX']), L('J1559', ['KX']), L('A4232')])).toEqual(['E0784:eip-pump', 'J1559:eip-drug', 'A4232:-']);
  });
  it('lines of a code billed with JW or JZ are grouped by code and day', () => {
    const claim = readClaim([L('J9039', ['JW']), L('J9039', []), L('J9039', [], { dateOfService: '2026-03-03' }), L('J2260', [])], undefined);
    expect([...claim.wastageByCodeAndDate.keys()]).toEqual(['J9039|2026-03-02', 'J9039|2026-03-03']);
    expect(claim.wastageByCodeAndDate.get('J9039|2026-03-02')?.map((l) => l.line)).toEqual([1, 2]);
    expect([...claim.byCode.keys()]).toEqual(['J9039', 'J2260']);
    expect(readClaim([L('J9039', ['JZ'])], undefined).wastageByCodeAndDate.size).toBe(1);
  });
});

describe('findings: order and display', () => {
  it('sorted by line, then by code', () => {
    const findings = checkClaim([L('S9500'), L('A4222', [], { units: 10000 }), L('A4232')]);
    expect(findings.map((f) => `${f.line}:${f.code}`)).toEqual(['1:S_CODE_NOT_MEDICARE', '2:EIP_MODIFIER_MISSING', '2:UNITS_OVER_9999', '3:CODE_INVALID_FOR_MEDICARE']);
    expect(findings.every((f) => Object.isFrozen(f))).toBe(true);
  });
  it('the Jupyter display: a count, then line, severity, code, message and source with its section', () => {
    const show = (lines: ClaimLine[]) => (checkClaim(lines) as unknown as Record<symbol, () => Record<string, string>>)[JUPYTER_DISPLAY]!()['text/markdown'];
    expect(show([])).toBe('**No findings**\n\n| Line | Severity | Code | Message | Source |\n| --- | --- | --- | --- | --- |');
    const markdown = show([L('A4222', ['KX'], { units: 10000 })]);
    expect(markdown).toBe(
      '**1 finding(s)**\n\n| Line | Severity | Code | Message | Source |\n| --- | --- | --- | --- | --- |\n' +
        '| 1 | error | UNITS_OVER_9999 | A4222: 10000 units on one line; the DME MAC system takes at most 9,999, so split the units across lines. | Article A52507 External Infusion Pumps - Policy Article (DME MACs), Coding Guidelines |',
    );
  });
});
