/**
 * Long-tail share: for N = 10, 50, 100, the searches of the top N queries (query_norm, ranked by
 * searches, ties by text) and of all the others — the tail — with the tail's share of all searches.
 * With N or fewer distinct queries the tail is empty (0).
 * $1 from, $2 to, $3 lang, $4 intent.
 */
import { defineQuery } from "../../query.js";
import { SEARCH_FILTER_CTE, searchFilterParams, type SearchFilterOptions } from "./searchFilter.js";

export const LONG_TAIL_TOPS = [10, 50, 100] as const;

export interface LongTailShareRow {
  top_n: number;
  queries: number;
  tail_queries: number;
  head_searches: number;
  tail_searches: number;
  tail_share: number | null;
}

export const LONG_TAIL_SHARES_SQL = `
WITH ${SEARCH_FILTER_CTE},
per AS (SELECT query_norm, count(*) AS searches FROM sf GROUP BY query_norm),
ranked AS (SELECT searches, row_number() OVER (ORDER BY searches DESC, query_norm) AS rank FROM per),
tot AS (SELECT count(*) AS queries, coalesce(sum(searches), 0) AS total FROM per),
tops AS (SELECT unnest([${LONG_TAIL_TOPS.join(", ")}]) AS top_n),
head AS (SELECT t.top_n, coalesce(sum(r.searches), 0) AS head FROM tops t LEFT JOIN ranked r ON r.rank <= t.top_n GROUP BY t.top_n)
SELECT h.top_n::INTEGER AS top_n, tot.queries::INTEGER AS queries, greatest(tot.queries - h.top_n, 0)::INTEGER AS tail_queries,
  h.head::INTEGER AS head_searches, (tot.total - h.head)::INTEGER AS tail_searches,
  ((tot.total - h.head) / nullif(tot.total, 0))::DOUBLE AS tail_share
FROM head h, tot ORDER BY h.top_n`;

export const longTailShares = defineQuery<SearchFilterOptions, LongTailShareRow>("longTailShares", LONG_TAIL_SHARES_SQL, searchFilterParams);
