/**
 * Zero-result queries — demand the catalogue does not meet: per query (query_norm), its searches
 * that showed no results (results_count = 0; a search whose count is unknown is not one), the
 * visitors who met them, all its searches and the zero-result share of them, its share of all
 * zero-result searches, and the last day it came up empty (still missing, or fixed since?).
 * Ranked by zero-result searches; queries with fewer than `minSearches` of them are left out.
 * $1 from, $2 to, $3 lang, $4 intent, $5 minSearches, $6 top.
 */
import { defineQuery } from "../../query.js";
import { SEARCH_FILTER_CTE } from "./searchFilter.js";
import { searchTopParams, type SearchTopOptions } from "./searchRanking.js";

export interface ZeroResultRow {
  query: string;
  lang: string;
  intent: string;
  zero_result_searches: number;
  zero_result_searchers: number;
  searches: number;
  zero_share: number;
  share_of_zero_results: number;
  last_zero_date: string;
}

export const ZERO_RESULTS_SQL = `
WITH ${SEARCH_FILTER_CTE},
per AS (
  SELECT query_norm AS query, min(lang) AS lang, min(intent) AS intent, count(*) AS searches,
    count(*) FILTER (WHERE results_count = 0) AS zero, count(DISTINCT visitor_id) FILTER (WHERE results_count = 0) AS zero_searchers,
    max(searched_at) FILTER (WHERE results_count = 0) AS last_zero
  FROM sf GROUP BY query_norm
), tot AS (SELECT sum(zero) AS n FROM per)
SELECT query, lang, intent, zero::INTEGER AS zero_result_searches, zero_searchers::INTEGER AS zero_result_searchers,
  searches::INTEGER AS searches, (zero / searches)::DOUBLE AS zero_share, (zero / tot.n)::DOUBLE AS share_of_zero_results,
  strftime(last_zero, '%Y-%m-%d') AS last_zero_date
FROM per, tot WHERE zero >= $5::INTEGER
ORDER BY zero DESC, searches DESC, query
LIMIT $6::INTEGER`;

export const zeroResults = defineQuery<SearchTopOptions, ZeroResultRow>("zeroResults", ZERO_RESULTS_SQL, searchTopParams);
