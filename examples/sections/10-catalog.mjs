import { getCode, listCodes } from 'medicare-home-infusion';

export const title = 'The code catalog (getCode, listCodes)';

export default function run() {
  const hizentra = getCode('j1559');
  console.log(`${hizentra.code}  ${hizentra.descriptor}`);
  console.log(`  unit ${hizentra.unit.amount} ${hizentra.unit.unit}, benefits ${hizentra.benefits.join(', ')}, bill to ${hizentra.billTo}, HIT category ${hizentra.hitCategory}`);

  const before = getCode('G0068', { asOf: '2020-06-01' });
  const after = getCode('G0068', { asOf: '2021-06-01' });
  console.log(`G0068 on 2020-06-01 (${before.effective.from}..${before.effective.to}, bill to ${before.billTo}):`);
  console.log(`  ${before.descriptor}`);
  console.log(`G0068 on 2021-06-01 (from ${after.effective.from}, bill to ${after.billTo}):`);
  console.log(`  ${after.descriptor}`);

  console.log(`J1457 on 2025-12-31: ${getCode('J1457', { asOf: '2025-12-31' })?.descriptor}; on 2026-01-01: ${getCode('J1457', { asOf: '2026-01-01' })} (gallium nitrate moves to J7799)`);

  const cat2 = listCodes({ hitCategory: 2, kind: 'drug', asOf: '2026-01-01' }).map((c) => c.code);
  console.log(`HIT category 2 drugs on 2026-01-01: ${cat2.join(', ')}`);
  const sCodes = listCodes({ kind: 'per-diem' });
  console.log(`${sCodes.length} per diem S-codes, none payable by Medicare: ${sCodes.every((c) => !c.medicarePayable)}`);
}
