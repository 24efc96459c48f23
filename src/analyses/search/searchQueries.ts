/**
 * Top queries: per normalised query (query_norm) in the filtered range, its searches, share of all
 * filtered searches, searchers, and the outcomes of SEARCH_MEASURES — clicks and CTR (over searches
 * with a known clicked flag), zero-result searches, converted searches and per-search conversion,
 * paying searchers and per-visitor conversion (搜索支付转化率), by the attribution rule of
 * METRICS.search_conversion (searchOutcomes.ts). Queries with fewer than `minSearches` searches
 * are left out; the `top` first by searches or by searchers are returned.
 * $1 from, $2 to, $3 lang, $4 intent, $5 minSearches, $6 top, $7 order.
 */
import { defineQuery } from "../../query.js";
import { SEARCH_FILTER_CTE } from "./searchFilter.js";
import { SEARCH_MEASURES, type SearchMeasures } from "./searchMeasures.js";
import { SEARCH_OUTCOMES_CTE } from "./searchOutcomes.js";
import { rankOrder, searchRankParams, type SearchRankOptions } from "./searchRanking.js";

export interface SearchQueryRow extends SearchMeasures {
  query: string;
  lang: string;
  intent: string;
  share: number;
}

export const SEARCH_QUERIES_SQL = `
WITH ${SEARCH_FILTER_CTE}, ${SEARCH_OUTCOMES_CTE},
per AS (
  -- Every raw text of one query_norm has the same language and intent (both derive from it).
  SELECT query_norm AS query, min(lang) AS lang, min(intent) AS intent, ${SEARCH_MEASURES}
  FROM so GROUP BY query_norm
), tot AS (SELECT count(*) AS n FROM sf)
SELECT query, lang, intent, searches, (searches / tot.n)::DOUBLE AS share, searchers, clicks, click_known, ctr, zero_results,
  converted_searches, conversion, paying_searchers, visitor_conversion
FROM per, tot WHERE searches >= $5::INTEGER
${rankOrder("query")}`;

export const searchQueries = defineQuery<SearchRankOptions, SearchQueryRow>("searchQueries", SEARCH_QUERIES_SQL, searchRankParams);
