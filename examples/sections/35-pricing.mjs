import { dmeposFee, drugPaymentLimit, MedicareInputError, priceClaim } from 'medicare-home-infusion';

export const title = "Pricing a claim from CMS's DMEPOS, PEN and ASP files";

export default function run() {
  // The fee schedule amount, state and rural column, after the capped-rental rule (January 2025 files).
  const pump = dmeposFee({ hcpcs: 'E0781', modifiers: ['RR'], dateOfService: '2025-02-10', state: 'AL', zip: '35010', rentalMonth: 5 });
  console.log(`E0781 RR, Alabama ZIP 35010 (rural: ${pump.rural}), rental month 5: ${pump.fee.usd} (${pump.category})`);
  const drug = drugPaymentLimit({ hcpcs: 'J1559', dateOfService: '2025-02-10' });
  console.log(`J1559 ASP limit: $${drug.limitPerUnit.dollars} per ${drug.billingUnit}, coinsurance ${drug.coinsurancePercent}%`);

  // A whole claim; the HIT amounts are ILLUSTRATIVE (no CMS HIT rate year is held).
  const claim = priceClaim({
    state: 'AL', zip: '35203', deductibleRemainingCents: 0, gaf: 1,
    hitRates: { year: 2025, rates: { G0068: 15555, G0069: 24713, G0070: 27001, G0088: 20000, G0089: 30001, G0090: 35000 } },
    lines: [
      { hcpcs: 'E0781', modifiers: ['RR', 'KX'], units: 1, dateOfService: '2025-02-10', rentalMonth: 5 },
      { hcpcs: 'A4222', modifiers: ['KX'], units: 1, dateOfService: '2025-02-10' },
      { hcpcs: 'J2270', modifiers: ['KX'], units: 30, dateOfService: '2025-02-10', chargeCents: 20000 },
      { hcpcs: 'G0068', units: 1, dateOfService: '2025-02-10' },
      { hcpcs: 'J1170', modifiers: ['KX'], units: 2, dateOfService: '2025-02-10' },
      { hcpcs: 'S9500', units: 1, dateOfService: '2025-02-10' },
    ],
  });
  for (const line of claim.lines) {
    const figures = line.allowed ? `allowed ${line.allowed.usd}, Medicare ${line.medicarePays.usd}, beneficiary ${line.beneficiaryPays.usd}` : `not priced: ${line.reason}`;
    console.log(`  ${line.line}. ${line.hcpcs.padEnd(6)} ${line.basis.padEnd(11)} ${figures}`);
  }
  console.log(`  total: allowed ${claim.totals.allowed.usd}, Medicare ${claim.totals.medicarePays.usd}, beneficiary ${claim.totals.beneficiaryPays.usd}`);

  // A quarter the library does not hold: NO_DATA, naming the quarter and the import command.
  try {
    drugPaymentLimit({ hcpcs: 'J1559', dateOfService: '2025-04-01' });
  } catch (error) {
    if (error instanceof MedicareInputError) console.log(`2025-04-01: ${error.code}: ${error.message.slice(0, 90)}…`);
  }
}
