-- Generates {{LINES}} synthetic claim lines, deterministically from the seed {{SEED}}.
-- DuckDB only (range(), lists, a macro); the classification in answers.sql is the portable part.
-- Codes are drawn from the exported tables (catalog, coverage model, invalid codes) plus two
-- well-formed codes the library does not hold; states from the DMEPOS fee schedule.
CREATE MACRO rnd(i, k) AS ((((i * 2654435761 + k * 2246822519 + {{SEED}}) % 2147483647) * 48271 % 2147483647) * 16807 % 2147483647);

CREATE TABLE code_pool AS
SELECT list(hcpcs ORDER BY hcpcs) AS codes FROM (
  SELECT hcpcs FROM catalog_codes
  UNION SELECT hcpcs FROM coverage_rule_codes
  UNION SELECT hcpcs FROM claim_invalid_codes
  UNION SELECT hcpcs FROM (VALUES ('A9999'), ('K0999')) AS unknown(hcpcs)
);

CREATE TABLE claim_lines AS
WITH pools AS (
  SELECT codes,
         (SELECT list(DISTINCT state ORDER BY state) FROM fee_schedule WHERE schedule = 'dmepos') AS states,
         ['KX', 'GA', 'GZ', 'RR', 'NU', 'UE', 'KF', 'JB', 'JK', 'JL', 'JW', 'JZ', 'GY', 'BA'] AS mods
  FROM code_pool
), raw AS (
  SELECT i,
         codes[1 + rnd(i, 1) % len(codes)] AS hcpcs,
         CASE WHEN rnd(i, 2) % 100 < 25 THEN NULL ELSE mods[1 + rnd(i, 3) % len(mods)] END AS m1,
         CASE WHEN rnd(i, 4) % 100 < 70 THEN NULL ELSE mods[1 + rnd(i, 5) % len(mods)] END AS m2,
         CASE WHEN rnd(i, 6) % 1000 = 0 THEN 9990 + rnd(i, 7) % 20 ELSE 1 + rnd(i, 7) % 12 END AS units,
         CASE WHEN rnd(i, 8) % 100 < 85 THEN DATE '2025-01-01' + CAST(rnd(i, 9) % 90 AS INTEGER)
              ELSE DATE '2022-07-01' + CAST(rnd(i, 9) % (DATE '2025-01-01' - DATE '2022-07-01') AS INTEGER) END AS date_of_service,
         states[1 + rnd(i, 10) % len(states)] AS state,
         rnd(i, 11) % 4 = 0 AS rural,
         CAST(1 + rnd(i, 12) % 15 AS INTEGER) AS rental_month
  FROM range({{LINES}}) AS t(i), pools
)
SELECT CAST(i + 1 AS BIGINT) AS line_id, hcpcs,
       COALESCE(m1, m2) AS modifier_1,
       CASE WHEN m1 IS NOT NULL AND m2 <> m1 THEN m2 END AS modifier_2,
       CAST(units AS INTEGER) AS units, date_of_service, state, rural, rental_month
FROM raw;
