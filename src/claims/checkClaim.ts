import { attachDisplay, displayMethod } from '../core/display.js';
import type { Citation } from '../core/citation.js';
import { toIsoDate } from '../core/dates.js';
import { describeValue, invalidInput } from '../core/errors.js';
import { normalizeCode } from '../core/hcpcs.js';
import { codeRecords, findCodeRecord, hasCode } from '../catalog/lookup.js';
import type { CodeInfo } from '../catalog/types.js';
import { loadClaimRules } from '../generated/claim-rules.js';
import type { ClaimRuleData } from './rule-data.js';
import { TTP_START } from '../hit/codes.js';
import { hitCode } from '../hit/hitCode.js';
import { hitVisitType } from '../hit/hitVisitType.js';
import { CLAIM_FINDINGS, type ClaimFinding, type ClaimFindingCode, type ClaimLine } from './findings.js';

// ---------------------------------------------------------------------------------------------
// Indexes built once, on the first checkClaim call, from the cited rule data (data/claims/rules.json).
// ---------------------------------------------------------------------------------------------

// Modifier bits: checks test a line's modifiers with one AND.
const KX = 1 << 0;
const GA = 1 << 1;
const GZ = 1 << 2;
const GY = 1 << 3;
const JB = 1 << 4;
const JK = 1 << 5;
const JL = 1 << 6;
const JW = 1 << 7;
const JZ = 1 << 8;
const RR = 1 << 9;
const MODIFIER_BITS: ReadonlyMap<string, number> = /* @__PURE__ */ new Map([
  ['KX', KX], ['GA', GA], ['GZ', GZ], ['GY', GY], ['JB', JB], ['JK', JK], ['JL', JL], ['JW', JW], ['JZ', JZ], ['RR', RR],
]);

interface EipRange {
  role: 'pump' | 'supply' | 'drug';
  from: string;
  to: string;
  citation: Citation;
}

/** Everything the rules know about one code, gathered so each line costs one Map lookup. */
interface CodeRule {
  readonly eip: readonly EipRange[] | undefined;
  readonly eipPump: boolean;
  readonly tablePumpBit: number;
  readonly supplyAssociated: number;
  readonly supplyNonAssociated: number;
  readonly jbPumpGroups: number;
  readonly jbDrugGroups: number;
  readonly insulinFrom: string | undefined;
  readonly jlBlocked: boolean;
  readonly invalid: ClaimRuleData['invalidCodes'][number] | undefined;
  readonly hit: { readonly category: 1 | 2 | 3; readonly initial: boolean } | undefined;
  /** 1: the NOC code for a drug not given by a durable pump (J3490); 2: the NOC code for drugs through DME (J7799). */
  readonly unclassified: 0 | 1 | 2;
  /** A replacement battery not separately payable with a rented pump. */
  readonly battery: boolean;
  /** K0455: one pump only. */
  readonly singlePump: boolean;
}

const NO_START = '0000-00-00';
const NO_END = '9999-99-99';

let MODIFIER_FROM: readonly { bit: number; code: string; from: string; citation: Citation }[];
let JB_GROUPS: ClaimRuleData['jbRequired'];
let JL_BLOCKED: ClaimRuleData['insulinSupply']['jlNotAllowed'];
let INSULIN_CITATION: Citation;
let NOT_BY_PUMP: ClaimRuleData['notByDurablePump'];
let WASTAGE_CITATION: Citation;
let SUPPLY_TABLE: ClaimRuleData['pumpSupplies'];
let TABLE_PUMP_BY_BIT: string[];
// Hot-path tables are const containers filled by init(), so the per-line code reads a const binding.
const S_CODE_EXCEPTIONS = new Set<string>();
let MAX_UNITS: number;
let MAX_UNITS_TEXT: string;
const CODE_RULES = new Map<string, CodeRule>();
let JW_CITATION: Citation;
let JZ_CITATION: Citation;
/** The bundled rule data (data/claims/rules.json), for code that runs after init(). */
let CLAIM_RULES: ClaimRuleData;
/** Modifiers that did not always exist, and the latest first date among them. */
let DATED_MODIFIERS = 0;
let LATEST_MODIFIER_FROM = NO_START;
let initialised = false;

/** Builds every index from the bundled rule data; checkClaim calls it on first use. */
function init(): void {
  const rules = loadClaimRules();
  /** First date of service each known modifier exists (HCPCS file add dates), by bit. */
  MODIFIER_FROM = rules.modifiers.map(
    (m) => ({ bit: MODIFIER_BITS.get(m.code) ?? 0, code: m.code, from: m.from, citation: m.citation }),
  );

  /** Codes that need KX, GA or GZ, with the dates of service the requirement covers. */
  const EIP_CODES = new Map<string, EipRange[]>();
  for (const group of rules.eipModifierRequired) {
    for (const c of group.codes) {
      const list = EIP_CODES.get(c.code) ?? [];
      list.push({ role: c.role, from: c.from ?? NO_START, to: c.to ?? NO_END, citation: group.citation });
      EIP_CODES.set(c.code, list);
    }
  }
  /** External infusion pumps of the policy (A52507), any of which makes "no pump on the claim" false. */
  const EIP_PUMPS = new Set<string>();
  for (const [code, list] of EIP_CODES) if (list.some((r) => r.role === 'pump')) EIP_PUMPS.add(code);

  /** JB groups (A52507): a pump and the immune globulins that take JB with it. Bit per group. */
  JB_GROUPS = rules.jbRequired;
  const JB_DRUG_GROUPS = new Map<string, number>(); // drug → bitmask of groups
  const JB_PUMP_GROUPS = new Map<string, number>(); // pump → bitmask of groups
  JB_GROUPS.forEach((g, i) => {
    JB_PUMP_GROUPS.set(g.pump, (JB_PUMP_GROUPS.get(g.pump) ?? 0) | (1 << i));
    for (const d of g.drugs) JB_DRUG_GROUPS.set(d, (JB_DRUG_GROUPS.get(d) ?? 0) | (1 << i));
  });

  const INSULIN_FROM = new Map(rules.insulinSupply.codes.map((c) => [c.code, c.from]));
  JL_BLOCKED = rules.insulinSupply.jlNotAllowed;
  const JL_BLOCKED_CODES = new Set(JL_BLOCKED.codes);
  INSULIN_CITATION = rules.insulinSupply.citation;

  NOT_BY_PUMP = rules.notByDurablePump;
  WASTAGE_CITATION = rules.drugWastage.citation;

  SUPPLY_TABLE = rules.pumpSupplies;
  /** Pump → bit; supply → pumps it belongs to / pumps it must not be billed with (bitmasks). */
  const TABLE_PUMP_BIT = new Map<string, number>();
  TABLE_PUMP_BY_BIT = [];
  const SUPPLY_ASSOCIATED = new Map<string, number>();
  const SUPPLY_NON_ASSOCIATED = new Map<string, number>();
  SUPPLY_TABLE.pumps.forEach((p, i) => {
    TABLE_PUMP_BIT.set(p.pump, 1 << i);
    TABLE_PUMP_BY_BIT[i] = p.pump;
    for (const s of p.associated) SUPPLY_ASSOCIATED.set(s, (SUPPLY_ASSOCIATED.get(s) ?? 0) | (1 << i));
    for (const s of p.nonAssociated) SUPPLY_NON_ASSOCIATED.set(s, (SUPPLY_NON_ASSOCIATED.get(s) ?? 0) | (1 << i));
  });

  const INVALID_CODES = new Map(rules.invalidCodes.map((c) => [c.code, c]));
  for (const code of rules.sCodes.exceptions) S_CODE_EXCEPTIONS.add(code);
  MAX_UNITS = rules.maxUnitsPerLine.value;
  MAX_UNITS_TEXT = MAX_UNITS.toLocaleString('en-US');

  /** HIT G-code → category and visit, from the HIT module's own mapping (hitCode). */
  const HIT_VISIT_CODES = new Map<string, { category: 1 | 2 | 3; initial: boolean }>();
  for (const category of [1, 2, 3] as const) {
    HIT_VISIT_CODES.set(hitCode(category, 'initial'), { category, initial: true });
    HIT_VISIT_CODES.set(hitCode(category, 'subsequent'), { category, initial: false });
  }

  const BATTERIES = new Set(rules.rentedPumpBatteries.batteries);
  for (const code of new Set<string>([
    ...EIP_CODES.keys(), ...TABLE_PUMP_BIT.keys(), ...SUPPLY_ASSOCIATED.keys(), ...SUPPLY_NON_ASSOCIATED.keys(),
    ...JB_PUMP_GROUPS.keys(), ...JB_DRUG_GROUPS.keys(), ...INSULIN_FROM.keys(), ...INVALID_CODES.keys(),
    ...HIT_VISIT_CODES.keys(), NOT_BY_PUMP.unclassifiedNotByPump, NOT_BY_PUMP.unclassifiedThroughDme,
    ...BATTERIES, rules.singlePump.code,
  ])) {
    CODE_RULES.set(code, Object.freeze({
      eip: EIP_CODES.get(code),
      eipPump: EIP_PUMPS.has(code),
      tablePumpBit: TABLE_PUMP_BIT.get(code) ?? 0,
      supplyAssociated: SUPPLY_ASSOCIATED.get(code) ?? 0,
      supplyNonAssociated: SUPPLY_NON_ASSOCIATED.get(code) ?? 0,
      jbPumpGroups: JB_PUMP_GROUPS.get(code) ?? 0,
      jbDrugGroups: JB_DRUG_GROUPS.get(code) ?? 0,
      insulinFrom: INSULIN_FROM.get(code),
      jlBlocked: JL_BLOCKED_CODES.has(code),
      invalid: INVALID_CODES.get(code),
      hit: HIT_VISIT_CODES.get(code),
      unclassified: code === NOT_BY_PUMP.unclassifiedNotByPump ? 1 : code === NOT_BY_PUMP.unclassifiedThroughDme ? 2 : 0,
      battery: BATTERIES.has(code),
      singlePump: code === rules.singlePump.code,
    }));
  }

  for (const mod of MODIFIER_FROM) {
    DATED_MODIFIERS |= mod.bit;
    if (mod.from > LATEST_MODIFIER_FROM) LATEST_MODIFIER_FROM = mod.from;
  }
  JW_CITATION = MODIFIER_FROM.find((mod) => mod.bit === JW)!.citation;
  JZ_CITATION = MODIFIER_FROM.find((mod) => mod.bit === JZ)!.citation;
  CLAIM_RULES = rules;
  initialised = true;
}

// ---------------------------------------------------------------------------------------------
// Input reading (by hand: this is the hot path, no zod).
// ---------------------------------------------------------------------------------------------

const CANONICAL_CODE = /^[A-Z]\d{4}$|^\d{4}[0-9FTU]$/;
const CANONICAL_MODIFIER = /^[A-Z0-9]{2}$/;
const PLACE_OF_SERVICE = /^\d{2}$/;

/** Validated ISO date strings seen before: a bounded memo so repeated dates skip re-validation. */
const KNOWN_DATES = new Set<string>();

/** Canonical codes seen before: a bounded memo so repeated codes skip the regular expression. */
const KNOWN_CODES = new Set<string>();

function readCode(value: unknown, i: number): string {
  if (typeof value === 'string') {
    if (KNOWN_CODES.has(value)) return value;
    if (value.length === 5 && CANONICAL_CODE.test(value)) {
      if (KNOWN_CODES.size >= 4096) KNOWN_CODES.clear();
      KNOWN_CODES.add(value);
      return value;
    }
  }
  return normalizeCode(value, `lines[${i}].hcpcs`);
}

function readDate(value: unknown, i: number): string {
  if (typeof value === 'string' && KNOWN_DATES.has(value)) return value;
  const iso = toIsoDate(value, `lines[${i}].dateOfService`);
  if (value === iso) {
    if (KNOWN_DATES.size >= 4096) KNOWN_DATES.clear();
    KNOWN_DATES.add(iso);
  }
  return iso;
}

function readModifiers(value: unknown, i: number): number {
  if (value === undefined) return 0;
  if (!Array.isArray(value)) {
    return invalidInput(`lines[${i}].modifiers`, `must be an array of two-character modifiers, got ${describeValue(value)}`);
  }
  let bits = 0;
  for (let j = 0; j < value.length; j++) {
    const raw: unknown = value[j];
    let m: string;
    const known = typeof raw === 'string' ? MODIFIER_BITS.get(raw) : undefined;
    if (known !== undefined) {
      bits |= known;
      continue;
    }
    if (typeof raw === 'string' && raw.length === 2 && CANONICAL_MODIFIER.test(raw)) {
      m = raw;
    } else {
      if (typeof raw !== 'string') {
        return invalidInput(`lines[${i}].modifiers[${j}]`, `must be a two-character modifier string, got ${describeValue(raw)}`);
      }
      m = raw.trim().toUpperCase();
      if (!CANONICAL_MODIFIER.test(m)) {
        return invalidInput(`lines[${i}].modifiers[${j}]`, `${describeValue(raw)} is not a two-character modifier such as 'KX'`);
      }
    }
    bits |= MODIFIER_BITS.get(m) ?? 0;
  }
  return bits;
}

function readUnits(value: unknown, i: number): number {
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 1) return value;
  return invalidInput(`lines[${i}].units`, `must be a whole number of units, at least 1, got ${describeValue(value)}`);
}

function readLine(value: unknown, i: number): Readonly<Record<string, unknown>> {
  if (value === null || typeof value !== 'object' || Array.isArray(value) || value instanceof Date) {
    return invalidInput(`lines[${i}]`, `must be an object { hcpcs, modifiers?, units, dateOfService, placeOfService? }, got ${describeValue(value)}`);
  }
  return value as Readonly<Record<string, unknown>>;
}

// ---------------------------------------------------------------------------------------------
// The check.
// ---------------------------------------------------------------------------------------------

function finding(line: number, code: ClaimFindingCode, message: string, citation: Citation | undefined): ClaimFinding {
  const f: { line: number; severity: 'error' | 'warning'; code: ClaimFindingCode; message: string; citation?: Citation } = {
    line,
    severity: CLAIM_FINDINGS[code].severity,
    code,
    message,
  };
  if (citation !== undefined) f.citation = citation;
  return f;
}

function has(bits: number, bit: number): boolean {
  return (bits & bit) !== 0;
}

function listCodes(mask: number, byBit: readonly string[]): string {
  const out: string[] = [];
  for (let i = 0; i < byBit.length; i++) if (mask & (1 << i)) out.push(byBit[i]!);
  return out.join(', ');
}

/**
 * Checks Medicare claim lines for home infusion billing errors and returns what it finds: each
 * finding has a stable `code` (see {@link CLAIM_FINDINGS}), a `severity`, a message naming the
 * code and the fix, and the `citation` of the rule. `line` is 1-based (the first line is line 1).
 * Findings are sorted by line, then code; the result is deeply frozen. A clean claim gives `[]`.
 *
 * Lines are read as one claim: rules that relate lines (a supply and its pump, an immune globulin
 * and its pump, two HIT visits on one day) look across all of them, whatever their order.
 * A well-formed code the library does not know is not an error: the checks that need no catalog
 * record still run on it.
 *
 * Throws `MedicareInputError` `INVALID_INPUT` naming the field (`lines[3].units`) when `lines` is not
 * an array of objects, a code or modifier is malformed, units are not a whole number of at least 1,
 * a date is not a calendar date, or `placeOfService` is not two digits. Inputs are never changed.
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
export function checkClaim(lines: readonly ClaimLine[]): readonly ClaimFinding[] {
  if (!initialised) init();
  if (!Array.isArray(lines)) {
    return invalidInput('lines', `must be an array of claim lines, got ${describeValue(lines)}`);
  }
  const n = lines.length;
  const codes: string[] = new Array<string>(n);
  const rules: (CodeRule | undefined)[] = new Array<CodeRule | undefined>(n);
  const records: (CodeInfo | undefined)[] = new Array<CodeInfo | undefined>(n);
  const mods: number[] = new Array<number>(n);
  const units: number[] = new Array<number>(n);
  const dates: string[] = new Array<string>(n);

  // Pass 1: read and validate every line; gather what later rules look across lines for.
  let tablePumps = 0; // pumps of the A52507 supply table on the claim (bits)
  let jbPumps = 0; // JB groups whose pump is on the claim (bits)
  let jbDrugs = 0; // JB groups with one of their immune globulins on the claim (bits)
  let anyEipPump = false;
  let rentedPump = ''; // a pump billed as a rental (RR) on the claim
  let anyWastage = false;
  let anyHit = false;
  for (let i = 0; i < n; i++) {
    const line = readLine(lines[i], i);
    const raw = line.hcpcs;
    let rule = typeof raw === 'string' ? CODE_RULES.get(raw) : undefined;
    let code: string;
    if (rule !== undefined) {
      code = raw as string;
    } else {
      code = readCode(raw, i);
      rule = CODE_RULES.get(code);
    }
    const modifierBits = readModifiers(line.modifiers, i);
    const u = readUnits(line.units, i);
    const dos = readDate(line.dateOfService, i);
    const pos = line.placeOfService;
    if (pos !== undefined && (typeof pos !== 'string' || !PLACE_OF_SERVICE.test(pos))) {
      invalidInput(`lines[${i}].placeOfService`, `must be a two-digit place-of-service code such as '12', got ${describeValue(pos)}`);
    }
    codes[i] = code;
    rules[i] = rule;
    records[i] = findCodeRecord(code, dos);
    mods[i] = modifierBits;
    units[i] = u;
    dates[i] = dos;
    if ((modifierBits & (JW | JZ)) !== 0) anyWastage = true;
    if (rule !== undefined) {
      tablePumps |= rule.tablePumpBit;
      jbPumps |= rule.jbPumpGroups;
      jbDrugs |= rule.jbDrugGroups;
      if (rule.eipPump) {
        anyEipPump = true;
        if ((modifierBits & RR) !== 0 && rentedPump === '') rentedPump = code;
      }
      if (rule.hit !== undefined) anyHit = true;
    }
  }

  const out: ClaimFinding[] = [];

  // Pass 2: line rules.
  for (let i = 0; i < n; i++) {
    const code = codes[i]!;
    const m = mods[i]!;
    const dos = dates[i]!;
    const line = i + 1;

    // A52507 Coding Guidelines: 4 characters for units on DME MAC claims.
    if (units[i]! > MAX_UNITS) {
      out.push(finding(line, 'UNITS_OVER_9999',
        `${code}: ${units[i]} units on one line; the DME MAC system takes at most ${MAX_UNITS_TEXT}, so split the units across lines.`,
        CLAIM_RULES.maxUnitsPerLine.citation));
    }

    // HCPCS file: S-codes carry coverage code I (not payable by Medicare).
    if (code.charCodeAt(0) === 83 /* S */ && !S_CODE_EXCEPTIONS.has(code)) {
      out.push(finding(line, 'S_CODE_NOT_MEDICARE',
        `${code} is an S-code, which Medicare does not pay (HCPCS coverage code I); do not send it on a Medicare claim.`,
        CLAIM_RULES.sCodes.citation));
    }

    if ((m & DATED_MODIFIERS) !== 0 && dos < LATEST_MODIFIER_FROM) {
      for (const mod of MODIFIER_FROM) {
        if ((m & mod.bit) !== 0 && dos < mod.from) {
          out.push(finding(line, 'MODIFIER_NOT_IN_EFFECT',
            `${code}: modifier ${mod.code} exists for dates of service from ${mod.from}, not on ${dos}.`, mod.citation));
        }
      }
    }

    // Drug wastage modifiers.
    if ((m & (JW | JZ)) === (JW | JZ)) {
      out.push(finding(line, 'JW_AND_JZ',
        `${code} has JW (amount discarded) and JZ (nothing discarded): bill the discarded amount on its own JW line, or JZ alone.`,
        WASTAGE_CITATION));
    }

    const rule = rules[i];
    const record = records[i];
    const isSCode = code.charCodeAt(0) === 83; /* S */
    if (record === undefined) {
      if (hasCode(code)) {
        out.push(finding(line, 'CODE_NOT_IN_EFFECT', `${code} is not in effect on ${dos}: ${effectiveRanges(code)}.`, hcpcsCitation(code)));
      } else if (rule === undefined && !isSCode) {
        out.push(finding(line, 'UNKNOWN_CODE',
          `${code} is not in the library's catalog; only the checks that need no catalog record (units, modifiers) ran on it.`, undefined));
      }
    } else {
      if ((m & (JW | JZ)) !== 0 && record.kind !== 'drug') {
        out.push(finding(line, 'JW_JZ_NOT_A_DRUG',
          `${code} is a ${record.kind}, not a drug: JW and JZ report drug amounts discarded (or none) from single-dose containers.`,
          (m & JW) !== 0 ? JW_CITATION : JZ_CITATION));
      }
      if (!record.medicarePayable && !isSCode && rule?.invalid === undefined) {
        out.push(finding(line, 'NOT_PAYABLE_BY_MEDICARE',
          `${code} is recorded as not payable by Medicare; bill it only to obtain a denial (for example with GY or GZ).`,
          record.citations.find((c) => c.section !== undefined) ?? record.citations[0]));
      }
    }
    if (rule === undefined) continue;

    const invalid = rule.invalid;
    if (invalid !== undefined) {
      if (invalid.scope === 'dme-mac') {
        out.push(finding(line, 'CODE_INVALID_FOR_DME_MAC', `${code} is not valid on claims to the DME MAC (${invalid.reason}).`, invalid.citation));
      } else if (invalid.scope === 'medicare') {
        out.push(finding(line, 'CODE_INVALID_FOR_MEDICARE', `${code} is ${invalid.reason}.`, invalid.citation));
      } else {
        out.push(finding(line, 'BILL_TO_AB_MAC',
          `${code} is an ${invalid.reason}; the DME MACs do not process it or the drugs and supplies used with it: bill the A/B MAC.`,
          invalid.citation));
      }
    }

    // A52507 "GA, GY, GZ and KX modifiers".
    let eip: EipRange | undefined;
    if (rule.eip !== undefined) {
      for (const r of rule.eip) {
        if (dos >= r.from && dos <= r.to) {
          eip = r;
          break;
        }
      }
    }
    if (eip !== undefined) {
      if ((m & (KX | GA | GZ)) === 0) {
        out.push(finding(line, 'EIP_MODIFIER_MISSING',
          `${code} (external infusion pump ${eip.role}) on ${dos} has none of KX, GA, GZ: add KX if every LCD L33794 criterion is met, ` +
            'otherwise GA (ABN on file) or GZ (no ABN). Without one the line is rejected as missing information.',
          eip.citation));
      } else {
        if ((m & (GA | GZ)) === (GA | GZ)) {
          out.push(finding(line, 'EIP_GA_AND_GZ', `${code} has both GA (ABN obtained) and GZ (no valid ABN): keep the one that is true.`, eip.citation));
        }
        if ((m & KX) !== 0 && (m & (GA | GZ)) !== 0) {
          out.push(finding(line, 'EIP_KX_WITH_GA_GZ',
            `${code} has KX (all coverage criteria met) and ${has(m, GA) ? 'GA' : 'GZ'} (denial expected): A52507 uses KX when the criteria are met, GA or GZ when they are not.`,
            eip.citation));
        }
      }
      // A52507: a drug not given by a durable pump takes GY; nothing on the claim shows a pump.
      if (eip.role === 'drug' && !anyEipPump && (m & GY) === 0 && rule.unclassified !== 2) {
        out.push(finding(line, 'GY_IF_NO_PUMP',
          `${code} is billed with no external infusion pump on the claim: if it was not given by a durable infusion pump, add GY. ` +
            '(No change needed if the pump was billed before and is owned or capped.)',
          NOT_BY_PUMP.citation));
      }
    }

    // A52507 JB modifier: immune globulins and their pumps, subcutaneous route.
    if ((m & JB) === 0 && (rule.jbDrugGroups | rule.jbPumpGroups) !== 0) {
      const drugGroups = rule.jbDrugGroups;
      if (drugGroups !== 0) {
        const withPump = drugGroups & jbPumps;
        if (withPump !== 0) {
          const g = JB_GROUPS[lowestBit(withPump)]!;
          out.push(finding(line, 'JB_MISSING',
            `${code} is billed with its subcutaneous infusion pump ${g.pump}: add JB to the drug line (A52507 SCIg pump table).`, g.citation));
        } else {
          const g = JB_GROUPS[lowestBit(drugGroups)]!;
          out.push(finding(line, 'JB_IF_SUBCUTANEOUS',
            `${code} has no JB: if this immune globulin was given subcutaneously, JB is required.`, g.citation));
        }
      }
      const pumpGroups = rule.jbPumpGroups & jbDrugs;
      if (pumpGroups !== 0) {
        const g = JB_GROUPS[lowestBit(pumpGroups)]!;
        const bit = pumpGroups & -pumpGroups;
        let drugs = '';
        for (let j = 0; j < n; j++) {
          if (((rules[j]?.jbDrugGroups ?? 0) & bit) !== 0 && !drugs.includes(codes[j]!)) drugs += (drugs === '' ? '' : ', ') + codes[j]!;
        }
        out.push(finding(line, 'JB_MISSING',
          `${code} pumps subcutaneous immune globulin (${drugs} on this claim): add JB to the pump line as well.`, g.citation));
      }
    }

    // A52507 JK and JL modifiers: pump insulin.
    if (rule.insulinFrom !== undefined && dos >= rule.insulinFrom) {
      const supply = m & (JK | JL);
      if (supply === 0) {
        out.push(finding(line, 'INSULIN_JK_JL_MISSING',
          `${code} (insulin through an external insulin pump) on ${dos}: add JK for a one-month-or-less supply or JL for a three-month supply.`,
          INSULIN_CITATION));
      } else if (supply === (JK | JL)) {
        out.push(finding(line, 'INSULIN_JK_AND_JL', `${code} has both JK and JL: one month or less is JK, three months is JL.`, INSULIN_CITATION));
      }
      if ((m & JL) !== 0 && rule.jlBlocked && dos >= JL_BLOCKED.from && dos <= JL_BLOCKED.to) {
        out.push(finding(line, 'INSULIN_JL_MAY_JUNE_2023',
          `${code} with JL on ${dos}: for May and June 2023 only a one-month supply with JK may be billed; JL lines are returned as unprocessable.`,
          INSULIN_CITATION));
      }
    }

    // A52507 Coding Guidelines: J3490 + GY for a drug not given by a durable pump; J7799 is for drugs through DME.
    if (rule.unclassified === 1 && (m & GY) === 0) {
      out.push(finding(line, 'GY_MISSING_J3490',
        `${code} is the code for a drug without its own code that is not given by a durable infusion pump: add GY. ` +
          `A drug given through the pump is ${NOT_BY_PUMP.unclassifiedThroughDme}.`,
        NOT_BY_PUMP.citation));
    } else if (rule.unclassified === 2 && (m & GY) !== 0) {
      out.push(finding(line, 'GY_WITH_J7799',
        `${code} is for drugs given through DME, but GY says no durable pump was used: such a drug is ${NOT_BY_PUMP.unclassifiedNotByPump} with GY.`,
        NOT_BY_PUMP.citation));
    }

    // A52507: replacement batteries are not separately payable with a rented pump.
    if (rule.battery && rentedPump !== '') {
      out.push(finding(line, 'BATTERY_WITH_RENTED_PUMP',
        `${code} is a replacement battery billed with the rented pump ${rentedPump} (RR): not separately payable with a rented infusion pump.`,
        CLAIM_RULES.rentedPumpBatteries.citation));
    }

    // A52507: Medicare pays for one K0455; a backup pump is not separately payable.
    if (rule.singlePump) {
      let earlier = -1;
      for (let j = 0; j < i && earlier < 0; j++) if (codes[j] === code && dates[j] === dos) earlier = j;
      if (units[i]! > 1 || earlier >= 0) {
        out.push(finding(line, 'K0455_SECOND_PUMP',
          (earlier >= 0 ? `${code} on ${dos} is a second pump (line ${earlier + 1} is the first)` : `${code} is billed for ${units[i]} pumps`) +
            ': Medicare pays for one pump for epoprostenol and treprostinil; a backup pump is denied as not separately payable.',
          CLAIM_RULES.singlePump.citation));
      }
    }

    // A52507 pump-supply table.
    const wrong = rule.supplyNonAssociated & tablePumps;
    if (wrong !== 0 && (rule.supplyAssociated & tablePumps) === 0 && dos >= SUPPLY_TABLE.from) {
      out.push(finding(line, 'SUPPLY_NOT_FOR_PUMP',
        `${code} is not a supply for ${listCodes(wrong, TABLE_PUMP_BY_BIT)} (A52507 pump-supply table) and no pump it belongs to is on the claim: denied as incorrect coding.`,
        SUPPLY_TABLE.citation));
    }
  }

  if (anyWastage) checkWastageAcrossLines(codes, mods, dates, out);
  if (anyHit) checkHitVisits(codes, rules, dates, out);

  if (out.length === 0) return NO_FINDINGS;
  sortFindings(out);
  // Findings are fresh objects whose citations come frozen from the generated data: freezing each
  // one shallowly makes the whole result deeply frozen.
  for (let i = 0; i < out.length; i++) Object.freeze(out[i]);
  return Object.freeze(attachDisplay(out, DISPLAY_FINDINGS));
}

/** Jupyter rendering: one row per finding. */
const DISPLAY_FINDINGS = /* @__PURE__ */ displayMethod<readonly ClaimFinding[]>((findings) => [
  {
    title: findings.length === 0 ? 'No findings' : `${findings.length} finding(s)`,
    headers: ['Line', 'Severity', 'Code', 'Message', 'Source'],
    rows: findings.map((f) => [String(f.line), f.severity, f.code, f.message, f.citation ? `${f.citation.title}${f.citation.section ? `, ${f.citation.section}` : ''}` : '']),
  },
]);

const NO_FINDINGS: readonly ClaimFinding[] = /* @__PURE__ */ Object.freeze(/* @__PURE__ */ attachDisplay([], DISPLAY_FINDINGS));


/** The catalog's effective ranges of a code, for a message: 'in effect 2021-01-01 to 2025-12-31'. */
function effectiveRanges(code: string): string {
  return (
    'in effect ' +
    codeRecords(code)
      .map((r) => (r.effective.to === undefined ? `from ${r.effective.from}` : `${r.effective.from} to ${r.effective.to}`))
      .join(', ')
  );
}

/** The HCPCS-file citation of a code's latest record (where its dates come from), else its first citation. */
function hcpcsCitation(code: string): Citation | undefined {
  const all = codeRecords(code);
  const latest = all[all.length - 1];
  if (latest === undefined) return undefined;
  return latest.citations.find((c) => c.id.startsWith('hcpcs-')) ?? latest.citations[0];
}

/** Index of the lowest set bit. */
function lowestBit(mask: number): number {
  return 31 - Math.clz32(mask & -mask);
}

function before(a: ClaimFinding, b: ClaimFinding): boolean {
  return a.line < b.line || (a.line === b.line && a.code < b.code);
}

/**
 * Sorts findings by line, then code, in place. Insertion sort: findings arrive almost in order
 * (line by line, a few per line, cross-line findings last), where it is linear and stable.
 */
function sortFindings(out: ClaimFinding[]): void {
  if (out.length > 64) {
    // Large claims: TimSort keeps the worst case at n log n (it is stable, so the order is the same).
    out.sort((a, b) => (before(a, b) ? -1 : before(b, a) ? 1 : 0));
    return;
  }
  for (let i = 1; i < out.length; i++) {
    const item = out[i]!;
    let j = i - 1;
    while (j >= 0 && before(item, out[j]!)) {
      out[j + 1] = out[j]!;
      j--;
    }
    out[j + 1] = item;
  }
}

/**
 * A52507 JW/JZ scenarios: the dose and the discarded amount go on separate lines, and JZ means
 * nothing was discarded. JW lines are rare, so each one scans the claim (no per-claim allocation).
 */
function checkWastageAcrossLines(codes: readonly string[], mods: readonly number[], dates: readonly string[], out: ClaimFinding[]): void {
  const n = codes.length;
  for (let i = 0; i < n; i++) {
    if ((mods[i]! & (JW | JZ)) !== JW) continue;
    let doseLine = false;
    let zeroWaste = false;
    for (let j = 0; j < n; j++) {
      if (j === i || codes[j] !== codes[i] || dates[j] !== dates[i]) continue;
      const other = mods[j]!;
      if ((other & JW) === 0) {
        doseLine = true;
        if ((other & JZ) !== 0) zeroWaste = true;
      }
    }
    if (zeroWaste) {
      out.push(finding(i + 1, 'JW_JZ_CONFLICT',
        `${codes[i]} on ${dates[i]} is billed with JW (amount discarded) here and with JZ (nothing discarded) on another line.`,
        WASTAGE_CITATION));
    } else if (!doseLine) {
      out.push(finding(i + 1, 'JW_WITHOUT_DOSE_LINE',
        `${codes[i]} on ${dates[i]} has a JW line for the discarded amount but no line for the amount given: bill the dose on its own line without JW.`,
        WASTAGE_CITATION));
    }
  }
}

/**
 * BPM ch. 15 §320.8 (one payment per category per infusion drug administration day) and §320.8.3
 * (initial visits). For each HIT line: the first earlier line of the same category on the same day,
 * and the latest HIT visit on an earlier day. Small claims compare every pair of HIT lines; large
 * ones index by day, so the cost stays n log n.
 */
function checkHitVisits(codes: readonly string[], rules: readonly (CodeRule | undefined)[], dates: readonly string[], out: ClaimFinding[]): void {
  const visits: number[] = [];
  for (let i = 0; i < codes.length; i++) if (rules[i]?.hit !== undefined) visits.push(i);
  const h = visits.length;
  const firstSameDay = new Array<number>(h).fill(-1);
  const latestPrior = new Array<string | undefined>(h).fill(undefined);
  if (h <= 32) {
    for (let a = 0; a < h; a++) {
      const i = visits[a]!;
      const category = rules[i]!.hit!.category;
      for (let b = 0; b < h; b++) {
        if (a === b) continue;
        const j = visits[b]!;
        if (dates[j] === dates[i]) {
          if (b < a && firstSameDay[a]! < 0 && rules[j]!.hit!.category === category) firstSameDay[a] = j;
        } else if (dates[j]! < dates[i]! && (latestPrior[a] === undefined || dates[j]! > latestPrior[a]!)) {
          latestPrior[a] = dates[j];
        }
      }
    }
  } else {
    const firstOfDay = new Map<string, number>(); // 'date|category' → first line index
    const days = new Set<string>();
    for (let a = 0; a < h; a++) {
      const i = visits[a]!;
      const key = `${dates[i]}|${rules[i]!.hit!.category}`;
      const first = firstOfDay.get(key);
      if (first === undefined) firstOfDay.set(key, i);
      else firstSameDay[a] = first;
      days.add(dates[i]!);
    }
    const sortedDays = [...days].sort();
    const previousDay = new Map<string, string | undefined>(sortedDays.map((d, k) => [d, k > 0 ? sortedDays[k - 1] : undefined]));
    for (let a = 0; a < h; a++) latestPrior[a] = previousDay.get(dates[visits[a]!]!);
  }
  for (let a = 0; a < h; a++) {
    const i = visits[a]!;
    const visit = rules[i]!.hit!;
    const dos = dates[i]!;
    if (firstSameDay[a]! >= 0) {
      out.push(finding(i + 1, 'HIT_SAME_CATEGORY_SAME_DAY',
        `${codes[i]} is a second category ${visit.category} HIT visit on ${dos} (line ${firstSameDay[a]! + 1} is the first): ` +
          'Medicare makes one payment per category per infusion drug administration day; bill one visit, the highest paying.',
        CLAIM_RULES.hitVisits.oneVisitPerCategoryPerDay));
    }
    if (!visit.initial || dos < TTP_START) continue;
    // Earlier HIT visits on this claim, any category ("there cannot be a G-code billed for this
    // patient within the past 60 days"). The lines cannot show a discharge, so the latest one is
    // taken as a discharge (the most lenient reading): the initial code is then wrong only when it
    // falls within 60 days of that visit, or before initial-visit codes existed.
    const prior = latestPrior[a];
    if (hitVisitType({ dateOfService: dos, priorVisits: prior === undefined ? [] : [{ date: prior, discharged: true }] }) === 'initial') continue;
    const subsequent = hitCode(visit.category, 'subsequent');
    out.push(finding(i + 1, 'HIT_INITIAL_NOT_ALLOWED',
      prior === undefined
        ? `${codes[i]} is an initial-visit code, but initial-visit codes start on 2021-01-01; on ${dos} bill ${subsequent}.`
        : `${codes[i]} is an initial visit on ${dos}, within 60 days of the HIT visit on ${prior}: ` +
            `a new initial visit needs a discharge and more than 60 days without a visit; bill ${subsequent}.`,
      CLAIM_RULES.hitVisits.initialVisit));
  }
}
