/**
 * The options of the ranked search tables: the search filter, a minimum number of searches for a
 * row to be listed and how many rows (SearchTopOptions); the keyword tables (top queries, top
 * terms) also choose whether rows rank by searches or by searchers (distinct visitors), ties
 * ranking by the other measure, then by text (SearchRankOptions).
 */
import { oneOf, type Param } from "../../query.js";
import { searchFilterParams, type SearchFilterOptions } from "./searchFilter.js";
import { checkMinVolume, checkTop } from "./searchOptions.js";

export const SEARCH_ORDERS = ["searches", "searchers"] as const;
export type SearchOrder = (typeof SEARCH_ORDERS)[number];

export interface SearchTopOptions extends SearchFilterOptions {
  /** Rows with fewer searches are left out (shares still count them). */
  minSearches: number;
  top: number;
}

export interface SearchRankOptions extends SearchTopOptions {
  order: SearchOrder;
}

/** $1 … $4 filter, $5 minSearches, $6 top. */
export function searchTopParams(o: SearchTopOptions): Param[] {
  return [...searchFilterParams(o), checkMinVolume("minSearches", o.minSearches), checkTop(o.top)];
}

/** $1 … $6 as searchTopParams, $7 order. */
export function searchRankParams(o: SearchRankOptions): Param[] {
  return [...searchTopParams(o), oneOf("order", o.order, SEARCH_ORDERS)];
}

/** ORDER BY … LIMIT for a table with `searches`, `searchers` and a text column `key`. */
export const rankOrder = (key: string) =>
  `ORDER BY CASE WHEN $7 = 'searchers' THEN searchers ELSE searches END DESC,
  CASE WHEN $7 = 'searchers' THEN searches ELSE searchers END DESC, ${key}
LIMIT $6::INTEGER`;
