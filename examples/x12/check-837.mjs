// From an X12 837 file to findings: read every claim, check its lines, print each finding with the
// segment its line came from. Run after `npm run build`:
//   node examples/x12/check-837.mjs [file.837 ...]
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { checkClaim } from 'medicare-home-infusion';
import { readX12Claims } from 'medicare-home-infusion/x12';

const files = process.argv.length > 2
  ? process.argv.slice(2)
  : ['guide-example-10.3.837', 'home-infusion-claims.837'].map((name) => fileURLToPath(new URL(name, import.meta.url)));

let errors = 0;
for (const file of files) {
  // 1. Read: one claim per CLM, lines in checkClaim's shape, each with the position of its SV1/SV2.
  for (const claim of readX12Claims(readFileSync(file, 'utf8'))) {
    console.log(`\n${file.split('/').pop()}: claim ${claim.claimId} (CLM at segment ${claim.segment}), ${claim.lines.length} lines, diagnoses ${claim.diagnoses.join(', ')}`);
    // 2. Check.
    const findings = checkClaim(claim.lines);
    if (findings.length === 0) console.log('  no findings');
    for (const finding of findings) {
      const line = claim.lines[finding.line - 1];
      console.log(`  line ${finding.line}, segment ${line.segment} (${line.hcpcs}): ${finding.severity} ${finding.code}`);
      console.log(`    ${finding.message}`);
      if (finding.severity === 'error') errors++;
    }
    // 3. Price: coming with priceClaim (issue 11). It will plug in here, on the same lines:
    //   const priced = priceClaim({ lines: claim.lines, state: 'IN' })
    //   console.log(`  allowed ${priced.totals.allowed.usd}, Medicare pays ${priced.totals.medicarePays.usd}`)
  }
}
console.log(`\n${errors} error finding(s)`);
