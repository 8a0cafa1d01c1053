// Deadlines: refillWindow, timelyFilingDeadline, adrResponseDeadline and amountInControversy
// against naive versions that validate with zod, do the calendar arithmetic with date-fns on
// Date objects, scan the rules read from data/deadlines/*.json, resolve citations by a linear scan
// of the source list, and build and deep-freeze a fresh answer on every call. Both must give the
// same answer on every input before timing starts. (appealDeadline has its case in
// documentation.bench.mjs.)
import { addDays, addYears, format, parseISO, subDays } from 'date-fns';
import { z } from 'zod';
import { adrResponseDeadline, amountInControversy, refillWindow, timelyFilingDeadline } from 'medicare-home-infusion';
import { agree, anyPrimary, cite, freezeDeep, isoDate, money, readRepoJson } from './naive.mjs';

const RULES = readRepoJson('data/deadlines/rules.json');
const AIC = readRepoJson('data/deadlines/aic-thresholds.json');


const ymd = (d) => format(d, 'yyyy-MM-dd');

const refillSchema = z.object({ supplyEndsOn: isoDate });
function naiveRefill(input) {
  const { supplyEndsOn } = refillSchema.parse(input);
  const rule = RULES.refill;
  if (supplyEndsOn < rule.from) throw new Error('NO_DATA');
  const end = parseISO(supplyEndsOn);
  return freezeDeep({
    contactNoSoonerThan: ymd(subDays(end, rule.contactDaysBeforeEnd)),
    deliverNoSoonerThan: ymd(subDays(end, rule.deliveryDaysBeforeEnd)),
    citations: rule.citations.map(cite),
  });
}

function naiveTimelyFiling(dateOfService) {
  const dos = isoDate.parse(dateOfService);
  if (dos < RULES.timelyFiling.from) throw new Error('NO_DATA');
  return ymd(addYears(parseISO(dos), RULES.timelyFiling.years));
}

const adrSchema = z.object({ requestDate: isoDate, contractor: z.enum(['upic', 'other']).optional() });
function naiveAdr(input) {
  const { requestDate, contractor } = adrSchema.parse(input);
  const rule = RULES.adrResponse;
  const days = contractor === 'upic' ? rule.upicDays : rule.days;
  return freezeDeep({ days, respondBy: ymd(addDays(parseISO(requestDate), days)), citations: rule.citations.map(cite) });
}

const yearSchema = z.number().int().min(1900).max(2199);
function naiveAic(year) {
  const y = yearSchema.parse(year);
  const r = AIC.find((x) => x.year === y);
  if (!r) throw new Error('NO_DATA');
  // One citation per source and section, in order of first mention (the ALJ and court amounts often share a notice).
  const all = [...r.aljCitations, ...r.courtCitations, ...r.citations].map(cite);
  const citations = all.filter((c, i) => all.findIndex((o) => o.id === c.id && o.section === c.section) === i);
  const secondary = [...(anyPrimary(r.aljCitations) ? [] : ['alj']), ...(anyPrimary(r.courtCitations) ? [] : ['court'])];
  return freezeDeep({ year: r.year, alj: money(r.aljCents), court: money(r.courtCents), citations, secondary, warnings: r.warnings ?? [] });
}

// Dates with month ends, leap days and year ends, where calendar arithmetic goes wrong first.
const DATES = [
  '2024-01-01', '2024-02-29', '2024-03-01', '2024-03-10', '2024-03-31', '2024-12-31',
  '2025-01-09', '2025-02-28', '2025-03-01', '2025-05-31', '2025-11-15', '2025-12-31',
  '2026-01-20', '2026-02-28', '2026-03-02', '2026-03-31', '2026-07-04', '2026-10-31',
  '2027-12-31', '2028-02-29', '2028-03-01', '2030-06-30', '2099-12-31', '2100-02-28',
];
const REFILL = DATES.map((supplyEndsOn) => ({ supplyEndsOn }));
const FILING = [...DATES, '2010-01-01', '2012-02-29', '2016-02-29', '2019-08-31', '2020-02-29', '2023-12-31'];
const ADR = DATES.map((requestDate, i) => (i % 3 === 0 ? { requestDate } : { requestDate, contractor: i % 3 === 1 ? 'upic' : 'other' }));
const AIC_YEARS = AIC.map((r) => r.year);

agree('deadlines', 'refillWindow', REFILL, refillWindow, naiveRefill);
agree('deadlines', 'timelyFilingDeadline', FILING, timelyFilingDeadline, naiveTimelyFiling);
agree('deadlines', 'adrResponseDeadline', ADR, adrResponseDeadline, naiveAdr);
agree('deadlines', 'amountInControversy', AIC_YEARS, amountInControversy, naiveAic);

/** A case that calls `lib` and `naive` on the inputs in turn (round robin, separate counters). */
function roundRobin(name, inputs, lib, naive) {
  let i = 0;
  let j = 0;
  return {
    name,
    unit: 'calls',
    fast: () => lib(inputs[i++ % inputs.length]),
    naive: () => naive(inputs[j++ % inputs.length]),
  };
}

export const cases = [
  roundRobin(`refillWindow (${REFILL.length} supply end dates)`, REFILL, refillWindow, naiveRefill),
  roundRobin(`timelyFilingDeadline (${FILING.length} dates of service)`, FILING, timelyFilingDeadline, naiveTimelyFiling),
  roundRobin(`adrResponseDeadline (${ADR.length} requests, UPIC or not)`, ADR, adrResponseDeadline, naiveAdr),
  roundRobin(`amountInControversy (${AIC_YEARS.length} held years)`, AIC_YEARS, amountInControversy, naiveAic),
];
