import type { ClaimRule } from '../claim.js';
import { claimRules } from './facts.js';

/** The finding this module reports; its summary is the docs' one-line description. */
export const rule: ClaimRule = {
  code: 'BATTERY_WITH_RENTED_PUMP',
  severity: 'error',
  summary: "A replacement battery (K0601-K0605; A4602, whose descriptor reads 'owned by patient') billed with a rented infusion pump (a pump line with RR): not separately payable (A52507).",
  check(claim, report) {
    const { batteries, citation } = claimRules().rentedPumpBatteries;
    const rented = claim.lines.find((l) => claim.pumps.has(l.code) && l.modifiers.includes('RR'));
    if (!rented) return;
    for (const code of batteries) {
      for (const line of claim.byCode.get(code) ?? []) {
        report(line, `${line.code} is a replacement battery billed with the rented pump ${rented.code} (RR): not separately payable with a rented infusion pump.`, citation);
      }
    }
  },
};
