/**
 * The page's headline over the filtered searches: the SEARCH_MEASURES of all of them at once —
 * searchers and paying searchers distinct over the whole selection (they cannot be summed from
 * the per-intent rows). $1 from, $2 to, $3 lang, $4 intent.
 */
import { defineQuery } from "../../query.js";
import { SEARCH_FILTER_CTE, searchFilterParams, type SearchFilterOptions } from "./searchFilter.js";
import { SEARCH_MEASURES, type SearchMeasures } from "./searchMeasures.js";
import { SEARCH_OUTCOMES_CTE } from "./searchOutcomes.js";

export type SearchTotalsRow = Omit<SearchMeasures, "conversion"> & { conversion: number | null };

export const SEARCH_TOTALS_SQL = `
WITH ${SEARCH_FILTER_CTE}, ${SEARCH_OUTCOMES_CTE}
SELECT ${SEARCH_MEASURES} FROM so`;

export const searchTotals = defineQuery<SearchFilterOptions, SearchTotalsRow>("searchTotals", SEARCH_TOTALS_SQL, searchFilterParams);
