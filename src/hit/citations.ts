import type { Citation } from '../core/citation.js';
import { lazy } from '../core/lazy.js';
import { getSource } from '../core/source-registry.js';

/** A citation of a registered source (narrowed to a section), frozen. Fails loudly if the id is unknown. */
export function ruleCitation(id: string, section?: string): Citation {
  const source = getSource(id);
  if (!source) throw new Error(`medicare-home-infusion: citation registry lacks '${id}'`);
  return Object.freeze({ id, title: source.title, url: source.url, ...(section ? { section } : {}) });
}

/**
 * The rules hitPayment cites, resolved from the citation registry on first use (resolving them when
 * the module loads would parse the registry on import; see src/core/lazy.ts).
 */
export const hitCitations = /* @__PURE__ */ lazy(() =>
  Object.freeze({
    /** 42 CFR 414.1550(a): Medicare pays 80 percent of the lesser of the actual charge and the payment amount. */
    eightyPercent: ruleCitation('cfr-42-414.1550', '§414.1550(a)'),
    /** 42 CFR 414.1550(b): one unit of single payment per payment category per infusion drug administration calendar day. */
    unitOfPayment: ruleCitation('cfr-42-414.1550', '§414.1550(b)'),
    /** 42 CFR 414.1550(c)(4): initial-visit amounts higher, subsequent lower, budget neutral. */
    initialVisit: ruleCitation('cfr-42-414.1550', '§414.1550(c)(4)'),
    /** SSA §1834(u)(1)(B)(i): the single payment is adjusted for geographic cost differences. */
    geographic: ruleCitation('ssa-1834u', '§1834(u)(1)(B)(i)'),
    /** SSA §1834(u)(7)(D)(i): 2019–2020 temporary transitional payment, national amounts without geographic adjustment. */
    ttpAmounts: ruleCitation('ssa-1834u', '§1834(u)(7)(D)(i)'),
    /** Part B deductible is met before Part B pays (SSA POMS HI 00610.430). */
    deductible: ruleCitation('ssa-poms-hi-00610430'),
    /** BPM ch. 15 §320.8: single payment amount is payment in full for the HIT services of the day. */
    bpmPayment: ruleCitation('bpm-100-02-ch15', '§320.8'),
  }),
);
