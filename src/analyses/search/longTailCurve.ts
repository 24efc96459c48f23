/**
 * The head/tail curve of search demand: queries (query_norm) ranked by searches (ties by text),
 * and at each rank the share of distinct queries so far and the cumulative share of searches. The
 * curve is thinned to at most MAX_CURVE_POINTS points — every `step`-th rank from the first, where
 * step = ⌈n ÷ (MAX_CURVE_POINTS − 1)⌉, plus the last — so a million queries still draw fast; with
 * up to 199 queries every rank is kept. Shares are exact ratios of integer counts.
 * $1 from, $2 to, $3 lang, $4 intent.
 */
import { defineQuery } from "../../query.js";
import { SEARCH_FILTER_CTE, searchFilterParams, type SearchFilterOptions } from "./searchFilter.js";

export const MAX_CURVE_POINTS = 200;

export interface LongTailPoint {
  rank: number;
  query_share: number;
  cum_searches: number;
  search_share: number;
}

export const LONG_TAIL_CURVE_SQL = `
WITH ${SEARCH_FILTER_CTE},
per AS (SELECT query_norm, count(*) AS searches FROM sf GROUP BY query_norm),
r AS (
  SELECT row_number() OVER w AS rank, sum(searches) OVER (w ROWS UNBOUNDED PRECEDING) AS cum,
    count(*) OVER () AS n, sum(searches) OVER () AS total
  FROM per WINDOW w AS (ORDER BY searches DESC, query_norm)
)
SELECT rank::INTEGER AS rank, (rank / n)::DOUBLE AS query_share, cum::INTEGER AS cum_searches, (cum / total)::DOUBLE AS search_share
FROM r WHERE rank = n OR (rank - 1) % ceil(n / ${MAX_CURVE_POINTS - 1})::BIGINT = 0
ORDER BY rank`;

export const longTailCurve = defineQuery<SearchFilterOptions, LongTailPoint>("longTailCurve", LONG_TAIL_CURVE_SQL, searchFilterParams);
