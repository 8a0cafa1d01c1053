import { checkClaim } from 'medicare-home-infusion';

export const title = 'Checking claim lines before they go out';

function show(label, lines) {
  console.log(`\n${label}`);
  lines.forEach((l, i) => console.log(`  ${String(i + 1).padStart(2)}. ${l.hcpcs} ${(l.modifiers ?? []).join(' ').padEnd(8)} x${l.units}  ${l.dateOfService}`));
  const findings = checkClaim(lines);
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
  show('HIT visits: two category 1 visits on one day, then an "initial" visit 60 days after a visit:', [
    { hcpcs: 'G0068', units: 4, dateOfService: '2026-01-01' },
    { hcpcs: 'G0068', units: 2, dateOfService: '2026-01-01' },
    { hcpcs: 'G0088', units: 4, dateOfService: '2026-03-02' },
  ]);
}
