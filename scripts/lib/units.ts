/**
 * Billing unit parsed from a HCPCS long descriptor, at data-build time (never at run time).
 * Only unambiguous phrasings are read; a descriptor with none of them has no unit, and a
 * combination unit such as "foscarbidopa 0.25 mg/foslevodopa 5 mg" is left alone on purpose.
 */
export interface BillingUnit {
  amount: number;
  unit: string;
}

const UNIT_NAMES: Record<string, string> = {
  mg: 'mg',
  microgram: 'mcg',
  micrograms: 'mcg',
  mcg: 'mcg',
  unit: 'units',
  units: 'units',
  ml: 'ml',
  gram: 'g',
  grams: 'g',
  gm: 'g',
  minutes: 'minutes',
};

/**
 * Reads the billing unit at the end of a descriptor:
 * - `(500 ml = 1 unit)` → 500 ml (parenteral nutrition solutions)
 * - `…, each 15 minutes` → 15 minutes
 * - `…, 100 mg` / `per 250 mg` / `up to 10 mg` / `1 microgram` / `per 50 units` / `15 units` /
 *   `100 ml` / `10 grams lipids` / `100 mg immuneglobulin` → that amount
 * - `per diem` / `per day` → 1 day; `per week` → 1 week; `per cassette or bag` → 1 cassette or bag;
 *   `per hour` → 1 hour; `each` → 1 each;
 *   `1 month supply = 1 unit of service` → 1 month
 */
export function parseBillingUnit(descriptor: string): BillingUnit | undefined {
  const text = descriptor.toLowerCase().trim();
  const perUnit = /\((\d+(?:\.\d+)?) ml = 1 unit\)/.exec(text);
  if (perUnit) return { amount: Number(perUnit[1]), unit: 'ml' };
  if (/1 month supply = 1 unit of service$/.test(text)) return { amount: 1, unit: 'month' };
  const minutes = /\beach (\d+) minutes$/.exec(text);
  if (minutes) return { amount: Number(minutes[1]), unit: 'minutes' };
  // The last comma-separated phrase (or the text after "pump)" for the insulin codes).
  const tail = /(?:^|[\s,/(])(?:per |up to )?(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?) ?(mg|micrograms?|mcg|units?|ml|grams?|gm)(?: lipids| immuneglobulin)?$/.exec(
    text,
  );
  if (tail) {
    const before = text.slice(0, tail.index + 1);
    // "0.25 mg/foslevodopa 5 mg": a combination, not one unit.
    if (/\d ?(mg|mcg|ml)\s*\/\s*\S*$/.test(before.trimEnd()) || /\/\S*$/.test(before.trimEnd())) return undefined;
    return { amount: Number(tail[1]!.replace(/,/g, '')), unit: UNIT_NAMES[tail[2]!]! };
  }
  if (/[,;] per diem\b/.test(text)) return { amount: 1, unit: 'day' };
  if (/[,;] per day$/.test(text)) return { amount: 1, unit: 'day' };
  // Supplies: "per week (list drugs separately)", "per cassette or bag (list drugs separately)".
  const bare = text.replace(/\s*\(list drugs?\s+separately\)$/, '');
  if (/[,;] per week$/.test(bare)) return { amount: 1, unit: 'week' };
  if (/[,;] per cassette or bag$/.test(bare)) return { amount: 1, unit: 'cassette or bag' };
  if (/[,;] per hour\b/.test(text)) return { amount: 1, unit: 'hour' };
  if (/, each$/.test(text)) return { amount: 1, unit: 'each' };
  return undefined;
}
