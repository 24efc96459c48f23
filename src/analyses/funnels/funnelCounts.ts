/**
 * Units reaching each step within the conversion window, conversion relative to step 1 and to the
 * previous step, and the time to convert (shortest time from a start, FUNNEL_CONVENTIONS): median,
 * 25th, 75th and 90th percentiles, as observed values (quantile_disc: a time that happened).
 * Reads the materialised base: $1 fkey, $2 window in seconds (a 30-day window in ms overflows a 32-bit parameter), $3 number of steps.
 */
import { defineQuery } from "../../query.js";
import { runOnFunnelBase } from "./funnelBase.js";
import { checkWindow, type FunnelBaseOptions } from "./funnelOptions.js";

export interface FunnelWindowOptions extends FunnelBaseOptions {
  windowSeconds: number;
}

export interface FunnelCountRow {
  step: number;
  units: number;
  all_units: number;
  pct_first: number | null;
  pct_prev: number | null;
  p25_s: number | null;
  median_s: number | null;
  p75_s: number | null;
  p90_s: number | null;
}

export const FUNNEL_COUNTS_SQL = `
WITH r AS (
  SELECT step, ms FROM fn_reach WHERE fkey = $1::INTEGER AND ms <= $2::BIGINT * 1000
), c AS (
  SELECT step, count(*) AS units,
    quantile_disc(ms, 0.25) AS p25, quantile_disc(ms, 0.5) AS p50, quantile_disc(ms, 0.75) AS p75, quantile_disc(ms, 0.9) AS p90
  FROM r GROUP BY step
), s AS (
  SELECT unnest(range(1, $3::BIGINT + 1))::INTEGER AS step
), j AS (
  SELECT s.step, coalesce(c.units, 0) AS units, c.p25, c.p50, c.p75, c.p90 FROM s LEFT JOIN c ON c.step = s.step
)
SELECT step, units::INTEGER AS units, (SELECT count(*) FROM fn_units WHERE fkey = $1::INTEGER)::INTEGER AS all_units,
  units / nullif(first_value(units) OVER (ORDER BY step), 0) AS pct_first,
  units / nullif(lag(units) OVER (ORDER BY step), 0) AS pct_prev,
  -- Step 1 is where the clock starts: no time to convert.
  CASE WHEN step > 1 THEN p25 / 1000 END AS p25_s, CASE WHEN step > 1 THEN p50 / 1000 END AS median_s,
  CASE WHEN step > 1 THEN p75 / 1000 END AS p75_s, CASE WHEN step > 1 THEN p90 / 1000 END AS p90_s
FROM j ORDER BY step`;

export const funnelCounts = defineQuery<FunnelWindowOptions, FunnelCountRow>(
  "funnelCounts",
  FUNNEL_COUNTS_SQL,
  (o) => [0, checkWindow(o.windowSeconds), o.steps.length],
  runOnFunnelBase
);
