/**
 * Histograms of R, F and M as scored (so F is orders or days and M net or per order, as chosen).
 * R: 20 equal whole-day bins from 0 to the largest R. F: one bin per value up to 10, then "10 or
 * more". M: 20 equal bins up to the 99th percentile, the last bin open so a few huge spenders do
 * not squash the chart. `hi` is exclusive; null means open-ended.
 */
import { defineQuery } from "../../query.js";
import { RFM_SCORED_CTE, rfmParams, runRfm, type RfmOptions } from "./rfmScoring.js";

export interface RfmDistributionRow {
  measure: "r" | "f" | "m";
  lo: number;
  hi: number | null;
  customers: number;
}

export const RFM_DISTRIBUTION_SQL = `WITH ${RFM_SCORED_CTE}, s AS (
  SELECT r, f, m FROM rfm_scored WHERE as_of = $1::DATE
), w AS (
  SELECT greatest(1, ceil((max(r) + 1) / 20))::INTEGER AS wr,
    CASE WHEN quantile_cont(m, 0.99) > 0 THEN quantile_cont(m, 0.99) / 20 ELSE 1 END AS wm
  FROM s
), binned AS (
  SELECT 'r' AS measure, 1 AS ord, (r // w.wr) * w.wr AS lo, (r // w.wr) * w.wr + w.wr AS hi FROM s, w
  UNION ALL SELECT 'f', 2, least(f, 10), CASE WHEN f < 10 THEN f + 1 END FROM s
  UNION ALL SELECT 'm', 3, least(floor(m / w.wm), 20) * w.wm, CASE WHEN floor(m / w.wm) < 20 THEN (floor(m / w.wm) + 1) * w.wm END FROM s, w
)
SELECT measure::VARCHAR AS measure, round(lo, 2)::DOUBLE AS lo, round(hi, 2)::DOUBLE AS hi, count(*)::INTEGER AS customers
FROM binned GROUP BY measure, ord, lo, hi ORDER BY ord, lo`;

export const rfmDistribution = defineQuery<RfmOptions, RfmDistributionRow>(
  "rfmDistribution",
  RFM_DISTRIBUTION_SQL,
  (o) => rfmParams(o),
  runRfm
);
