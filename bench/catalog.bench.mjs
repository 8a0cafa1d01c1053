// Catalog lookups: getCode (Map index built once, fast path for canonical codes) against a naive
// Array.find over the same catalog, on the same codes, in the same run.
import { getCode, listCodes } from 'medicare-home-infusion';

const all = listCodes();
const known = [...new Set(all.map((r) => r.code))];
// 64 codes per call: canonical codes of the catalog, a few lower-case/padded ones and a few unknown.
const codes = Array.from({ length: 64 }, (_, i) => {
  const code = known[(i * 37) % known.length];
  if (i % 16 === 5) return ` ${code.toLowerCase()} `;
  if (i % 16 === 11) return 'J9999';
  return code;
});
const dated = codes.map((code, i) => ({ code, asOf: i % 2 ? '2020-06-15' : '2026-01-01' }));

function naiveLatest(input) {
  const code = input.trim().toUpperCase();
  let found;
  for (const r of all) if (r.code === code) found = r; // the last record of the code
  return found;
}
function naiveAsOf(input, asOf) {
  const code = input.trim().toUpperCase();
  return all.find((r) => r.code === code && r.effective.from <= asOf && (!r.effective.to || asOf <= r.effective.to));
}

let sink = 0;
export const cases = [
  {
    name: 'getCode(code) (latest record)',
    unit: 'lookups',
    opsPerCall: codes.length,
    target: 10_000_000,
    fast() {
      for (let i = 0; i < codes.length; i++) if (getCode(codes[i]) !== undefined) sink++;
    },
    naive() {
      for (let i = 0; i < codes.length; i++) if (naiveLatest(codes[i]) !== undefined) sink++;
    },
  },
  {
    name: 'getCode(code, { asOf })',
    unit: 'lookups',
    opsPerCall: dated.length,
    fast() {
      for (let i = 0; i < dated.length; i++) if (getCode(dated[i].code, { asOf: dated[i].asOf }) !== undefined) sink++;
    },
    naive() {
      for (let i = 0; i < dated.length; i++) if (naiveAsOf(dated[i].code, dated[i].asOf) !== undefined) sink++;
    },
  },
];
export const _sink = () => sink;
