/** One row describing the scored population as of the date: size, revenue, means and medians. */
import { defineQuery } from "../../query.js";
import { RFM_SCORED_CTE, rfmParams, runRfm, type RfmOptions } from "./rfmScoring.js";

export interface RfmSummaryRow {
  customers: number;
  revenue: number;
  mean_r: number | null;
  mean_f: number | null;
  mean_m: number | null;
  median_r: number | null;
  median_f: number | null;
  median_m: number | null;
}

export const RFM_SUMMARY_SQL = `WITH ${RFM_SCORED_CTE}
SELECT coalesce(e.n, 0)::INTEGER AS customers,
  -- From the per-date sums: the summary never needs to score anyone.
  (coalesce(e.sum_mc, 0) / 100)::DOUBLE AS revenue,
  e.mean_r::DOUBLE AS mean_r, e.mean_f::DOUBLE AS mean_f, e.mean_m::DOUBLE AS mean_m,
  e.median_r::DOUBLE AS median_r, e.median_f::DOUBLE AS median_f, e.median_m::DOUBLE AS median_m
FROM (SELECT $1::DATE AS as_of) d LEFT JOIN rfm_edges e USING (as_of)`;

export const rfmSummary = defineQuery<RfmOptions, RfmSummaryRow>("rfmSummary", RFM_SUMMARY_SQL, (o) => rfmParams(o), runRfm);
