/**
 * Search terms from 生意参谋 daily exports (search_terms_daily), for shops without a search log:
 * per term (its query_norm in search_queries, so spelling variants of one term are one row), the
 * days it appears in the range, and the sums over those days of visitors, paying buyers and paid
 * amount, with conversion = paying buyers ÷ visitors (the platform's 支付转化率) and paid amount
 * per visitor (UV价值). Visitors are distinct within a day only: summed over days they count
 * visitor-days, an upper bound on distinct visitors, and the same holds for paying buyers. Paid
 * amounts in another currency than `currency` are left out (rows without a currency are kept);
 * money is summed in whole cents so both engines give the same total.
 * $1 from, $2 to, $3 lang, $4 intent, $5 currency, $6 minVisitors, $7 top, $8 order.
 */
import { defineQuery, oneOf } from "../../query.js";
import { searchFilterParams, type SearchFilterOptions } from "./searchFilter.js";
import { checkMinVolume, checkTop } from "./searchOptions.js";

export const TERMS_DAILY_ORDERS = ["visitors", "paying_buyers", "paid_amount"] as const;
export type TermsDailyOrder = (typeof TERMS_DAILY_ORDERS)[number];

export interface SearchTermsDailyOptions extends SearchFilterOptions {
  currency: string;
  /** Terms with fewer visitors (summed over days) are left out. */
  minVisitors: number;
  top: number;
  order: TermsDailyOrder;
}

export interface SearchTermsDailyRow {
  term: string;
  lang: string;
  intent: string;
  days: number;
  visitors: number;
  visitor_share: number | null;
  paying_buyers: number;
  conversion: number | null;
  paid_amount: number;
  revenue_per_visitor: number | null;
}

export const SEARCH_TERMS_DAILY_SQL = `
WITH d AS (
  SELECT q.query_norm, q.lang, q.intent, t.date, t.visitors, t.paying_buyers, t.paid_amount, t.currency
  FROM search_terms_daily t JOIN search_queries q ON q.query = t.term
  WHERE t.date >= $1::DATE AND t.date <= $2::DATE AND ($3 = 'all' OR q.lang = $3) AND ($4 = 'all' OR q.intent = $4)
), per AS (
  SELECT query_norm AS term, min(lang) AS lang, min(intent) AS intent, count(DISTINCT date) AS days,
    coalesce(sum(visitors), 0) AS visitors, coalesce(sum(paying_buyers), 0) AS paying_buyers,
    coalesce(sum(round(paid_amount * 100)::BIGINT) FILTER (WHERE currency = $5 OR currency IS NULL), 0) AS cents
  FROM d GROUP BY query_norm
), tot AS (SELECT sum(visitors) AS v FROM per)
SELECT term, lang, intent, days::INTEGER AS days, visitors::INTEGER AS visitors, (visitors / nullif(tot.v, 0))::DOUBLE AS visitor_share,
  paying_buyers::INTEGER AS paying_buyers, (paying_buyers / nullif(visitors, 0))::DOUBLE AS conversion,
  (cents / 100)::DOUBLE AS paid_amount, round(cents / nullif(visitors, 0) / 100, 4)::DOUBLE AS revenue_per_visitor
FROM per, tot WHERE visitors >= $6::INTEGER
ORDER BY CASE $8 WHEN 'paying_buyers' THEN paying_buyers WHEN 'paid_amount' THEN cents ELSE visitors END DESC, visitors DESC, term
LIMIT $7::INTEGER`;

/** An ISO 4217 code, upper case, as the loaders write orders.currency and paid_amount's currency. */
function checkCurrency(currency: string): string {
  if (!/^[A-Z]{3}$/.test(currency)) throw new Error(`invalid currency: ${currency} (an ISO 4217 code such as CNY)`);
  return currency;
}

export const searchTermsDaily = defineQuery<SearchTermsDailyOptions, SearchTermsDailyRow>("searchTermsDaily", SEARCH_TERMS_DAILY_SQL, (o) => [
  ...searchFilterParams(o),
  checkCurrency(o.currency),
  checkMinVolume("minVisitors", o.minVisitors),
  checkTop(o.top),
  oneOf("order", o.order, TERMS_DAILY_ORDERS)
]);
