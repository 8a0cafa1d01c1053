import type { Citation } from '../core/citation.js';

/**
 * Shape of the generated claim-rule module (src/generated/claim-rules.ts), built from
 * data/claims/rules.json by scripts/datasets/claims.ts. Internal: checkClaim indexes it on its first call.
 */
export interface ClaimRuleData {
  readonly modifiers: readonly { readonly code: string; readonly descriptor: string; readonly from: string; readonly citation: Citation }[];
  readonly notByDurablePump: { readonly unclassifiedNotByPump: string; readonly unclassifiedThroughDme: string; readonly citation: Citation };
  readonly drugWastage: { readonly jzFrom: string; readonly citation: Citation };
  readonly invalidCodes: readonly {
    readonly code: string;
    readonly scope: 'dme-mac' | 'medicare' | 'ab-mac';
    readonly reason: string;
    readonly citation: Citation;
  }[];
  readonly maxUnitsPerLine: { readonly value: number; readonly citation: Citation };
  readonly rentedPumpBatteries: { readonly batteries: readonly string[]; readonly citation: Citation };
  readonly singlePump: { readonly code: string; readonly citation: Citation };
  readonly hitVisits: { readonly oneVisitPerCategoryPerDay: Citation; readonly initialVisit: Citation };
}
