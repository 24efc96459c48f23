/**
 * The Pareto curve: for every whole percent p of customers (best first), the share of net revenue
 * the top ⌈p·n/100⌉ customers bring. 101 points from (0, 0) to (1, 1).
 */
import { defineQuery } from "../../query.js";
import { RFM_SCORED_CTE, rfmParams, runRfm, type RfmOptions } from "./rfmScoring.js";
import { RANKED_CTE } from "./rfmConcentration.js";

export interface RfmLorenzRow {
  customer_share: number;
  revenue_share: number;
}

export const RFM_LORENZ_SQL = `WITH ${RFM_SCORED_CTE}, ${RANKED_CTE}, pts AS (
  SELECT p, ceil(p * tot.n / 100)::BIGINT AS k FROM range(0, 101) r(p), tot WHERE tot.n > 0 AND tot.cents > 0
)
SELECT (pts.p / 100)::DOUBLE AS customer_share,
  (coalesce(ranked.cum, 0) / tot.cents)::DOUBLE AS revenue_share
FROM pts CROSS JOIN tot LEFT JOIN ranked ON ranked.rn = pts.k
ORDER BY pts.p`;

export const rfmLorenz = defineQuery<RfmOptions, RfmLorenzRow>("rfmLorenz", RFM_LORENZ_SQL, (o) => rfmParams(o), runRfm);
