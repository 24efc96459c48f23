/**
 * The purchases the cohort and growth views start from, as SQL clauses to paste after `WITH`:
 * `lc_p` holds one row per customer and kept purchase day (the dictionary's definition, as of the
 * end of $2) of the currency $1 with a customer id: cust (an integer key), day, period start
 * (grain $3: 'month' or 'week', weeks starting on Monday), the customer's cohort (period of the
 * first purchase) and the day's kept amount in cents. `lc_first` gives each customer's cohort;
 * `lc_bounds` the data's first period and last day.
 *
 * Orders without a customer id are never merged into one anonymous "customer": they are left
 * out here and counted by lifecycleCounts.
 */
import type { Db, Param } from "../../query.js";
import { isKeptPurchaseAsOf, netAmountAsOf } from "../../metrics/dictionary.js";
import { materializeOnce } from "../materializeOnce.js";

export const LIFECYCLE_GRAINS = ["month", "week"] as const;
export type LifecycleGrain = (typeof LIFECYCLE_GRAINS)[number];

/**
 * Kept purchase days per customer (same-day orders merged, cents summed), materialised once per
 * (currency, end date) in a temp table: changing the grain re-groups these rows instead of
 * re-reading and re-filtering every order.
 */
export const LC_DAYS_TABLE_SQL = `CREATE TEMP TABLE IF NOT EXISTS lc_days (
  currency VARCHAR, through DATE, cust INTEGER, customer_id VARCHAR, day DATE, first_day DATE, cents BIGINT, orders INTEGER)`;

// `cust` is an integer stand-in for the customer id and `first_day` the customer's first purchase
// day, both computed once here: grouping 900,000 rows by a string key, or joining them back to
// each customer's first purchase, is what made a grain change slow in WASM.
/**
 * One row per customer and day with kept purchases (the dictionary's, as of the end of $2) in the
 * currency $1: the day's kept amount in cents and its number of orders. The cohort views and the
 * lifecycle stages both start from it.
 */
export const KEPT_DAYS_SQL = `
SELECT o.customer_id, o.paid_at::DATE AS day, sum(round(${netAmountAsOf("$2")} * 100)::BIGINT) AS cents, count(*)::INTEGER AS orders
FROM orders o
WHERE o.currency = $1 AND o.customer_id IS NOT NULL AND ${isKeptPurchaseAsOf("$2")}
GROUP BY o.customer_id, o.paid_at::DATE`;

export const LC_DAYS_INSERT_SQL = `
INSERT INTO lc_days
SELECT $1::VARCHAR, $2::DATE, dense_rank() OVER (ORDER BY customer_id)::INTEGER, customer_id, day,
  min(day) OVER (PARTITION BY customer_id), cents, orders
FROM (${KEPT_DAYS_SQL})`;

/** Makes sure lc_days holds (currency, through), at most once per database handle. */
export function ensureLifecycleDays(db: Db, currency: string, through: string): Promise<void> {
  return materializeOnce(db, `lc|${currency}|${through}`, async () => {
    await db.query(LC_DAYS_TABLE_SQL);
    await db.query("DELETE FROM lc_days WHERE currency = $1 AND through = $2::DATE", [currency, through]);
    await db.query(LC_DAYS_INSERT_SQL, [currency, through]);
  });
}

/** Runs a lifecycle query (parameters $1 currency, $2 through) after making sure lc_days is there. */
export async function runLifecycle<Row>(db: Db, sql: string, params: Param[]): Promise<Row[]> {
  await ensureLifecycleDays(db, params[0] as string, params[1] as string);
  return db.query<Row>(sql, params);
}

export const LC_PURCHASES_CTE = `
lc_p AS (
  SELECT cust, day, cents, orders,
    -- date_trunc on a DATE gives a TIMESTAMP in some versions; cast back.
    date_trunc($3, day)::DATE AS period, date_trunc($3, first_day)::DATE AS cohort
  FROM lc_days WHERE currency = $1 AND through = $2::DATE
), lc_first AS (
  SELECT DISTINCT cust, cohort FROM lc_p
), lc_bounds AS (
  SELECT min(period) AS first_period, max(day) AS last_day, $2::DATE AS through FROM lc_p
)`;

/** Whole periods from period `a` to period `b` (both period starts). */
export const periodIndex = (a: string, b: string) => `(CASE WHEN $3 = 'week' THEN date_diff('day', ${a}, ${b}) // 7 ELSE date_diff('month', ${a}, ${b}) END)`;

/** The last day of the period starting at `p`. */
export const periodEnd = (p: string) => `(CASE WHEN $3 = 'week' THEN ${p} + 6 ELSE (${p} + INTERVAL 1 MONTH)::DATE - 1 END)`;
