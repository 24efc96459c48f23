/**
 * The Search keywords page at its default settings (search_default.json), computed at build
 * time by the page's own queries over the last 30 days of the search log: aggregates only. For a
 * public build (`forPublic`) every listed query or term must have been searched by at least
 * PUBLIC_MIN_SEARCHES different visitors — one shopper typing the same words five times is not
 * published — and the lists that carry no visitor counts (rising terms, term pairs) are left out.
 */
import type { Db } from "../../query.js";
import { dataSpan, lastDaysOf } from "../dateRange.js";
import { searchQueries, type SearchQueryRow } from "./searchQueries.js";
import { searchTerms, type SearchTermRow } from "./searchTerms.js";
import { searchTrend, type SearchTrendRow } from "./searchTrend.js";
import { risingTerms, type RisingTermRow } from "./risingTerms.js";
import { longTailCurve, type LongTailPoint } from "./longTailCurve.js";
import { longTailShares, type LongTailShareRow } from "./longTailShares.js";
import { queryLengths, type QueryLengthRow } from "./queryLengths.js";
import { coTerms, type CoTermRow } from "./coTerms.js";
import { intentMix, type IntentMixRow } from "./intentMix.js";
import { zeroResults, type ZeroResultRow } from "./zeroResults.js";
import { lowConversion, type LowConversionRow } from "./lowConversion.js";
import { searchTermsDaily, type SearchTermsDailyRow } from "./searchTermsDaily.js";
import { searchTotals, type SearchTotalsRow } from "./searchTotals.js";
import type { SearchRankOptions } from "./searchRanking.js";

export const PUBLIC_MIN_SEARCHES = 5;

export interface SearchSettings extends SearchRankOptions {
  grain: "day" | "week";
}

export interface SearchDefaultView {
  log: { from: string; to: string } | null;
  aggregates: { from: string; to: string } | null;
  settings: SearchSettings;
  queries: SearchQueryRow[];
  terms: SearchTermRow[];
  trend: SearchTrendRow[];
  rising: RisingTermRow[];
  curve: LongTailPoint[];
  tail: LongTailShareRow[];
  lengths: QueryLengthRow[];
  coTerms: CoTermRow[];
  intents: IntentMixRow[];
  totals: SearchTotalsRow | null;
  zero: ZeroResultRow[];
  low: LowConversionRow[];
  daily: SearchTermsDailyRow[];
}

export const searchLogSpan = (db: Db) => dataSpan(db, "searches", "searched_at");
export const searchTermsSpan = (db: Db) => dataSpan(db, "search_terms_daily", "date");

export function defaultSearchSettings(range: { from: string; to: string }): SearchSettings {
  return { ...range, lang: "all", intent: "all", minSearches: PUBLIC_MIN_SEARCHES, top: 50, order: "searches", grain: "day" };
}

export async function searchDefaultView(db: Db, currency: string, forPublic = false): Promise<SearchDefaultView | null> {
  const log = await searchLogSpan(db);
  const aggregates = await searchTermsSpan(db);
  const base = log ?? aggregates;
  if (!base) return null;
  const s = defaultSearchSettings(lastDaysOf(base.from, base.to));
  const f = { from: s.from, to: s.to, lang: s.lang, intent: s.intent };
  const view: SearchDefaultView = {
    log,
    aggregates,
    settings: s,
    queries: log ? await searchQueries.run(db, s) : [],
    terms: log ? await searchTerms.run(db, s) : [],
    trend: log ? await searchTrend.run(db, { ...f, grain: s.grain }) : [],
    rising: log ? await risingTerms.run(db, s) : [],
    curve: log ? await longTailCurve.run(db, f) : [],
    tail: log ? await longTailShares.run(db, f) : [],
    lengths: log ? await queryLengths.run(db, { ...f, measure: "chars" }) : [],
    coTerms: log ? await coTerms.run(db, s) : [],
    intents: log ? await intentMix.run(db, f) : [],
    totals: log ? ((await searchTotals.run(db, f))[0] ?? null) : null,
    zero: log ? await zeroResults.run(db, s) : [],
    low: log ? await lowConversion.run(db, s) : [],
    daily: aggregates ? await searchTermsDaily.run(db, { ...f, currency, minVisitors: PUBLIC_MIN_SEARCHES, top: 50, order: "visitors" }) : []
  };
  if (!forPublic) return view;
  const enough = (n: number | null | undefined) => (n ?? 0) >= PUBLIC_MIN_SEARCHES;
  return {
    ...view,
    queries: view.queries.filter((r) => enough(r.searchers)),
    terms: view.terms.filter((r) => enough(r.searchers)),
    low: view.low.filter((r) => enough(r.searchers)),
    zero: view.zero.filter((r) => enough(r.zero_result_searchers)),
    rising: [],
    coTerms: []
  };
}
