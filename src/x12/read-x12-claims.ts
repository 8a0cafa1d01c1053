import { MedicareInputError } from '../index.js';
import { isIsoCalendarDate } from '../core/dates.js';
import { deepFreeze } from '../core/freeze.js';
import { isWellFormedCode } from '../core/hcpcs.js';
import { elementName, failAt, readSegments, type Segment } from './segments.js';
import type { X12Claim, X12ClaimLine, X12UncodedLine } from './types.js';

// Element positions and codes below are those of the ASC X12 005010 health care claim
// implementation guides: 005010X222A1 (837P, professional) and 005010X223A2 (837I, institutional).

/** HI qualifiers of diagnosis codes: ICD-10-CM principal (ABK) and other (ABF); ICD-9-CM BK and BF. */
const DIAGNOSIS_QUALIFIERS: ReadonlySet<string> = new Set(['ABK', 'ABF', 'BK', 'BF']);
const DIAGNOSIS_CODE = /^[A-Z0-9]{3,7}$/;
const MODIFIER = /^[A-Z0-9]{2}$/;
const PLACE_OF_SERVICE = /^\d{2}$/;
const REVENUE_CODE = /^\d{4}$/;
const NDC_11 = /^\d{11}$/;
/** X12 data type R (decimal) without a sign: digits with an optional decimal point. */
const DECIMAL = /^(\d*)(?:\.(\d*))?$/;
/** 837P SV1-07: up to four pointers, each 1-12 (the twelve diagnosis positions of HI). */
const MAX_POINTER = 12;

interface DateRange {
  readonly from: string;
  readonly to: string;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * A line being read: its fields are filled in as its segments (SV1, DTP, LIN, CTP) arrive. Line
 * and claim objects are built as one object literal and then given their optional fields, never by
 * spreading: V8 gives spread-built objects that grow afterwards about 2.5 times the memory, which for
 * a file of 1M lines is gigabytes (bench/x12-large.mjs).
 */
interface LineDraft {
  readonly line: Mutable<X12ClaimLine>;
  date?: DateRange;
}

interface ClaimDraft {
  readonly header: Mutable<Omit<X12Claim, 'diagnoses' | 'lines' | 'uncodedLines'>>;
  readonly diagnoses: string[];
  readonly lines: LineDraft[];
  readonly uncodedLines: X12UncodedLine[];
  serviceDate?: DateRange;
  statement?: DateRange;
  /** After LX: the segments that follow belong to a service line (loop 2400). */
  inServiceLines: boolean;
}

/**
 * An exact-size copy of an array built with push: V8 keeps room for 17 elements in an array grown
 * from empty, about 150 bytes each for the one or two modifiers and pointers of a line.
 */
function exact<T>(array: T[]): T[] {
  return array.slice();
}

/** Element `n` of a segment ('' when absent, as X12 omits trailing empty elements). */
function element(segment: Segment, n: number): string {
  return segment.elements[n] ?? '';
}

function components(segment: Segment, n: number): readonly string[] {
  return element(segment, n).split(segment.separators.component);
}

function required(segment: Segment, n: number, what: string, c?: number): string {
  const value = c === undefined ? element(segment, n) : (components(segment, n)[c - 1] ?? '');
  if (value === '') failAt(segment.position, elementName(segment.id, n, c), `${what} is required`);
  return value;
}

/** A decimal amount of money as integer cents, read from its text (never through a float). */
function readMoney(segment: Segment, n: number, what: string): number {
  const text = required(segment, n, what);
  const match = DECIMAL.exec(text);
  const whole = match?.[1] ?? '';
  const fraction = match?.[2] ?? '';
  if (match === null || (whole === '' && fraction === '') || whole.length > 12 || /[1-9]/.test(fraction.slice(2))) {
    failAt(segment.position, elementName(segment.id, n), `${what} must be an amount such as 125.50 (at most two decimals, no sign), got ${JSON.stringify(text)}`);
  }
  return Number(whole || '0') * 100 + Number(fraction.slice(0, 2).padEnd(2, '0'));
}

/** A quantity that must be a whole number of at least 1 (`'2'`, `'2.00'`). */
function readUnits(segment: Segment, n: number): number {
  const text = required(segment, n, 'the quantity of units');
  const match = DECIMAL.exec(text);
  const whole = match?.[1] ?? '';
  const fraction = match?.[2] ?? '';
  if (match === null || whole === '' || whole.length > 9 || /[1-9]/.test(fraction) || Number(whole) < 1) {
    failAt(segment.position, elementName(segment.id, n), `units must be a whole number of at least 1 (Medicare bills whole units), got ${JSON.stringify(text)}`);
  }
  return Number(whole);
}

function readDate(segment: Segment, n: number, text: string): string {
  const iso = /^\d{8}$/.test(text) ? `${text.slice(0, 4)}-${text.slice(4, 6)}-${text.slice(6, 8)}` : '';
  if (!isIsoCalendarDate(iso)) {
    failAt(segment.position, elementName(segment.id, n), `must be a calendar date as CCYYMMDD, got ${JSON.stringify(text)}`);
  }
  return iso;
}

/** DTP-02 `D8` (one date) or `RD8` (a range `CCYYMMDD-CCYYMMDD`), DTP-03 the date(s). */
function readDateRange(segment: Segment): DateRange {
  const format = element(segment, 2);
  const text = required(segment, 3, 'the date');
  if (format === 'D8') {
    const date = readDate(segment, 3, text);
    return { from: date, to: date };
  }
  if (format === 'RD8') {
    const [first = '', last = '', ...rest] = text.split('-');
    if (rest.length > 0) failAt(segment.position, elementName('DTP', 3), `must be a range CCYYMMDD-CCYYMMDD, got ${JSON.stringify(text)}`);
    const range = { from: readDate(segment, 3, first), to: readDate(segment, 3, last) };
    if (range.to < range.from) failAt(segment.position, elementName('DTP', 3), `the range ends before it starts: ${text}`);
    return range;
  }
  return failAt(segment.position, elementName('DTP', 2), `must be D8 or RD8, got ${JSON.stringify(format)}`);
}

/** The procedure composite (SV1-01, SV2-02): qualifier, code, up to four modifiers, description. */
function readProcedure(segment: Segment, n: number): { hcpcs: string; modifiers: string[]; description: string } {
  const [qualifier = '', rawCode = '', ...rest] = components(segment, n);
  if (qualifier !== 'HC') {
    failAt(segment.position, elementName(segment.id, n, 1), `only HC (HCPCS and CPT codes) can be read, got ${JSON.stringify(qualifier)}`);
  }
  const code = rawCode.trim().toUpperCase();
  if (!isWellFormedCode(code)) {
    failAt(segment.position, elementName(segment.id, n, 2), `must be a HCPCS or CPT code such as J1559, got ${JSON.stringify(rawCode)}`);
  }
  const modifiers: string[] = [];
  for (let c = 3; c <= 6; c++) {
    const modifier = (rest[c - 3] ?? '').trim().toUpperCase();
    if (modifier === '') continue;
    if (!MODIFIER.test(modifier)) failAt(segment.position, elementName(segment.id, n, c), `must be a two-character modifier, got ${JSON.stringify(modifier)}`);
    modifiers.push(modifier);
  }
  return { hcpcs: code, modifiers, description: (rest[4] ?? '').trim() };
}

/** A new line from its procedure and its SV1/SV2 figures; the date is set when the claim ends. */
function newLine(segment: Segment, procedure: ReturnType<typeof readProcedure>, units: number, unitBasis: X12ClaimLine['unitBasis'], chargeCents: number): Mutable<X12ClaimLine> {
  const line: Mutable<X12ClaimLine> = { hcpcs: procedure.hcpcs, units, unitBasis, dateOfService: '', chargeCents, segment: segment.position };
  if (procedure.modifiers.length > 0) line.modifiers = exact(procedure.modifiers);
  if (procedure.description !== '') line.description = procedure.description;
  return line;
}

function readClaimHeader(segment: Segment, kind: '837P' | '837I', version: string): ClaimDraft {
  const claimId = required(segment, 1, 'the patient control number');
  const totalChargeCents = readMoney(segment, 2, 'the total claim charge');
  const [facility = '', qualifier = '', frequency = ''] = components(segment, 5);
  let placeOfService: string | undefined;
  let typeOfBill: string | undefined;
  // CLM-05-2 says what CLM-05-1 is: B a place of service (837P), A a facility type (837I). Some
  // senders leave it empty; the guide then still fixes what CLM-05-1 is.
  const meaning = qualifier === '' ? (kind === '837P' ? 'B' : 'A') : qualifier;
  if (meaning === 'B') {
    if (!PLACE_OF_SERVICE.test(facility)) failAt(segment.position, 'CLM-05-1', `must be a two-digit place of service, got ${JSON.stringify(facility)}`);
    placeOfService = facility;
  } else if (meaning === 'A') {
    if (!/^\d{2}$/.test(facility) || !/^\d$/.test(frequency)) {
      failAt(segment.position, 'CLM-05', `must be a facility type code and a claim frequency code, got ${JSON.stringify(element(segment, 5))}`);
    }
    typeOfBill = facility + frequency;
  } else {
    failAt(segment.position, 'CLM-05-2', `must be B (place of service) or A (facility type), got ${JSON.stringify(qualifier)} in ${JSON.stringify(element(segment, 5))}`);
  }
  const header: ClaimDraft['header'] = { claimId, kind, version, totalChargeCents, segment: segment.position };
  if (placeOfService !== undefined) header.placeOfService = placeOfService;
  if (typeOfBill !== undefined) header.typeOfBill = typeOfBill;
  return {
    header,
    diagnoses: [],
    lines: [],
    uncodedLines: [],
    inServiceLines: false,
  };
}

function readDiagnoses(segment: Segment, draft: ClaimDraft): void {
  for (let n = 1; n < segment.elements.length; n++) {
    const [qualifier = '', code = ''] = components(segment, n);
    if (!DIAGNOSIS_QUALIFIERS.has(qualifier)) continue; // condition, occurrence, value codes (837I) are not diagnoses
    const normalized = code.trim().toUpperCase();
    if (!DIAGNOSIS_CODE.test(normalized)) {
      failAt(segment.position, elementName('HI', n, 2), `must be an ICD diagnosis code without its dot, got ${JSON.stringify(code)}`);
    }
    draft.diagnoses.push(normalized);
  }
}

function readProfessionalLine(segment: Segment, draft: ClaimDraft): LineDraft {
  const procedure = readProcedure(segment, 1);
  const chargeCents = readMoney(segment, 2, 'the line charge');
  const unitBasis = required(segment, 3, 'the unit basis');
  if (unitBasis !== 'UN' && unitBasis !== 'MJ') failAt(segment.position, 'SV1-03', `must be UN (unit) or MJ (minutes), got ${JSON.stringify(unitBasis)}`);
  const units = readUnits(segment, 4);
  const placeOfService = element(segment, 5) || draft.header.placeOfService;
  if (placeOfService !== undefined && !PLACE_OF_SERVICE.test(placeOfService)) {
    failAt(segment.position, 'SV1-05', `must be a two-digit place of service, got ${JSON.stringify(placeOfService)}`);
  }
  const pointers: number[] = [];
  if (element(segment, 7) !== '') {
    const texts = components(segment, 7);
    if (texts.length > 4) failAt(segment.position, 'SV1-07', `holds at most four diagnosis pointers, got ${texts.length}`);
    for (const [c, text] of texts.entries()) {
      const pointer = Number(text);
      if (!/^\d{1,2}$/.test(text) || pointer < 1 || pointer > MAX_POINTER) {
        failAt(segment.position, elementName('SV1', 7, c + 1), `a diagnosis pointer must be 1-12, got ${JSON.stringify(text)}`);
      }
      if (pointer > draft.diagnoses.length) {
        failAt(segment.position, elementName('SV1', 7, c + 1), `points to diagnosis ${pointer}, but the claim's HI holds ${draft.diagnoses.length}`);
      }
      pointers.push(pointer);
    }
  }
  const line = newLine(segment, procedure, units, unitBasis, chargeCents);
  if (placeOfService !== undefined) line.placeOfService = placeOfService;
  if (pointers.length > 0) line.diagnosisPointers = exact(pointers);
  return { line };
}

function readInstitutionalLine(segment: Segment, draft: ClaimDraft): LineDraft | undefined {
  const revenueCode = required(segment, 1, 'the revenue code');
  if (!REVENUE_CODE.test(revenueCode)) failAt(segment.position, 'SV2-01', `must be a four-digit revenue code, got ${JSON.stringify(revenueCode)}`);
  const chargeCents = readMoney(segment, 3, 'the line charge');
  const [qualifier = '', code = ''] = components(segment, 2);
  if (qualifier !== 'HC') {
    const uncoded: Mutable<X12UncodedLine> = { revenueCode, chargeCents, segment: segment.position };
    if (qualifier !== '') uncoded.procedure = { qualifier, code };
    draft.uncodedLines.push(uncoded);
    return undefined;
  }
  const unitBasis = required(segment, 4, 'the unit basis');
  if (unitBasis !== 'UN' && unitBasis !== 'DA') failAt(segment.position, 'SV2-04', `must be UN (unit) or DA (days), got ${JSON.stringify(unitBasis)}`);
  const line = newLine(segment, readProcedure(segment, 2), readUnits(segment, 5), unitBasis, chargeCents);
  line.revenueCode = revenueCode;
  return { line };
}

/** LIN (loop 2410, drug identification): LIN-02 `N4` and LIN-03 the 11-digit NDC. */
function readDrug(segment: Segment, draft: LineDraft): void {
  if (draft.line.ndc !== undefined) failAt(segment.position, 'LIN', 'a service line has one drug identification (LIN) at most');
  const qualifier = element(segment, 2);
  const ndc = element(segment, 3);
  if (qualifier !== 'N4') failAt(segment.position, 'LIN-02', `must be N4 (National Drug Code in 5-4-2 format), got ${JSON.stringify(qualifier)}`);
  if (!NDC_11.test(ndc)) failAt(segment.position, 'LIN-03', `must be an 11-digit NDC without hyphens, got ${JSON.stringify(ndc)}`);
  draft.line.ndc = ndc;
}

/** CTP (loop 2410, drug quantity): CTP-04 the quantity, CTP-05-1 its unit. */
function readDrugQuantity(segment: Segment, draft: LineDraft): void {
  if (draft.line.ndc === undefined || draft.line.ndcQuantity !== undefined) failAt(segment.position, 'CTP', 'a drug quantity (CTP) must follow the LIN of its line, once');
  const amount = required(segment, 4, 'the drug quantity');
  const unit = required(segment, 5, 'the unit of the drug quantity', 1);
  const match = DECIMAL.exec(amount);
  if (match === null || ((match[1] ?? '') === '' && (match[2] ?? '') === '')) {
    failAt(segment.position, 'CTP-04', `must be a quantity such as 10.5, got ${JSON.stringify(amount)}`);
  }
  if (!['F2', 'GR', 'ME', 'ML', 'UN'].includes(unit)) failAt(segment.position, 'CTP-05-1', `must be F2, GR, ME, ML or UN, got ${JSON.stringify(unit)}`);
  draft.line.ndcQuantity = { amount, unit };
}

function finishClaim(draft: ClaimDraft): X12Claim {
  const lines = draft.lines.map(({ line, date }): X12ClaimLine => {
    const range = date ?? draft.serviceDate ?? draft.statement;
    if (range === undefined) {
      failAt(line.segment, 'DTP*472', 'the line has no date of service: no DTP*472 on the line and no service or statement date on the claim');
    }
    line.dateOfService = range.from;
    if (range.to !== range.from) line.lastDateOfService = range.to;
    return line;
  });
  const { header } = draft;
  const claim: Mutable<X12Claim> = {
    claimId: header.claimId,
    kind: header.kind,
    version: header.version,
    totalChargeCents: header.totalChargeCents,
    diagnoses: exact(draft.diagnoses),
    lines,
    uncodedLines: exact(draft.uncodedLines),
    segment: header.segment,
  };
  if (header.placeOfService !== undefined) claim.placeOfService = header.placeOfService;
  if (header.typeOfBill !== undefined) claim.typeOfBill = header.typeOfBill;
  return claim;
}

/** Which guide a transaction follows, from ST-03 (or GS-08 when ST-03 is empty). */
function readKind(st: Segment, gsVersion: string): { kind: '837P' | '837I'; version: string } {
  if (element(st, 1) !== '837') failAt(st.position, 'ST-01', `only 837 health care claims can be read, got ${JSON.stringify(element(st, 1))}`);
  const version = element(st, 3) || gsVersion;
  if (version.startsWith('005010X222')) return { kind: '837P', version };
  if (version.startsWith('005010X223')) return { kind: '837I', version };
  return failAt(st.position, 'ST-03', `must name the 837P (005010X222A1) or 837I (005010X223A2) guide, got ${JSON.stringify(version)}`);
}

function expectCount(segment: Segment, n: number, actual: number, what: string): void {
  if (element(segment, n) !== String(actual)) {
    failAt(segment.position, elementName(segment.id, n), `says ${JSON.stringify(element(segment, n))} ${what}, the file holds ${actual}`);
  }
}

function expectSame(segment: Segment, n: number, opening: Segment, m: number): void {
  if (element(segment, n) !== element(opening, m)) {
    failAt(segment.position, elementName(segment.id, n), `must repeat ${elementName(opening.id, m)} of segment ${opening.position} (${JSON.stringify(element(opening, m))}), got ${JSON.stringify(element(segment, n))}`);
  }
}

/**
 * Reads every claim of an ASC X12 837 file: professional (005010X222A1/A2, DME MAC and A/B MAC
 * claims) and institutional (005010X223A2/A3, home health and hospice). One {@link X12Claim} per
 * CLM, with its service lines in `checkClaim`'s line shape.
 *
 * - Separators come from each ISA segment (element separator, ISA-11 repetition, ISA-16 component,
 *   segment terminator), so `:` and `>` component separators both read; several interchanges,
 *   groups and transactions may share a file; CRLF, LF or no line breaks.
 * - A line's procedure code and up to four modifiers come from SV1-01 (837P) or SV2-02 (837I), its
 *   charge (exact cents), units (whole) and unit basis from the same segment, its date from the
 *   line's DTP*472 or else the claim's (DTP*472, or the 837I statement period DTP*434; `RD8`
 *   ranges give `lastDateOfService`), its place of service from SV1-05 or CLM-05, its NDC and
 *   quantity from LIN/CTP, and a not-otherwise-classified code's description from SV1-01-7.
 * - Diagnoses come from HI (ICD-10-CM ABK/ABF, ICD-9-CM BK/BF), in order; SV1-07 pointers are
 *   checked against them.
 *
 * Anything malformed throws `MedicareInputError` with code `INVALID_INPUT` and a `field` naming the
 * segment position (1-based, counting every segment from the first ISA) and the element, such as
 * `'segment 25 SV1-01-2'`. The whole file is read before anything is returned: no half-read claims.
 * The result is deeply frozen.
 *
 * @example
 * ```ts
 * import { checkClaim } from 'medicare-home-infusion'
 * import { readX12Claims } from 'medicare-home-infusion/x12'
 *
 * for (const claim of readX12Claims(readFileSync('claims.837', 'utf8'))) {
 *   for (const finding of checkClaim(claim.lines)) {
 *     const line = claim.lines[finding.line - 1]!
 *     console.log(claim.claimId, `segment ${line.segment}`, finding.code, finding.message)
 *   }
 * }
 * ```
 */
export function readX12Claims(edi: string): readonly X12Claim[] {
  if (typeof edi !== 'string') {
    throw new MedicareInputError('INVALID_INPUT', 'edi', `must be the text of an X12 file, got ${edi === null ? 'null' : typeof edi}`);
  }
  const claims: X12Claim[] = [];
  let isa: Segment | undefined;
  let gs: Segment | undefined;
  let st: Segment | undefined;
  let groups = 0;
  let transactions = 0;
  let segmentsInTransaction = 0;
  let kind: { kind: '837P' | '837I'; version: string } | undefined;
  let claim: ClaimDraft | undefined;
  let line: LineDraft | undefined;
  let last = 0;

  const closeClaim = (): void => {
    if (claim !== undefined) claims.push(finishClaim(claim));
    claim = undefined;
    line = undefined;
  };

  for (const segment of readSegments(edi)) {
    last = segment.position;
    const { id, position } = segment;
    if (st !== undefined) segmentsInTransaction++;
    // The envelopes: ISA > GS > ST ... SE < GE < IEA.
    if (id === 'ISA') {
      if (isa !== undefined) failAt(position, 'ISA', `interchange of segment ${isa.position} has no IEA before this ISA`);
      isa = segment;
      groups = 0;
      continue;
    }
    if (isa === undefined) failAt(position, id, 'a segment outside an interchange (ISA ... IEA)');
    if (id === 'IEA') {
      if (gs !== undefined) failAt(position, 'IEA', `functional group of segment ${gs.position} has no GE`);
      expectCount(segment, 1, groups, 'functional groups');
      expectSame(segment, 2, isa, 13);
      isa = undefined;
      continue;
    }
    if (id === 'GS') {
      if (gs !== undefined) failAt(position, 'GS', `functional group of segment ${gs.position} has no GE before this GS`);
      gs = segment;
      groups++;
      transactions = 0;
      continue;
    }
    if (gs === undefined) failAt(position, id, 'a segment outside a functional group (GS ... GE)');
    if (id === 'GE') {
      if (st !== undefined) failAt(position, 'GE', `transaction of segment ${st.position} has no SE`);
      expectCount(segment, 1, transactions, 'transaction sets');
      expectSame(segment, 2, gs, 6);
      gs = undefined;
      continue;
    }
    if (id === 'ST') {
      if (st !== undefined) failAt(position, 'ST', `transaction of segment ${st.position} has no SE before this ST`);
      st = segment;
      kind = readKind(segment, element(gs, 8));
      transactions++;
      segmentsInTransaction = 1;
      continue;
    }
    if (st === undefined || kind === undefined) failAt(position, id, 'a segment outside a transaction set (ST ... SE)');
    if (id === 'SE') {
      closeClaim();
      expectCount(segment, 1, segmentsInTransaction, 'segments in the transaction (ST to SE)');
      expectSame(segment, 2, st, 2);
      st = undefined;
      continue;
    }
    // The 837 itself: a claim runs from its CLM to the next CLM, HL or SE.
    switch (id) {
      case 'HL':
        closeClaim();
        break;
      case 'CLM':
        closeClaim();
        claim = readClaimHeader(segment, kind.kind, kind.version);
        break;
      case 'HI':
        if (claim !== undefined && !claim.inServiceLines) readDiagnoses(segment, claim);
        break;
      case 'DTP': {
        if (claim === undefined) break;
        const qualifier = element(segment, 1);
        if (qualifier === '472') {
          // Service date: the line's (loop 2400) once a line has begun, else the claim's (loop 2300).
          if (line !== undefined) line.date = readDateRange(segment);
          else if (!claim.inServiceLines) claim.serviceDate = readDateRange(segment);
        } else if (qualifier === '434' && !claim.inServiceLines) {
          claim.statement = readDateRange(segment); // 837I statement covers period
        }
        break;
      }
      case 'LX':
        if (claim === undefined) failAt(position, 'LX', 'a service line (LX) before any claim (CLM)');
        claim.inServiceLines = true;
        line = undefined;
        break;
      case 'SV1':
      case 'SV2': {
        if (claim === undefined || !claim.inServiceLines || line !== undefined) {
          failAt(position, id, 'a service line segment must follow its own LX within a claim');
        }
        if ((id === 'SV1') !== (kind.kind === '837P')) failAt(position, id, `${id} does not belong in an ${kind.kind}`);
        line = id === 'SV1' ? readProfessionalLine(segment, claim) : readInstitutionalLine(segment, claim);
        if (line !== undefined) claim.lines.push(line);
        break;
      }
      case 'LIN':
        if (line !== undefined) readDrug(segment, line);
        break;
      case 'CTP':
        if (line !== undefined) readDrugQuantity(segment, line);
        break;
      default:
        break; // names, addresses, payers, adjudication: not what a claim check reads
    }
  }
  if (isa !== undefined) failAt(last + 1, 'IEA', `the file ends inside the interchange of segment ${isa.position} (no IEA)`);
  return deepFreeze(claims);
}
