/** Builds small, valid 837 files for tests: an envelope around claim segments, counts filled in. */

export interface Delimiters {
  element: string;
  component: string;
  repetition: string;
  segment: string;
  /** What follows each segment terminator: '' (none), '\n' or '\r\n'. */
  lineBreak: string;
}

export const STANDARD: Delimiters = { element: '*', component: ':', repetition: '^', segment: '~', lineBreak: '\n' };

/**
 * One interchange with one group and one 837 transaction holding `body` (segments written with
 * the standard `*` and `:` separators, which are swapped for `d`'s).
 */
export function interchange(body: readonly string[], d: Delimiters = STANDARD, version = '005010X222A1', control = '000000001'): string {
  const e = d.element;
  const swap = (segment: string): string =>
    [...segment].map((ch) => (ch === '*' ? e : ch === ':' ? d.component : ch)).join('');
  const isa = ['ISA', '00', '          ', '00', '          ', 'ZZ', 'SENDER         ', 'ZZ', 'RECEIVER       ',
    '260302', '1200', d.repetition, '00501', control, '0', 'T', d.component].join(e);
  const transaction = [`ST*837*0001*${version}`, 'BHT*0019*00*1*20260302*1200*CH', ...body];
  transaction.push(`SE*${transaction.length + 1}*0001`);
  const segments = [isa, ...[`GS*HC*SENDER*RECEIVER*20260302*1200*1*X*${version}`, ...transaction, 'GE*1*1', `IEA*1*${control}`].map(swap)];
  return segments.map((s) => s + d.segment).join(d.lineBreak);
}
