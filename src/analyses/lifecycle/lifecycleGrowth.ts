/**
 * The product-analytics lifecycle per period (month or week): among customers with a purchase in
 * period P, "new" made their first purchase in P, "returning" also bought in P − 1,
 * "resurrecting" bought before but not in P − 1; "dormant" bought in P − 1 but not in P. The
 * growth accounting identity holds: active(P) = active(P − 1) + new + resurrecting − dormant.
 * Each period also carries the dictionary's repurchase rate (buyers with ≥ 2 orders in it).
 */
import { defineQuery, isoDate, oneOf } from "../../query.js";
import { LC_PURCHASES_CTE, LIFECYCLE_GRAINS, runLifecycle, periodEnd, type LifecycleGrain } from "./lifecyclePurchases.js";

export interface LifecycleGrowthOptions {
  currency: string;
  through: string;
  grain: LifecycleGrain;
}

export interface LifecycleGrowthRow {
  period: Date;
  active: number;
  new: number;
  returning: number;
  resurrecting: number;
  dormant: number;
  /** Share of the period's buyers with two or more orders in it (the metric dictionary's repurchase rate). */
  repurchase_rate: number | null;
  complete: boolean;
}

const next = (p: string) => `(CASE WHEN $3 = 'week' THEN ${p} + 7 ELSE (${p} + INTERVAL 1 MONTH)::DATE END)`;

export const LIFECYCLE_GROWTH_SQL = `WITH ${LC_PURCHASES_CTE},
act AS (SELECT cust, period, sum(orders) AS orders FROM lc_p GROUP BY cust, period),
seq AS (
  SELECT cust, period, orders,
    lag(period) OVER (PARTITION BY cust ORDER BY period) AS prev,
    lead(period) OVER (PARTITION BY cust ORDER BY period) AS nxt
  FROM act
), periods AS (
  SELECT unnest(generate_series(b.first_period, date_trunc($3, b.through)::DATE, CASE WHEN $3 = 'week' THEN INTERVAL 7 DAY ELSE INTERVAL 1 MONTH END))::DATE AS period
  FROM lc_bounds b WHERE b.first_period IS NOT NULL
), flows AS (
  SELECT period,
    count(*) AS active,
    count(*) FILTER (WHERE prev IS NULL) AS new,
    count(*) FILTER (WHERE prev IS NOT NULL AND ${next("prev")} = period) AS returning,
    count(*) FILTER (WHERE prev IS NOT NULL AND ${next("prev")} < period) AS resurrecting,
    count(*) FILTER (WHERE orders >= 2) AS repeaters
  FROM seq GROUP BY period
), gone AS (
  -- Dormant in the period after a customer's active period when they do not buy again in it.
  SELECT ${next("period")} AS period, count(*) AS dormant
  FROM seq WHERE nxt IS NULL OR nxt > ${next("period")}
  GROUP BY 1
)
SELECT p.period::DATE AS period, coalesce(f.active, 0)::INTEGER AS active, coalesce(f.new, 0)::INTEGER AS new,
  coalesce(f.returning, 0)::INTEGER AS returning, coalesce(f.resurrecting, 0)::INTEGER AS resurrecting,
  coalesce(g.dormant, 0)::INTEGER AS dormant,
  -- The dictionary's repurchase rate: buyers with two or more orders in the period.
  (f.repeaters / nullif(f.active, 0))::DOUBLE AS repurchase_rate,
  (${periodEnd("p.period")} <= b.through) AS complete
FROM periods p LEFT JOIN flows f USING (period) LEFT JOIN gone g USING (period), lc_bounds b
ORDER BY p.period`;

export const lifecycleGrowth = defineQuery<LifecycleGrowthOptions, LifecycleGrowthRow>("lifecycleGrowth", LIFECYCLE_GROWTH_SQL, (o) => {
  isoDate("through", o.through);
  return [o.currency, o.through, oneOf("grain", o.grain, LIFECYCLE_GRAINS)];
}, runLifecycle);
