/**
 * The repurchase cycle per category, when the export has order lines: for each customer and
 * category, the days between consecutive purchase days on which they bought that category; per
 * category the number of such gaps, the median and the 80th percentile (discrete: whole days that
 * happened). Categories with fewer than `minGaps` gaps are left out (a median of three is noise).
 */
import { defineQuery, isoDate } from "../../query.js";
import { isKeptPurchaseAsOf } from "../../metrics/dictionary.js";

export interface CategoryCyclesOptions {
  currency: string;
  through: string;
  minGaps?: number;
}

export interface CategoryCycleRow {
  category: string;
  customers: number;
  gaps: number;
  median_days: number;
  p80_days: number;
}

export const CATEGORY_CYCLES_SQL = `
WITH cp AS (
  SELECT DISTINCT o.customer_id, i.category, o.paid_at::DATE AS day
  FROM orders o JOIN order_items i ON i.order_id = o.order_id
  WHERE o.currency = $1 AND o.customer_id IS NOT NULL AND i.category IS NOT NULL AND ${isKeptPurchaseAsOf("$2")}
), g AS (
  SELECT customer_id, category, date_diff('day', day, lead(day) OVER (PARTITION BY customer_id, category ORDER BY day)) AS days FROM cp
)
SELECT category::VARCHAR AS category, count(DISTINCT customer_id)::INTEGER AS customers, count(*)::INTEGER AS gaps,
  quantile_disc(days, 0.5)::INTEGER AS median_days, quantile_disc(days, 0.8)::INTEGER AS p80_days
FROM g WHERE days IS NOT NULL
GROUP BY category HAVING count(*) >= $3
ORDER BY gaps DESC, category`;

export const categoryCycles = defineQuery<CategoryCyclesOptions, CategoryCycleRow>("categoryCycles", CATEGORY_CYCLES_SQL, (o) => {
  isoDate("through", o.through);
  const min = o.minGaps ?? 20;
  if (!Number.isInteger(min) || min < 1) throw new Error(`invalid minGaps: ${min}`);
  return [o.currency, o.through, min];
});
