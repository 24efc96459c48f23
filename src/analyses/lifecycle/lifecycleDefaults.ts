/**
 * Data-derived defaults for the maturity thresholds, shown on the page with how they were
 * derived: mature orders = the 80th percentile of orders per customer (discrete: the smallest
 * count with at least 80 % of customers at or below it), at least 2; mature spend = the median
 * kept spend (discrete) of the customers with at least that many orders.
 */
import { defineQuery, isoDate } from "../../query.js";
import { isKeptPurchaseAsOf, netAmountAsOf } from "../../metrics/dictionary.js";

export interface LifecycleDefaultsRow {
  customers: number;
  mature_orders: number;
  mature_spend: number | null;
}

export const LIFECYCLE_DEFAULTS_SQL = `
WITH per AS (
  SELECT o.customer_id, count(*) AS orders, sum(round(${netAmountAsOf("$2")} * 100)::BIGINT) AS cents
  FROM orders o WHERE o.currency = $1 AND o.customer_id IS NOT NULL AND ${isKeptPurchaseAsOf("$2")}
  GROUP BY o.customer_id
), m AS (SELECT greatest(2, quantile_disc(orders, 0.8)) AS mature_orders, count(*) AS customers FROM per)
SELECT m.customers::INTEGER AS customers, m.mature_orders::INTEGER AS mature_orders,
  (SELECT quantile_disc(cents, 0.5) FROM per WHERE orders >= m.mature_orders)::DOUBLE / 100 AS mature_spend
FROM m`;

export const lifecycleDefaults = defineQuery<{ currency: string; through: string }, LifecycleDefaultsRow>("lifecycleDefaults", LIFECYCLE_DEFAULTS_SQL, (o) => {
  isoDate("through", o.through);
  return [o.currency, o.through];
});
