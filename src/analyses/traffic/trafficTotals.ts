/**
 * The traffic page's reconciliation line: distinct visitors and sessions in the range, buyers,
 * and the orders of the currency placed in the range — how many were attributed to a session,
 * how many could not be (no buyer key, or no session of the buyer in the 24 hours before) — so
 * the per-source rows add up to something stated. Same parameters as trafficSources.
 */
import { defineQuery } from "../../query.js";
import { ATTRIBUTION_CTE, trafficSources, type TrafficSourceOptions } from "./trafficSources.js";

export interface TrafficTotalsRow {
  visitors: number;
  sessions: number;
  buyers: number;
  orders: number;
  revenue: number;
  attributed_orders: number;
  attributed_revenue: number;
  orders_without_customer: number;
}

export const TRAFFIC_TOTALS_SQL = `WITH ${ATTRIBUTION_CTE}
SELECT (SELECT count(DISTINCT visitor_id) FROM keyed)::INTEGER AS visitors, (SELECT count(*) FROM keyed)::INTEGER AS sessions,
  (SELECT count(DISTINCT visitor_id) FILTER (WHERE bought) FROM keyed)::INTEGER AS buyers,
  (SELECT count(*) FROM purchases)::INTEGER AS orders, round((SELECT coalesce(sum(amount_paid), 0) FROM purchases), 2) AS revenue,
  (SELECT count(*) FROM attributed)::INTEGER AS attributed_orders, round((SELECT coalesce(sum(amount_paid), 0) FROM attributed), 2) AS attributed_revenue,
  (SELECT count(*) FROM purchases WHERE customer_id IS NULL)::INTEGER AS orders_without_customer`;

export const trafficTotals = defineQuery<TrafficSourceOptions, TrafficTotalsRow>("trafficTotals", TRAFFIC_TOTALS_SQL, trafficSources.params);
