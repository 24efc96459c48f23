/**
 * Rising terms: searches per term (token) in the range against the previous range of the same
 * length just before it (环比, comparisonRange "previous"): volume now and before, the change and
 * growth = (now − before) ÷ before, which is null for a term with no searches before (`is_new`).
 * Listed: terms with at least `minSearches` searches now and more than before, ranked by the
 * change in searches (a ratio would put 1 → 5 above 100 → 150), then by volume. A search counts once per distinct term of its query. The totals
 * of both ranges come with every row: when `previous_total` is 0 the log does not reach back that
 * far and every term is "new" for want of data, not because it is.
 * $1 from, $2 to, $3 lang, $4 intent, $5 previous from, $6 previous to, $7 minSearches, $8 top.
 */
import { defineQuery } from "../../query.js";
import { comparisonRange } from "../comparisonRanges.js";
import { searchFilterParams } from "./searchFilter.js";
import { checkMinVolume, checkTop } from "./searchOptions.js";
import type { SearchTopOptions } from "./searchRanking.js";

export interface RisingTermRow {
  term: string;
  searches: number;
  previous_searches: number;
  change: number;
  growth: number | null;
  is_new: boolean;
  total: number;
  previous_total: number;
}

// The filter of SEARCH_FILTER_CTE over both ranges: $5 (previous from) … $2 (to).
export const RISING_TERMS_SQL = `
WITH s AS (
  SELECT CASE WHEN s.searched_at >= $1::DATE THEN 1 WHEN s.searched_at < $6::DATE + INTERVAL 1 DAY THEN 0 END AS cur, q.tokens
  FROM searches s JOIN search_queries q ON q.query = s.query
  WHERE s.searched_at >= $5::DATE AND s.searched_at < $2::DATE + INTERVAL 1 DAY
    AND ($3 = 'all' OR q.lang = $3) AND ($4 = 'all' OR q.intent = $4)
), tot AS (
  SELECT count(*) FILTER (WHERE cur = 1) AS now_n, count(*) FILTER (WHERE cur = 0) AS before_n FROM s
), t AS (
  SELECT term, count(*) FILTER (WHERE cur = 1) AS now_n, count(*) FILTER (WHERE cur = 0) AS before_n
  FROM (SELECT cur, unnest(list_distinct(string_split(tokens, '|'))) AS term FROM s WHERE cur IS NOT NULL)
  WHERE term <> '' GROUP BY term
)
SELECT t.term, t.now_n::INTEGER AS searches, t.before_n::INTEGER AS previous_searches, (t.now_n - t.before_n)::INTEGER AS change,
  ((t.now_n - t.before_n) / nullif(t.before_n, 0))::DOUBLE AS growth, t.before_n = 0 AS is_new,
  tot.now_n::INTEGER AS total, tot.before_n::INTEGER AS previous_total
FROM t, tot WHERE t.now_n >= $7::INTEGER AND t.now_n > t.before_n
ORDER BY change DESC, searches DESC, t.term
LIMIT $8::INTEGER`;

export const risingTerms = defineQuery<SearchTopOptions, RisingTermRow>("risingTerms", RISING_TERMS_SQL, (o) => {
  const filter = searchFilterParams(o);
  const previous = comparisonRange(o, "previous")!;
  return [...filter, previous.from, previous.to, checkMinVolume("minSearches", o.minSearches), checkTop(o.top)];
});
