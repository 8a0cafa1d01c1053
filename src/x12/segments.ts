import { MedicareInputError } from '../index.js';

/**
 * The four separators of one interchange, read from its ISA segment (ASC X12.5 / the 5010
 * implementation guides, appendix B "Delimiters"): the element separator is the 4th character of
 * ISA, the repetition separator is ISA-11, the component separator is ISA-16, and the segment
 * terminator is the character right after ISA-16. Senders choose them, so they differ between files.
 */
export interface Separators {
  readonly element: string;
  readonly repetition: string;
  readonly component: string;
  readonly segment: string;
}

/** One segment: `elements[0]` is its id (`'SV1'`), `elements[n]` its n-th element (`SV1-0n`). */
export interface Segment {
  readonly id: string;
  readonly elements: readonly string[];
  /** 1-based position in the file, counting every segment from the first ISA. */
  readonly position: number;
  readonly separators: Separators;
}

/** Throws `INVALID_INPUT` naming the segment position and the element (`'segment 23 SV1-01-2'`). */
export function failAt(position: number, element: string, message: string): never {
  throw new MedicareInputError('INVALID_INPUT', `segment ${position} ${element}`, message);
}

/** The name of element `n` (and component `c`) of a segment as the guides write it: `SV1-01-2`. */
export function elementName(id: string, n: number, c?: number): string {
  const element = `${id}-${String(n).padStart(2, '0')}`;
  return c === undefined ? element : `${element}-${c}`;
}

const SEGMENT_ID = /^[A-Z][A-Z0-9]{1,2}$/;
/** The ISA segment has 16 elements, so 16 element separators before ISA-16. */
const ISA_ELEMENTS = 16;
/** Generous bound on the ISA's length (106 characters when every element has its fixed width). */
const ISA_MAX_LENGTH = 200;

function isLineBreak(char: string | undefined): boolean {
  return char === '\n' || char === '\r';
}

/** A separator must be one character that cannot occur in the data it separates. */
function isUsableSeparator(char: string | undefined): boolean {
  return char !== undefined && char.length === 1 && !/[A-Za-z0-9 \r\n]/.test(char);
}

/** Reads the separators of the interchange whose ISA starts at `start`. */
function readSeparators(edi: string, start: number, position: number): Separators {
  if (edi.slice(start, start + 3) !== 'ISA') {
    failAt(position, 'ISA', `an interchange must start with ISA, got ${JSON.stringify(edi.slice(start, start + 3))}`);
  }
  const element = edi[start + 3];
  if (!isUsableSeparator(element)) failAt(position, 'ISA', 'the 4th character (the element separator) must be a punctuation character');
  let at = start + 3;
  for (let n = 1; n < ISA_ELEMENTS; n++) {
    at = edi.indexOf(element!, at + 1);
    if (at === -1 || at - start > ISA_MAX_LENGTH) failAt(position, elementName('ISA', n + 1), `the ISA segment ends before its 16 elements`);
  }
  const component = edi[at + 1];
  const segment = edi[at + 2];
  const isa = edi.slice(start, at + 2).split(element!);
  const version = isa[12] ?? '';
  const repetition = isa[11] ?? '';
  if (!/^\d{5}$/.test(version) || version < '00501') {
    failAt(position, 'ISA-12', `only version 00501 interchanges (HIPAA 5010) can be read, got ${JSON.stringify(version)}`);
  }
  if (!isUsableSeparator(component)) failAt(position, 'ISA-16', `the component separator must be one punctuation character, got ${JSON.stringify(component ?? '')}`);
  if (segment === undefined || /[A-Za-z0-9 ]/.test(segment)) failAt(position, 'ISA-16', 'the segment terminator must follow ISA-16');
  if (repetition.length !== 1 || !isUsableSeparator(repetition)) {
    failAt(position, 'ISA-11', `the repetition separator must be one punctuation character, got ${JSON.stringify(repetition)}`);
  }
  const chosen = [element!, repetition, component!, segment];
  if (new Set(chosen).size !== chosen.length) {
    failAt(position, 'ISA', `element, repetition, component separators and segment terminator must differ, got ${JSON.stringify(chosen.join(''))}`);
  }
  return { element: element!, repetition, component: component!, segment };
}

/**
 * The segments of an X12 file, in order, one pass and no copy of the whole file. Each ISA sets the
 * separators until its IEA, so interchanges with different separators may follow each other.
 * Line breaks after a segment terminator (CRLF, LF) are skipped, and so is a file without any.
 * Throws `INVALID_INPUT` naming the segment position for anything that is not a segment stream.
 */
export function* readSegments(edi: string): Generator<Segment> {
  let at = 0;
  let position = 0;
  let separators: Separators | undefined;
  const skipBreaks = (): void => {
    while (at < edi.length && (isLineBreak(edi[at]) || (separators === undefined && /\s/.test(edi[at]!)))) at++;
  };
  if (edi.charCodeAt(0) === 0xfeff) at = 1; // a byte-order mark some editors write
  skipBreaks();
  if (at >= edi.length) failAt(1, 'ISA', 'the file holds no segments');
  while (at < edi.length) {
    position++;
    if (separators === undefined) separators = readSeparators(edi, at, position);
    let end = edi.indexOf(separators.segment, at);
    if (end === -1) end = edi.length; // a last segment without its terminator: read, then IEA is checked by the caller
    // A file whose terminator is the line feed itself may still end its lines with CRLF.
    const text = edi.slice(at, separators.segment === '\n' && edi[end - 1] === '\r' ? end - 1 : end);
    const elements = text.split(separators.element);
    const id = elements[0]!;
    if (!SEGMENT_ID.test(id)) {
      failAt(position, 'segment id', `must be 2-3 upper-case letters or digits, got ${JSON.stringify(id.slice(0, 20))}`);
    }
    yield { id, elements, position, separators };
    at = end + 1;
    if (id === 'IEA') separators = undefined;
    skipBreaks();
  }
}
