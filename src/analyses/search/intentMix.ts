/**
 * Search by intent class: per class of intentRules.ts (in precedence order, every class listed,
 * zeros where none), its searches and share of the filtered searches, distinct queries, and the
 * outcomes of SEARCH_MEASURES (CTR, zero results, per-search and per-visitor conversion). A visitor
 * who searched in two classes is a searcher of both.
 * $1 from, $2 to, $3 lang, $4 intent (a class narrows the table to that one row).
 */
import { defineQuery } from "../../query.js";
import { INTENT_PRECEDENCE } from "../../search/intentRules.js";
import { SEARCH_FILTER_CTE, searchFilterParams, type SearchFilterOptions } from "./searchFilter.js";
import { SEARCH_MEASURES, type SearchMeasures } from "./searchMeasures.js";
import { SEARCH_OUTCOMES_CTE } from "./searchOutcomes.js";

export interface IntentMixRow extends Omit<SearchMeasures, "conversion"> {
  intent: string;
  share: number | null;
  queries: number;
  /** Null for a class with no searches. */
  conversion: number | null;
}

const IDS = INTENT_PRECEDENCE.map((id, i) => `('${id}', ${i})`).join(", ");

export const INTENT_MIX_SQL = `
WITH ${SEARCH_FILTER_CTE}, ${SEARCH_OUTCOMES_CTE},
ids AS (SELECT * FROM (VALUES ${IDS}) v(intent, ord)),
per AS (SELECT intent, count(DISTINCT query_norm) AS queries, ${SEARCH_MEASURES} FROM so GROUP BY intent),
tot AS (SELECT count(*) AS n FROM sf)
SELECT i.intent, coalesce(p.searches, 0)::INTEGER AS searches, (coalesce(p.searches, 0) / nullif(tot.n, 0))::DOUBLE AS share,
  coalesce(p.queries, 0)::INTEGER AS queries, coalesce(p.searchers, 0)::INTEGER AS searchers,
  coalesce(p.clicks, 0)::INTEGER AS clicks, coalesce(p.click_known, 0)::INTEGER AS click_known, p.ctr,
  coalesce(p.zero_results, 0)::INTEGER AS zero_results, coalesce(p.converted_searches, 0)::INTEGER AS converted_searches, p.conversion,
  coalesce(p.paying_searchers, 0)::INTEGER AS paying_searchers, p.visitor_conversion
FROM ids i CROSS JOIN tot LEFT JOIN per p ON p.intent = i.intent
WHERE $4 = 'all' OR i.intent = $4
ORDER BY i.ord`;

export const intentMix = defineQuery<SearchFilterOptions, IntentMixRow>("intentMix", INTENT_MIX_SQL, searchFilterParams);
