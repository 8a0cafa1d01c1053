// HIT tables: hitCode, hitRates, hitRateYears, hitTransitionalCategory and ivigServicesPayment
// against naive versions that validate with zod on every call, scan the data linearly (the HIT
// service rules of classifyRuleTable(), data/hit-rates/*.json, data/q2052.json) and build and
// deep-freeze a fresh answer on every call. Both must give the same answer (or both refuse) on
// every input before timing starts. hitVisitType and hitPayment have their cases in hit.bench.mjs.
import { readdirSync } from 'node:fs';
import { z } from 'zod';
import {
  MedicareInputError,
  classifyRuleTable,
  hitCode,
  hitRateYears,
  hitRates,
  hitTransitionalCategory,
  ivigServicesPayment,
} from 'medicare-home-infusion';
import { agree, cite, freezeDeep, isoDate, money, readRepoJson, repoUrl } from './naive.mjs';

// Bundled HIT rate tables: one data/hit-rates/<year>.json each (none is held today).
const RATE_TABLES = readdirSync(repoUrl('data/hit-rates/')).filter((n) => /^\d{4}\.json$/.test(n)).map((n) => readRepoJson(`data/hit-rates/${n}`));
const Q2052 = readRepoJson('data/q2052.json');
const RULES = classifyRuleTable().rules;

const category = z.union([z.literal(1), z.literal(2), z.literal(3)]);
const visit = z.enum(['initial', 'subsequent']);
const yearSchema = z.number().int().min(1900).max(2199);

/** The G-code of a category and visit, by a scan of the classifier's HIT service rules. */
function naiveHitCode(cat, vis) {
  const c = category.parse(cat);
  const v = visit.parse(vis);
  return RULES.find((r) => r.kind === 'hit-service' && r.hitCategory === c && r.hitVisit === v).codes[0];
}

function naiveHitRates(year) {
  const y = yearSchema.parse(year);
  const table = RATE_TABLES.find((t) => t.year === y);
  if (!table) throw new MedicareInputError('NO_DATA', 'year', `the library holds no verified HIT national rate table for ${y}`);
  return freezeDeep(structuredClone(table));
}
const naiveHitRateYears = () => Object.freeze(RATE_TABLES.map((t) => t.year).sort((a, b) => a - b));

const HIT_G_CODES = RULES.filter((r) => r.kind === 'hit-service').map((r) => r.codes[0]);
const tableSchema = z
  .object({
    year: yearSchema,
    rates: z.record(z.string(), z.number().int().nonnegative()),
    status: z.enum(['published', 'derived']).optional(),
    citations: z.array(z.object({ id: z.string(), title: z.string(), url: z.string(), section: z.string().optional() })).optional(),
  })
  .superRefine((t, ctx) => {
    for (const code of Object.keys(t.rates)) if (!HIT_G_CODES.includes(code)) ctx.addIssue({ code: 'custom', message: `${code} is not a HIT G-code` });
    for (const c of [1, 2, 3]) {
      const initial = t.rates[naiveHitCode(c, 'initial')];
      const subsequent = t.rates[naiveHitCode(c, 'subsequent')];
      if (initial !== undefined && subsequent !== undefined && initial < subsequent) ctx.addIssue({ code: 'custom', message: 'initial below subsequent' });
    }
  });
const transitionalSchema = z.object({
  dateOfService: isoDate.refine((d) => d >= '2019-01-01' && d < '2021-01-01'),
  categories: z.array(category).min(1),
  rates: tableSchema,
});
/** Sorts the categories by amount then category number, highest first, and takes the first. */
function naiveTransitional(input) {
  const v = transitionalSchema.parse(input);
  if (v.rates.year !== Number(v.dateOfService.slice(0, 4))) throw new Error('rates.year');
  const amount = (c) => {
    const a = v.rates.rates[naiveHitCode(c, 'subsequent')];
    if (a === undefined) throw new Error('missing amount');
    return a;
  };
  return [...v.categories].sort((a, b) => amount(b) - amount(a) || b - a)[0];
}

function naiveIvig(input) {
  const { dateOfService } = z.object({ dateOfService: isoDate }).parse(input);
  const period = Q2052.periods.find((p) => p.from <= dateOfService && dateOfService <= p.to);
  if (!period) throw new Error('NO_DATA');
  return freezeDeep({ code: Q2052.code, rate: money(period.cents), citations: period.citations.map(cite) });
}

// Inputs.
const PAIRS = [1, 2, 3].flatMap((c) => ['initial', 'subsequent'].map((v) => [c, v]));
const YEARS = [2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027];
// Caller-supplied 2019 and 2020 tables for hitTransitionalCategory. The amounts are illustrative
// benchmark inputs, not CMS figures (the library holds none); 2020 has a tie between categories
// 2 and 3 so that the tie rule is exercised.
const ILLUSTRATIVE = {
  2019: { G0068: 15000, G0069: 21000, G0070: 24000 },
  2020: { G0068: 15500, G0069: 23500, G0070: 23500 },
};
const CATEGORY_SETS = [[1, 3], [2, 1], [1, 2, 3], [3], [2, 3], [3, 2, 1], [1, 1, 2]];
const DOS = ['2019-01-01', '2019-02-28', '2019-12-31', '2020-02-29', '2020-03-01', '2020-12-31'];
function transitionalInputs(frozen) {
  const tables = Object.fromEntries(
    Object.entries(ILLUSTRATIVE).map(([y, rates]) => {
      const t = { year: Number(y), rates: { ...rates }, status: 'published' };
      return [y, frozen ? freezeDeep(t) : t];
    }),
  );
  const out = [];
  DOS.forEach((dateOfService, i) => {
    for (const [k, categories] of CATEGORY_SETS.entries()) if ((i + k) % 2 === 0) out.push({ dateOfService, categories, rates: tables[dateOfService.slice(0, 4)] });
  });
  return out;
}
const FROZEN_TTP = transitionalInputs(true);
const OPEN_TTP = transitionalInputs(false);
const IVIG = ['2021-01-01', '2021-06-30', '2021-12-31', '2023-01-01', '2023-07-04', '2023-12-31', '2024-01-01', '2024-02-29', '2024-10-31', '2024-12-31'].map(
  (dateOfService) => ({ dateOfService }),
);

// Agreement before timing.
agree('hit-tables', 'hitCode', PAIRS, ([c, v]) => hitCode(c, v), ([c, v]) => naiveHitCode(c, v));
function outcome(f, x) {
  try {
    return { value: f(x) };
  } catch (e) {
    return { refused: e instanceof MedicareInputError ? e.code : String(e) };
  }
}
agree('hit-tables', 'hitRates', YEARS, (y) => outcome(hitRates, y), (y) => outcome(naiveHitRates, y));
for (const y of YEARS) {
  if (outcome(hitRates, y).refused !== 'NO_DATA') throw new Error(`hit-tables bench: hitRates(${y}) no longer refuses; rename the case`);
}
agree('hit-tables', 'hitRateYears', [undefined], () => hitRateYears(), () => naiveHitRateYears());
agree('hit-tables', 'hitTransitionalCategory', [...FROZEN_TTP, ...OPEN_TTP], hitTransitionalCategory, naiveTransitional);
agree('hit-tables', 'ivigServicesPayment', IVIG, ivigServicesPayment, naiveIvig);

let sink = 0;
function roundRobin(name, inputs, lib, naive) {
  let i = 0;
  let j = 0;
  return { name, unit: 'calls', fast: () => lib(inputs[i++ % inputs.length]), naive: () => naive(inputs[j++ % inputs.length]) };
}
/** Each call asks for a year's table and expects the NO_DATA refusal. */
function refusal(f) {
  let i = 0;
  return () => {
    try {
      f(YEARS[i++ % YEARS.length]);
    } catch (e) {
      if (e.code === 'NO_DATA') sink++;
      else throw e;
    }
  };
}

export const cases = [
  {
    name: 'hitCode(category, visit) (all 6 pairs)',
    unit: 'lookups',
    opsPerCall: PAIRS.length,
    fast() {
      for (let i = 0; i < PAIRS.length; i++) sink += hitCode(PAIRS[i][0], PAIRS[i][1]).length;
    },
    naive() {
      for (let i = 0; i < PAIRS.length; i++) sink += naiveHitCode(PAIRS[i][0], PAIRS[i][1]).length;
    },
  },
  { name: `hitRates(year) (NO_DATA: no bundled year; ${YEARS[0]}-${YEARS.at(-1)})`, unit: 'calls', fast: refusal(hitRates), naive: refusal(naiveHitRates) },
  { name: 'hitRateYears() (empty: no bundled year)', unit: 'calls', fast: () => hitRateYears(), naive: naiveHitRateYears },
  roundRobin(`hitTransitionalCategory (${FROZEN_TTP.length} questions, frozen caller tables)`, FROZEN_TTP, hitTransitionalCategory, naiveTransitional),
  roundRobin(`hitTransitionalCategory (${OPEN_TTP.length} questions, unfrozen caller tables)`, OPEN_TTP, hitTransitionalCategory, naiveTransitional),
  roundRobin(`ivigServicesPayment (${IVIG.length} dates in 2021, 2023, 2024)`, IVIG, ivigServicesPayment, naiveIvig),
];
export const _sink = () => sink;
