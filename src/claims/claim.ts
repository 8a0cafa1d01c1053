/**
 * A claim read once and indexed for the rules: every line with its code, modifiers, units, date
 * and the coverage rule it falls under, plus the claim-wide facts rules look across lines for
 * (pumps on the claim, lines by code and date, HIT visits). Built in one pass; each rule then
 * reads what it needs from here, so every rule costs time linear in the number of lines.
 */
import type { Citation } from '../core/citation.js';
import { toIsoDate } from '../core/dates.js';
import { describeValue, invalidInput } from '../core/errors.js';
import { normalizeCode } from '../core/hcpcs.js';
import { readKnownKeys } from '../core/validate.js';
import { findCodeRecord } from '../catalog/lookup.js';
import type { CodeInfo } from '../catalog/types.js';
import { eipPumpCodes, rulesInForce } from '../coverage/index.js';
import type { CoverageRule } from '../coverage/types.js';
import type { CheckClaimOptions, ClaimFinding, ClaimFindingCode } from './findings.js';

/** One claim line, read and validated. */
export interface Line {
  /** 1-based, as on the claim. */
  readonly line: number;
  readonly code: string;
  readonly modifiers: ReadonlySet<string>;
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
  /** Lines by code and date of service (`'J2260|2026-03-01'`). */
  readonly byCodeAndDate: ReadonlyMap<string, readonly Line[]>;
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

const LINE_KEYS = ['hcpcs', 'modifiers', 'units', 'dateOfService', 'placeOfService', 'daysSupply'] as const;
const OPTION_KEYS = ['drugLines', 'priorHitVisits'] as const;
const MODIFIER = /^[A-Z0-9]{2}$/;
const PLACE_OF_SERVICE = /^\d{2}$/;

function readModifiers(value: unknown, field: string): ReadonlySet<string> {
  if (value === undefined) return new Set();
  if (!Array.isArray(value)) return invalidInput(field, `must be an array of two-character modifiers, got ${describeValue(value)}`);
  return new Set(Array.from(value as unknown[], (raw, j) => {
    if (typeof raw !== 'string') return invalidInput(`${field}[${j}]`, `must be a two-character modifier string, got ${describeValue(raw)}`);
    const m = raw.trim().toUpperCase();
    return MODIFIER.test(m) ? m : invalidInput(`${field}[${j}]`, `${describeValue(raw)} is not a two-character modifier such as 'KX'`);
  }));
}

function readWholeNumber(value: unknown, field: string, what: string): number {
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 1) return value;
  return invalidInput(field, `must be a whole number of ${what}, at least 1, got ${describeValue(value)}`);
}

interface RawLine {
  code: string;
  modifiers: ReadonlySet<string>;
  units: number;
  date: string;
  daysSupply: number | undefined;
}

function readLine(value: unknown, i: number): RawLine {
  const at = `lines[${i}]`;
  const fields = readKnownKeys(value, at, LINE_KEYS, `${at}.`);
  const pos = fields.placeOfService;
  if (pos !== undefined && (typeof pos !== 'string' || !PLACE_OF_SERVICE.test(pos))) {
    invalidInput(`${at}.placeOfService`, `must be a two-digit place-of-service code such as '12', got ${describeValue(pos)}`);
  }
  return {
    code: normalizeCode(fields.hcpcs, `${at}.hcpcs`),
    modifiers: readModifiers(fields.modifiers, `${at}.modifiers`),
    units: readWholeNumber(fields.units, `${at}.units`, 'units'),
    date: toIsoDate(fields.dateOfService, `${at}.dateOfService`),
    daysSupply: fields.daysSupply === undefined ? undefined : readWholeNumber(fields.daysSupply, `${at}.daysSupply`, 'days'),
  };
}

function readHistory(options: unknown): History {
  if (options === undefined) return { drugLines: undefined, priorHitVisits: [] };
  const fields = readKnownKeys(options, 'options', OPTION_KEYS, 'options.');
  const drugLines = fields.drugLines;
  if (drugLines !== undefined && !Array.isArray(drugLines)) invalidInput('options.drugLines', `must be an array of { hcpcs, dateOfService }, got ${describeValue(drugLines)}`);
  const visits = fields.priorHitVisits ?? [];
  if (!Array.isArray(visits)) invalidInput('options.priorHitVisits', `must be an array of { date, discharged? }, got ${describeValue(visits)}`);
  return {
    drugLines: drugLines === undefined ? undefined : Array.from(drugLines as unknown[], (d, i) => {
      const at = `options.drugLines[${i}]`;
      const f = readKnownKeys(d, at, ['hcpcs', 'dateOfService'], `${at}.`);
      return { code: normalizeCode(f.hcpcs, `${at}.hcpcs`), date: toIsoDate(f.dateOfService, `${at}.dateOfService`) };
    }),
    priorHitVisits: Array.from(visits as unknown[], (v, i) => {
      const at = `options.priorHitVisits[${i}]`;
      const f = readKnownKeys(v, at, ['date', 'discharged'], `${at}.`);
      if (f.discharged !== undefined && typeof f.discharged !== 'boolean') invalidInput(`${at}.discharged`, `must be true or false, got ${describeValue(f.discharged)}`);
      return { date: toIsoDate(f.date, `${at}.date`), discharged: f.discharged === true };
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
function ruleOfLine(raw: RawLine, rules: readonly CoverageRule[], pumps: ReadonlySet<string>, hasIvigServices: boolean): CoverageRule | undefined {
  if (rules.length <= 1) return rules[0];
  const pumpRule = rules.find((r) => r.kind === 'eip-drug');
  const other = rules.find((r) => r.kind !== 'eip-drug');
  if (!pumpRule || !other) return rules[0];
  const pairedPump = (pumpRule.pumps ?? []).some((p) => pumps.has(p));
  if (raw.modifiers.has('JB') || pairedPump) return pumpRule;
  if (hasIvigServices || pumps.size === 0) return other;
  return pumpRule;
}

/** Reads, validates and indexes a claim (throws INVALID_INPUT naming the field). */
export function readClaim(lines: unknown, options: unknown): Claim {
  if (!Array.isArray(lines)) return invalidInput('lines', `must be an array of claim lines, got ${describeValue(lines)}`);
  // Array.from visits holes of a sparse array too (as undefined), so none is skipped unread.
  const raw = Array.from(lines as unknown[], (value, i) => readLine(value, i));
  const history = readHistory(options);
  const inForce = raw.map((r) => rulesInForce(r.code, r.date).map((c) => c.rule));
  const allPumps = eipPumpCodes();
  const pumps = new Set(raw.filter((r) => allPumps.has(r.code)).map((r) => r.code));
  const hasIvigServices = inForce.some((rules) => rules.some((r) => r.kind === 'ivig-services'));
  const byCode = new Map<string, Line[]>();
  const byCodeAndDate = new Map<string, Line[]>();
  const read = raw.map((r, i): Line => {
    const rules = inForce[i]!;
    const line: Line = {
      line: i + 1,
      code: r.code,
      modifiers: r.modifiers,
      units: r.units,
      date: r.date,
      daysSupply: r.daysSupply,
      record: findCodeRecord(r.code, r.date),
      rule: ruleOfLine(r, rules, pumps, hasIvigServices),
      rules,
    };
    push(byCode, line.code, line);
    push(byCodeAndDate, `${line.code}|${line.date}`, line);
    return line;
  });
  return { lines: read, byCode, byCodeAndDate, pumps, history };
}
