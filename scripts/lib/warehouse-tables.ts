/**
 * The warehouse tables: one definition per table (name, meaning, typed columns) and the rows, read
 * from the library's own data access (the generated, frozen datasets under src/generated/, built from
 * data/ by scripts/build-data.ts). No fact is restated here: every row comes from the one place the
 * library keeps it, with the citation ids it carries there. scripts/export-tables.ts writes them as
 * Parquet and CSV; the schema README (and docs/warehouse.md) is generated from these definitions.
 */
import type { Citation } from '../../src/core/citation.js';
import { listSources } from '../../src/core/source-registry.js';
import { allRecords } from '../../src/catalog/lookup.js';
import { coverageModel } from '../../src/coverage/index.js';
import type { Dated } from '../../src/coverage/types.js';
import { CLAIM_RULES } from '../../src/claims/rules/index.js';
import { claimRules } from '../../src/claims/rules/facts.js';
import { loadPricingQuarters } from '../../src/generated/pricing.js';
import { CAPPED_RENTAL_FULL_MONTHS, CAPPED_RENTAL_LATER_PERCENT, CAPPED_RENTAL_MONTHS } from '../../src/pricing/dmepos-fee.js';

/** Column types, as DuckDB names them (also valid Spark SQL and BigQuery standard SQL types, but VARCHAR: STRING there). */
export type ColumnType = 'VARCHAR' | 'DATE' | 'INTEGER' | 'BOOLEAN' | 'DECIMAL(12,2)' | 'DECIMAL(12,3)' | 'DECIMAL(6,3)';

export interface Column {
  readonly name: string;
  readonly type: ColumnType;
  readonly meaning: string;
}

/** A cell as the library holds it: dates as ISO strings, money as its exact published decimal text. */
export type Cell = string | number | boolean | null;

export interface TableDefinition {
  readonly name: string;
  readonly meaning: string;
  readonly columns: readonly Column[];
  /** The rows, in a stable order, one cell per column. */
  readonly rows: () => readonly (readonly Cell[])[];
}

const col = (name: string, type: ColumnType, meaning: string): Column => ({ name, type, meaning });
const FROM = col('effective_from', 'DATE', 'first date of service the row applies to (inclusive)');
const TO = col('effective_to', 'DATE', 'last date of service the row applies to (inclusive); empty: no end date held');
const CITATIONS = col('citation_ids', 'VARCHAR', "ids of the sources the row rests on, ';'-separated; join `citations.citation_id`");

/** Citation ids, deduplicated in order, `;`-separated (the form toCsv uses). */
function ids(citations: readonly Citation[]): string {
  return [...new Set(citations.map((c) => c.id))].join(';');
}
const list = (values: readonly (string | number)[] | undefined): string | null => (values && values.length > 0 ? values.join(';') : null);
const opt = <T extends Cell>(value: T | undefined): T | null => (value === undefined ? null : value);

/** One row per policy-level fact of the coverage model (the `Dated` facts and the lists of codes, kinds, routes they name). */
function policyFactRows(): Cell[][] {
  const m = coverageModel();
  const rows: Cell[][] = [];
  const add = (fact: string, item: string, values: readonly (string | number)[], dated: Partial<Dated> | undefined, citations: readonly Citation[]) => {
    for (const value of values) rows.push([fact, item, String(value), opt(dated?.from), opt(dated?.to), ids(citations)]);
  };
  add('pid-diagnoses', 'icd10', m.pid.codes, m.pid.effective, m.pid.citations);
  add('s-code-exceptions', 'hcpcs', m.sCodes.exceptions, undefined, m.sCodes.citations);
  add('line-modifiers', 'modifier', m.lineModifiers.modifiers, m.lineModifiers, m.lineModifiers.citations);
  add('line-modifiers', 'rule-kind', m.lineModifiers.kinds, m.lineModifiers, m.lineModifiers.citations);
  add('line-modifiers', 'any-date-hcpcs', m.lineModifiers.anyDate, undefined, m.lineModifiers.citations);
  const sub = m.subcutaneousModifier;
  add('subcutaneous-modifier', 'modifier', [sub.modifier], undefined, sub.citations);
  add('subcutaneous-modifier', 'indication', [sub.indication], undefined, sub.citations);
  add('subcutaneous-modifier', 'route', [sub.route], undefined, sub.citations);
  const ins = m.insulinSupplyModifiers;
  add('insulin-supply-modifiers', 'modifier', ins.modifiers, ins, ins.citations);
  add('insulin-supply-modifiers', 'indication', [ins.indication], ins, ins.citations);
  add('insulin-supply-modifiers', 'jl-not-allowed-hcpcs', ins.jlNotAllowed.codes, ins.jlNotAllowed, ins.citations);
  const cap = m.insulinCoinsuranceCap;
  add('insulin-coinsurance-cap', 'indication', [cap.indication], cap, cap.citations);
  add('insulin-coinsurance-cap', 'max-cents-per-month', [cap.maxCentsPerMonth], cap, cap.citations);
  for (const q of m.quantityLimits) {
    add(`quantity-limit:${q.id}`, 'hcpcs', q.codes, undefined, q.citations);
    add(`quantity-limit:${q.id}`, 'max-units-per-calendar-month', [q.maxUnitsPerCalendarMonth], undefined, q.citations);
  }
  for (const d of m.dispensingLimits) {
    add(`dispensing-limit:${d.months}-months`, 'months', [d.months], undefined, d.citations);
    add(`dispensing-limit:${d.months}-months`, 'rule-kind', d.kinds, undefined, d.citations);
  }
  const ivig = m.ivigServicesLine;
  add('ivig-services-line', 'hcpcs', [ivig.code], undefined, ivig.citations);
  add('ivig-services-line', 'max-units-per-day', [ivig.maxUnitsPerDay], undefined, ivig.citations);
  add('ivig-services-line', 'drug-within-days', [ivig.drugWithinDays], undefined, ivig.citations);
  for (const c of m.hitContractor) add('hit-contractor', 'bill-to', [c.billTo], c, c.citations);
  add('hit-eligible-routes', 'route', m.hitEligibleRoutes.routes, m.hitEligibleRoutes, m.hitEligibleRoutes.citations);
  add('hit-drug-billed-within-days', 'days', [m.hitDrugBilledWithinDays.days], m.hitDrugBilledWithinDays, m.hitDrugBilledWithinDays.citations);
  // The capped rental rule of DMEBACK 2025, as src/pricing/dmepos-fee.ts states it (its exported constants).
  const dmeback = 'cms-dmeback-2025';
  rows.push(['capped-rental', 'full-fee-months', String(CAPPED_RENTAL_FULL_MONTHS), null, null, dmeback]);
  rows.push(['capped-rental', 'last-rental-month', String(CAPPED_RENTAL_MONTHS), null, null, dmeback]);
  rows.push(['capped-rental', 'later-month-percent', String(CAPPED_RENTAL_LATER_PERCENT), null, null, dmeback]);
  return rows;
}

/** Every table, in the order the README lists them. */
export const WAREHOUSE_TABLES: readonly TableDefinition[] = [
  {
    name: 'citations',
    meaning: 'The citation registry (data/sources/): every `citation_ids` entry of every other table is a `citation_id` here.',
    columns: [
      col('citation_id', 'VARCHAR', 'source id'),
      col('title', 'VARCHAR', 'title of the source'),
      col('url', 'VARCHAR', 'where it was read'),
      col('kind', 'VARCHAR', "'primary' (CMS, a MAC, the Federal Register, eCFR, the U.S. Code, the HCPCS file) or 'secondary' (a copy or quotation of one)"),
      col('publisher', 'VARCHAR', 'who published it, when recorded'),
    ],
    rows: () => listSources().map((s) => [s.id, s.title, s.url, s.kind, opt(s.publisher)]),
  },
  {
    name: 'coverage_rules',
    meaning: 'The coverage model (data/coverage/): one row per rule, a group of codes under one policy statement, with its dates and the facts it states.',
    columns: [
      col('rule_id', 'VARCHAR', 'rule id'),
      col('rule_order', 'INTEGER', "position in the model (0-based); when several rules of a code are in force, `classify` falls back to the first"),
      col('kind', 'VARCHAR', "the rule's kind: its role on a claim and its policy (eip-drug, eip-pump, eip-supply, eip-accessory, compounded, disposable-device, implanted-pump, ivig-drug, ivig-services, pn, hit-service, home-health-nursing, part-d-drug)"),
      col('label', 'VARCHAR', 'what the rule covers, in words'),
      col('indication', 'VARCHAR', "LCD L33794 indication, e.g. 'V(D)'"),
      FROM,
      TO,
      col('devices', 'VARCHAR', "durable pump types the rule covers, ';'-separated"),
      col('default_route', 'VARCHAR', 'route assumed when a claim gives none'),
      col('diagnosis_list', 'VARCHAR', "'pid': the home IVIG primary immune deficiency list (policy_facts 'pid-diagnoses')"),
      col('hit_category', 'INTEGER', 'HIT payment category of a HIT G-code'),
      col('hit_visit', 'VARCHAR', "visit type of a HIT G-code: 'initial' or 'subsequent'"),
      col('exclusion', 'VARCHAR', 'why a drug is excluded from the pump benefit (vancomycin-pump, heparin-home, meperidine)'),
      col('demonstration', 'BOOLEAN', 'paid only under a demonstration'),
      col('requires', 'VARCHAR', "documentation requirement ids, ';'-separated"),
      col('notes', 'VARCHAR', "the model's note on the rule"),
      CITATIONS,
    ],
    rows: () => coverageModel().rules.map((r, i) => [
      r.id, i, r.kind, r.label, opt(r.indication), r.effective.from, opt(r.effective.to), list(r.devices), opt(r.defaultRoute),
      opt(r.diagnosisList), opt(r.hitCategory), opt(r.hitVisit), opt(r.exclusion), r.demonstration === true, list(r.requires), opt(r.notes), ids(r.citations),
    ]),
  },
  {
    name: 'coverage_doubts',
    meaning: "Readings of the sources a rule could not verify offline: the ICD-10 group or codes the rule does not accept though a source could be read as accepting them; classify warns with the note when a diagnosis touches one.",
    columns: [
      col('rule_id', 'VARCHAR', 'coverage_rules.rule_id'),
      col('icd10_group', 'INTEGER', 'A52507 ICD-10 group the doubt is about, if any'),
      col('icd10_codes', 'VARCHAR', "ICD-10-CM codes the doubt is about, ';'-separated, if any"),
      col('note', 'VARCHAR', 'the doubt, in words'),
      CITATIONS,
    ],
    rows: () => coverageModel().rules.flatMap((r) => (r.doubts ?? []).map((d) => [r.id, opt(d.group), list(d.codes), d.note, ids(d.citations)])),
  },
  {
    name: 'coverage_rule_codes',
    meaning: "The codes of each coverage rule, with the dates the rule applies to each: from the later of the rule's start and the date CMS added the code to HCPCS.",
    columns: [
      col('rule_id', 'VARCHAR', 'coverage_rules.rule_id'),
      col('hcpcs', 'VARCHAR', 'HCPCS code'),
      col('code_added', 'DATE', "date CMS added the code to HCPCS (read from CMS's HCPCS file); empty: not recorded"),
      col('effective_from', 'DATE', 'first date of service the rule applies to this code'),
      TO,
    ],
    rows: () => coverageModel().rules.flatMap((r) => r.codes.map((code) => {
      const added = r.codeAdded[code];
      const from = added !== undefined && added > r.effective.from ? added : r.effective.from;
      return [r.id, code, opt(added), from, opt(r.effective.to)];
    })),
  },
  {
    name: 'coverage_rule_pumps',
    meaning: 'Pump codes LCD L33794 or article A52507 pairs with a rule (a drug, supply or accessory); a drug rule with no row has no paired pump.',
    columns: [col('rule_id', 'VARCHAR', 'coverage_rules.rule_id'), col('pump_hcpcs', 'VARCHAR', 'HCPCS code of the pump')],
    rows: () => coverageModel().rules.flatMap((r) => (r.pumps ?? []).map((p) => [r.id, p])),
  },
  {
    name: 'coverage_rule_routes',
    meaning: 'Routes a rule covers; a rule with no row covers any route.',
    columns: [col('rule_id', 'VARCHAR', 'coverage_rules.rule_id'), col('route', 'VARCHAR', 'intravenous, subcutaneous, intrathecal, epidural, enteral or intra-arterial')],
    rows: () => coverageModel().rules.flatMap((r) => (r.routes ?? []).map((route) => [r.id, route])),
  },
  {
    name: 'coverage_hit_periods',
    meaning: 'HIT payment category of a pump drug, by period (SSA §1834(u)(7)(C) and the MAC lists).',
    columns: [col('rule_id', 'VARCHAR', 'coverage_rules.rule_id'), col('hit_category', 'INTEGER', 'HIT payment category 1, 2 or 3'), FROM, TO, CITATIONS],
    rows: () => coverageModel().rules.flatMap((r) => (r.hit ?? []).map((p) => [r.id, p.category, p.from, opt(p.to), ids(p.citations)])),
  },
  {
    name: 'coverage_diagnosis_groups',
    meaning: 'A52507 ICD-10 groups that support medical necessity for a rule (a group may start later than the rule).',
    columns: [col('rule_id', 'VARCHAR', 'coverage_rules.rule_id'), col('icd10_group', 'INTEGER', 'icd10_groups.icd10_group'), col('effective_from', 'DATE', 'first date the group applies; empty: from the start of the rule')],
    rows: () => coverageModel().rules.flatMap((r) => (r.diagnosisGroups ?? []).map((g) => [r.id, g.group, opt(g.from)])),
  },
  {
    name: 'icd10_groups',
    meaning: 'A52507 ICD-10-CM groups: one row per group and code.',
    columns: [
      col('icd10_group', 'INTEGER', 'group number'),
      col('label', 'VARCHAR', 'what the group is'),
      col('indications', 'VARCHAR', "LCD L33794 indications of the group, ';'-separated"),
      col('mapping_inferred', 'BOOLEAN', 'the group-to-indication mapping is inferred (the source gives group numbers only)'),
      col('icd10', 'VARCHAR', 'ICD-10-CM code, without the dot'),
      CITATIONS,
    ],
    rows: () => {
      const m = coverageModel();
      return m.icd10Groups.flatMap((g) => g.codes.map((code) => [g.group, g.label, list(g.indications), g.mappingInferred, code, ids(m.icd10Citations)]));
    },
  },
  {
    name: 'policy_facts',
    meaning:
      "Policy-level facts of the coverage model (modifiers, limits, contractors, eligible routes) and of the capped rental rule, one row per fact and value: e.g. fact 'line-modifiers', item 'modifier', value 'KX'. Values are text; numbers are whole numbers.",
    columns: [
      col('fact', 'VARCHAR', "which fact: pid-diagnoses, s-code-exceptions, line-modifiers, subcutaneous-modifier, insulin-supply-modifiers, insulin-coinsurance-cap, quantity-limit:<id>, dispensing-limit:<n>-months, ivig-services-line, hit-contractor, hit-eligible-routes, hit-drug-billed-within-days, capped-rental"),
      col('item', 'VARCHAR', "which part of the fact (modifier, rule-kind, hcpcs, icd10, route, max-units-per-calendar-month, bill-to, ...)"),
      col('value', 'VARCHAR', 'the value, as text'),
      FROM,
      TO,
      CITATIONS,
    ],
    rows: policyFactRows,
  },
  {
    name: 'catalog_codes',
    meaning: "The code catalog (data/catalog/, descriptors from CMS's HCPCS files): one row per dated record of a code.",
    columns: [
      col('hcpcs', 'VARCHAR', 'HCPCS (or CPT, by number only) code'),
      col('system', 'VARCHAR', "'HCPCS' or 'CPT'"),
      col('kind', 'VARCHAR', 'drug, pump, supply, service, nutrition, per-diem, nursing or other'),
      col('descriptor', 'VARCHAR', "CMS's long descriptor, exactly as published (CPT: a label of the library's own)"),
      col('short_descriptor', 'VARCHAR', "CMS's short descriptor"),
      col('unit_amount', 'VARCHAR', 'billing unit amount as a decimal string (e.g. 100 for 100 mg)'),
      col('unit', 'VARCHAR', 'billing unit (e.g. mg)'),
      FROM,
      TO,
      col('medicare_payable', 'BOOLEAN', 'false when CMS marks the code not payable by Medicare'),
      col('benefits', 'VARCHAR', "benefits that may pay the code, ';'-separated"),
      col('bill_to', 'VARCHAR', "contractor billed: 'dme-mac' or 'ab-mac'"),
      col('hit_category', 'INTEGER', 'HIT payment category'),
      col('hit_routes', 'VARCHAR', "routes on which the HIT category applies, ';'-separated"),
      CITATIONS,
    ],
    rows: () => allRecords().map((r) => [
      r.code, r.system, r.kind, r.descriptor, opt(r.shortDescriptor), r.unit ? String(r.unit.amount) : null, r.unit ? r.unit.unit : null,
      r.effective.from, opt(r.effective.to), r.medicarePayable, list(r.benefits), opt(r.billTo), opt(r.hitCategory), list(r.hitRoutes), ids(r.citations),
    ]),
  },
  {
    name: 'claim_findings',
    meaning: "Every finding checkClaim reports (src/claims/rules/, one module each): its code, severity and one-line description.",
    columns: [col('finding_code', 'VARCHAR', 'ClaimFindingCode'), col('severity', 'VARCHAR', "'error' or 'warning'"), col('summary', 'VARCHAR', 'what the finding means and where the rule comes from')],
    rows: () => CLAIM_RULES.map((r) => [r.code, r.severity, r.summary]),
  },
  {
    name: 'claim_modifiers',
    meaning: "Modifiers the claim checks know (data/claims/rules.json), with the date CMS added each to HCPCS.",
    columns: [col('modifier', 'VARCHAR', 'two-character modifier'), col('descriptor', 'VARCHAR', "CMS's descriptor"), FROM, CITATIONS],
    rows: () => claimRules().modifiers.map((m) => [m.code, m.descriptor, m.from, m.citation.id]),
  },
  {
    name: 'claim_invalid_codes',
    meaning: 'Codes A52507 says not to send (data/claims/rules.json): to Medicare at all, to the DME MAC, or only to the A/B MAC.',
    columns: [col('hcpcs', 'VARCHAR', 'HCPCS code'), col('scope', 'VARCHAR', "'medicare' (invalid for Medicare), 'dme-mac' (not on DME MAC claims) or 'ab-mac' (bill the A/B MAC)"), col('reason', 'VARCHAR', 'why, in words'), CITATIONS],
    rows: () => claimRules().invalidCodes.map((c) => [c.code, c.scope, c.reason, c.citation.id]),
  },
  {
    name: 'claim_facts',
    meaning: 'The other claim-check facts of data/claims/rules.json, one row per fact and value.',
    columns: [col('fact', 'VARCHAR', 'max-units-per-line, rented-pump-batteries, single-pump, not-by-durable-pump, drug-wastage'), col('item', 'VARCHAR', 'which part of the fact'), col('value', 'VARCHAR', 'the value, as text'), CITATIONS],
    rows: () => {
      const d = claimRules();
      return [
        ['max-units-per-line', 'units', String(d.maxUnitsPerLine.value), d.maxUnitsPerLine.citation.id],
        ...d.rentedPumpBatteries.batteries.map((b) => ['rented-pump-batteries', 'hcpcs', b, d.rentedPumpBatteries.citation.id]),
        ['single-pump', 'hcpcs', d.singlePump.code, d.singlePump.citation.id],
        ['not-by-durable-pump', 'unclassified-not-by-pump-hcpcs', d.notByDurablePump.unclassifiedNotByPump, d.notByDurablePump.citation.id],
        ['not-by-durable-pump', 'unclassified-through-dme-hcpcs', d.notByDurablePump.unclassifiedThroughDme, d.notByDurablePump.citation.id],
        ['drug-wastage', 'jz-from', d.drugWastage.jzFrom, d.drugWastage.citation.id],
      ];
    },
  },
  {
    name: 'pricing_quarters',
    meaning: "The CMS pricing quarters held (data/pricing/<quarter>/): the dates each covers and the files it was imported from.",
    columns: [
      col('quarter', 'VARCHAR', "e.g. '2025Q1'"),
      FROM,
      col('effective_to', 'DATE', 'last date of service of the quarter (inclusive)'),
      col('dmepos_file', 'VARCHAR', 'CMS DMEPOS fee schedule file'),
      col('pen_file', 'VARCHAR', 'CMS PEN fee schedule file'),
      col('asp_file', 'VARCHAR', 'CMS ASP pricing file'),
      col('rural_zip_file', 'VARCHAR', "CMS DMEPOS rural ZIP file"),
      CITATIONS,
    ],
    rows: () => loadPricingQuarters().map((q) => [
      q.quarter, q.from, q.to, q.dmepos.source.file, q.pen.source.file, q.asp.source.file, q.ruralZip.source.file,
      ids([q.dmepos.source.citation, q.pen.source.citation, q.asp.source.citation, q.ruralZip.source.citation]),
    ]),
  },
  {
    name: 'fee_schedule',
    meaning: "CMS's DMEPOS and PEN fee schedules, one row per code, modifier set and state, with the quarter's dates; amounts exactly as published.",
    columns: [
      col('schedule', 'VARCHAR', "'dmepos' or 'pen'"),
      col('quarter', 'VARCHAR', 'pricing_quarters.quarter'),
      FROM,
      col('effective_to', 'DATE', 'last date of service of the quarter (inclusive)'),
      col('hcpcs', 'VARCHAR', 'HCPCS code'),
      col('modifiers', 'VARCHAR', "the row's pricing modifiers, ';'-separated; empty: none"),
      col('modifier_1', 'VARCHAR', 'first pricing modifier, or empty'),
      col('modifier_2', 'VARCHAR', 'second pricing modifier, or empty'),
      col('modifier_count', 'INTEGER', 'number of pricing modifiers (0-2)'),
      col('juris', 'VARCHAR', 'JURIS column: D (DME MAC), L (A/B MAC), J (joint); empty in the PEN file'),
      col('catg', 'VARCHAR', 'CATG column: CR capped rental, FS frequently serviced, IN inexpensive or routinely purchased, SU supplies, OX oxygen; empty in the PEN file'),
      col('ceiling', 'DECIMAL(12,2)', 'CEILING column, dollars'),
      col('floor', 'DECIMAL(12,2)', 'FLOOR column, dollars'),
      col('state', 'VARCHAR', 'two-letter state of the beneficiary'),
      col('fee_non_rural', 'DECIMAL(12,2)', 'fee schedule amount, non-rural (NR) column, dollars'),
      col('fee_rural', 'DECIMAL(12,2)', 'fee schedule amount, rural (R) column, dollars; 0.00: no separate rural amount'),
      col('description', 'VARCHAR', "the file's description"),
      CITATIONS,
    ],
    rows: () => loadPricingQuarters().flatMap((q) => [q.dmepos, q.pen].flatMap((file) => file.rows.flatMap((row) =>
      Object.entries(row.fees).map(([state, [nonRural, rural]]) => [
        file.kind, q.quarter, q.from, q.to, row.hcpcs, list(row.modifiers), opt(row.modifiers[0]), opt(row.modifiers[1]), row.modifiers.length,
        opt(row.juris), opt(row.catg), opt(row.ceiling), opt(row.floor), state, nonRural, rural, row.description, file.source.citation.id,
      ])))),
  },
  {
    name: 'asp_limits',
    meaning: "CMS's ASP drug pricing file: payment limit per billing unit, per quarter, exactly as published (three decimals).",
    columns: [
      col('quarter', 'VARCHAR', 'pricing_quarters.quarter'),
      FROM,
      col('effective_to', 'DATE', 'last date of service of the quarter (inclusive)'),
      col('hcpcs', 'VARCHAR', 'HCPCS code'),
      col('description', 'VARCHAR', "the file's short description"),
      col('dosage', 'VARCHAR', "billing unit, e.g. '100 MG'"),
      col('payment_limit', 'DECIMAL(12,3)', 'payment limit per billing unit, dollars'),
      col('coinsurance_percent', 'DECIMAL(6,3)', "beneficiary coinsurance percentage (20, or the inflation-adjusted figure such as 19.81)"),
      col('notes', 'VARCHAR', "the file's notes"),
      CITATIONS,
    ],
    rows: () => loadPricingQuarters().flatMap((q) => q.asp.rows.map((r) => [
      q.quarter, q.from, q.to, r.hcpcs, r.description, r.dosage, r.paymentLimit, r.coinsurancePercent, opt(r.notes), q.asp.source.citation.id,
    ])),
  },
  {
    name: 'rural_zips',
    meaning: "CMS's DMEPOS rural ZIP file: the ZIP codes of each state that are rural, per quarter.",
    columns: [col('quarter', 'VARCHAR', 'pricing_quarters.quarter'), FROM, col('effective_to', 'DATE', 'last date of service of the quarter (inclusive)'), col('state', 'VARCHAR', 'two-letter state'), col('zip', 'VARCHAR', 'five-digit ZIP code'), CITATIONS],
    rows: () => loadPricingQuarters().flatMap((q) => Object.entries(q.ruralZip.zips).flatMap(([state, zips]) =>
      zips.split(' ').filter((z) => z.length > 0).map((zip) => [q.quarter, q.from, q.to, state, zip, q.ruralZip.source.citation.id]))),
  },
];

const WRITER_NOTE = `Parquet and CSV are both written by DuckDB (\`@duckdb/node-api\`, a devDependency): each table is
created with the explicit column types below (dates as \`DATE\`, money as \`DECIMAL\` cast from the exact
text CMS publishes, never a float), filled from the library's data, then written with
\`COPY ... (FORMAT parquet)\` and \`COPY ... (FORMAT csv, HEADER)\`. DuckDB was chosen over
\`hyparquet-writer\` (pure JS, 0.x) because the warehouse example needs DuckDB anyway, so one engine both
writes the files and reads them back in the tests; its Parquet writer is widely used, writes the
\`DATE\` and \`DECIMAL\` logical types that Spark and BigQuery read as such, and it is a dev dependency
only: the library's root entry still has no dependency.`;

/** The schema README: generated from WAREHOUSE_TABLES (written into the out dir and committed as docs/warehouse.md). */
export function schemaMarkdown(): string {
  const out: string[] = [
    '# Warehouse tables',
    '',
    '<!-- Generated by scripts/export-tables.ts from scripts/lib/warehouse-tables.ts; do not edit: run `npm run export:tables -- --schema docs/warehouse.md`. -->',
    '',
    "The library's cited data as tables for DuckDB, Spark, BigQuery or any warehouse: `npm run export:tables -- <outdir>`",
    'writes each table below as `<table>.parquet` and `<table>.csv` (UTF-8, header row, comma-separated), and',
    'this file as `README.md`. Every row comes from the one place the library keeps the fact (data/, through the',
    'generated datasets), with its citation ids; `citations` resolves them. Dates are ISO dates (`DATE` in',
    'Parquet), money is exact `DECIMAL` (dollars as CMS publishes them), lists inside a cell are `;`-separated.',
    'To join a row to its sources, split `citation_ids` (`string_split` in DuckDB, `split` in Spark, `SPLIT` in',
    'BigQuery) and join each id to `citations.citation_id`; the section of a source a record cites is not exported',
    '(the library\'s answers carry it). The example in `examples/warehouse/` classifies and prices claim lines by',
    'SQL joins against these tables.',
    '',
    '## How the files are written',
    '',
    WRITER_NOTE,
    '',
    'The out dir is written atomically (a sibling temporary directory, renamed into place when every file is',
    'written); an existing non-empty out dir is refused unless `--force` is given, and even with `--force` the',
    'working directory, a directory holding it, or a git repository is never replaced. A bad argument is a',
    '`MedicareInputError` (`INVALID_INPUT`) naming it (`outDir`, `--force`, `--schema`, an unknown option); the',
    'command prints it and exits with code 2.',
    '',
    'Not exported (yet): the yearly Medicare parameters, the appeal and filing deadlines, the documentation',
    'requirements, the Q2052 rates and the negotiated-drug lists; the library answers them through its functions.',
    '',
    '## Tables',
    '',
    ...WAREHOUSE_TABLES.map((t) => `- [\`${t.name}\`](#${t.name}): ${t.meaning}`),
    '',
  ];
  for (const t of WAREHOUSE_TABLES) {
    out.push(`### ${t.name}`, '', t.meaning, '', '| Column | Type | Meaning |', '|---|---|---|');
    for (const c of t.columns) out.push(`| \`${c.name}\` | ${c.type} | ${c.meaning.replace(/\|/g, '\\|')} |`);
    out.push('');
  }
  return out.join('\n');
}
