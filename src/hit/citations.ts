import type { Citation } from '../core/citation.js';
import { getSource } from '../core/source-registry.js';

/** A citation of a registered source (narrowed to a section), frozen. Fails loudly at load if the id is unknown. */
export function ruleCitation(id: string, section?: string): Citation {
  const source = getSource(id);
  if (!source) throw new Error(`medicare-home-infusion: citation registry lacks '${id}'`);
  return Object.freeze({ id, title: source.title, url: source.url, ...(section ? { section } : {}) });
}

/** 42 CFR 414.1550(a): Medicare pays 80 percent of the lesser of the actual charge and the payment amount. */
export const CITE_EIGHTY_PERCENT = /* @__PURE__ */ ruleCitation('cfr-42-414.1550', '§414.1550(a)');
/** 42 CFR 414.1550(b): one unit of single payment per payment category per infusion drug administration calendar day. */
export const CITE_UNIT_OF_PAYMENT = /* @__PURE__ */ ruleCitation('cfr-42-414.1550', '§414.1550(b)');
/** 42 CFR 414.1550(c)(4): initial-visit amounts higher, subsequent lower, budget neutral. */
export const CITE_INITIAL_VISIT = /* @__PURE__ */ ruleCitation('cfr-42-414.1550', '§414.1550(c)(4)');
/** SSA §1834(u)(1)(B)(i): the single payment is adjusted for geographic cost differences. */
export const CITE_GEOGRAPHIC = /* @__PURE__ */ ruleCitation('ssa-1834u', '§1834(u)(1)(B)(i)');
/** SSA §1834(u)(3): yearly update by CPI-U (12 months to June of the prior year) minus productivity, from 2022. */
export const CITE_ANNUAL_UPDATE = /* @__PURE__ */ ruleCitation('ssa-1834u', '§1834(u)(3)');
/** SSA §1834(u)(7)(D)(i): 2019–2020 temporary transitional payment, national amounts without geographic adjustment. */
export const CITE_TTP_AMOUNTS = /* @__PURE__ */ ruleCitation('ssa-1834u', '§1834(u)(7)(D)(i)');
/** SSA §1834(u)(7)(E)(ii): several categories on one TTP day are paid once, at the highest payment. */
export const CITE_TTP_HIGHEST = /* @__PURE__ */ ruleCitation('ssa-1834u', '§1834(u)(7)(E)(ii)');
/** Part B deductible is met before Part B pays (SSA POMS HI 00610.430). */
export const CITE_DEDUCTIBLE = /* @__PURE__ */ ruleCitation('ssa-poms-hi-00610430');
/** BPM ch. 15 §320.8: single payment amount is payment in full for the HIT services of the day. */
export const CITE_BPM_PAYMENT = /* @__PURE__ */ ruleCitation('bpm-100-02-ch15', '§320.8');
