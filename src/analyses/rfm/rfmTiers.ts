/**
 * ABC value tiers by cumulative revenue share: customers are ranked by net revenue, best first;
 * tier A holds those whose revenue starts before the first `a` share of the total is reached
 * (default 80 %), B up to `b` (default 95 %), C the rest. Customers with equal revenue always
 * share a tier: a tie group is placed by where the group starts.
 */
import { defineQuery } from "../../query.js";
import { RFM_SCORED_CTE, rfmParams, runRfm, type RfmOptions } from "./rfmScoring.js";

export interface RfmTiersOptions extends RfmOptions {
  /** Cumulative revenue share closing tier A, e.g. 0.8. */
  a?: number;
  /** Cumulative revenue share closing tier B, e.g. 0.95. */
  b?: number;
}

export interface RfmTierRow {
  tier: "A" | "B" | "C";
  customers: number;
  share: number | null;
  revenue: number;
  revenue_share: number | null;
  min_revenue: number | null;
}

export const RFM_TIERS_SQL = `WITH ${RFM_SCORED_CTE}, g AS (
  SELECT revenue_cents AS cents FROM rfm_scored WHERE as_of = $1::DATE
), groups AS (
  SELECT cents, count(*) AS n, sum(cents) AS group_cents FROM g GROUP BY cents
), placed AS (
  SELECT cents, n, group_cents,
    coalesce(sum(group_cents) OVER (ORDER BY cents DESC ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS before
  FROM groups
), tot AS (SELECT sum(n) AS n, sum(group_cents) AS cents FROM groups), tiered AS (
  SELECT CASE WHEN p.before < $15 * t.cents OR t.cents = 0 THEN 'A' WHEN p.before < $16 * t.cents THEN 'B' ELSE 'C' END AS tier, p.*
  FROM placed p, tot t
)
SELECT x.tier::VARCHAR AS tier, coalesce(sum(tr.n), 0)::INTEGER AS customers,
  (sum(tr.n) / nullif(any_value(t.n), 0))::DOUBLE AS share,
  (coalesce(sum(tr.group_cents), 0) / 100)::DOUBLE AS revenue,
  (sum(tr.group_cents) / nullif(any_value(t.cents), 0))::DOUBLE AS revenue_share,
  (min(tr.cents) / 100)::DOUBLE AS min_revenue
FROM (VALUES ('A'), ('B'), ('C')) x(tier) LEFT JOIN tiered tr USING (tier), tot t
GROUP BY x.tier ORDER BY x.tier`;

export const rfmTiers = defineQuery<RfmTiersOptions, RfmTierRow>(
  "rfmTiers",
  RFM_TIERS_SQL,
  (o) => {
    const a = o.a ?? 0.8;
    const b = o.b ?? 0.95;
    if (!(a > 0 && a < b && b < 1)) throw new Error(`invalid tier shares: A ${a}, B ${b} (need 0 < A < B < 1)`);
    return [...rfmParams(o), a, b];
  },
  runRfm
);
