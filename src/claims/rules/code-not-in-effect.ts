import type { ClaimRule } from '../claim.js';
import { codeRecords, hasCode } from '../../catalog/lookup.js';

/** The finding this module reports; its summary is the docs' one-line description. */
export const rule: ClaimRule = {
  code: 'CODE_NOT_IN_EFFECT',
  severity: 'error',
  summary: "The code is known, but no record of it is in effect on the line's date of service (HCPCS file dates).",
  check(claim, report) {
    for (const line of claim.lines) {
      if (line.record || !hasCode(line.code)) continue;
      const records = codeRecords(line.code);
      const ranges = records.map((r) => (r.effective.to === undefined ? `from ${r.effective.from}` : `${r.effective.from} to ${r.effective.to}`)).join(', ');
      const latest = records[records.length - 1];
      report(line, `${line.code} is not in effect on ${line.date}: in effect ${ranges}.`,
        latest?.citations.find((c) => c.id.startsWith('hcpcs-')) ?? latest?.citations[0]);
    }
  },
};
