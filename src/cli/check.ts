#!/usr/bin/env node
/**
 * `npx medicare-home-infusion check claims.837 [more.837 ...] [--json]`: reads X12 837 files,
 * runs `checkClaim` on every claim and prints the findings with the segment each line came from.
 *
 * Exit status: 0 when no finding is an error (warnings allowed), 1 when at least one is, 2 when a
 * file cannot be read or is not a well-formed 837 (the message names the segment and element).
 *
 * @module cli
 */
import { readFileSync } from 'node:fs';
import { checkClaim, MedicareInputError, type ClaimFinding } from '../index.js';
import { readX12Claims, type X12Claim } from '../x12/index.js';

const USAGE = 'usage: medicare-home-infusion check <file.837> [more files] [--json]';

interface ClaimReport {
  readonly file: string;
  readonly claimId: string;
  readonly segment: number;
  readonly findings: readonly (ClaimFinding & { readonly segment: number; readonly hcpcs: string })[];
}

function checkFile(file: string): ClaimReport[] {
  return readX12Claims(readFileSync(file, 'utf8')).map((claim: X12Claim) => ({
    file,
    claimId: claim.claimId,
    segment: claim.segment,
    findings: checkClaim(claim.lines).map((finding) => {
      const line = claim.lines[finding.line - 1]!;
      return { ...finding, segment: line.segment, hcpcs: line.hcpcs };
    }),
    // priceClaim (issue 11) plugs in here: price the same claim.lines and report the totals.
  }));
}

function printText(reports: readonly ClaimReport[]): void {
  for (const report of reports) {
    console.log(`${report.file}: claim ${report.claimId} (CLM at segment ${report.segment}): ${report.findings.length === 0 ? 'no findings' : `${report.findings.length} finding(s)`}`);
    for (const f of report.findings) {
      console.log(`  line ${f.line} (segment ${f.segment}) ${f.hcpcs} ${f.severity.toUpperCase()} ${f.code}: ${f.message}`);
    }
  }
}

function main(args: readonly string[]): number {
  const [command, ...rest] = args;
  const json = rest.includes('--json');
  const files = rest.filter((a) => a !== '--json');
  if (command !== 'check' || files.length === 0 || files.some((f) => f.startsWith('-'))) {
    console.error(USAGE);
    return 2;
  }
  const reports: ClaimReport[] = [];
  for (const file of files) {
    try {
      // One push per claim: a spread of a large file's claims would overflow the call stack.
      for (const report of checkFile(file)) reports.push(report);
    } catch (error) {
      if (error instanceof MedicareInputError) console.error(`${file}: ${error.message}`);
      else console.error(`${file}: ${error instanceof Error ? error.message : String(error)}`);
      return 2;
    }
  }
  if (json) console.log(JSON.stringify(reports, null, 2));
  else printText(reports);
  return reports.some((r) => r.findings.some((f) => f.severity === 'error')) ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
