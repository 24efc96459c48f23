/**
 * Headline KPIs for one date range, one row per currency found in the orders. Every metric is the
 * dictionary's definition (src/metrics/dictionary.ts); purchases are attributed to the day they
 * were paid. Visitors and page views come from raw events; when the shop has only 生意参谋 daily
 * aggregates they come from traffic_daily and `visitors_basis` says so.
 */
import { defineQuery, isoDate } from "../query.js";
import { IS_PURCHASE } from "../metrics/dictionary.js";

export interface OverviewKpisOptions {
  /** First day, inclusive (YYYY-MM-DD, shop-local). */
  from: string;
  /** Last day, inclusive. */
  to: string;
}

export interface OverviewKpisRow {
  currency: string;
  gmv: number;
  net_sales: number;
  paid_orders: number;
  paying_buyers: number | null;
  arpu: number | null;
  aov: number | null;
  visitors: number | null;
  page_views: number | null;
  visitors_basis: "events" | "daily_aggregate" | "none";
  conversion: number | null;
  repurchase_rate: number | null;
  refund_rate: number | null;
}

export const OVERVIEW_KPIS_SQL = `
WITH bounds AS (
  SELECT $1::DATE::TIMESTAMP AS t0, ($2::DATE + 1)::TIMESTAMP AS t1
), purchases AS (
  SELECT o.* FROM orders o, bounds b
  WHERE ${IS_PURCHASE} AND o.paid_at >= b.t0 AND o.paid_at < b.t1
), currencies AS (
  SELECT DISTINCT currency FROM orders
), per_buyer AS (
  SELECT currency, customer_id, count(*) AS n FROM purchases
  WHERE customer_id IS NOT NULL GROUP BY currency, customer_id
), keyed AS (
  -- Without a customer key buyer counts are unknown, not zero.
  SELECT count(*) FILTER (WHERE customer_id IS NOT NULL) > 0 AS has_key FROM orders
), ev AS (
  SELECT count(DISTINCT e.visitor_id) AS uv, count(*) FILTER (WHERE e.event_type = 'view') AS pv,
    count(DISTINCT e.visitor_id) FILTER (WHERE e.event_type = 'buy') AS buyers
  FROM events e, bounds b WHERE e.event_at >= b.t0 AND e.event_at < b.t1
), agg AS (
  SELECT sum(t.visitors) AS uv, sum(t.page_views) AS pv, sum(t.paying_buyers) AS buyers
  FROM traffic_daily t WHERE t.date >= $1::DATE AND t.date <= $2::DATE
), traffic AS (
  SELECT
    CASE WHEN (SELECT count(*) FROM events) > 0 THEN ev.uv WHEN (SELECT count(*) FROM traffic_daily) > 0 THEN agg.uv END AS uv,
    CASE WHEN (SELECT count(*) FROM events) > 0 THEN ev.pv WHEN (SELECT count(*) FROM traffic_daily) > 0 THEN agg.pv END AS pv,
    -- Buyers counted in the same source as visitors, so a sampled tracking log still gives the rate.
    CASE WHEN (SELECT count(*) FROM events) > 0 THEN ev.buyers WHEN (SELECT count(*) FROM traffic_daily) > 0 THEN agg.buyers END AS buyers,
    CASE WHEN (SELECT count(*) FROM events) > 0 THEN 'events' WHEN (SELECT count(*) FROM traffic_daily) > 0 THEN 'daily_aggregate' ELSE 'none' END AS basis
  FROM ev, agg
), money AS (
  SELECT c.currency,
    -- Rounded to cents: sums of doubles differ in the last bits between engines' summation orders.
    round(coalesce(sum(p.amount_paid), 0), 2) AS gmv,
    round(coalesce(sum(p.amount_paid - coalesce(p.refund_amount, 0)), 0), 2) AS net_sales,
    count(p.order_id) AS paid_orders,
    count(p.order_id) FILTER (WHERE coalesce(p.refund_amount, 0) > 0) AS refunded_orders
  FROM currencies c LEFT JOIN purchases p ON p.currency = c.currency
  GROUP BY c.currency
), buyers AS (
  SELECT c.currency, count(b.customer_id) AS buyers, count(b.customer_id) FILTER (WHERE b.n >= 2) AS repeaters
  FROM currencies c LEFT JOIN per_buyer b ON b.currency = c.currency
  GROUP BY c.currency
)
SELECT
  m.currency::VARCHAR AS currency,
  m.gmv::DOUBLE AS gmv,
  m.net_sales::DOUBLE AS net_sales,
  m.paid_orders::INTEGER AS paid_orders,
  CASE WHEN k.has_key THEN b.buyers END::INTEGER AS paying_buyers,
  CASE WHEN k.has_key AND b.buyers > 0 THEN round(m.gmv / b.buyers, 2) END::DOUBLE AS arpu,
  CASE WHEN m.paid_orders > 0 THEN round(m.gmv / m.paid_orders, 2) END::DOUBLE AS aov,
  t.uv::INTEGER AS visitors,
  t.pv::INTEGER AS page_views,
  t.basis::VARCHAR AS visitors_basis,
  CASE WHEN t.uv > 0 THEN t.buyers / t.uv END::DOUBLE AS conversion,
  CASE WHEN k.has_key AND b.buyers > 0 THEN b.repeaters / b.buyers END::DOUBLE AS repurchase_rate,
  CASE WHEN m.paid_orders > 0 THEN m.refunded_orders / m.paid_orders END::DOUBLE AS refund_rate
FROM money m JOIN buyers b USING (currency), keyed k, traffic t
ORDER BY m.gmv DESC, m.currency
`;

export const overviewKpis = defineQuery<OverviewKpisOptions, OverviewKpisRow>(
  "overviewKpis",
  OVERVIEW_KPIS_SQL,
  ({ from, to }) => {
    isoDate("from", from);
    isoDate("to", to);
    if (from > to) throw new Error(`invalid range: ${from} is after ${to}`);
    return [from, to];
  }
);
