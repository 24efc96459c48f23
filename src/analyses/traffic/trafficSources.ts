/**
 * Traffic by source (or by device): visitors, sessions, new vs returning visitors, buyers and
 * conversion (the dictionary's: visitors with a purchase event ÷ visitors, same log), and the
 * orders, GMV, AOV and revenue per visitor attributed last-touch (METRICS.revenue_per_visitor:
 * the buyer's latest session starting within ATTRIBUTION_HOURS before the order was placed).
 *
 * An order may be attributed to a session that started up to 24 hours before the range (its
 * source gets the revenue, though that session is not among the range's visitors).
 * A visitor is new when their first event in the whole log falls in the range, returning when
 * they had events before it — in every source row they appear in. Visitors are distinct per
 * source, so a visitor who came from two sources counts in both rows (trafficTotals counts them
 * once).
 * $1 from, $2 to, $3 gap seconds, $4 'source' | 'device', $5 currency.
 */
import { defineQuery, oneOf } from "../../query.js";
import { ATTRIBUTION_HOURS, IS_PURCHASE } from "../../metrics/dictionary.js";
import { TRAFFIC_SESSIONS_CTE, trafficRangeParams, type TrafficRangeOptions } from "./trafficSessions.js";

export const TRAFFIC_DIMS = ["source", "device"] as const;
export type TrafficDim = (typeof TRAFFIC_DIMS)[number];
export const UNKNOWN = "(unknown)";

export interface TrafficSourceOptions extends TrafficRangeOptions {
  dim: TrafficDim;
  currency: string;
}

export interface TrafficSourceRow {
  value: string;
  visitors: number;
  sessions: number;
  new_visitors: number;
  returning_visitors: number;
  buyers: number;
  conversion: number;
  orders: number;
  revenue: number;
  aov: number | null;
  revenue_per_visitor: number;
}

/** Sessions keyed by the chosen attribute, and orders attributed to them (shared with trafficTotals). */
export const ATTRIBUTION_CTE = `${TRAFFIC_SESSIONS_CTE},
keyed_all AS (
  SELECT *, coalesce(CASE $4 WHEN 'device' THEN device ELSE source END, '${UNKNOWN}') AS value FROM ts_sessions_all
), keyed AS (
  SELECT * FROM keyed_all WHERE start_at >= $1::DATE
), purchases AS (
  SELECT o.order_id, o.customer_id, o.ordered_at, o.amount_paid FROM orders o
  WHERE ${IS_PURCHASE} AND o.currency = $5 AND o.ordered_at >= $1::DATE AND o.ordered_at < $2::DATE + INTERVAL 1 DAY
), attributed AS (
  SELECT p.order_id, p.amount_paid, k.value
  FROM purchases p ASOF JOIN keyed_all k ON k.customer_id = p.customer_id AND p.ordered_at >= k.start_at
  WHERE p.ordered_at <= k.start_at + INTERVAL ${ATTRIBUTION_HOURS} HOUR
)`;

export const TRAFFIC_SOURCES_SQL = `WITH ${ATTRIBUTION_CTE},
first_seen AS (SELECT visitor_id, min(event_at) AS first_at FROM events GROUP BY visitor_id),
new_v AS (
  SELECT k.value, count(DISTINCT k.visitor_id) AS new_visitors FROM keyed k JOIN first_seen s ON s.visitor_id = k.visitor_id
  WHERE s.first_at >= $1::DATE GROUP BY k.value
), per AS (
  SELECT value, count(DISTINCT visitor_id) AS visitors, count(*) AS sessions, count(DISTINCT visitor_id) FILTER (WHERE bought) AS buyers FROM keyed GROUP BY value
), money AS (
  SELECT value, count(*) AS orders, sum(amount_paid) AS revenue FROM attributed GROUP BY value
)
SELECT p.value, p.visitors::INTEGER AS visitors, p.sessions::INTEGER AS sessions, coalesce(n.new_visitors, 0)::INTEGER AS new_visitors,
  (p.visitors - coalesce(n.new_visitors, 0))::INTEGER AS returning_visitors, p.buyers::INTEGER AS buyers, p.buyers / p.visitors AS conversion,
  coalesce(m.orders, 0)::INTEGER AS orders, round(coalesce(m.revenue, 0), 2) AS revenue, round(m.revenue / m.orders, 2) AS aov,
  round(coalesce(m.revenue, 0) / p.visitors, 4) AS revenue_per_visitor
FROM per p LEFT JOIN new_v n ON n.value = p.value LEFT JOIN money m ON m.value = p.value
ORDER BY p.visitors DESC, p.value`;

export const trafficSources = defineQuery<TrafficSourceOptions, TrafficSourceRow>("trafficSources", TRAFFIC_SOURCES_SQL, (o) => [
  ...trafficRangeParams(o),
  oneOf("dim", o.dim, TRAFFIC_DIMS),
  o.currency
]);
