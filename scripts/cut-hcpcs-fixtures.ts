/**
 * Maintainer tool: cuts the test excerpts in test/fixtures/hcpcs/ from CMS's full HCPCS files,
 * keeping the bytes as they are (Windows-1252 and CRLF for the fixed-width text). The excerpts hold
 * every line of every catalog code plus a few lines the parsers must skip or handle (CMS's
 * disclaimer, modifier records, a terminated code), so tests run without ../shared.
 *
 * Usage: npx tsx scripts/cut-hcpcs-fixtures.ts <HCPC…_ANWEB.txt> <HCPC…_ANWEB.csv>
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { catalogCodeList } from './import-hcpcs.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** Extra lines: a terminated code (Q9977, ended 2015-12-31) and two modifiers. */
const EXTRA = ['Q9977'];
const MODIFIERS = ['JB', 'JW'];

function cutLines(bytes: Buffer, keep: (line: string, index: number) => boolean, separator: string): Buffer {
  const text = bytes.toString('latin1'); // byte-preserving
  const lines = text.split(separator);
  return Buffer.from(lines.filter((line, i) => keep(line, i)).join(separator) + separator, 'latin1');
}

function main(): void {
  const [txt, csv] = process.argv.slice(2);
  if (!txt || !csv) throw new Error('usage: npx tsx scripts/cut-hcpcs-fixtures.ts <fixed-width .txt> <.csv>');
  const codes = new Set([...catalogCodeList(), ...EXTRA]);
  const fixed = cutLines(
    readFileSync(txt),
    (line, i) => i < 10 || codes.has(line.slice(0, 5)) || MODIFIERS.some((m) => line.startsWith(`   ${m}`)),
    '\r\n',
  );
  writeFileSync(join(root, 'test/fixtures/hcpcs', basename(txt)), fixed);
  const table = cutLines(
    readFileSync(csv),
    (line, i) => i === 0 || codes.has(line.slice(0, 5)) || MODIFIERS.some((m) => line.startsWith(`${m}0`)),
    '\n',
  );
  writeFileSync(join(root, 'test/fixtures/hcpcs', basename(csv)), table);
  console.log(`fixtures written for ${codes.size} codes`);
}

main();
