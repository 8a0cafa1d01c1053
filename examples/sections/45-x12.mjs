import { readFileSync } from 'node:fs';
import { checkClaim } from 'medicare-home-infusion';
import { readX12Claims } from 'medicare-home-infusion/x12';

export const title = 'From an X12 837 file to findings, by segment';

export default function run() {
  // Two Medicare DME MAC claims written for this example (examples/x12/README.md), '>' separators, CRLF.
  const edi = readFileSync(new URL('../x12/home-infusion-claims.837', import.meta.url), 'utf8');
  for (const claim of readX12Claims(edi)) {
    console.log(`\nclaim ${claim.claimId} (CLM at segment ${claim.segment}): ${claim.lines.map((l) => [l.hcpcs, ...(l.modifiers ?? [])].join('-')).join(', ')}`);
    const findings = checkClaim(claim.lines);
    if (findings.length === 0) console.log('  -> no findings');
    for (const f of findings) console.log(`  -> line ${f.line} (segment ${claim.lines[f.line - 1].segment}) ${f.severity.toUpperCase()} ${f.code}`);
    // priceClaim (issue 11) will price claim.lines here.
  }
}
