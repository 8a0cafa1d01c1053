import {
  amountInControversy,
  appealDeadline,
  checkDocumentation,
  documentationRequirements,
  medicareParameters,
  refillWindow,
  timelyFilingDeadline,
} from 'medicare-home-infusion';

export const title = 'Documentation, deadlines and yearly figures';

export default function run() {
  // What a supplier must hold for a subcutaneous immune globulin (Hizentra, J1559) pump claim.
  const reqs = documentationRequirements({ benefit: 'part-b-dme', hcpcs: 'J1559', dateOfService: '2026-03-02', deliveryMethod: 'shipped' });
  console.log('SCIG pump claim (J1559, shipped, DOS 2026-03-02) needs:');
  for (const r of reqs) {
    const required = r.elements.filter((e) => e.required).length;
    const only = r.condition ? ' (conditional)' : '';
    console.log(`  ${r.id.padEnd(34)} ${r.when.padEnd(32)} ${required} required element(s)  [${r.citations[0].id}]${only}`);
  }
  {
    const check = checkDocumentation(reqs[0], {
      beneficiary: 'Jane Doe',
      'order-date': '2026-02-27',
      'item-description': 'J1559 Hizentra 100 mg',
      quantity: '160 units',
      practitioner: '1234567893',
      'practitioner-signature': '',
    });
    console.log(`  order check: complete=${check.complete}, missing=${check.missing.join(', ')}`);
  }

  const refill = refillWindow({ supplyEndsOn: '2026-03-31' });
  console.log(`Supply ends 2026-03-31: contact from ${refill.contactNoSoonerThan}, deliver from ${refill.deliverNoSoonerThan}`);

  // Each level's clock starts from the notice of the level before it (receipt presumed 5 days after
  // the notice date). The notice dates are an example case, one decision after another.
  console.log('Appeal deadlines, an example case (each notice is the previous level\'s decision):');
  const notices = [
    ['redetermination', '2026-03-02', 'initial determination (claim denied)'],
    ['reconsideration', '2026-05-11', 'redetermination decision'],
    ['alj', '2026-08-17', 'reconsideration decision'],
    ['council', '2026-12-07', 'ALJ decision'],
    ['court', '2027-03-15', 'Medicare Appeals Council decision'],
  ];
  for (const [level, noticeDate, notice] of notices) {
    const d = appealDeadline({ level, noticeDate });
    console.log(`  ${level.padEnd(16)} ${notice.padEnd(38)} ${noticeDate} -> file by ${d.fileBy}  (${d.filingDays} days, ${d.citations[0].id})`);
  }
  const aic = amountInControversy(2026);
  console.log(`2026 amount in controversy: ALJ ${aic.alj.usd}, court ${aic.court.usd} (${aic.citations[0].id})`);
  console.log(`Claim for DOS 2026-03-02 must be filed by ${timelyFilingDeadline('2026-03-02')}`);

  const p = medicareParameters(2026);
  console.log(
    `2026: Part B premium ${p.partB.standardPremium.usd}, deductible ${p.partB.deductible.usd}, coinsurance ${p.partB.coinsurancePercent}%;` +
      ` Part A deductible ${p.partA.deductible.usd}; Part D deductible ${p.partD.deductible.usd}, OOP threshold ${p.partD.outOfPocketThreshold.usd}`,
  );
  console.log(`  read only in secondary reports: ${p.secondary.join(', ')}`);
}
