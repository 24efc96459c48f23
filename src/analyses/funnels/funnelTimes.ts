/**
 * Time-to-convert distribution: per step ≥ 2, units reaching it within the window by TIME_BANDS
 * band of their shortest time. $1 fkey, $2 window in seconds (a 30-day window in ms overflows a 32-bit parameter).
 */
import { defineQuery } from "../../query.js";
import { runOnFunnelBase } from "./funnelBase.js";
import { checkWindow } from "./funnelOptions.js";
import type { FunnelWindowOptions } from "./funnelCounts.js";
import { TIME_BANDS } from "./timeBands.js";

export interface FunnelTimeRow {
  step: number;
  band: number;
  units: number;
}

export const FUNNEL_TIMES_SQL = `
SELECT step, CASE ${TIME_BANDS.slice(1).map((b, i) => `WHEN ms < ${b * 1000} THEN ${i}`).join(" ")} ELSE ${TIME_BANDS.length - 1} END::INTEGER AS band,
  count(*)::INTEGER AS units
FROM fn_reach WHERE fkey = $1::INTEGER AND ms <= $2::BIGINT * 1000 AND step > 1
GROUP BY ALL ORDER BY step, band`;

export const funnelTimes = defineQuery<FunnelWindowOptions, FunnelTimeRow>(
  "funnelTimes",
  FUNNEL_TIMES_SQL,
  (o) => [0, checkWindow(o.windowSeconds)],
  runOnFunnelBase
);
