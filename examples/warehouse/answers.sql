-- Classifies, checks and prices every row of claim_lines (one line per claim) by joins against the
-- exported tables (docs/warehouse.md). Written in the SQL that DuckDB, Spark SQL and BigQuery share:
-- CREATE TABLE ... AS, joins, CASE, ROW_NUMBER() OVER, MOD, CAST, scalar subqueries. See README.md
-- for what it computes, what it leaves to the library, and the few spots a warehouse needs changed.
--
-- claim_lines: line_id, hcpcs, modifier_1, modifier_2 (NULL when absent), units, date_of_service
-- (DATE), state, rural (BOOLEAN), rental_month. Each line is read as a one-line claim, as
-- classify({ hcpcs, dateOfService }), checkClaim([line]) and priceClaim({ lines: [line], state,
-- rural, deductibleRemainingCents: 0 }) read it.

-- Facts read once.
CREATE TABLE wh_constants AS
SELECT
  (SELECT MIN(effective_from) FROM policy_facts WHERE fact = 'hit-contractor') AS hit_first_date,
  (SELECT MIN(effective_from) FROM policy_facts WHERE fact = 'hit-eligible-routes') AS hit_routes_from,
  (SELECT MIN(effective_from) FROM policy_facts WHERE fact = 'line-modifiers' AND item = 'modifier') AS line_modifiers_from,
  -- KX is the first of the line modifiers (KX, GA, GZ); before line_modifiers_from only the
  -- any-date codes need one, and only from the date KX exists.
  (SELECT effective_from FROM claim_modifiers WHERE modifier = 'KX') AS kx_from,
  (SELECT CAST(value AS INTEGER) FROM claim_facts WHERE fact = 'max-units-per-line') AS max_units,
  (SELECT MIN(effective_from) FROM policy_facts WHERE fact = 'insulin-coinsurance-cap') AS insulin_cap_from,
  (SELECT CAST(value AS INTEGER) FROM policy_facts WHERE fact = 'insulin-coinsurance-cap' AND item = 'max-cents-per-month') AS insulin_cap_cents,
  (SELECT CAST(value AS INTEGER) FROM policy_facts WHERE fact = 'capped-rental' AND item = 'full-fee-months') AS rental_full_months,
  (SELECT CAST(value AS INTEGER) FROM policy_facts WHERE fact = 'capped-rental' AND item = 'last-rental-month') AS rental_last_month,
  (SELECT CAST(value AS INTEGER) FROM policy_facts WHERE fact = 'capped-rental' AND item = 'later-month-percent') AS rental_later_percent;

-- Per coverage rule: whether a pump is paired, and whether the route it is classified on (its
-- default route, else any of its routes, else any route) is a HIT-eligible route.
CREATE TABLE wh_rule_facts AS
SELECT r.rule_id, r.rule_order, r.kind, r.indication, r.hit_category,
       CASE WHEN p.pumps IS NULL THEN FALSE ELSE TRUE END AS has_pumps,
       CASE
         WHEN r.default_route IS NOT NULL THEN CASE WHEN dr.route IS NULL THEN FALSE ELSE TRUE END
         WHEN rr.routes IS NULL THEN TRUE
         ELSE rr.eligible > 0
       END AS hit_route_eligible
FROM coverage_rules r
LEFT JOIN (SELECT rule_id, COUNT(*) AS pumps FROM coverage_rule_pumps GROUP BY rule_id) p ON p.rule_id = r.rule_id
LEFT JOIN (SELECT value AS route FROM policy_facts WHERE fact = 'hit-eligible-routes' AND item = 'route') dr ON dr.route = r.default_route
LEFT JOIN (
  SELECT x.rule_id, COUNT(*) AS routes, SUM(CASE WHEN e.route IS NULL THEN 0 ELSE 1 END) AS eligible
  FROM coverage_rule_routes x
  LEFT JOIN (SELECT value AS route FROM policy_facts WHERE fact = 'hit-eligible-routes' AND item = 'route') e ON e.route = x.route
  GROUP BY x.rule_id
) rr ON rr.rule_id = r.rule_id;

-- Most answers depend on the code and the date of service only (and, for checkClaim's rule, on JB):
-- they are worked out once per distinct code, date and JB flag, then joined to the lines by equality.
CREATE TABLE wh_code_days AS
SELECT DISTINCT hcpcs, date_of_service,
       (COALESCE(modifier_1, '') = 'JB' OR COALESCE(modifier_2, '') = 'JB') AS has_jb
FROM claim_lines;

-- The rule a code falls under on a date. classify (no route or device given) takes the first rule in
-- force that is not a pump drug, else the first; checkClaim does the same for a one-line claim unless
-- the line carries JB, which makes it the pump (subcutaneous) drug.
CREATE TABLE wh_code_day_rules AS
SELECT hcpcs, date_of_service, has_jb, rule_id, kind, indication, hit_category, has_pumps, hit_route_eligible, classify_rank, check_rank
FROM (
  SELECT d.hcpcs, d.date_of_service, d.has_jb, f.rule_id, f.kind, f.indication, f.hit_category, f.has_pumps, f.hit_route_eligible,
         ROW_NUMBER() OVER (PARTITION BY d.hcpcs, d.date_of_service, d.has_jb
                            ORDER BY CASE WHEN f.kind <> 'eip-drug' THEN 0 ELSE 1 END, f.rule_order) AS classify_rank,
         ROW_NUMBER() OVER (PARTITION BY d.hcpcs, d.date_of_service, d.has_jb
                            ORDER BY CASE WHEN (f.kind = 'eip-drug') = d.has_jb THEN 0 ELSE 1 END, f.rule_order) AS check_rank
  FROM wh_code_days d
  JOIN coverage_rule_codes rc
    ON rc.hcpcs = d.hcpcs AND rc.effective_from <= d.date_of_service AND (rc.effective_to IS NULL OR d.date_of_service <= rc.effective_to)
  JOIN wh_rule_facts f ON f.rule_id = rc.rule_id
) ranked
WHERE classify_rank = 1 OR check_rank = 1;

-- classify: benefit, bill-to contractor and HIT category (or the error classify throws) of a code on a
-- date, with the other facts of that code and date the checks and prices need (subquery f).
CREATE TABLE wh_code_day_answers AS
SELECT f.*,
  CASE
    WHEN f.s_code_not_medicare THEN NULL
    WHEN f.classify_rule IS NOT NULL THEN NULL
    WHEN f.has_record AND NOT f.medicare_payable THEN NULL
    WHEN NOT f.in_catalog AND NOT f.in_coverage THEN 'UNKNOWN_CODE hcpcs'
    WHEN NOT f.in_coverage THEN 'NO_DATA hcpcs'
    ELSE 'NO_DATA dateOfService'
  END AS classify_error,
  CASE
    WHEN f.s_code_not_medicare THEN 'not-covered'
    WHEN f.classify_rule IS NULL THEN CASE WHEN f.has_record AND NOT f.medicare_payable THEN 'not-covered' END
    WHEN f.classify_kind = 'eip-drug' THEN CASE WHEN f.has_pumps THEN 'part-b-dme' ELSE 'not-covered' END
    WHEN f.classify_kind IN ('eip-pump', 'eip-supply', 'eip-accessory') THEN 'part-b-dme'
    WHEN f.classify_kind = 'part-d-drug' THEN 'part-d'
    WHEN f.classify_kind IN ('compounded', 'disposable-device') THEN 'not-covered'
    WHEN f.classify_kind = 'implanted-pump' THEN 'part-b-incident-to'
    WHEN f.classify_kind = 'ivig-drug' THEN 'part-b-ivig'
    WHEN f.classify_kind = 'ivig-services' THEN 'part-b-ivig-services'
    WHEN f.classify_kind = 'pn' THEN 'part-b-pn'
    WHEN f.classify_kind = 'hit-service' THEN 'part-b-hit'
    WHEN f.classify_kind = 'home-health-nursing' THEN 'home-health'
  END AS benefit,
  CASE
    WHEN f.s_code_not_medicare OR f.classify_rule IS NULL THEN NULL
    WHEN f.classify_kind IN ('eip-drug', 'eip-pump', 'eip-supply', 'eip-accessory', 'compounded', 'ivig-drug', 'ivig-services', 'pn') THEN 'dme-mac'
    WHEN f.classify_kind = 'part-d-drug' THEN 'part-d-plan'
    WHEN f.classify_kind IN ('implanted-pump', 'home-health-nursing') THEN 'ab-mac'
    WHEN f.classify_kind = 'hit-service' THEN COALESCE(f.hit_contractor, 'ab-mac')
  END AS bill_to,
  CASE
    WHEN f.s_code_not_medicare OR f.classify_rule IS NULL THEN NULL
    WHEN f.classify_kind = 'hit-service' THEN f.rule_hit_category
    WHEN f.classify_kind = 'eip-drug' AND f.has_pumps
         AND f.date_of_service >= k.hit_first_date
         AND COALESCE(f.indication, '') <> 'IV'
         AND (f.date_of_service < k.hit_routes_from OR f.hit_route_eligible)
      THEN f.period_hit_category
  END AS hit_category,
  COALESCE(f.check_kind_needs_modifier AND (f.date_of_service >= k.line_modifiers_from OR (f.any_date_code AND f.date_of_service >= k.kx_from)), FALSE) AS needs_line_modifier
FROM (
  SELECT d.hcpcs, d.date_of_service, d.has_jb,
         (d.hcpcs LIKE 'S%' AND se.hcpcs IS NULL) AS s_code_not_medicare,
         c.hcpcs IS NOT NULL AS has_record, c.medicare_payable, c.kind AS catalog_kind, c.benefits AS catalog_benefits, c.bill_to AS catalog_bill_to,
         kc.hcpcs IS NOT NULL AS in_catalog, rk.hcpcs IS NOT NULL AS in_coverage, ic.scope AS invalid_scope,
         cr.rule_id AS classify_rule, cr.kind AS classify_kind, cr.indication, cr.hit_category AS rule_hit_category, cr.has_pumps, cr.hit_route_eligible,
         hp.hit_category AS period_hit_category, hc.value AS hit_contractor,
         lk.kind IS NOT NULL AS check_kind_needs_modifier, ad.hcpcs IS NOT NULL AS any_date_code,
         iz.hcpcs IS NOT NULL AS insulin_code,
         q.quarter
  FROM wh_code_days d
  LEFT JOIN (SELECT value AS hcpcs FROM policy_facts WHERE fact = 's-code-exceptions') se ON se.hcpcs = d.hcpcs
  LEFT JOIN catalog_codes c
    ON c.hcpcs = d.hcpcs AND c.effective_from <= d.date_of_service AND (c.effective_to IS NULL OR d.date_of_service <= c.effective_to)
  LEFT JOIN (SELECT DISTINCT hcpcs FROM catalog_codes) kc ON kc.hcpcs = d.hcpcs
  LEFT JOIN (SELECT DISTINCT hcpcs FROM coverage_rule_codes) rk ON rk.hcpcs = d.hcpcs
  LEFT JOIN claim_invalid_codes ic ON ic.hcpcs = d.hcpcs
  LEFT JOIN wh_code_day_rules cr
    ON cr.hcpcs = d.hcpcs AND cr.date_of_service = d.date_of_service AND cr.has_jb = d.has_jb AND cr.classify_rank = 1
  LEFT JOIN coverage_hit_periods hp
    ON hp.rule_id = cr.rule_id AND hp.effective_from <= d.date_of_service AND (hp.effective_to IS NULL OR d.date_of_service <= hp.effective_to)
  LEFT JOIN policy_facts hc
    ON hc.fact = 'hit-contractor' AND hc.effective_from <= d.date_of_service AND (hc.effective_to IS NULL OR d.date_of_service <= hc.effective_to)
  LEFT JOIN wh_code_day_rules ch
    ON ch.hcpcs = d.hcpcs AND ch.date_of_service = d.date_of_service AND ch.has_jb = d.has_jb AND ch.check_rank = 1
  LEFT JOIN (SELECT value AS kind FROM policy_facts WHERE fact = 'line-modifiers' AND item = 'rule-kind') lk ON lk.kind = ch.kind
  LEFT JOIN (SELECT value AS hcpcs FROM policy_facts WHERE fact = 'line-modifiers' AND item = 'any-date-hcpcs') ad ON ad.hcpcs = d.hcpcs
  LEFT JOIN (
    SELECT DISTINCT rc.hcpcs FROM coverage_rule_codes rc JOIN coverage_rules r ON r.rule_id = rc.rule_id
    WHERE r.indication = (SELECT value FROM policy_facts WHERE fact = 'insulin-coinsurance-cap' AND item = 'indication')
  ) iz ON iz.hcpcs = d.hcpcs
  LEFT JOIN pricing_quarters q ON q.effective_from <= d.date_of_service AND d.date_of_service <= q.effective_to
) f
CROSS JOIN wh_constants k;

-- Each line with its code and date's answers (an equality join) and its own modifier facts.
CREATE TABLE wh_classified AS
SELECT l.line_id, l.modifier_1, l.modifier_2, l.units, l.state, l.rural, l.rental_month, a.*,
       COALESCE(l.modifier_1, '') IN ('KX', 'GA', 'GZ') OR COALESCE(l.modifier_2, '') IN ('KX', 'GA', 'GZ') AS has_line_modifier,
       (CASE WHEN m1.effective_from > l.date_of_service THEN 1 ELSE 0 END) + (CASE WHEN m2.effective_from > l.date_of_service THEN 1 ELSE 0 END) AS modifiers_not_in_effect
FROM claim_lines l
JOIN wh_code_day_answers a
  ON a.hcpcs = l.hcpcs AND a.date_of_service = l.date_of_service
 AND a.has_jb = (COALESCE(l.modifier_1, '') = 'JB' OR COALESCE(l.modifier_2, '') = 'JB')
LEFT JOIN claim_modifiers m1 ON m1.modifier = l.modifier_1
LEFT JOIN claim_modifiers m2 ON m2.modifier = l.modifier_2;

DROP TABLE wh_code_day_rules;

-- The fee schedule rows (code and modifier set) each fee-priced line may use: the code's rows in
-- both files (E0776 is in the DMEPOS file and, with BA, in the PEN file); a row fits when the line
-- carries all its modifiers.
CREATE TABLE wh_fee_fit AS
SELECT l.line_id, s.schedule, s.modifier_1, s.modifier_2, s.modifier_count, s.juris, s.catg
FROM wh_classified l
JOIN (SELECT DISTINCT schedule, quarter, hcpcs, modifier_1, modifier_2, modifier_count, juris, catg FROM fee_schedule) s
  ON s.quarter = l.quarter AND s.hcpcs = l.hcpcs
WHERE l.benefit IN ('part-b-dme', 'part-b-ivig', 'part-b-pn') AND l.catalog_kind <> 'drug' AND l.units <= 9999
  AND (s.modifier_1 IS NULL OR s.modifier_1 = l.modifier_1 OR s.modifier_1 = l.modifier_2)
  AND (s.modifier_2 IS NULL OR s.modifier_2 = l.modifier_1 OR s.modifier_2 = l.modifier_2);

-- The row chosen: the fitting row with the most modifiers, when exactly one has that many.
CREATE TABLE wh_fee_choice AS
SELECT f.line_id, f.schedule, f.modifier_1, f.modifier_2, f.modifier_count, f.juris, f.catg, b.rows_with_best
FROM wh_fee_fit f
JOIN (
  SELECT x.line_id, x.best, COUNT(*) AS rows_with_best
  FROM (SELECT line_id, MAX(modifier_count) OVER (PARTITION BY line_id) AS best, modifier_count FROM wh_fee_fit) x
  WHERE x.modifier_count = x.best
  GROUP BY x.line_id, x.best
) b ON b.line_id = f.line_id AND f.modifier_count = b.best;

DROP TABLE wh_fee_fit;

-- The fee per line: the state's rural or non-rural amount in cents, then the rental rules.
CREATE TABLE wh_fee AS
SELECT c.line_id, c.schedule, c.rows_with_best, c.juris, l.catalog_bill_to,
       CASE
         WHEN c.schedule = 'pen' THEN CASE WHEN (';' || COALESCE(l.catalog_benefits, '') || ';') LIKE '%;part-b-pn;%' THEN 'parenteral-nutrition' ELSE 'other' END
         WHEN c.catg = 'CR' THEN 'capped-rental'
         WHEN c.catg = 'FS' THEN 'frequently-serviced'
         WHEN c.catg = 'IN' THEN 'inexpensive-routinely-purchased'
         WHEN c.catg = 'SU' THEN 'supplies'
         WHEN c.catg = 'OX' THEN 'oxygen'
         ELSE 'other'
       END AS category,
       (c.modifier_1 = 'RR' OR COALESCE(c.modifier_2, '') = 'RR') AS rental_row,
       fs.state IS NOT NULL AS has_state,
       CASE WHEN l.rural AND fs.fee_rural > 0 THEN CAST(fs.fee_rural * 100 AS BIGINT) ELSE CAST(fs.fee_non_rural * 100 AS BIGINT) END AS fee_cents,
       CASE WHEN pu.state IS NULL THEN NULL
            WHEN l.rural AND pu.fee_rural <> 0 THEN CAST(pu.fee_rural * 100 AS BIGINT)
            ELSE CAST(pu.fee_non_rural * 100 AS BIGINT) END AS purchase_new_cents
FROM wh_fee_choice c
JOIN wh_classified l ON l.line_id = c.line_id
LEFT JOIN fee_schedule fs
  ON fs.schedule = c.schedule AND fs.quarter = l.quarter AND fs.hcpcs = l.hcpcs AND fs.state = l.state
 AND COALESCE(fs.modifier_1, '') = COALESCE(c.modifier_1, '') AND COALESCE(fs.modifier_2, '') = COALESCE(c.modifier_2, '')
-- An inexpensive or routinely purchased item's rentals are capped at its purchase-new (NU) fee.
LEFT JOIN fee_schedule pu
  ON c.catg = 'IN' AND (c.modifier_1 = 'RR' OR COALESCE(c.modifier_2, '') = 'RR')
 AND pu.schedule = c.schedule AND pu.quarter = l.quarter AND pu.hcpcs = l.hcpcs AND pu.state = l.state
 AND pu.modifier_count = c.modifier_count AND (pu.modifier_1 = 'NU' OR COALESCE(pu.modifier_2, '') = 'NU')
 AND (c.modifier_1 = 'RR' OR c.modifier_1 = pu.modifier_1 OR c.modifier_1 = pu.modifier_2)
 AND (c.modifier_2 IS NULL OR c.modifier_2 = 'RR' OR c.modifier_2 = pu.modifier_1 OR c.modifier_2 = pu.modifier_2)
WHERE c.rows_with_best = 1;

-- priceClaim: basis, allowed, Medicare and beneficiary amounts in cents (deductible already met),
-- or the error priceClaim throws. Integer division as CAST((a - MOD(a, b)) / b AS BIGINT): exact.
CREATE TABLE wh_priced AS
SELECT l.line_id, l.price_error,
       CASE WHEN l.price_error IS NOT NULL THEN NULL
            WHEN l.allowed_cents IS NULL THEN 'not-priced'
            ELSE l.basis END AS basis,
       l.allowed_cents,
       l.medicare_cents,
       l.allowed_cents - l.medicare_cents AS beneficiary_cents
FROM (
  SELECT p.*,
         CASE
           WHEN p.coinsurance_cents IS NULL THEN p.base_medicare_cents
           WHEN p.allowed_cents - p.base_medicare_cents > p.coinsurance_cents THEN p.allowed_cents - p.coinsurance_cents
           ELSE p.base_medicare_cents
         END AS medicare_cents
  FROM (
    SELECT a.*,
           CAST(((2 * a.allowed_cents * a.medicare_thousandths + 100000) - MOD(2 * a.allowed_cents * a.medicare_thousandths + 100000, 200000)) / 200000 AS BIGINT) AS base_medicare_cents
    FROM (
      SELECT l.line_id,
        CASE
          WHEN l.units > 9999 THEN 'INVALID_INPUT lines[0].units'
          WHEN l.benefit IS NULL OR l.benefit NOT IN ('part-b-dme', 'part-b-ivig', 'part-b-pn') THEN NULL
          WHEN l.quarter IS NULL THEN 'NO_DATA lines[0].dateOfService'
          WHEN l.catalog_kind = 'drug' THEN NULL
          -- The code has fee rows but none fits the modifiers, or several fit equally: priceClaim asks for the modifier.
          WHEN fe.line_id IS NULL AND sched.hcpcs IS NOT NULL THEN 'INVALID_INPUT lines[0].modifiers'
        END AS price_error,
        CASE WHEN l.catalog_kind = 'drug' THEN 'asp' WHEN fe.schedule = 'pen' THEN 'pen-fee' ELSE 'dmepos-fee' END AS basis,
        CASE
          WHEN l.units > 9999 OR l.benefit IS NULL OR l.benefit NOT IN ('part-b-dme', 'part-b-ivig', 'part-b-pn') OR l.quarter IS NULL THEN NULL
          WHEN l.catalog_kind = 'drug' THEN
            CASE WHEN asp.hcpcs IS NULL THEN NULL
                 ELSE CAST(((CAST(asp.payment_limit * 1000 AS BIGINT) * l.units + 5) - MOD(CAST(asp.payment_limit * 1000 AS BIGINT) * l.units + 5, 10)) / 10 AS BIGINT) END
          WHEN fe.line_id IS NULL OR NOT fe.has_state OR fe.fee_cents = 0 THEN NULL
          WHEN fe.schedule = 'dmepos' AND COALESCE(fe.juris, '') NOT IN ('D', 'L', 'J') THEN NULL
          WHEN fe.schedule = 'pen' AND fe.catalog_bill_to IS NULL THEN NULL
          WHEN fe.category = 'capped-rental' THEN l.units * CASE
              WHEN l.rental_month <= k.rental_full_months THEN fe.fee_cents
              WHEN l.rental_month <= k.rental_last_month
                THEN CAST(((2 * fe.fee_cents * k.rental_later_percent + 100) - MOD(2 * fe.fee_cents * k.rental_later_percent + 100, 200)) / 200 AS BIGINT)
              ELSE 0 END
          WHEN fe.category = 'inexpensive-routinely-purchased' AND fe.rental_row AND fe.purchase_new_cents IS NOT NULL THEN l.units * CASE
              WHEN fe.purchase_new_cents - CASE WHEN fe.fee_cents * (l.rental_month - 1) < fe.purchase_new_cents THEN fe.fee_cents * (l.rental_month - 1) ELSE fe.purchase_new_cents END >= fe.fee_cents THEN fe.fee_cents
              ELSE fe.purchase_new_cents - CASE WHEN fe.fee_cents * (l.rental_month - 1) < fe.purchase_new_cents THEN fe.fee_cents * (l.rental_month - 1) ELSE fe.purchase_new_cents END
            END
          ELSE l.units * fe.fee_cents
        END AS allowed_cents,
        -- SSA §1834(a)(1)(B): Medicare pays 80%; a drug's share is 100% less the ASP file's coinsurance.
        CASE WHEN l.catalog_kind = 'drug' AND asp.hcpcs IS NOT NULL THEN 100000 - CAST(asp.coinsurance_percent * 1000 AS BIGINT) ELSE 80000 END AS medicare_thousandths,
        -- A52507: pump insulin coinsurance capped per month's supply (JL: three months).
        CASE WHEN l.catalog_kind = 'drug' AND l.insulin_code AND l.date_of_service >= k.insulin_cap_from
             THEN k.insulin_cap_cents * CASE WHEN COALESCE(l.modifier_1, '') = 'JL' OR COALESCE(l.modifier_2, '') = 'JL' THEN 3 ELSE 1 END END AS coinsurance_cents
      FROM wh_classified l
      CROSS JOIN wh_constants k
      LEFT JOIN asp_limits asp ON asp.quarter = l.quarter AND asp.hcpcs = l.hcpcs
      LEFT JOIN wh_fee fe ON fe.line_id = l.line_id
      LEFT JOIN (SELECT DISTINCT quarter, hcpcs FROM fee_schedule) sched ON sched.quarter = l.quarter AND sched.hcpcs = l.hcpcs
    ) a
  ) p
) l;

-- checkClaim findings a one-line claim can be checked for by joins (README.md lists them).
CREATE TABLE wh_answers AS
SELECT c.line_id, c.classify_error, c.benefit, c.bill_to, c.hit_category,
       p.price_error, p.basis, p.allowed_cents, p.medicare_cents, p.beneficiary_cents,
       c.s_code_not_medicare AS f_s_code_not_medicare,
       c.units > k.max_units AS f_units_over_9999,
       COALESCE(c.invalid_scope = 'medicare', FALSE) AS f_code_invalid_for_medicare,
       COALESCE(c.invalid_scope = 'dme-mac', FALSE) AS f_code_invalid_for_dme_mac,
       COALESCE(c.invalid_scope = 'ab-mac', FALSE) AS f_bill_to_ab_mac,
       (c.invalid_scope IS NULL AND NOT c.has_record AND NOT c.in_catalog AND NOT c.in_coverage AND NOT c.s_code_not_medicare) AS f_unknown_code,
       (c.has_record AND NOT c.medicare_payable AND NOT c.s_code_not_medicare AND c.invalid_scope IS NULL) AS f_not_payable_by_medicare,
       (NOT c.has_record AND c.in_catalog) AS f_code_not_in_effect,
       c.modifiers_not_in_effect AS f_modifier_not_in_effect,
       (c.needs_line_modifier AND NOT c.has_line_modifier) AS f_eip_modifier_missing,
       (c.needs_line_modifier AND (COALESCE(c.modifier_1, '') = 'GA' OR COALESCE(c.modifier_2, '') = 'GA') AND (COALESCE(c.modifier_1, '') = 'GZ' OR COALESCE(c.modifier_2, '') = 'GZ')) AS f_eip_ga_and_gz,
       (c.needs_line_modifier AND (COALESCE(c.modifier_1, '') = 'KX' OR COALESCE(c.modifier_2, '') = 'KX')
               AND (COALESCE(c.modifier_1, '') IN ('GA', 'GZ') OR COALESCE(c.modifier_2, '') IN ('GA', 'GZ'))) AS f_eip_kx_with_ga_gz
FROM wh_classified c
CROSS JOIN wh_constants k
JOIN wh_priced p ON p.line_id = c.line_id;
