import { classify } from 'medicare-home-infusion';

export const title = 'Which benefit pays, and who do I bill? (classify)';

const CASES = [
  ['Milrinone by ambulatory pump at home, heart failure', { hcpcs: 'J2260', dateOfService: '2026-03-02', device: 'external-pump', route: 'intravenous', setting: 'home' }],
  ['The same milrinone, started in the cardiologist\'s office', { hcpcs: 'J2260', dateOfService: '2026-03-02', device: 'external-pump', setting: 'practitioner-office' }],
  ['The same milrinone during a Part A SNF stay', { hcpcs: 'J2260', dateOfService: '2026-03-02', setting: 'snf', partAStay: true }],
  ['Hizentra by pump for CIDP', { hcpcs: 'J1559', dateOfService: '2026-03-02', device: 'external-pump', route: 'subcutaneous', diagnoses: ['G61.81'], setting: 'home' }],
  ['Gammagard IV at home for common variable immunodeficiency', { hcpcs: 'J1569', dateOfService: '2026-03-02', route: 'intravenous', diagnoses: ['d839'], setting: 'home' }],
  ['Ceftriaxone by gravity at home', { hcpcs: 'J0696', dateOfService: '2026-03-02', device: 'gravity', route: 'intravenous', setting: 'home' }],
  ['Insulin through a non-insulin pump', { hcpcs: 'J1817', dateOfService: '2026-03-02', device: 'external-pump', setting: 'home' }],
  ['A per diem S-code sent to Medicare', { hcpcs: 'S9500', dateOfService: '2026-03-02', setting: 'home' }],
];

export default function run() {
  for (const [label, input] of CASES) {
    const r = classify(input);
    const hit = r.hitCategory ? `, HIT category ${r.hitCategory}${r.hitCodes ? ` (${r.hitCodes.initial}/${r.hitCodes.subsequent})` : ''}` : '';
    console.log(`${label}\n  -> ${r.benefit}${r.billTo ? `, bill ${r.billTo}` : ''}${hit}`);
    const decisive = r.reasons[0];
    console.log(`     because ${decisive.code}: ${decisive.message}`);
    if (decisive.citation) console.log(`     source: ${decisive.citation.id}${decisive.citation.section ? `, ${decisive.citation.section}` : ''}`);
    if (r.requires.length > 0) console.log(`     on file: ${r.requires.join(', ')}`);
  }
}
