/**
 * Per variant of one experiment: visitors analysed, converters, and revenue per visitor as mean
 * and sample variance (what Welch's test needs), plus the exclusions that keep the comparison
 * honest, counted rather than dropped silently:
 *
 * - visitors assigned to more than one variant are excluded from every arm (`mixed`);
 * - a visitor's window runs from their assignment (or, when the export has no time, the
 *   experiment's first assignment) for $2 days, or to the end of the experiment's last
 *   assignment day when $2 is 0;
 * - converted = a purchase in the window: a purchase event in the behaviour log, or a purchase
 *   order (the dictionary's) of the customer behind the visitor; revenue = GMV of those orders in
 *   the currency $3. The customer behind a visitor is the one the log ties to it, else the
 *   visitor id itself when the export assigned customers directly.
 * $1 experiment id.
 */
import { defineQuery } from "../../query.js";
import { IS_PURCHASE } from "../../metrics/dictionary.js";

export interface AbVariantOptions {
  experiment: string;
  /** Days after assignment that count; 0 = until the end of the experiment. */
  days: number;
  currency: string;
}

export interface AbVariantRow {
  variant: string;
  assigned: number;
  visitors: number;
  converters: number;
  revenue: number;
  rpv_mean: number;
  rpv_var: number | null;
  mixed: number;
  no_time: number;
}

export const AB_VARIANTS_SQL = `
WITH xa AS (SELECT visitor_id, variant, assigned_at FROM experiments WHERE experiment_id = $1),
bounds AS (SELECT min(assigned_at) AS first_at, max(assigned_at)::DATE + INTERVAL 1 DAY AS end_at FROM xa),
mixed AS (SELECT visitor_id FROM xa GROUP BY visitor_id HAVING count(DISTINCT variant) > 1),
x AS (
  SELECT xa.visitor_id, any_value(xa.variant) AS variant, min(coalesce(xa.assigned_at, b.first_at)) AS start_at
  FROM xa CROSS JOIN bounds b WHERE xa.visitor_id NOT IN (SELECT visitor_id FROM mixed) GROUP BY xa.visitor_id
), win AS (
  SELECT x.*, CASE WHEN $2::INTEGER > 0 THEN x.start_at + to_days($2::INTEGER) ELSE b.end_at END AS end_at FROM x CROSS JOIN bounds b
), cust AS (
  SELECT visitor_id, any_value(customer_id) AS customer_id FROM events
  WHERE customer_id IS NOT NULL AND visitor_id IN (SELECT visitor_id FROM x) GROUP BY visitor_id
), bought AS (
  SELECT DISTINCT w.visitor_id FROM win w JOIN events e
    ON e.visitor_id = w.visitor_id AND e.event_type = 'buy' AND e.event_at >= w.start_at AND e.event_at < w.end_at
), rev AS (
  -- Cents: sums of doubles differ in the last bits between engines and runs.
  SELECT w.visitor_id, sum(round(o.amount_paid * 100)::BIGINT) AS cents
  FROM win w LEFT JOIN cust c ON c.visitor_id = w.visitor_id
  JOIN orders o ON o.customer_id = coalesce(c.customer_id, w.visitor_id) AND ${IS_PURCHASE} AND o.currency = $3
    AND o.ordered_at >= w.start_at AND o.ordered_at < w.end_at
  GROUP BY w.visitor_id
), per AS (
  SELECT w.variant, w.visitor_id, (b.visitor_id IS NOT NULL OR r.visitor_id IS NOT NULL) AS converted, coalesce(r.cents, 0)::HUGEINT AS cents
  FROM win w LEFT JOIN bought b ON b.visitor_id = w.visitor_id LEFT JOIN rev r ON r.visitor_id = w.visitor_id
), assigned AS (SELECT variant, count(DISTINCT visitor_id) AS assigned FROM xa GROUP BY variant)
SELECT a.variant, a.assigned::INTEGER AS assigned, count(p.visitor_id)::INTEGER AS visitors,
  (count(*) FILTER (WHERE p.converted))::INTEGER AS converters, coalesce(sum(p.cents), 0)::DOUBLE / 100 AS revenue,
  coalesce(sum(p.cents)::DOUBLE / count(p.visitor_id) / 100, 0) AS rpv_mean,
  -- Sample variance from exact integer sums: (n Σc² − (Σc)²) / (n (n − 1)), in yuan².
  CASE WHEN count(p.visitor_id) > 1 THEN (count(p.visitor_id) * sum(p.cents * p.cents) - sum(p.cents) * sum(p.cents))::DOUBLE
    / (count(p.visitor_id) * (count(p.visitor_id) - 1)) / 10000 END AS rpv_var,
  (SELECT count(*) FROM mixed)::INTEGER AS mixed, (SELECT count(*) FROM xa WHERE assigned_at IS NULL)::INTEGER AS no_time
FROM assigned a LEFT JOIN per p ON p.variant = a.variant
GROUP BY a.variant, a.assigned ORDER BY a.variant`;

export const abVariants = defineQuery<AbVariantOptions, AbVariantRow>("abVariants", AB_VARIANTS_SQL, (o) => {
  if (!Number.isInteger(o.days) || o.days < 0 || o.days > 365) throw new Error(`invalid days: ${o.days}`);
  return [o.experiment, o.days, o.currency];
});
