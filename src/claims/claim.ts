/**
 * A claim read once and indexed for the rules: every line with its code, modifiers, units, date
 * and the coverage rule it falls under, plus the claim-wide facts rules look across lines for
 * (pumps on the claim, lines by code, the lines of drugs reported with JW or JZ by date). Built in
 * one pass; each rule then reads what it needs from here, so every rule costs time linear in the
 * number of lines.
 */
import type { Citation } from '../core/citation.js';
import { toIsoDate } from '../core/dates.js';
import { describeValue, invalidInput } from '../core/errors.js';
import { CLAIM_LINE_KEYS } from '../core/claim-line.js';
import { normalizeCode } from '../core/hcpcs.js';
import { own, readObject } from '../core/validate.js';
import { findCodeRecord } from '../catalog/lookup.js';
import type { CodeInfo } from '../catalog/types.js';
import { coverageRulesOn, eipPumpCodes } from '../coverage/index.js';
import type { CoverageRule } from '../coverage/types.js';
import type { ClaimFinding, ClaimFindingCode } from './findings.js';

/** One claim line, read and validated. */
export interface Line {
  /** 1-based, as on the claim. */
  readonly line: number;
  readonly code: string;
  /** Upper-case two-character modifiers. */
  readonly modifiers: readonly string[];
  readonly units: number;
  readonly date: string;
  readonly daysSupply: number | undefined;
  /** The catalog record in effect on the date, if any. */
  readonly record: CodeInfo | undefined;
  /** The coverage rule the line falls under on this claim (J1561/J1569: pump SCIg or home IVIG, from the other lines). */
  readonly rule: CoverageRule | undefined;
  /** Every coverage rule in force for the code on the date. */
  readonly rules: readonly CoverageRule[];
}

/** The patient's drug lines billed elsewhere and prior HIT visits, read from the options. */
export interface History {
  readonly drugLines: readonly { readonly code: string; readonly date: string }[] | undefined;
  readonly priorHitVisits: readonly { readonly date: string; readonly discharged: boolean }[];
}

export interface Claim {
  readonly lines: readonly Line[];
  /** Lines by code. */
  readonly byCode: ReadonlyMap<string, readonly Line[]>;
  /** Lines of the codes some line reports with JW or JZ, by code and date (`'J9039|2026-03-01'`). */
  readonly wastageByCodeAndDate: ReadonlyMap<string, readonly Line[]>;
  /** LCD L33794 pump codes on the claim. */
  readonly pumps: ReadonlySet<string>;
  readonly history: History;
}

/** A rule's way to report a finding on a line. */
export type Report = (line: Line, message: string, citation?: Citation) => void;

/**
 * One claim check, ESLint-style: the finding code it reports, its metadata and the check over an
 * indexed claim. One module per finding under src/claims/rules/.
 */
export interface ClaimRule {
  readonly code: ClaimFindingCode;
  readonly severity: ClaimFinding['severity'];
  /** One sentence: what the finding means and where the rule comes from (the docs list is built from it). */
  readonly summary: string;
  readonly check: (claim: Claim, report: Report) => void;
}

const LINE_KEYS = CLAIM_LINE_KEYS;
const OPTION_KEYS = ['drugLines', 'priorHitVisits'] as const;
const MODIFIER = /^[A-Z0-9]{2}$/;
const PLACE_OF_SERVICE = /^\d{2}$/;
const NO_MODIFIERS: readonly string[] = /* @__PURE__ */ Object.freeze([]);

/** The modifiers upper-cased and checked; the caller's array itself when it is already canonical. */
function readModifiers(value: unknown, field: string): readonly string[] {
  if (value === undefined) return NO_MODIFIERS;
  if (!Array.isArray(value)) return invalidInput(field, `must be an array of two-character modifiers, got ${describeValue(value)}`);
  const canonical = value.length > 0 && value.every((m) => typeof m === 'string' && MODIFIER.test(m));
  if (canonical || value.length === 0) return value as string[];
  return Array.from(value as unknown[], (raw, j) => {
    if (typeof raw !== 'string') return invalidInput(`${field}[${j}]`, `must be a two-character modifier string, got ${describeValue(raw)}`);
    const m = raw.trim().toUpperCase();
    return MODIFIER.test(m) ? m : invalidInput(`${field}[${j}]`, `${describeValue(raw)} is not a two-character modifier such as 'KX'`);
  });
}

function readWholeNumber(value: unknown, field: string, what: string): number {
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 1) return value;
  return invalidInput(field, `must be a whole number of ${what}, at least 1, got ${describeValue(value)}`);
}

type RawLine = Omit<Line, 'rule' | 'record'>;

function readLine(value: unknown, i: number): RawLine {
  const at = `lines[${i}]`;
  const object = readObject(value, at, LINE_KEYS);
  const field = (key: (typeof LINE_KEYS)[number]): unknown => own(object, key);
  const pos = field('placeOfService');
  if (pos !== undefined && (typeof pos !== 'string' || !PLACE_OF_SERVICE.test(pos))) {
    invalidInput(`${at}.placeOfService`, `must be a two-digit place-of-service code such as '12', got ${describeValue(pos)}`);
  }
  const code = normalizeCode(field('hcpcs'), `${at}.hcpcs`);
  const date = toIsoDate(field('dateOfService'), `${at}.dateOfService`);
  const daysSupply = field('daysSupply');
  return {
    line: i + 1,
    code,
    modifiers: readModifiers(field('modifiers'), `${at}.modifiers`),
    units: readWholeNumber(field('units'), `${at}.units`, 'units'),
    date,
    daysSupply: daysSupply === undefined ? undefined : readWholeNumber(daysSupply, `${at}.daysSupply`, 'days'),
    rules: coverageRulesOn(code, date),
  };
}

function readHistory(options: unknown): History {
  if (options === undefined) return { drugLines: undefined, priorHitVisits: [] };
  const object = readObject(options, 'options', OPTION_KEYS);
  const field = (key: (typeof OPTION_KEYS)[number]): unknown => own(object, key);
  const drugLines = field('drugLines');
  if (drugLines !== undefined && !Array.isArray(drugLines)) invalidInput('options.drugLines', `must be an array of { hcpcs, dateOfService }, got ${describeValue(drugLines)}`);
  const visits = field('priorHitVisits') ?? [];
  if (!Array.isArray(visits)) invalidInput('options.priorHitVisits', `must be an array of { date, discharged? }, got ${describeValue(visits)}`);
  return {
    drugLines: drugLines === undefined ? undefined : Array.from(drugLines as unknown[], (d, i) => {
      const at = `options.drugLines[${i}]`;
      const f = readObject(d, at, ['hcpcs', 'dateOfService']);
      return { code: normalizeCode(own(f, 'hcpcs'), `${at}.hcpcs`), date: toIsoDate(own(f, 'dateOfService'), `${at}.dateOfService`) };
    }),
    priorHitVisits: Array.from(visits as unknown[], (v, i) => {
      const at = `options.priorHitVisits[${i}]`;
      const f = readObject(v, at, ['date', 'discharged']);
      const discharged = own(f, 'discharged');
      if (discharged !== undefined && typeof discharged !== 'boolean') invalidInput(`${at}.discharged`, `must be true or false, got ${describeValue(discharged)}`);
      return { date: toIsoDate(own(f, 'date'), `${at}.date`), discharged: discharged === true };
    }),
  };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * The rule a line falls under. Most codes have one in force. J1561 and J1569 have two: an SCIg
 * through a pump (LCD L33794, JB) and IVIG at home (no pump, Q2052). The line is the pump SCIg when
 * it carries JB or a pump paired with it is on the claim, home IVIG when Q2052 is on the claim or
 * no pump is; with an unpaired pump and neither, the pump rule (and its pump mismatch) applies.
 */
function ruleOfLine(raw: RawLine, pumps: ReadonlySet<string>, hasIvigServices: boolean): CoverageRule | undefined {
  const rules = raw.rules;
  if (rules.length <= 1) return rules[0];
  const pumpRule = rules.find((r) => r.kind === 'eip-drug');
  const other = rules.find((r) => r.kind !== 'eip-drug');
  if (!pumpRule || !other) return rules[0];
  const pairedPump = (pumpRule.pumps ?? []).some((p) => pumps.has(p));
  if (raw.modifiers.includes('JB') || pairedPump) return pumpRule;
  if (hasIvigServices || pumps.size === 0) return other;
  return pumpRule;
}

/** Reads, validates and indexes a claim (throws INVALID_INPUT naming the field). */
export function readClaim(lines: unknown, options: unknown): Claim {
  if (!Array.isArray(lines)) return invalidInput('lines', `must be an array of claim lines, got ${describeValue(lines)}`);
  // Array.from visits holes of a sparse array too (as undefined), so none is skipped unread.
  const raw = Array.from(lines as unknown[], (value, i) => readLine(value, i));
  const history = readHistory(options);
  const allPumps = eipPumpCodes();
  const pumps = new Set<string>();
  const wastageCodes = new Set<string>();
  let hasIvigServices = false;
  for (const r of raw) {
    if (allPumps.has(r.code)) pumps.add(r.code);
    if (r.modifiers.includes('JW') || r.modifiers.includes('JZ')) wastageCodes.add(r.code);
    if (!hasIvigServices && r.rules.some((rule) => rule.kind === 'ivig-services')) hasIvigServices = true;
  }
  const byCode = new Map<string, Line[]>();
  const wastageByCodeAndDate = new Map<string, Line[]>();
  const read = raw.map((r): Line => {
    // One object shape for every line (no spread), so the rules' property reads stay monomorphic.
    const line: Line = {
      line: r.line, code: r.code, modifiers: r.modifiers, units: r.units, date: r.date, daysSupply: r.daysSupply,
      record: findCodeRecord(r.code, r.date), rule: ruleOfLine(r, pumps, hasIvigServices), rules: r.rules,
    };
    push(byCode, line.code, line);
    if (wastageCodes.has(line.code)) push(wastageByCodeAndDate, `${line.code}|${line.date}`, line);
    return line;
  });
  return { lines: read, byCode, wastageByCodeAndDate, pumps, history };
}
