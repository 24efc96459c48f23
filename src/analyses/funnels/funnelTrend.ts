/**
 * Conversion by entry date: units grouped by the day or week (Monday) of their entry (first
 * start event), with how many of them reached the last step within the window. Recent periods
 * whose entrants have not had a full window yet are flagged `incomplete` (their rate can still
 * rise), measured against the end of the range $4.
 * $1 fkey, $2 window in seconds (a 30-day window in ms overflows a 32-bit parameter), $3 grain, $4 range end date, $5 number of steps.
 */
import { defineQuery, isoDate, oneOf } from "../../query.js";
import { runOnFunnelBase } from "./funnelBase.js";
import { checkWindow, type FunnelBaseOptions } from "./funnelOptions.js";

export const TREND_GRAINS = ["day", "week"] as const;
export type TrendGrain = (typeof TREND_GRAINS)[number];

export interface FunnelTrendOptions extends FunnelBaseOptions {
  windowSeconds: number;
  grain: TrendGrain;
}

export interface FunnelTrendRow {
  period: string;
  entered: number;
  converted: number;
  rate: number;
  incomplete: boolean;
}

export const FUNNEL_TREND_SQL = `
WITH u AS (
  SELECT unit_id, date_trunc($3, entry_at)::DATE AS period FROM fn_units WHERE fkey = $1::INTEGER AND entry_at IS NOT NULL
), c AS (
  SELECT unit_id FROM fn_reach WHERE fkey = $1::INTEGER AND step = $5::INTEGER AND ms <= $2::BIGINT * 1000
)
SELECT strftime(u.period, '%Y-%m-%d') AS period, count(*)::INTEGER AS entered, count(c.unit_id)::INTEGER AS converted,
  count(c.unit_id) / count(*) AS rate,
  -- The period's last entrant may still convert until its last moment + the window.
  (u.period + CASE WHEN $3 = 'week' THEN INTERVAL 7 DAY ELSE INTERVAL 1 DAY END + to_seconds($2::BIGINT)) > ($4::DATE + INTERVAL 1 DAY) AS incomplete
FROM u LEFT JOIN c ON c.unit_id = u.unit_id
GROUP BY u.period ORDER BY u.period`;

export const funnelTrend = defineQuery<FunnelTrendOptions, FunnelTrendRow>(
  "funnelTrend",
  FUNNEL_TREND_SQL,
  (o) => [0, checkWindow(o.windowSeconds), oneOf("grain", o.grain, TREND_GRAINS), isoDate("to", o.to), o.steps.length],
  runOnFunnelBase
);
