/**
 * The overview's compact fact tables, derived from the canonical tables at build time so the
 * page's live engine never downloads the raw event log or the orders table (at a million orders
 * and ten million events those are ~180 MB; these are a few MB):
 *   - visitor_days: one row per visitor per day (events, views, whether they bought). Visitors
 *     over any range are still counted distinct, never summed from days.
 *   - purchase_days: purchases per paying day, currency and buyer, with the money summed. Buyers
 *     over any range are counted distinct; repurchase = buyers with two or more purchases.
 *   - purchase_currencies: one row per currency paid in, with how many purchases carry a buyer.
 * Keys become small integers (dense ranks of the pseudonymous ids), which compress far better than
 * the hex ids and are still unique per person within one build.
 *
 * The pipeline materialises each SELECT into its table (loaders/pipeline/deriveOverviewFacts.ts);
 * test fixtures create them as views over the fixture tables, so hand-worked orders and events
 * flow through the very same definitions.
 */
import { IS_PURCHASE, NET_AMOUNT } from "../metrics/dictionary.js";

export const VISITOR_DAYS_SQL = `
WITH per_day AS (
  SELECT e.event_at::DATE AS date, e.visitor_id,
    count(*) AS events,
    count(*) FILTER (WHERE e.event_type = 'view') AS page_views,
    bool_or(e.event_type = 'buy') AS bought
  FROM events e
  GROUP BY 1, 2
)
SELECT
  date,
  CASE WHEN visitor_id IS NOT NULL THEN dense_rank() OVER (ORDER BY visitor_id) END::INTEGER AS visitor,
  events::INTEGER AS events,
  page_views::INTEGER AS page_views,
  bought
FROM per_day
`;

export const PURCHASE_DAYS_SQL = `
WITH purchases AS (
  SELECT o.paid_at::DATE AS date, o.currency, o.customer_id, o.amount_paid,
    ${NET_AMOUNT} AS net_amount,
    coalesce(o.refund_amount, 0) > 0 AS refunded
  FROM orders o
  WHERE ${IS_PURCHASE}
)
SELECT
  date,
  currency,
  CASE WHEN customer_id IS NOT NULL THEN dense_rank() OVER (ORDER BY customer_id) END::INTEGER AS buyer,
  count(*)::INTEGER AS purchases,
  (count(*) FILTER (WHERE refunded))::INTEGER AS refunded_purchases,
  sum(amount_paid)::DOUBLE AS amount_paid,
  sum(net_amount)::DOUBLE AS net_amount
FROM purchases
GROUP BY date, currency, customer_id
`;

// A few rows: which currencies the shop was paid in, and whether buyers carry a key. Read from
// purchase_days on every change these cost a DuckDB-WASM scan of a million rows (~35 ms at L).
export const PURCHASE_CURRENCIES_SQL = `
SELECT
  o.currency,
  count(*)::INTEGER AS purchases,
  count(o.customer_id)::INTEGER AS keyed_purchases
FROM orders o
WHERE ${IS_PURCHASE}
GROUP BY o.currency
`;

/** Derived table → its defining SELECT over the canonical tables. */
export const OVERVIEW_FACTS = {
  visitor_days: VISITOR_DAYS_SQL,
  purchase_days: PURCHASE_DAYS_SQL,
  purchase_currencies: PURCHASE_CURRENCIES_SQL
} as const;

/**
 * Reconciliation: each pair of queries must agree, or rows were lost between the canonical table
 * and its compact form.
 */
const PURCHASES_COUNT_SQL = `SELECT count(*) FROM orders o WHERE ${IS_PURCHASE}`;

export const OVERVIEW_FACTS_CHECKS = {
  visitor_days: {
    source: "SELECT count(*) FROM events",
    derived: "SELECT coalesce(sum(events), 0) FROM visitor_days"
  },
  purchase_days: {
    source: PURCHASES_COUNT_SQL,
    derived: "SELECT coalesce(sum(purchases), 0) FROM purchase_days"
  },
  purchase_currencies: {
    source: PURCHASES_COUNT_SQL,
    derived: "SELECT coalesce(sum(purchases), 0) FROM purchase_currencies"
  }
} as const;
