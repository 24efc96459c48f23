/**
 * Days between a customer's consecutive purchase days (several orders on one day are one
 * purchase occasion): per step n → n + 1 (1→2, 2→3, 3→4, 4+ together) the number of gaps,
 * the median and 80th percentile, and a histogram over fixed day bands an operator reads
 * (1–7, 8–14, 15–30, 31–60, 61–90, 91–180, 181–365, > 365).
 * Observed gaps only: customers who have not bought again are not here (see timeToRepurchase
 * for the censoring-aware estimate).
 */
import { defineQuery, isoDate } from "../../query.js";
import { isKeptPurchaseAsOf } from "../../metrics/dictionary.js";

export interface RepurchaseGapsOptions {
  currency: string;
  through: string;
}

export interface RepurchaseGapRow {
  step: number;
  band: number;
  band_lo: number;
  band_hi: number | null;
  gaps: number;
  step_gaps: number;
  median_days: number;
  p80_days: number;
}

// Gaps are between distinct purchase days, so the shortest is 1 day.
export const GAP_BANDS = [1, 8, 15, 31, 61, 91, 181, 366] as const;

export const PURCHASE_DAYS_CTE = `
pd AS (
  SELECT DISTINCT o.customer_id, o.paid_at::DATE AS day
  FROM orders o
  WHERE o.currency = $1 AND o.customer_id IS NOT NULL AND ${isKeptPurchaseAsOf("$2")}
), seq AS (
  SELECT customer_id, day, row_number() OVER (PARTITION BY customer_id ORDER BY day) AS n,
    lead(day) OVER (PARTITION BY customer_id ORDER BY day) AS next_day
  FROM pd
)`;

export const REPURCHASE_GAPS_SQL = `WITH ${PURCHASE_DAYS_CTE},
gaps AS (
  SELECT least(n, 4) AS step, date_diff('day', day, next_day) AS days FROM seq WHERE next_day IS NOT NULL
), stats AS (
  -- quantile_disc: a gap is a whole number of days that happened.
  SELECT step, count(*) AS n, quantile_disc(days, 0.5) AS median_days, quantile_disc(days, 0.8) AS p80_days FROM gaps GROUP BY step
), bands AS (
  SELECT unnest([${GAP_BANDS.join(", ")}]) AS lo, unnest([${GAP_BANDS.slice(1).map((b) => b - 1).join(", ")}, NULL]) AS hi, unnest(range(1, ${GAP_BANDS.length + 1})) AS band
), counted AS (
  SELECT g.step, b.band, count(*) AS gaps FROM gaps g JOIN bands b ON g.days >= b.lo AND (b.hi IS NULL OR g.days <= b.hi) GROUP BY g.step, b.band
)
SELECT s.step::INTEGER AS step, b.band::INTEGER AS band, b.lo::INTEGER AS band_lo, b.hi::INTEGER AS band_hi,
  coalesce(c.gaps, 0)::INTEGER AS gaps, s.n::INTEGER AS step_gaps, s.median_days::INTEGER AS median_days, s.p80_days::INTEGER AS p80_days
FROM stats s CROSS JOIN bands b LEFT JOIN counted c ON c.step = s.step AND c.band = b.band
ORDER BY s.step, b.band`;

export const repurchaseGaps = defineQuery<RepurchaseGapsOptions, RepurchaseGapRow>("repurchaseGaps", REPURCHASE_GAPS_SQL, (o) => {
  isoDate("through", o.through);
  return [o.currency, o.through];
});
