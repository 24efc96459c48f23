/**
 * Terms searched together: pairs of distinct tokens in the same query (each pair once, in text
 * order term_a < term_b), counted by the searches of the queries that hold both; `queries` is how
 * many distinct queries did, and term_a_searches / term_b_searches are each term's own searches,
 * so the page can show how much of a term's demand comes with the other. Narrowed to the pairs
 * of one term when asked. Pairs with fewer than `minSearches` searches are left out.
 * $1 from, $2 to, $3 lang, $4 intent, $5 minSearches, $6 top, $7 term ('' = all).
 */
import { defineQuery } from "../../query.js";
import { SEARCH_FILTER_CTE } from "./searchFilter.js";
import { checkTerm } from "./searchOptions.js";
import { searchTopParams, type SearchTopOptions } from "./searchRanking.js";

export interface CoTermsOptions extends SearchTopOptions {
  /** Only pairs holding this token; "" or omitted = all pairs. */
  term?: string;
}

export interface CoTermRow {
  term_a: string;
  term_b: string;
  searches: number;
  queries: number;
  share: number;
  term_a_searches: number;
  term_b_searches: number;
}

export const CO_TERMS_SQL = `
WITH ${SEARCH_FILTER_CTE},
-- Tokens derive from query_norm, so every raw text of one query_norm has the same ones.
per AS (SELECT query_norm, min(tokens) AS tokens, count(*) AS searches FROM sf GROUP BY query_norm),
toks AS (
  SELECT query_norm, searches, term FROM (SELECT query_norm, searches, unnest(list_distinct(string_split(tokens, '|'))) AS term FROM per)
  WHERE term <> ''
), alone AS (SELECT term, sum(searches) AS searches FROM toks GROUP BY term),
pairs AS (
  SELECT a.term AS term_a, b.term AS term_b, sum(a.searches) AS searches, count(*) AS queries
  FROM toks a JOIN toks b ON a.query_norm = b.query_norm AND a.term < b.term
  WHERE $7 = '' OR a.term = $7 OR b.term = $7
  GROUP BY a.term, b.term
), tot AS (SELECT count(*) AS n FROM sf)
SELECT p.term_a, p.term_b, p.searches::INTEGER AS searches, p.queries::INTEGER AS queries, (p.searches / tot.n)::DOUBLE AS share,
  x.searches::INTEGER AS term_a_searches, y.searches::INTEGER AS term_b_searches
FROM pairs p JOIN alone x ON x.term = p.term_a JOIN alone y ON y.term = p.term_b, tot
WHERE p.searches >= $5::INTEGER
ORDER BY p.searches DESC, p.term_a, p.term_b
LIMIT $6::INTEGER`;

export const coTerms = defineQuery<CoTermsOptions, CoTermRow>("coTerms", CO_TERMS_SQL, (o) => [
  ...searchTopParams(o),
  checkTerm(o.term)
]);
