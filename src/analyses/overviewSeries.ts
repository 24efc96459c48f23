/**
 * KPIs per day, week (ISO, Monday first) or month within a date range: the overview's trend chart.
 * Distinct counts are computed at the chosen grain, never summed from finer grains: one buyer
 * paying twice in a week counts once for the week (src/analyses/overviewFacts.ts). Periods are
 * labelled by their first day; the first and last period may be partial.
 */
import { defineQuery, isoDate, oneOf } from "../query.js";
import { PEOPLE } from "./overviewFacts.js";

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
    WHEN 'day' THEN ${col}
    WHEN 'week' THEN date_trunc('week', ${col})::DATE
    ELSE date_trunc('month', ${col})::DATE END`;

// The range is bound straight into each scan's WHERE so DuckDB reads only that stretch of the
// stored-by-date fact tables. Distinct people per period are summed from people_days with the
// period's own start (or the range's, for a partial first period) as the range start
// (src/analyses/overviewFacts.ts explains why this is exact).
export const OVERVIEW_SERIES_SQL = `
WITH keyed AS (
  SELECT coalesce(sum(keyed_purchases), 0) > 0 AS has_key FROM purchase_currencies
), money AS (
  SELECT ${PERIOD("date")} AS period, currency,
    -- Rounded to cents: sums of doubles differ in the last bits between engines' summation orders.
    round(sum(amount_paid), 2) AS gmv,
    round(sum(net_amount), 2) AS net_sales,
    sum(purchases) AS paid_orders
  FROM sales_days WHERE date >= $1::DATE AND date <= $2::DATE
  GROUP BY 1, 2
), visited AS (
  SELECT DISTINCT ${PERIOD("date")} AS period FROM visit_days WHERE date >= $1::DATE AND date <= $2::DATE
), people AS (
  SELECT period, kind, currency, sum(people) AS n
  FROM (
    SELECT ${PERIOD("date")} AS period, kind, currency, since, people FROM people_days
    WHERE date >= $1::DATE AND date <= $2::DATE AND kind IN (${PEOPLE.visitor}, ${PEOPLE.buyer})
  )
  WHERE since < greatest(period, $1::DATE)
  GROUP BY period, kind, currency
)
SELECT
  m.period::DATE AS period,
  m.currency::VARCHAR AS currency,
  m.gmv::DOUBLE AS gmv,
  m.net_sales::DOUBLE AS net_sales,
  m.paid_orders::INTEGER AS paid_orders,
  CASE WHEN k.has_key THEN coalesce(b.n, 0) END::INTEGER AS paying_buyers,
  -- Periods without events have no visitor count; periods whose events carry no visitor id, zero.
  CASE WHEN d.period IS NOT NULL THEN coalesce(v.n, 0) END::INTEGER AS visitors
FROM money m CROSS JOIN keyed k
LEFT JOIN people b ON b.period = m.period AND b.kind = ${PEOPLE.buyer} AND b.currency = m.currency
LEFT JOIN visited d ON d.period = m.period
LEFT JOIN people v ON v.period = m.period AND v.kind = ${PEOPLE.visitor}
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
