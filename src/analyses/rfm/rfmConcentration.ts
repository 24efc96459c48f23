/**
 * How concentrated revenue is (Pareto / ABC): the share of net revenue brought by the top 1, 5,
 * 10, 20 and 50 % of customers (top ⌈x·n⌉ customers by revenue) and the Gini coefficient,
 * G = 2·Σ i·x(i) / (n·Σx) − (n + 1)/n over revenues sorted ascending. Computed in integer cents
 * so the result does not depend on summation order.
 */
import { defineQuery } from "../../query.js";
import { RFM_SCORED_CTE, rfmParams, runRfm, type RfmOptions } from "./rfmScoring.js";

export interface RfmConcentrationRow {
  customers: number;
  revenue: number;
  top1: number | null;
  top5: number | null;
  top10: number | null;
  top20: number | null;
  top50: number | null;
  gini: number | null;
}

/** Customers ranked by revenue, best first, with cumulative cents (shared with rfmLorenz, rfmTiers). */
export const RANKED_CTE = `ranked AS (
  SELECT customer_id, revenue_cents AS cents,
    row_number() OVER (ORDER BY revenue DESC, customer_id) AS rn,
    sum(revenue_cents) OVER (ORDER BY revenue DESC, customer_id ROWS UNBOUNDED PRECEDING) AS cum
  FROM rfm_scored WHERE as_of = $1::DATE
), tot AS (SELECT count(*) AS n, sum(cents) AS cents FROM ranked)`;

const top = (pct: number) =>
  `(SELECT max(cum) FROM ranked WHERE rn <= ceil(${pct} * tot.n / 100)) / nullif(tot.cents, 0)`;

export const RFM_CONCENTRATION_SQL = `WITH ${RFM_SCORED_CTE}, ${RANKED_CTE}
SELECT tot.n::INTEGER AS customers, (coalesce(tot.cents, 0) / 100)::DOUBLE AS revenue,
  ${top(1)}::DOUBLE AS top1, ${top(5)}::DOUBLE AS top5, ${top(10)}::DOUBLE AS top10,
  ${top(20)}::DOUBLE AS top20, ${top(50)}::DOUBLE AS top50,
  -- Ascending rank i = n + 1 − rn.
  (2 * (SELECT sum((tot.n + 1 - rn) * cents) FROM ranked) / (tot.n * nullif(tot.cents, 0)) - (tot.n + 1) / tot.n)::DOUBLE AS gini
FROM tot`;

export const rfmConcentration = defineQuery<RfmOptions, RfmConcentrationRow>(
  "rfmConcentration",
  RFM_CONCENTRATION_SQL,
  (o) => rfmParams(o),
  runRfm
);
