/** The R × F grid: customers and average M in every non-empty cell (the page fills the rest). */
import { defineQuery } from "../../query.js";
import { RFM_SCORED_CTE, rfmParams, runRfm, type RfmOptions } from "./rfmScoring.js";

export interface RfmGridRow {
  r_score: number;
  f_score: number;
  customers: number;
  avg_m: number;
  revenue: number;
}

export const RFM_GRID_SQL = `WITH ${RFM_SCORED_CTE}
SELECT r_score::INTEGER AS r_score, f_score::INTEGER AS f_score, count(*)::INTEGER AS customers,
  round(sum(mc) / count(*) / 100, 2)::DOUBLE AS avg_m,
  (sum(revenue_cents) / 100)::DOUBLE AS revenue
FROM rfm_scored WHERE as_of = $1::DATE
GROUP BY r_score, f_score
ORDER BY r_score DESC, f_score DESC`;

export const rfmGrid = defineQuery<RfmOptions, RfmGridRow>("rfmGrid", RFM_GRID_SQL, (o) => rfmParams(o), runRfm);
