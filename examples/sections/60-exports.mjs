import { toCsv, toFhirCodeSystem } from 'medicare-home-infusion';

export const title = 'Exports: FHIR R4 CodeSystem and CSV (toFhirCodeSystem, toCsv)';

export default function run() {
  const cs = toFhirCodeSystem();
  console.log(`CodeSystem ${cs.url} version ${cs.version}: content '${cs.content}', ${cs.count} HCPCS concepts (CPT excluded)`);
  console.log(`  properties: ${cs.property.map((p) => `${p.code}:${p.type}`).join(', ')}`);
  const j1559 = cs.concept.find((c) => c.code === 'J1559');
  console.log(`  ${j1559.code} display '${j1559.display}', definition '${j1559.definition}'`);
  console.log(`    ${j1559.property.map((p) => `${p.code}=${p.valueString ?? p.valueInteger ?? p.valueBoolean ?? p.valueDateTime}`).join(' ')}`);

  const old = toFhirCodeSystem({ asOf: '2020-06-01', text: 'G0068' }).concept[0];
  console.log(`  G0068 as of 2020-06-01: effective ${old.property.filter((p) => p.code.startsWith('effective')).map((p) => p.valueDateTime).join('..')}`);

  const csv = toCsv({ kind: 'pump', asOf: '2026-01-01' });
  const lines = csv.split('\r\n');
  console.log(`CSV of pumps on 2026-01-01: ${lines.length - 2} rows (CRLF line ends); first lines:`);
  for (const line of lines.slice(0, 4)) console.log(`  ${line}`);
}
