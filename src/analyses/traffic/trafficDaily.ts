/**
 * Traffic from 生意参谋 daily aggregates (traffic_daily), for shops without a behaviour log: per
 * source, the sums over the range's days of visitors (an upper bound on distinct visitors:
 * a visitor counts once per day), page views, paying buyers and paid amount, with conversion and
 * revenue per visitor from those same sums (the platform's own ratios). $1 from, $2 to, $3 currency.
 */
import { defineQuery } from "../../query.js";
import { checkDateRange } from "../dateRange.js";

export interface TrafficDailyOptions {
  from: string;
  to: string;
  currency: string;
}

export interface TrafficDailyRow {
  source: string;
  days: number;
  visitors: number;
  page_views: number;
  paying_buyers: number;
  paid_amount: number;
  conversion: number | null;
  revenue_per_visitor: number | null;
}

export const TRAFFIC_DAILY_SQL = `
SELECT source, count(DISTINCT date)::INTEGER AS days, coalesce(sum(visitors), 0)::INTEGER AS visitors, coalesce(sum(page_views), 0)::INTEGER AS page_views,
  coalesce(sum(paying_buyers), 0)::INTEGER AS paying_buyers, round(coalesce(sum(paid_amount) FILTER (WHERE currency = $3 OR currency IS NULL), 0), 2) AS paid_amount,
  sum(paying_buyers) / nullif(sum(visitors), 0) AS conversion,
  round(sum(paid_amount) FILTER (WHERE currency = $3 OR currency IS NULL) / nullif(sum(visitors), 0), 4) AS revenue_per_visitor
FROM traffic_daily WHERE date >= $1::DATE AND date <= $2::DATE
GROUP BY source ORDER BY visitors DESC, source`;

export const trafficDaily = defineQuery<TrafficDailyOptions, TrafficDailyRow>("trafficDaily", TRAFFIC_DAILY_SQL, (o) => [...checkDateRange(o.from, o.to), o.currency]);
