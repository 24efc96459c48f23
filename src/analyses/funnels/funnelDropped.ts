/**
 * The units that reached step k − 1 within the window but not step k, for a CSV download: the
 * pseudonymous visitor id (never a name or phone: those never reach Parquet), the session number
 * when counting sessions, the entry time and the first-touch source.
 * $1 fkey, $2 window in seconds (a 30-day window in ms overflows a 32-bit parameter), $3 step k (2…n).
 */
import { defineQuery } from "../../query.js";
import { runOnFunnelBase } from "./funnelBase.js";
import { checkWindow } from "./funnelOptions.js";
import type { FunnelWindowOptions } from "./funnelCounts.js";

export interface FunnelDroppedOptions extends FunnelWindowOptions {
  step: number;
}

export interface FunnelDroppedRow {
  visitor_id: string;
  session: number;
  entry_at: string;
  source_first: string | null;
  device_first: string | null;
}

export const FUNNEL_DROPPED_SQL = `
SELECT u.visitor_id, u.sess::INTEGER AS session, strftime(u.entry_at, '%Y-%m-%d %H:%M:%S') AS entry_at, u.source_first, u.device_first
FROM fn_units u
WHERE u.fkey = $1::INTEGER
  AND EXISTS (SELECT 1 FROM fn_reach r WHERE r.fkey = $1::INTEGER AND r.unit_id = u.unit_id AND r.step = $3::INTEGER - 1 AND r.ms <= $2::BIGINT * 1000)
  AND NOT EXISTS (SELECT 1 FROM fn_reach r WHERE r.fkey = $1::INTEGER AND r.unit_id = u.unit_id AND r.step = $3::INTEGER AND r.ms <= $2::BIGINT * 1000)
ORDER BY u.entry_at, u.visitor_id, u.sess`;

export const funnelDropped = defineQuery<FunnelDroppedOptions, FunnelDroppedRow>(
  "funnelDropped",
  FUNNEL_DROPPED_SQL,
  (o) => {
    if (!Number.isInteger(o.step) || o.step < 2 || o.step > o.steps.length) throw new Error(`invalid step: ${o.step}`);
    return [0, checkWindow(o.windowSeconds), o.step];
  },
  runOnFunnelBase
);
