/**
 * The purchases every lifecycle view starts from, as SQL clauses to paste after `WITH`:
 * `lc_p` holds one row per kept purchase (the dictionary's definition, as of the end of $2) of
 * the currency $1 with a customer id: customer_id, paid day, period start (grain $3: 'month' or
 * 'week', weeks starting on Monday) and the kept amount in cents. `lc_first` gives each
 * customer's first period and day; `lc_bounds` the data's first period and last day.
 *
 * Orders without a customer id are never merged into one anonymous "customer": they are left
 * out here and counted by lifecycleCounts.
 */
import { isKeptPurchaseAsOf, netAmountAsOf } from "../../metrics/dictionary.js";

export const LIFECYCLE_GRAINS = ["month", "week"] as const;
export type LifecycleGrain = (typeof LIFECYCLE_GRAINS)[number];

export const LC_PURCHASES_CTE = `
lc_p AS (
  SELECT o.customer_id, o.paid_at::DATE AS day,
    -- date_trunc on a DATE gives a TIMESTAMP in some versions; cast back.
    date_trunc($3, o.paid_at::DATE)::DATE AS period,
    round(${netAmountAsOf("$2")} * 100)::BIGINT AS cents
  FROM orders o
  WHERE o.currency = $1 AND o.customer_id IS NOT NULL AND ${isKeptPurchaseAsOf("$2")}
), lc_first AS (
  SELECT customer_id, min(period) AS cohort, min(day) AS first_day FROM lc_p GROUP BY customer_id
), lc_bounds AS (
  SELECT min(period) AS first_period, max(day) AS last_day, $2::DATE AS through FROM lc_p
)`;

/** Whole periods from period `a` to period `b` (both period starts). */
export const periodIndex = (a: string, b: string) => `(CASE WHEN $3 = 'week' THEN date_diff('day', ${a}, ${b}) // 7 ELSE date_diff('month', ${a}, ${b}) END)`;

/** The last day of the period starting at `p`. */
export const periodEnd = (p: string) => `(CASE WHEN $3 = 'week' THEN ${p} + 6 ELSE (${p} + INTERVAL 1 MONTH)::DATE - 1 END)`;
