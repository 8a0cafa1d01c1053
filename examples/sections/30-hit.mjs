import { hitCode, hitPayment, hitRates, hitVisitType, ivigServicesPayment, MedicareInputError } from 'medicare-home-infusion';

export const title = 'Home infusion therapy services payment (HIT) and Q2052';

export default function run() {
  // Initial or subsequent? Discharged on Jan 2, back on Mar 5 (62 days later): a new initial visit.
  const visit = hitVisitType({ dateOfService: '2025-03-05', patientPriorVisits: [{ date: '2025-01-02', discharged: true }] });
  const code = hitCode(2, visit);
  console.log(`Category 2 visit on 2025-03-05 after a discharge on 2025-01-02: ${visit} -> ${code}`);

  // The library bundles no CMS HIT rate year (none was found in a citable source), so it says so ...
  try {
    hitRates(2025);
  } catch (error) {
    if (error instanceof MedicareInputError) console.log(`hitRates(2025): ${error.code}`);
  }

  // ... and computes with a table you load from CMS's yearly file. The amounts below are MADE UP
  // (round hundreds, so they cannot be mistaken for CMS's rates); so are the GAF and the charge.
  const rates = Object.freeze({
    year: 2025,
    status: 'published',
    rates: Object.freeze({ G0068: 10000, G0069: 20000, G0070: 30000, G0088: 11000, G0089: 22000, G0090: 33000 }),
  });
  const payment = hitPayment({ dateOfService: '2025-03-05', code, gaf: 1.05, chargeCents: 40000, deductibleRemainingCents: 5000, rates });
  console.log(`${payment.code} from a MADE-UP rate table (not CMS figures: load CMS's file for real amounts), GAF ${payment.gaf}:`);
  for (const step of payment.steps) console.log(`  ${step.label.padEnd(62)} ${step.value.padStart(10)}  (illustrative)`);
  console.log(`  cited: ${payment.citations.map((c) => `${c.id}${c.section ? ` ${c.section}` : ''}`).join('; ')}`);

  // Q2052: IVIG items and services in the home, from cited figures.
  const ivig = ivigServicesPayment({ dateOfService: '2024-09-10' });
  console.log(`Q2052 on 2024-09-10: ${ivig.rate.usd} (${ivig.citations[0].id})`);
}
