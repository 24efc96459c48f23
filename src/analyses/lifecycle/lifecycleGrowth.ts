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

const previous = (p: string) => `(CASE WHEN $3 = 'week' THEN ${p} - 7 ELSE (${p} - INTERVAL 1 MONTH)::DATE END)`;

// Counted with one join instead of lag/lead windows over every customer-period (those made a
// grain change at the L size ~300 ms slower): returning = active in P and in P − 1; then
// resurrecting = active − new − returning and dormant(P) = active(P − 1) − returning(P).
export const LIFECYCLE_GROWTH_SQL = `WITH ${LC_PURCHASES_CTE},
act AS (SELECT cust, period, any_value(cohort) AS cohort, sum(orders) AS orders FROM lc_p GROUP BY cust, period),
periods AS (
  SELECT unnest(generate_series(b.first_period, date_trunc($3, b.through)::DATE, CASE WHEN $3 = 'week' THEN INTERVAL 7 DAY ELSE INTERVAL 1 MONTH END))::DATE AS period
  FROM lc_bounds b WHERE b.first_period IS NOT NULL
), flows AS (
  SELECT period, count(*) AS active, count(*) FILTER (WHERE cohort = period) AS new, count(*) FILTER (WHERE orders >= 2) AS repeaters
  FROM act GROUP BY period
), ret AS (
  SELECT a.period, count(*) AS returning
  FROM act a JOIN act b ON b.cust = a.cust AND b.period = ${previous("a.period")}
  GROUP BY a.period
), joined AS (
  SELECT p.period, coalesce(f.active, 0) AS active, coalesce(f.new, 0) AS new, coalesce(r.returning, 0) AS returning,
    f.repeaters, coalesce(lag(coalesce(f.active, 0)) OVER (ORDER BY p.period), 0) AS prev_active
  FROM periods p LEFT JOIN flows f USING (period) LEFT JOIN ret r USING (period)
)
SELECT j.period::DATE AS period, j.active::INTEGER AS active, j.new::INTEGER AS new, j.returning::INTEGER AS returning,
  (j.active - j.new - j.returning)::INTEGER AS resurrecting,
  (j.prev_active - j.returning)::INTEGER AS dormant,
  -- The dictionary's repurchase rate: buyers with two or more orders in the period.
  (j.repeaters / nullif(j.active, 0))::DOUBLE AS repurchase_rate,
  (${periodEnd("j.period")} <= b.through) AS complete
FROM joined j, lc_bounds b
ORDER BY j.period`;

export const lifecycleGrowth = defineQuery<LifecycleGrowthOptions, LifecycleGrowthRow>("lifecycleGrowth", LIFECYCLE_GROWTH_SQL, (o) => {
  isoDate("through", o.through);
  return [o.currency, o.through, oneOf("grain", o.grain, LIFECYCLE_GRAINS)];
}, runLifecycle);
