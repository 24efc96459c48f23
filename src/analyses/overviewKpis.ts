/**
 * Headline KPIs for one date range, one row per currency the shop was paid in. Every metric is the
 * dictionary's definition (src/metrics/dictionary.ts); purchases are attributed to the day they
 * were paid. Money comes from sales_days, page views from visit_days, and every distinct count
 * (visitors, buyers, repeat buyers) from people_days: the compact build-time forms of orders and
 * events (src/analyses/overviewFacts.ts). When the shop has only 生意参谋 daily aggregates, visitors
 * come from traffic_daily and `visitors_basis` says so.
 */
import { defineQuery, isoDate } from "../query.js";
import { PEOPLE } from "./overviewFacts.js";

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

// The range is bound straight into each scan's WHERE (not joined from a CTE) so DuckDB prunes the
// stored-by-date fact tables to the range instead of reading them whole.
export const OVERVIEW_KPIS_SQL = `
WITH people AS (
  -- Distinct people, by summing (src/analyses/overviewFacts.ts explains why this is exact).
  SELECT kind, currency, sum(people) AS n
  FROM people_days
  WHERE date >= $1::DATE AND date <= $2::DATE AND since < $1::DATE AND until >= $1::DATE
  GROUP BY kind, currency
), currencies AS (
  SELECT currency FROM purchase_currencies
), keyed AS (
  -- Without a customer key buyer counts are unknown, not zero.
  SELECT coalesce(sum(keyed_purchases), 0) > 0 AS has_key FROM purchase_currencies
), money AS (
  SELECT c.currency,
    -- Rounded to cents: sums of doubles differ in the last bits between engines' summation orders.
    round(coalesce(sum(s.amount_paid), 0), 2) AS gmv,
    round(coalesce(sum(s.net_amount), 0), 2) AS net_sales,
    coalesce(sum(s.purchases), 0) AS paid_orders,
    coalesce(sum(s.refunded_purchases), 0) AS refunded_orders
  FROM currencies c
  LEFT JOIN (SELECT * FROM sales_days WHERE date >= $1::DATE AND date <= $2::DATE) s ON s.currency = c.currency
  GROUP BY c.currency
), buyers AS (
  SELECT c.currency,
    coalesce(sum(p.n) FILTER (WHERE p.kind = ${PEOPLE.buyer}), 0) AS buyers,
    coalesce(sum(p.n) FILTER (WHERE p.kind = ${PEOPLE.repeater}), 0) AS repeaters
  FROM currencies c LEFT JOIN people p ON p.currency = c.currency
  GROUP BY c.currency
), ev AS (
  SELECT
    (SELECT coalesce(sum(n), 0) FROM people WHERE kind = ${PEOPLE.visitor}) AS uv,
    (SELECT coalesce(sum(page_views), 0) FROM visit_days WHERE date >= $1::DATE AND date <= $2::DATE) AS pv,
    (SELECT coalesce(sum(n), 0) FROM people WHERE kind = ${PEOPLE.converted}) AS buyers
), agg AS (
  SELECT sum(visitors) AS uv, sum(page_views) AS pv, sum(paying_buyers) AS buyers
  FROM traffic_daily WHERE date >= $1::DATE AND date <= $2::DATE
), sources AS (
  SELECT (SELECT count(*) FROM visit_days) > 0 AS has_events, (SELECT count(*) FROM traffic_daily) > 0 AS has_daily
), traffic AS (
  SELECT
    CASE WHEN s.has_events THEN ev.uv WHEN s.has_daily THEN agg.uv END AS uv,
    CASE WHEN s.has_events THEN ev.pv WHEN s.has_daily THEN agg.pv END AS pv,
    -- Buyers counted in the same source as visitors, so a sampled tracking log still gives the rate.
    CASE WHEN s.has_events THEN ev.buyers WHEN s.has_daily THEN agg.buyers END AS buyers,
    CASE WHEN s.has_events THEN 'events' WHEN s.has_daily THEN 'daily_aggregate' ELSE 'none' END AS basis
  FROM ev, agg, sources s
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
