/**
 * Every bin of R, F and M with its edges and how many customers it holds, empty bins included,
 * so a reader sees where quantile edges coincided. `lower` is exclusive, `upper` inclusive; null
 * means open-ended.
 */
import { defineQuery } from "../../query.js";
import { RFM_SCORED_CTE, rfmParams, runRfm, type RfmOptions } from "./rfmScoring.js";

export interface RfmBinRow {
  measure: "r" | "f" | "m";
  score: number;
  lower: number | null;
  upper: number | null;
  customers: number;
}

export const RFM_BINS_SQL = `WITH ${RFM_SCORED_CTE}, e AS (
  SELECT * FROM rfm_edges WHERE as_of = $1::DATE
), measures AS (
  SELECT 'r' AS measure, 1 AS ord, r_edges AS edges FROM e
  UNION ALL SELECT 'f', 2, f_edges FROM e
  UNION ALL SELECT 'm', 3, m_edges FROM e
), bins AS (
  SELECT measure, ord, edges, unnest(range(1, len(edges) + 2)) AS bin FROM measures
), grouped AS (
  -- One pass over the customers: scoring them three times would triple the cost of a change.
  SELECT r_score, f_score, m_score, count(*) AS n FROM rfm_scored WHERE as_of = $1::DATE
  GROUP BY GROUPING SETS ((r_score), (f_score), (m_score))
), counts AS (
  SELECT CASE WHEN r_score IS NOT NULL THEN 'r' WHEN f_score IS NOT NULL THEN 'f' ELSE 'm' END AS measure,
    coalesce(r_score, f_score, m_score) AS score, n
  FROM grouped
), scored_bins AS (
  SELECT measure, ord, edges, bin, CASE WHEN measure = 'r' THEN len(edges) + 2 - bin ELSE bin END AS score FROM bins
)
SELECT b.measure::VARCHAR AS measure, b.score::INTEGER AS score,
  (CASE WHEN b.bin > 1 THEN b.edges[b.bin - 1] END)::DOUBLE AS lower,
  (CASE WHEN b.bin <= len(b.edges) THEN b.edges[b.bin] END)::DOUBLE AS upper,
  coalesce(c.n, 0)::INTEGER AS customers
FROM scored_bins b LEFT JOIN counts c ON c.measure = b.measure AND c.score = b.score
ORDER BY b.ord, b.score DESC`;

export const rfmBins = defineQuery<RfmOptions, RfmBinRow>("rfmBins", RFM_BINS_SQL, (o) => rfmParams(o), runRfm);
