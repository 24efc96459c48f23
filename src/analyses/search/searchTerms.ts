/**
 * Top terms: the same measures as searchQueries per token of the queries (search_queries.tokens,
 * split at '|': jieba words and Porter-stemmed English words, stop words removed). A search counts
 * once for each distinct term of its query, so shares over terms add up to more than 1; `queries`
 * is how many distinct queries hold the term. A paying searcher of a term is a visitor with a
 * converted search whose query holds it. Terms with fewer than `minSearches` searches are left out.
 * $1 from, $2 to, $3 lang, $4 intent, $5 minSearches, $6 top, $7 order.
 */
import { defineQuery } from "../../query.js";
import { SEARCH_FILTER_CTE } from "./searchFilter.js";
import { SEARCH_MEASURES, type SearchMeasures } from "./searchMeasures.js";
import { SEARCH_OUTCOMES_CTE } from "./searchOutcomes.js";
import { rankOrder, searchRankParams, type SearchRankOptions } from "./searchRanking.js";

export interface SearchTermRow extends SearchMeasures {
  term: string;
  queries: number;
  share: number;
}

export const SEARCH_TERMS_SQL = `
WITH ${SEARCH_FILTER_CTE}, ${SEARCH_OUTCOMES_CTE},
st AS (
  SELECT *, unnest(list_distinct(string_split(tokens, '|'))) AS term FROM so
), per AS (
  SELECT term, count(DISTINCT query_norm)::INTEGER AS queries, ${SEARCH_MEASURES}
  FROM st WHERE term <> '' GROUP BY term
), tot AS (SELECT count(*) AS n FROM sf)
SELECT term, queries, searches, (searches / tot.n)::DOUBLE AS share, searchers, clicks, click_known, ctr, zero_results,
  converted_searches, conversion, paying_searchers, visitor_conversion
FROM per, tot WHERE searches >= $5::INTEGER
${rankOrder("term")}`;

export const searchTerms = defineQuery<SearchRankOptions, SearchTermRow>("searchTerms", SEARCH_TERMS_SQL, searchRankParams);
