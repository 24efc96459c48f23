/**
 * Invalid options are refused before any SQL runs, and the error names the option, so a page can
 * say which input is wrong.
 */
import { describe, expect, it } from "vitest";
import { searchQueries } from "../../../../src/analyses/search/searchQueries.ts";
import { searchTerms } from "../../../../src/analyses/search/searchTerms.ts";
import { searchTrend } from "../../../../src/analyses/search/searchTrend.ts";
import { risingTerms } from "../../../../src/analyses/search/risingTerms.ts";
import { longTailCurve } from "../../../../src/analyses/search/longTailCurve.ts";
import { queryLengths } from "../../../../src/analyses/search/queryLengths.ts";
import { coTerms } from "../../../../src/analyses/search/coTerms.ts";
import { intentMix } from "../../../../src/analyses/search/intentMix.ts";
import { zeroResults } from "../../../../src/analyses/search/zeroResults.ts";
import { lowConversion } from "../../../../src/analyses/search/lowConversion.ts";
import { searchTermsDaily } from "../../../../src/analyses/search/searchTermsDaily.ts";

const ALL = { from: "2024-05-01", to: "2024-05-07", lang: "all", intent: "all" } as const;
const RANK = { ...ALL, minSearches: 2, top: 50, order: "searches" } as const;
// Deliberately wrong values travel through `never` the way a page's untyped input would.
const bad = (o: object) => o as never;

describe("search options", () => {
  it("checks the filter: dates, range order, language, intent", () => {
    expect(() => intentMix.params(bad({ ...ALL, from: "2024-13-01" }))).toThrow("invalid from: 2024-13-01");
    expect(() => intentMix.params(bad({ ...ALL, to: "2024-05-32" }))).toThrow("invalid to");
    expect(() => longTailCurve.params(bad({ ...ALL, from: "2024-05-08" }))).toThrow("invalid date range: 2024-05-08 is after 2024-05-07");
    expect(() => searchQueries.params(bad({ ...RANK, lang: "fr" }))).toThrow("invalid lang: fr (expected one of all, zh, en)");
    expect(() => searchTerms.params(bad({ ...RANK, intent: "navigation" }))).toThrow("invalid intent: navigation");
  });

  it("checks volumes, row counts and choices", () => {
    expect(() => searchQueries.params(bad({ ...RANK, minSearches: 0 }))).toThrow("invalid minSearches: 0");
    expect(() => searchTerms.params(bad({ ...RANK, minSearches: 1.5 }))).toThrow("invalid minSearches: 1.5");
    expect(() => zeroResults.params(bad({ ...RANK, top: 0 }))).toThrow("invalid top: 0");
    expect(() => lowConversion.params(bad({ ...RANK, top: 10_001 }))).toThrow("invalid top: 10001");
    expect(() => risingTerms.params(bad({ ...RANK, minSearches: Number.NaN }))).toThrow("invalid minSearches");
    expect(() => searchQueries.params(bad({ ...RANK, order: "clicks" }))).toThrow("invalid order: clicks");
    expect(() => searchTrend.params(bad({ ...ALL, grain: "month" }))).toThrow("invalid grain: month");
    expect(() => queryLengths.params(bad({ ...ALL, measure: "words" }))).toThrow("invalid measure: words");
  });

  it("checks terms and the aggregate view's own options", () => {
    expect(() => coTerms.params(bad({ ...RANK, term: "a|b" }))).toThrow('invalid term: "a|b"');
    expect(() => searchTrend.params(bad({ ...ALL, grain: "day", term: " 连衣裙" }))).toThrow("invalid term");
    const daily = { ...ALL, currency: "CNY", minVisitors: 1, top: 10, order: "visitors" };
    expect(() => searchTermsDaily.params(bad({ ...daily, currency: "cny" }))).toThrow("invalid currency: cny");
    expect(() => searchTermsDaily.params(bad({ ...daily, minVisitors: -1 }))).toThrow("invalid minVisitors: -1");
    expect(() => searchTermsDaily.params(bad({ ...daily, order: "searches" }))).toThrow("invalid order: searches");
  });

  it("passes valid options through as positional parameters", () => {
    expect(searchQueries.params(RANK)).toEqual(["2024-05-01", "2024-05-07", "all", "all", 2, 50, "searches"]);
    expect(searchTrend.params({ ...ALL, grain: "week" })).toEqual(["2024-05-01", "2024-05-07", "all", "all", "week", ""]);
    // The previous range of equal length: 7 days before 05-01.
    expect(risingTerms.params({ ...ALL, minSearches: 3, top: 20 })).toEqual(["2024-05-01", "2024-05-07", "all", "all", "2024-04-24", "2024-04-30", 3, 20]);
  });
});
