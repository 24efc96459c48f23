/**
 * Queries with demand but few sales: among queries (query_norm) with at least `minSearches`
 * searches, those whose per-search conversion (METRICS.search_conversion, searchOutcomes.ts) is in
 * the bottom quarter — at or below the nearest-rank 25th percentile of those queries' conversions,
 * ties included, so when most of them never convert all the non-converting ones are listed —
 * ranked by searches. Each row carries the overall per-search conversion of the filtered searches
 * to compare with, and `cutoff`, the percentile itself.
 * $1 from, $2 to, $3 lang, $4 intent, $5 minSearches, $6 top.
 */
import { defineQuery } from "../../query.js";
import { SEARCH_FILTER_CTE } from "./searchFilter.js";
import { SEARCH_OUTCOMES_CTE } from "./searchOutcomes.js";
import { searchTopParams, type SearchTopOptions } from "./searchRanking.js";

/** The share of eligible queries counted as "low": the bottom quarter. */
export const LOW_CONVERSION_QUANTILE = 0.25;

export interface LowConversionRow {
  query: string;
  lang: string;
  intent: string;
  searches: number;
  searchers: number;
  converted_searches: number;
  conversion: number;
  paying_searchers: number;
  visitor_conversion: number | null;
  zero_results: number;
  cutoff: number;
  overall_conversion: number;
}

export const LOW_CONVERSION_SQL = `
WITH ${SEARCH_FILTER_CTE}, ${SEARCH_OUTCOMES_CTE},
per AS (
  SELECT query_norm AS query, min(lang) AS lang, min(intent) AS intent, count(*) AS searches, count(DISTINCT visitor_id) AS searchers,
    count(*) FILTER (WHERE converted) AS converted, count(DISTINCT visitor_id) FILTER (WHERE converted) AS paying,
    count(*) FILTER (WHERE results_count = 0) AS zero_results
  FROM so GROUP BY query_norm
), elig AS (
  SELECT *, converted / searches AS conversion FROM per WHERE searches >= $5::INTEGER
), cut AS (
  -- Nearest rank: the ⌈q·n⌉-th smallest conversion.
  SELECT conversion AS cutoff FROM (SELECT conversion, row_number() OVER (ORDER BY conversion) AS rk, count(*) OVER () AS n FROM elig)
  WHERE rk = ceil(n * ${LOW_CONVERSION_QUANTILE})
), overall AS (SELECT count(*) FILTER (WHERE converted) / count(*) AS overall FROM so)
SELECT e.query, e.lang, e.intent, e.searches::INTEGER AS searches, e.searchers::INTEGER AS searchers,
  e.converted::INTEGER AS converted_searches, e.conversion::DOUBLE AS conversion, e.paying::INTEGER AS paying_searchers,
  (e.paying / nullif(e.searchers, 0))::DOUBLE AS visitor_conversion, e.zero_results::INTEGER AS zero_results,
  c.cutoff::DOUBLE AS cutoff, o.overall::DOUBLE AS overall_conversion
FROM elig e, cut c, overall o WHERE e.conversion <= c.cutoff
ORDER BY e.searches DESC, e.conversion, e.query
LIMIT $6::INTEGER`;

export const lowConversion = defineQuery<SearchTopOptions, LowConversionRow>("lowConversion", LOW_CONVERSION_SQL, searchTopParams);
