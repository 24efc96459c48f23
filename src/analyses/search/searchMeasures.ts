/**
 * The per-group outcome columns over `so` (searchOutcomes.ts) that searchQueries, searchTerms and
 * intentMix share, so the three cannot define CTR or conversion differently.
 *
 * searches; searchers (distinct visitor ids; searches without one are not searchers); clicks and
 * CTR = clicked ÷ searches whose clicked flag is known (null when none is); zero-result searches
 * (results_count = 0; an unknown count is not zero); converted searches and per-search conversion
 * = converted ÷ searches; paying searchers (visitors with at least one converted search in the
 * group) and per-visitor conversion = paying searchers ÷ searchers (搜索支付转化率).
 */
export const SEARCH_MEASURES = `
  count(*)::INTEGER AS searches,
  count(DISTINCT visitor_id)::INTEGER AS searchers,
  count(*) FILTER (WHERE clicked)::INTEGER AS clicks,
  count(clicked)::INTEGER AS click_known,
  (count(*) FILTER (WHERE clicked) / nullif(count(clicked), 0))::DOUBLE AS ctr,
  count(*) FILTER (WHERE results_count = 0)::INTEGER AS zero_results,
  count(*) FILTER (WHERE converted)::INTEGER AS converted_searches,
  (count(*) FILTER (WHERE converted) / nullif(count(*), 0))::DOUBLE AS conversion,
  count(DISTINCT visitor_id) FILTER (WHERE converted)::INTEGER AS paying_searchers,
  (count(DISTINCT visitor_id) FILTER (WHERE converted) / nullif(count(DISTINCT visitor_id), 0))::DOUBLE AS visitor_conversion`;

/** The row shape of SEARCH_MEASURES. */
export interface SearchMeasures {
  searches: number;
  searchers: number;
  clicks: number;
  click_known: number;
  ctr: number | null;
  zero_results: number;
  converted_searches: number;
  conversion: number;
  paying_searchers: number;
  visitor_conversion: number | null;
}
