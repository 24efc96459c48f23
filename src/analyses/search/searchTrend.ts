/**
 * Search volume over time: per day or per week (weeks start on Monday), the searches, searchers
 * (distinct visitors within the period, so a week's searchers are not the sum of its days') and
 * zero-result searches with their share, optionally only the searches whose query holds one term.
 * Every period of the range is listed, with zeros where nobody searched; `days` says how many of
 * the period's days fall in the range, and `partial` flags a week the range cuts.
 * $1 from, $2 to, $3 lang, $4 intent, $5 grain ('day' | 'week'), $6 term ('' = all).
 */
import { defineQuery, oneOf } from "../../query.js";
import { SEARCH_FILTER_CTE, searchFilterParams, type SearchFilterOptions } from "./searchFilter.js";
import { checkTerm } from "./searchOptions.js";

export const SEARCH_GRAINS = ["day", "week"] as const;
export type SearchGrain = (typeof SEARCH_GRAINS)[number];

export interface SearchTrendOptions extends SearchFilterOptions {
  grain: SearchGrain;
  /** A token as search_queries.tokens holds it (as searchTerms lists it); "" or omitted = all searches. */
  term?: string;
}

export interface SearchTrendRow {
  period: string;
  days: number;
  partial: boolean;
  searches: number;
  searchers: number;
  zero_results: number;
  zero_result_share: number | null;
}

export const SEARCH_TREND_SQL = `
WITH ${SEARCH_FILTER_CTE},
t AS (SELECT * FROM sf WHERE $6 = '' OR list_contains(string_split(tokens, '|'), $6)),
days AS (
  SELECT date_trunc($5, d)::DATE AS period FROM (SELECT unnest(generate_series($1::DATE::TIMESTAMP, $2::DATE::TIMESTAMP, INTERVAL 1 DAY)) AS d)
), periods AS (SELECT period, count(*) AS days FROM days GROUP BY period),
agg AS (
  SELECT date_trunc($5, searched_at)::DATE AS period, count(*) AS searches, count(DISTINCT visitor_id) AS searchers,
    count(*) FILTER (WHERE results_count = 0) AS zero_results
  FROM t GROUP BY 1
)
SELECT strftime(p.period, '%Y-%m-%d') AS period, p.days::INTEGER AS days, p.days < CASE WHEN $5 = 'week' THEN 7 ELSE 1 END AS partial,
  coalesce(a.searches, 0)::INTEGER AS searches, coalesce(a.searchers, 0)::INTEGER AS searchers, coalesce(a.zero_results, 0)::INTEGER AS zero_results,
  (a.zero_results / a.searches)::DOUBLE AS zero_result_share
FROM periods p LEFT JOIN agg a ON a.period = p.period
ORDER BY p.period`;

export const searchTrend = defineQuery<SearchTrendOptions, SearchTrendRow>("searchTrend", SEARCH_TREND_SQL, (o) => [
  ...searchFilterParams(o),
  oneOf("grain", o.grain, SEARCH_GRAINS),
  checkTerm(o.term)
]);
