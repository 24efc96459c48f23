/**
 * Per-customer RFM inputs as of a date, materialised once per (as-of date, currency), so that
 * re-scoring after a parameter change (bins, cut points, scheme, weights) reads ready rows
 * instead of re-aggregating every order:
 *
 * - `rfm_base`: one row per customer with R, both F variants and both M variants (money also in
 *   integer cents, which is what quantiles and means are computed on);
 * - `rfm_lists`: one row per date with each measure's values sorted, and their sums, so quantile
 *   edges, medians and means are a lookup rather than a sort of every customer on each change.
 *
 * Purchases and money come from the metric dictionary: kept purchases as of the end of the as-of
 * day, net of the refunds known by then. Orders without a customer id cannot be attributed and
 * are left out here (rfmCounts counts them).
 */
import type { Db } from "../../query.js";
import { isoDate } from "../../query.js";
import { isKeptPurchaseAsOf, netAmountAsOf } from "../../metrics/dictionary.js";
import { materializeOnce } from "../materializeOnce.js";

export const RFM_BASE_TABLE_SQL = `CREATE TEMP TABLE IF NOT EXISTS rfm_base (
  as_of DATE, currency VARCHAR, customer_id VARCHAR, recency INTEGER, frequency_orders INTEGER,
  frequency_days INTEGER, m_cents BIGINT, aov_cents BIGINT, last_purchase DATE)`;

export const RFM_LISTS_TABLE_SQL = `CREATE TEMP TABLE IF NOT EXISTS rfm_lists (
  as_of DATE, currency VARCHAR, n BIGINT, rs INTEGER[], fos INTEGER[], fds INTEGER[], mcs BIGINT[], acs BIGINT[],
  sum_r HUGEINT, sum_fo HUGEINT, sum_fd HUGEINT, sum_mc HUGEINT, sum_ac HUGEINT)`;

export const RFM_BASE_INSERT_SQL = `
INSERT INTO rfm_base
SELECT as_of, currency, customer_id, recency, frequency_orders, frequency_days, m_cents,
  -- Average order value rounded half away from zero on exact cents (all amounts here are ≥ 0).
  (2 * m_cents + frequency_orders) // (2 * frequency_orders), last_purchase
FROM (
  SELECT $1::DATE AS as_of, $2::VARCHAR AS currency, o.customer_id,
    date_diff('day', max(o.paid_at)::DATE, $1::DATE)::INTEGER AS recency,
    count(*)::INTEGER AS frequency_orders,
    count(DISTINCT o.paid_at::DATE)::INTEGER AS frequency_days,
    -- Cents: sums of doubles differ in the last bits between engines and between runs.
    sum(round(${netAmountAsOf("$1")} * 100)::BIGINT)::BIGINT AS m_cents,
    max(o.paid_at)::DATE AS last_purchase
  FROM orders o
  WHERE o.currency = $2 AND o.customer_id IS NOT NULL AND ${isKeptPurchaseAsOf("$1")}
  GROUP BY o.customer_id
)`;

export const RFM_LISTS_INSERT_SQL = `
INSERT INTO rfm_lists
SELECT $1::DATE, $2::VARCHAR, count(*),
  list_sort(list(recency)), list_sort(list(frequency_orders)), list_sort(list(frequency_days)),
  list_sort(list(m_cents)), list_sort(list(aov_cents)),
  sum(recency), sum(frequency_orders), sum(frequency_days), sum(m_cents), sum(aov_cents)
FROM rfm_base WHERE as_of = $1::DATE AND currency = $2`;

/**
 * Makes sure `rfm_base` and `rfm_lists` hold the rows for (asOf, currency) in `db`, computing
 * them at most once per database handle.
 */
export function ensureRfmBase(db: Db, asOf: string, currency: string): Promise<void> {
  isoDate("asOf", asOf);
  return materializeOnce(db, `rfm|${asOf}|${currency}`, async () => {
    await db.query(RFM_BASE_TABLE_SQL);
    await db.query(RFM_LISTS_TABLE_SQL);
    await db.query("DELETE FROM rfm_base WHERE as_of = $1::DATE AND currency = $2", [asOf, currency]);
    await db.query("DELETE FROM rfm_lists WHERE as_of = $1::DATE AND currency = $2", [asOf, currency]);
    await db.query(RFM_BASE_INSERT_SQL, [asOf, currency]);
    await db.query(RFM_LISTS_INSERT_SQL, [asOf, currency]);
  });
}
