/**
 * How long queries are: searches (and distinct queries, and zero-result searches) per band of
 * query length, either characters of the normalised query (search_queries.char_count: a Chinese
 * character counts one, as does a Latin letter, so an English query of two words is already 10 or
 * so) or tokens (token_count, after stop words: a query of only stop words has 0). Every band is
 * listed, empty ones with zeros, so charts keep their axis; `share` is of all filtered searches.
 * $1 from, $2 to, $3 lang, $4 intent, $5 measure ('chars' | 'tokens').
 */
import { defineQuery, oneOf } from "../../query.js";
import { SEARCH_FILTER_CTE, searchFilterParams, type SearchFilterOptions } from "./searchFilter.js";

export const LENGTH_MEASURES = ["chars", "tokens"] as const;
export type LengthMeasure = (typeof LENGTH_MEASURES)[number];

/** Bands as [min, max] inclusive; max null = open-ended. Short Chinese queries get the fine bands. */
export const LENGTH_BANDS: Readonly<Record<LengthMeasure, readonly (readonly [number, number | null])[]>> = {
  chars: [[0, 2], [3, 4], [5, 6], [7, 8], [9, 12], [13, 16], [17, 24], [25, null]],
  tokens: [[0, 0], [1, 1], [2, 2], [3, 3], [4, 4], [5, 5], [6, null]]
};

export interface QueryLengthsOptions extends SearchFilterOptions {
  measure: LengthMeasure;
}

export interface QueryLengthRow {
  band: string;
  min_length: number;
  max_length: number | null;
  searches: number;
  share: number | null;
  queries: number;
  zero_results: number;
}

const label = ([lo, hi]: readonly [number, number | null]) => (hi === null ? `${lo}+` : lo === hi ? `${lo}` : `${lo}–${hi}`);
const BANDS_VALUES = (Object.entries(LENGTH_BANDS) as [LengthMeasure, readonly (readonly [number, number | null])[]][])
  .flatMap(([measure, bands]) => bands.map((b, i) => `('${measure}', ${i}, '${label(b)}', ${b[0]}, ${b[1] ?? "NULL"})`))
  .join(", ");

export const QUERY_LENGTHS_SQL = `
WITH ${SEARCH_FILTER_CTE},
bands AS (SELECT * FROM (VALUES ${BANDS_VALUES}) b(measure, ord, band, lo, hi) WHERE measure = $5),
per AS (
  SELECT CASE WHEN $5 = 'tokens' THEN token_count ELSE char_count END AS len, count(*) AS searches,
    count(DISTINCT query_norm) AS queries, count(*) FILTER (WHERE results_count = 0) AS zero_results
  FROM sf GROUP BY 1
), tot AS (SELECT count(*) AS n FROM sf)
SELECT b.band, b.lo::INTEGER AS min_length, b.hi::INTEGER AS max_length, coalesce(sum(p.searches), 0)::INTEGER AS searches,
  (coalesce(sum(p.searches), 0) / nullif(any_value(tot.n), 0))::DOUBLE AS share,
  coalesce(sum(p.queries), 0)::INTEGER AS queries, coalesce(sum(p.zero_results), 0)::INTEGER AS zero_results
FROM bands b CROSS JOIN tot LEFT JOIN per p ON p.len >= b.lo AND (b.hi IS NULL OR p.len <= b.hi)
GROUP BY b.ord, b.band, b.lo, b.hi ORDER BY b.ord`;

export const queryLengths = defineQuery<QueryLengthsOptions, QueryLengthRow>("queryLengths", QUERY_LENGTHS_SQL, (o) => [
  ...searchFilterParams(o),
  oneOf("measure", o.measure, LENGTH_MEASURES)
]);
