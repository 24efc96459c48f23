/**
 * KPIs per day, week (ISO, Monday first) or month within a date range: the overview's trend chart.
 * Distinct counts are computed at the chosen grain, never summed from finer grains: the compact
 * facts it reads (src/analyses/overviewFacts.ts) keep one row per buyer or visitor per day. Periods
 * are labelled by their first day; the first and last period may be partial.
 */
import { defineQuery, isoDate, oneOf } from "../query.js";

export const GRAINS = ["day", "week", "month"] as const;
export type Grain = (typeof GRAINS)[number];

export interface OverviewSeriesOptions {
  from: string;
  to: string;
  grain: Grain;
}

export interface OverviewSeriesRow {
  /** First day of the period (a Date holding the shop-local day at 00:00 UTC). */
  period: Date;
  currency: string;
  gmv: number;
  net_sales: number;
  paid_orders: number;
  paying_buyers: number | null;
  visitors: number | null;
}

// One CASE instead of a bound part name: date_trunc's part must be a constant in some plans.
const PERIOD = (col: string) => `CASE $3
    WHEN 'day' THEN date_trunc('day', ${col})
    WHEN 'week' THEN date_trunc('week', ${col})
    ELSE date_trunc('month', ${col}) END`;

// Both fact tables hold one row per person per day (and currency), so a day's distinct count is
// a plain count. Spelling that out halves the daily series in DuckDB-WASM at size L (~50 -> ~25 ms);
// weeks and months still count distinct.
const DISTINCT_PER_PERIOD = (col: string) => `CASE WHEN $3 = 'day' THEN count(${col}) ELSE count(DISTINCT ${col}) END`;

export const OVERVIEW_SERIES_SQL = `
WITH bounds AS (
  SELECT $1::DATE AS d0, $2::DATE AS d1
), keyed AS (
  SELECT coalesce(sum(keyed_purchases), 0) > 0 AS has_key FROM purchase_currencies
), purchases AS (
  SELECT ${PERIOD("p.date")} AS period, p.* FROM purchase_days p, bounds b
  WHERE p.date >= b.d0 AND p.date <= b.d1
), money AS (
  SELECT period, currency,
    -- Rounded to cents: sums of doubles differ in the last bits between engines' summation orders.
    round(sum(amount_paid), 2) AS gmv,
    round(sum(net_amount), 2) AS net_sales,
    sum(purchases) AS paid_orders,
    ${DISTINCT_PER_PERIOD("buyer")} AS buyers
  FROM purchases GROUP BY period, currency
), visits AS (
  SELECT ${PERIOD("v.date")} AS period, ${DISTINCT_PER_PERIOD("v.visitor")} AS uv
  FROM visitor_days v, bounds b WHERE v.date >= b.d0 AND v.date <= b.d1
  GROUP BY 1
)
SELECT
  m.period::DATE AS period,
  m.currency::VARCHAR AS currency,
  m.gmv::DOUBLE AS gmv,
  m.net_sales::DOUBLE AS net_sales,
  m.paid_orders::INTEGER AS paid_orders,
  CASE WHEN k.has_key THEN m.buyers END::INTEGER AS paying_buyers,
  v.uv::INTEGER AS visitors
FROM money m CROSS JOIN keyed k LEFT JOIN visits v ON v.period = m.period
ORDER BY m.period, m.currency
`;

export const overviewSeries = defineQuery<OverviewSeriesOptions, OverviewSeriesRow>(
  "overviewSeries",
  OVERVIEW_SERIES_SQL,
  ({ from, to, grain }) => {
    isoDate("from", from);
    isoDate("to", to);
    if (from > to) throw new Error(`invalid range: ${from} is after ${to}`);
    return [from, to, oneOf("grain", grain, GRAINS)];
  }
);
