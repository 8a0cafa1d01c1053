import { checkClaim } from 'medicare-home-infusion';

export const title = 'Checking claim lines before they go out';

function show(label, lines, options) {
  console.log(`\n${label}`);
  lines.forEach((l, i) => console.log(`  ${String(i + 1).padStart(2)}. ${l.hcpcs} ${(l.modifiers ?? []).join(' ').padEnd(8)} x${l.units}  ${l.dateOfService}`));
  if (options?.drugLines) console.log(`  (drugs billed to the DME MAC: ${options.drugLines.map((d) => `${d.hcpcs} ${d.dateOfService}`).join(', ')})`);
  const findings = checkClaim(lines, options);
  if (findings.length === 0) console.log('  -> no findings');
  for (const f of findings) {
    console.log(`  -> line ${f.line} ${f.severity.toUpperCase()} ${f.code}: ${f.message}`);
    if (f.citation) console.log(`     (${f.citation.title}${f.citation.section ? `, ${f.citation.section}` : ''})`);
  }
}

export default function run() {
  show('Insulin pump month, as it should be:', [
    { hcpcs: 'E0784', modifiers: ['KX'], units: 1, dateOfService: '2026-03-02' },
    { hcpcs: 'A4224', modifiers: ['KX'], units: 4, dateOfService: '2026-03-02' },
    { hcpcs: 'J1817', modifiers: ['KX', 'JK'], units: 6, dateOfService: '2026-03-02' },
  ]);
  show('Insulin pump with a non-insulin supply, insulin without JK/JL:', [
    { hcpcs: 'E0784', modifiers: ['KX'], units: 1, dateOfService: '2026-03-02' },
    { hcpcs: 'A4221', modifiers: ['KX'], units: 4, dateOfService: '2026-03-02' },
    { hcpcs: 'J1817', modifiers: ['KX'], units: 6, dateOfService: '2026-03-02' },
  ]);
  show('Subcutaneous immune globulin without JB, and an S-code:', [
    { hcpcs: 'E0779', modifiers: ['KX'], units: 1, dateOfService: '2026-03-02' },
    { hcpcs: 'J1559', modifiers: ['KX'], units: 80, dateOfService: '2026-03-02' },
    { hcpcs: 'S9338', units: 1, dateOfService: '2026-03-02' },
  ]);
  // HIT visits go to the A/B MAC, their drug to the DME MAC: pass the drug lines so the visit's drug
  // date can be checked (MM11880: with the visit or no more than 30 days before it).
  show('HIT visits: two category 1 visits on one day, then an "initial" visit 60 days after a visit:', [
    { hcpcs: 'G0068', units: 4, dateOfService: '2026-01-01' },
    { hcpcs: 'G0068', units: 2, dateOfService: '2026-01-01' },
    { hcpcs: 'G0088', units: 4, dateOfService: '2026-03-02' },
  ], { drugLines: [{ hcpcs: 'J2260', dateOfService: '2026-01-01' }, { hcpcs: 'J2260', dateOfService: '2026-02-20' }] });
  show('A home IVIG claim with Q2052 billed twice on one day, and Q2052 without its drug:', [
    { hcpcs: 'J1569', units: 300, dateOfService: '2026-03-02' },
    { hcpcs: 'Q2052', units: 2, dateOfService: '2026-03-02' },
    { hcpcs: 'Q2052', units: 1, dateOfService: '2026-05-04' },
  ]);
}
