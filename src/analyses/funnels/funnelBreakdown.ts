/**
 * Funnel counts per value of one attribute of the unit, with first- or last-touch attribution:
 * the traffic source, device or category of the unit's first (or last) event that has one, or the
 * province of the customer behind the visitor. The `top` values by entrants are shown; the rest
 * are grouped as "(other)", and units without a value as "(unknown)".
 * $1 fkey, $2 window in seconds (a 30-day window in ms overflows a 32-bit parameter), $3 attribute column, $4 top, $5 number of steps.
 */
import { defineQuery, oneOf } from "../../query.js";
import { runOnFunnelBase } from "./funnelBase.js";
import { checkWindow } from "./funnelOptions.js";
import type { FunnelWindowOptions } from "./funnelCounts.js";

export const BREAKDOWN_DIMS = ["source", "device", "category", "province"] as const;
export type BreakdownDim = (typeof BREAKDOWN_DIMS)[number];
export const TOUCHES = ["first", "last"] as const;
export type Touch = (typeof TOUCHES)[number];

export const OTHER = "(other)";
export const UNKNOWN = "(unknown)";

export interface FunnelBreakdownOptions extends FunnelWindowOptions {
  dim: BreakdownDim;
  touch: Touch;
  top: number;
}

export interface FunnelBreakdownRow {
  value: string;
  step: number;
  units: number;
  entered: number;
  rate: number | null;
}

/** The fn_units column behind (dim, touch); province has no touch (one per customer). */
export const breakdownColumn = (dim: BreakdownDim, touch: Touch): string => (dim === "province" ? "province" : `${dim}_${touch}`);

export const FUNNEL_BREAKDOWN_SQL = `
WITH u AS (
  SELECT u.unit_id,
    coalesce(CASE $3
      WHEN 'source_first' THEN u.source_first WHEN 'source_last' THEN u.source_last
      WHEN 'device_first' THEN u.device_first WHEN 'device_last' THEN u.device_last
      WHEN 'category_first' THEN u.category_first WHEN 'category_last' THEN u.category_last
      WHEN 'province' THEN c.province END, '${UNKNOWN}') AS raw_value
  FROM fn_units u LEFT JOIN customers c ON $3 = 'province' AND c.customer_id = u.customer_id
  WHERE u.fkey = $1::INTEGER
), r AS (
  SELECT u.raw_value, f.step, count(*) AS units
  FROM fn_reach f JOIN u ON u.unit_id = f.unit_id
  WHERE f.fkey = $1::INTEGER AND f.ms <= $2::BIGINT * 1000 GROUP BY ALL
), ranked AS (
  SELECT raw_value, row_number() OVER (ORDER BY units DESC, raw_value) AS rk FROM r WHERE step = 1 AND raw_value <> '${UNKNOWN}'
), named AS (
  SELECT CASE WHEN r.raw_value = '${UNKNOWN}' THEN r.raw_value WHEN k.rk <= $4::INTEGER THEN r.raw_value ELSE '${OTHER}' END AS value,
    r.step, sum(r.units) AS units, min(coalesce(k.rk, 1000000)) AS rk
  FROM r LEFT JOIN ranked k ON k.raw_value = r.raw_value GROUP BY ALL
), steps AS (SELECT unnest(range(1, $5::BIGINT + 1))::INTEGER AS step),
vals AS (SELECT value, min(rk) AS rk FROM named GROUP BY value),
grid AS (
  SELECT v.value, v.rk, s.step, coalesce(n.units, 0) AS units FROM vals v CROSS JOIN steps s LEFT JOIN named n ON n.value = v.value AND n.step = s.step
)
SELECT value, step, units::INTEGER AS units, first_value(units) OVER (PARTITION BY value ORDER BY step)::INTEGER AS entered,
  units / nullif(first_value(units) OVER (PARTITION BY value ORDER BY step), 0) AS rate
FROM grid ORDER BY rk, value, step`;

export const funnelBreakdown = defineQuery<FunnelBreakdownOptions, FunnelBreakdownRow>(
  "funnelBreakdown",
  FUNNEL_BREAKDOWN_SQL,
  (o) => {
    const top = o.top;
    if (!Number.isInteger(top) || top < 1 || top > 50) throw new Error(`invalid top: ${top}`);
    return [0, checkWindow(o.windowSeconds), breakdownColumn(oneOf("dim", o.dim, BREAKDOWN_DIMS), oneOf("touch", o.touch, TOUCHES)), top, o.steps.length];
  },
  runOnFunnelBase
);
