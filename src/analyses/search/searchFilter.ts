/**
 * The searches every search analysis reads, as SQL to paste after `WITH`: `sf` holds the searches
 * of the date range (shop-local days, both ends included) joined to their query's derived row in
 * search_queries (ON search_queries.query = searches.query), narrowed to one language and one
 * intent class when asked. Searches without a time cannot be placed in a range and are left out;
 * so is a search whose text the pipeline did not derive (none, when search_queries is current).
 * $1 from, $2 to, $3 lang ('all' | 'zh' | 'en'), $4 intent ('all' | a class of intentRules.ts).
 *
 * Queries are grouped by query_norm, so "Ｎｉｋｅ" and "nike" are one query.
 */
import { oneOf, type Param } from "../../query.js";
import { checkDateRange } from "../dateRange.js";
import { INTENT_PRECEDENCE, type IntentId } from "../../search/intentRules.js";

export const SEARCH_LANGS = ["all", "zh", "en"] as const;
export type SearchLang = (typeof SEARCH_LANGS)[number];
export const INTENT_FILTERS = ["all", ...INTENT_PRECEDENCE] as const;
export type IntentFilter = "all" | IntentId;

export interface SearchFilterOptions {
  /** Shop-local dates, inclusive. */
  from: string;
  to: string;
  lang: SearchLang;
  intent: IntentFilter;
}

export const SEARCH_FILTER_CTE = `
sf AS (
  SELECT s.searched_at, s.visitor_id, s.session_id, s.results_count, s.clicked,
    q.query_norm, q.lang, q.tokens, q.token_count, q.char_count, q.intent
  FROM searches s JOIN search_queries q ON q.query = s.query
  WHERE s.searched_at >= $1::DATE AND s.searched_at < $2::DATE + INTERVAL 1 DAY
    AND ($3 = 'all' OR q.lang = $3) AND ($4 = 'all' OR q.intent = $4)
)`;

/** $1 … $4 of SEARCH_FILTER_CTE, validated. */
export function searchFilterParams(o: SearchFilterOptions): Param[] {
  checkDateRange(o.from, o.to);
  return [o.from, o.to, oneOf("lang", o.lang, SEARCH_LANGS), oneOf("intent", o.intent, INTENT_FILTERS)];
}
