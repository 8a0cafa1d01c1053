// Lookups: listCodes, listSources, getSource, classifyRuleTable, normalizeIcd10, negotiatedDrugs
// and isProvided against naive versions that validate with zod or a regular expression on every
// call, scan the data linearly (the JSON under data/, or the library's own lists read once at
// load), and build and deep-freeze a fresh answer on every call. Both must give the same answer
// on every input before timing starts.
import { readdirSync } from 'node:fs';
import { z } from 'zod';
import {
  BENEFITS,
  CODE_KINDS,
  classifyRuleTable,
  getSource,
  isProvided,
  listCodes,
  listSources,
  negotiatedDrugs,
  normalizeIcd10,
} from 'medicare-home-infusion';
import { agree, cite, freezeDeep, money, readRepoJson, repoUrl } from './naive.mjs';

const SOURCE_FILES = readdirSync(repoUrl('data/sources/')).filter((n) => n.endsWith('.json')).sort().map((n) => readRepoJson(`data/sources/${n}`));
const DRUG_YEARS = readdirSync(repoUrl('data/negotiated-drugs/')).filter((n) => n.endsWith('.json')).map((n) => readRepoJson(`data/negotiated-drugs/${n}`));
const ALL_CODES = listCodes();
const SOURCES = listSources();


// listCodes: zod for the filter, a filter over every record, a fresh deeply frozen array.
const filterSchema = z
  .strictObject({
    kind: z.enum(CODE_KINDS).optional(),
    benefit: z.enum(BENEFITS).optional(),
    hitCategory: z.union([z.literal(1), z.literal(2), z.literal(3)]).optional(),
    asOf: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).refine((s) => !Number.isNaN(Date.parse(s))).optional(),
    text: z.string().trim().toLowerCase().min(1).optional(),
  })
  .optional();
function naiveListCodes(filter) {
  const f = filterSchema.parse(filter) ?? {};
  return freezeDeep(
    ALL_CODES.filter(
      (r) =>
        (f.kind === undefined || r.kind === f.kind) &&
        (f.benefit === undefined || r.benefits.includes(f.benefit)) &&
        (f.hitCategory === undefined || r.hitCategory === f.hitCategory) &&
        (f.asOf === undefined || (r.effective.from <= f.asOf && (!r.effective.to || f.asOf <= r.effective.to))) &&
        (f.text === undefined ||
          r.code.toLowerCase().includes(f.text) ||
          r.descriptor.toLowerCase().includes(f.text) ||
          (r.shortDescriptor ?? '').toLowerCase().includes(f.text)),
    ),
  );
}
const FILTERS = [
  undefined,
  { kind: 'drug', asOf: '2026-01-01' },
  { hitCategory: 2, asOf: '2026-01-01' },
  { kind: 'pump', benefit: 'part-b-dme', text: 'insulin' },
  { text: 'immune globulin' },
  { benefit: 'part-b-pn' },
  { hitCategory: 1, asOf: '2020-06-15' },
  { kind: 'service', benefit: 'part-b-hit' },
];
agree('lookups', 'listCodes', FILTERS, listCodes, naiveListCodes);

// listSources: merge the data/sources files, sort by id, freeze, on every call.
function naiveListSources() {
  return freezeDeep(SOURCE_FILES.flat().map((s) => ({ ...s })).sort((a, b) => a.id.localeCompare(b.id)));
}
agree('lookups', 'listSources', [undefined], () => listSources(), naiveListSources);

// getSource: a linear scan of the source list (ids read like codes: case and surrounding spaces ignored).
const SOURCE_IDS = [...SOURCES.filter((_, i) => i % 5 === 0).map((s) => s.id), 'no-such-source', ' LCD-L33794 '];
const naiveGetSource = (id) => SOURCES.find((s) => s.id === id.trim().toLowerCase());
agree('lookups', 'getSource', SOURCE_IDS, getSource, naiveGetSource);

// classifyRuleTable: copy and freeze the table on every call.
const TABLE = classifyRuleTable();
const naiveRuleTable = () => freezeDeep(structuredClone(TABLE));
agree('lookups', 'classifyRuleTable', [undefined], () => classifyRuleTable(), naiveRuleTable);

// normalizeIcd10: zod with a transform that puts the dot after the category.
const icd10Schema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z][0-9][0-9A-Z](\.?[0-9A-Z]{1,4})?$/)
  .transform((s) => {
    const plain = s.replace('.', '');
    return plain.length > 3 ? `${plain.slice(0, 3)}.${plain.slice(3)}` : plain;
  });
const naiveIcd10 = (value) => icd10Schema.parse(value);
const DIAGNOSES = ['d800', ' D80.0 ', 'E119', 'C91', 'g20a1', 'E11.65', 'i10', 'C91.00', 'Z94.84', 'g61.0', 'D83.9 ', 'E1065'];
agree('lookups', 'normalizeIcd10', DIAGNOSES, (d) => normalizeIcd10(d), naiveIcd10);

// negotiatedDrugs: zod for the year, the year's JSON file found by a scan, citations resolved and
// deduplicated, a fresh deeply frozen list on every call.
const yearSchema = z.number().int().min(1900).max(2199);
function naiveNegotiatedDrugs(year) {
  const y = yearSchema.parse(year);
  const file = DRUG_YEARS.find((d) => d.year === y);
  if (!file) throw new Error('NO_DATA');
  return freezeDeep(
    file.drugs.map((d) => {
      const citations = [];
      for (const c of [...file.citations, ...(d.priceCitations ?? [])].map(cite)) {
        if (!citations.some((x) => x.id === c.id && (x.section ?? '') === (c.section ?? ''))) citations.push(c);
      }
      return {
        name: d.name,
        brand: d.brand,
        ...(d.maximumFairPriceCents !== undefined ? { maximumFairPrice: money(d.maximumFairPriceCents), priceBasis: file.priceBasis } : {}),
        ...(d.priceNote ? { priceNote: d.priceNote } : {}),
        effectiveFrom: file.effectiveFrom,
        citations,
      };
    }),
  );
}
const DRUG_LIST_YEARS = DRUG_YEARS.map((d) => d.year).sort();
agree('lookups', 'negotiatedDrugs', DRUG_LIST_YEARS, negotiatedDrugs, naiveNegotiatedDrugs);

// isProvided: a regular expression for blank strings.
const naiveIsProvided = (v) => !(v === undefined || v === null || v === false || (typeof v === 'string' && /^\s*$/.test(v)));
const VALUES = ['Jane Doe', '', '   ', undefined, null, false, true, 0, 160, new Date(Date.UTC(2026, 2, 1)), {}, '\t\n', '2026-03-01', ' x ', [], '\u00a0'];
agree('lookups', 'isProvided', VALUES, isProvided, naiveIsProvided);

function roundRobin(name, inputs, lib, naive) {
  let i = 0;
  let j = 0;
  return { name, unit: 'calls', fast: () => lib(inputs[i++ % inputs.length]), naive: () => naive(inputs[j++ % inputs.length]) };
}
let sink = 0;
/** A case whose every call runs the function once on each input (rates are per function call). */
function batch(name, inputs, lib, naive, unit) {
  return {
    name,
    unit,
    opsPerCall: inputs.length,
    fast() {
      for (let i = 0; i < inputs.length; i++) if (lib(inputs[i])) sink++;
    },
    naive() {
      for (let i = 0; i < inputs.length; i++) if (naive(inputs[i])) sink++;
    },
  };
}

export const cases = [
  roundRobin(`listCodes(filter) (${FILTERS.length} filters, one none)`, FILTERS, listCodes, naiveListCodes),
  { name: 'listSources()', unit: 'calls', fast: () => listSources(), naive: naiveListSources },
  batch(`getSource(id) (${SOURCE_IDS.length} ids, 1 unknown, 1 upper-case and padded)`, SOURCE_IDS, getSource, naiveGetSource, 'lookups'),
  { name: 'classifyRuleTable()', unit: 'calls', fast: () => classifyRuleTable(), naive: naiveRuleTable },
  batch(`normalizeIcd10 (${DIAGNOSES.length} codes)`, DIAGNOSES, (d) => normalizeIcd10(d), naiveIcd10, 'codes'),
  roundRobin(`negotiatedDrugs(year) (${DRUG_LIST_YEARS.join(', ')})`, DRUG_LIST_YEARS, negotiatedDrugs, naiveNegotiatedDrugs),
  batch(`isProvided (${VALUES.length} values)`, VALUES, isProvided, naiveIsProvided, 'values'),
];
export const _sink = () => sink;
