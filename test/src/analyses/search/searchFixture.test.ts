/**
 * The search analyses on the hand-worked fixture of searchFixture.ts (read its table first): every
 * expected number below is counted from that table by hand, with the searches it comes from.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixtureDb } from "../../../helpers/fixtureDb.ts";
import { LONG_TAIL_FIXTURE, SEARCH_FIXTURE } from "./searchFixture.ts";
import { searchQueries } from "../../../../src/analyses/search/searchQueries.ts";
import { searchTerms } from "../../../../src/analyses/search/searchTerms.ts";
import { searchTrend } from "../../../../src/analyses/search/searchTrend.ts";
import { risingTerms } from "../../../../src/analyses/search/risingTerms.ts";
import { longTailCurve } from "../../../../src/analyses/search/longTailCurve.ts";
import { longTailShares } from "../../../../src/analyses/search/longTailShares.ts";
import { queryLengths } from "../../../../src/analyses/search/queryLengths.ts";
import { coTerms } from "../../../../src/analyses/search/coTerms.ts";
import { intentMix } from "../../../../src/analyses/search/intentMix.ts";
import { zeroResults } from "../../../../src/analyses/search/zeroResults.ts";
import { lowConversion } from "../../../../src/analyses/search/lowConversion.ts";
import { searchTermsDaily } from "../../../../src/analyses/search/searchTermsDaily.ts";
import type { SearchFilterOptions } from "../../../../src/analyses/search/searchFilter.ts";

const ALL: SearchFilterOptions = { from: "2024-05-01", to: "2024-05-07", lang: "all", intent: "all" };

let fx: Awaited<ReturnType<typeof fixtureDb>>;
beforeAll(async () => {
  fx = await fixtureDb(SEARCH_FIXTURE);
});
afterAll(() => fx.close());

describe("top queries", () => {
  it("counts searches, searchers, CTR, zero results and both conversions per query_norm", async () => {
    const rows = await searchQueries.run(fx.db, { ...ALL, minSearches: 1, top: 100, order: "searches" });
    expect(rows.map((r) => r.query)).toEqual([
      "连衣裙", "红色连衣裙", "red dress", "独角兽台灯", "耐克打折跑鞋", "how to wash wool", "sofa under 300", "的"
    ]);
    // 连衣裙: s1 (v1, clicked, converted), s5 (v3, clicked null, converted at exactly 24 h), s21 (v3,
    // not clicked, converted), s12 (no visitor, clicked, not converted).
    expect(rows[0]).toEqual({
      query: "连衣裙", lang: "zh", intent: "product", searches: 4, share: 4 / 16, searchers: 2, clicks: 2, click_known: 3, ctr: 2 / 3,
      zero_results: 0, converted_searches: 3, conversion: 3 / 4, paying_searchers: 2, visitor_conversion: 1
    });
    // 红色连衣裙: s2 (v1, converted), s7 (v3, 24 h + 1 s: not), s20 (v5, no buy in K).
    expect(rows[1]).toMatchObject({ searches: 3, searchers: 3, clicks: 2, click_known: 3, converted_searches: 1, conversion: 1 / 3, paying_searchers: 1, visitor_conversion: 1 / 3 });
    // red dress: "Red Dress" s3 (buy in another session: not) and "red dress" s4 (converted), one row.
    expect(rows[2]).toMatchObject({ lang: "en", intent: "attribute", searches: 2, searchers: 1, ctr: 0.5, conversion: 0.5, paying_searchers: 1, visitor_conversion: 1 });
    // 独角兽台灯: two zero-result searches by v4, one click flag unknown.
    expect(rows[3]).toMatchObject({ searches: 2, click_known: 1, ctr: 0, zero_results: 2, converted_searches: 0, visitor_conversion: 0 });
    // 耐克打折跑鞋: s9 (the buy was a second before: not), s10 (buy in the same second: converted).
    expect(rows[4]).toMatchObject({ searches: 2, converted_searches: 1, conversion: 0.5, paying_searchers: 1, visitor_conversion: 1 });
    // how to wash wool: the click flag never known → CTR null; v2's later buy has no session id.
    expect(rows[5]).toMatchObject({ searches: 1, click_known: 0, ctr: null, zero_results: 0, converted_searches: 0 });
    // sofa under 300: only a cart event followed.
    expect(rows[6]).toMatchObject({ intent: "price", converted_searches: 0 });
    // 的: the last second of the range is in it.
    expect(rows[7]).toMatchObject({ searches: 1, zero_results: 1 });
  });

  it("ranks by searchers, keeps the minimum volume and the top N", async () => {
    const bySearchers = await searchQueries.run(fx.db, { ...ALL, minSearches: 2, top: 3, order: "searchers" });
    expect(bySearchers.map((r) => [r.query, r.searchers, r.searches])).toEqual([
      ["红色连衣裙", 3, 3], ["连衣裙", 2, 4], ["red dress", 1, 2]
    ]);
    const min3 = await searchQueries.run(fx.db, { ...ALL, minSearches: 3, top: 10, order: "searches" });
    expect(min3.map((r) => r.query)).toEqual(["连衣裙", "红色连衣裙"]);
    expect(min3[0]!.share).toBe(4 / 16); // the share is of all 16 searches, not of the listed ones
  });

  it("filters by language, intent and dates", async () => {
    const en = await searchQueries.run(fx.db, { ...ALL, lang: "en", minSearches: 1, top: 10, order: "searches" });
    expect(en.map((r) => [r.query, r.share])).toEqual([["red dress", 2 / 4], ["how to wash wool", 1 / 4], ["sofa under 300", 1 / 4]]);
    const attr = await searchQueries.run(fx.db, { ...ALL, intent: "attribute", minSearches: 1, top: 10, order: "searches" });
    expect(attr.map((r) => r.query)).toEqual(["红色连衣裙", "red dress"]);
    // One day: 05-02 holds s5, s7, s21, s20.
    const day = await searchQueries.run(fx.db, { ...ALL, from: "2024-05-02", to: "2024-05-02", minSearches: 1, top: 10, order: "searches" });
    expect(day.map((r) => [r.query, r.searches])).toEqual([["红色连衣裙", 2], ["连衣裙", 2]]);
  });
});

describe("top terms", () => {
  it("counts a search once per distinct term of its query", async () => {
    const rows = await searchTerms.run(fx.db, { ...ALL, minSearches: 2, top: 100, order: "searches" });
    // 连衣裙 is in 连衣裙 (4) and 红色连衣裙 (3); searchers v1 v3 | v1 v3 v5; converted s1 s5 s21 | s2
    // → paying v1, v3 of 3 searchers. The 2-search terms tie on searchers (1) and sort by text bytes.
    expect(rows[0]).toEqual({
      term: "连衣裙", queries: 2, searches: 7, share: 7 / 16, searchers: 3, clicks: 4, click_known: 6, ctr: 4 / 6, zero_results: 0,
      converted_searches: 4, conversion: 4 / 7, paying_searchers: 2, visitor_conversion: 2 / 3
    });
    expect(rows.map((r) => [r.term, r.searches])).toEqual([
      ["连衣裙", 7], ["红色", 3], ["dress", 2], ["red", 2], ["台灯", 2], ["打折", 2], ["独角兽", 2], ["耐克", 2], ["跑鞋", 2]
    ]);
    // The empty token list of 的 yields no term.
    const all = await searchTerms.run(fx.db, { ...ALL, minSearches: 1, top: 100, order: "searchers" });
    expect(all.map((r) => r.term)).not.toContain("");
    expect(all.length).toBe(13);
    expect(all[0]).toMatchObject({ term: "连衣裙", searchers: 3 });
  });
});

describe("trend and rising terms", () => {
  it("lists every day with zeros and zero-result shares", async () => {
    const rows = await searchTrend.run(fx.db, { ...ALL, grain: "day" });
    expect(rows.map((r) => [r.period, r.searches, r.searchers, r.zero_results, r.zero_result_share])).toEqual([
      ["2024-05-01", 4, 2, 0, 0], // s1 s2 s3 s4: v1 v2
      ["2024-05-02", 4, 2, 0, 0], // s5 s7 s21 s20: v3 v5
      ["2024-05-03", 2, 1, 2, 1], // s6 s8
      ["2024-05-04", 1, 1, 0, 0], // s9
      ["2024-05-05", 2, 2, 0, 0], // s10 s11
      ["2024-05-06", 2, 1, 0, 0], // s12 (no visitor) s13
      ["2024-05-07", 1, 1, 1, 1] // s14
    ]);
    expect(rows.every((r) => r.days === 1 && !r.partial)).toBe(true);
  });

  it("groups weeks from Monday and flags the weeks the range cuts", async () => {
    const rows = await searchTrend.run(fx.db, { ...ALL, grain: "week" });
    // 2024-05-01 is a Wednesday: week of 04-29 holds 05-01 … 05-05 (5 days), week of 05-06 two days.
    expect(rows).toEqual([
      { period: "2024-04-29", days: 5, partial: true, searches: 13, searchers: 5, zero_results: 2, zero_result_share: 2 / 13 },
      { period: "2024-05-06", days: 2, partial: true, searches: 3, searchers: 2, zero_results: 1, zero_result_share: 1 / 3 }
    ]);
  });

  it("follows one term", async () => {
    const rows = await searchTrend.run(fx.db, { ...ALL, grain: "day", term: "连衣裙" });
    expect(rows.map((r) => r.searches)).toEqual([2, 4, 0, 0, 0, 1, 0]);
    expect(rows[2]!.zero_result_share).toBeNull();
  });

  it("compares with the previous range of equal length", async () => {
    // Previous range 04-24 … 04-30: 连衣裙 1 (s16), 耐克 打折 跑鞋 2 each (s17, s18); s22 (04-23) is before it.
    const rows = await risingTerms.run(fx.db, { ...ALL, minSearches: 2, top: 100 });
    // Ranked by the change in searches (a ratio would put 1 → 5 above 100 → 150).
    expect(rows.map((r) => [r.term, r.searches, r.previous_searches, r.growth, r.is_new])).toEqual([
      ["连衣裙", 7, 1, 6, false],
      ["红色", 3, 0, null, true],
      ["dress", 2, 0, null, true],
      ["red", 2, 0, null, true],
      ["台灯", 2, 0, null, true],
      ["独角兽", 2, 0, null, true] // 耐克 打折 跑鞋: 2 now, 2 before — not rising
    ]);
    expect(rows[0]).toMatchObject({ change: 6, total: 16, previous_total: 3 });
    const min3 = await risingTerms.run(fx.db, { ...ALL, minSearches: 3, top: 1 });
    expect(min3.map((r) => r.term)).toEqual(["连衣裙"]);
  });
});

describe("long tail, lengths and co-occurring terms", () => {
  it("draws every rank of a short curve", async () => {
    const rows = await longTailCurve.run(fx.db, ALL);
    // Searches by rank 4 3 2 2 2 1 1 1 → cumulative 4 7 9 11 13 14 15 16.
    expect(rows.map((r) => r.cum_searches)).toEqual([4, 7, 9, 11, 13, 14, 15, 16]);
    expect(rows[1]).toEqual({ rank: 2, query_share: 2 / 8, cum_searches: 7, search_share: 7 / 16 });
    const shares = await longTailShares.run(fx.db, ALL);
    expect(shares.map((r) => [r.top_n, r.queries, r.tail_queries, r.head_searches, r.tail_searches, r.tail_share])).toEqual([
      [10, 8, 0, 16, 0, 0], [50, 8, 0, 16, 0, 0], [100, 8, 0, 16, 0, 0]
    ]);
  });

  it("bands query lengths by characters and by tokens", async () => {
    const chars = await queryLengths.run(fx.db, { ...ALL, measure: "chars" });
    // 的 1 | 连衣裙 3 | 红色连衣裙 5, 独角兽台灯 5, 耐克打折跑鞋 6 | red dress 9 | sofa under 300 14, how to wash wool 16.
    expect(chars.map((r) => [r.band, r.searches, r.queries, r.zero_results])).toEqual([
      ["0–2", 1, 1, 1], ["3–4", 4, 1, 0], ["5–6", 7, 3, 2], ["7–8", 0, 0, 0], ["9–12", 2, 1, 0], ["13–16", 2, 2, 0], ["17–24", 0, 0, 0], ["25+", 0, 0, 0]
    ]);
    expect(chars[2]).toMatchObject({ min_length: 5, max_length: 6, share: 7 / 16 });
    expect(chars[7]!.max_length).toBeNull();
    const tokens = await queryLengths.run(fx.db, { ...ALL, measure: "tokens" });
    expect(tokens.map((r) => [r.band, r.searches])).toEqual([["0", 1], ["1", 4], ["2", 9], ["3", 2], ["4", 0], ["5", 0], ["6+", 0]]);
  });

  it("pairs terms of the same query, counted by searches", async () => {
    const rows = await coTerms.run(fx.db, { ...ALL, minSearches: 1, top: 100 });
    expect(rows.map((r) => [r.term_a, r.term_b, r.searches])).toEqual([
      ["红色", "连衣裙", 3],
      ["dress", "red", 2], ["台灯", "独角兽", 2], ["打折", "耐克", 2], ["打折", "跑鞋", 2], ["耐克", "跑鞋", 2],
      ["300", "sofa", 1], ["wash", "wool", 1]
    ]);
    expect(rows[0]).toEqual({ term_a: "红色", term_b: "连衣裙", searches: 3, queries: 1, share: 3 / 16, term_a_searches: 3, term_b_searches: 7 });
    const one = await coTerms.run(fx.db, { ...ALL, minSearches: 2, top: 100, term: "打折" });
    expect(one.map((r) => [r.term_a, r.term_b])).toEqual([["打折", "耐克"], ["打折", "跑鞋"]]);
  });
});

describe("intent mix", () => {
  it("lists every class in precedence order with its outcomes", async () => {
    const rows = await intentMix.run(fx.db, ALL);
    expect(rows.map((r) => [r.intent, r.searches, r.searchers, r.queries])).toEqual([
      ["question", 1, 1, 1], ["promotion", 2, 1, 1], ["price", 1, 1, 1], ["brand", 0, 0, 0], ["attribute", 5, 4, 2], ["product", 7, 3, 3]
    ]);
    // attribute: 红色连衣裙 s2 s7 s20 + red dress s3 s4; clicks s2 s20 s4 of 5 known; converted s2 s4 (v1, v2).
    expect(rows[4]).toMatchObject({ share: 5 / 16, clicks: 3, click_known: 5, ctr: 3 / 5, converted_searches: 2, conversion: 2 / 5, paying_searchers: 2, visitor_conversion: 2 / 4 });
    // product: 连衣裙 ×4, 独角兽台灯 ×2, 的; zero results s6 s8 s14; converted s1 s5 s21 (v1, v3 of v1 v3 v4).
    expect(rows[5]).toMatchObject({ zero_results: 3, converted_searches: 3, conversion: 3 / 7, paying_searchers: 2, visitor_conversion: 2 / 3 });
    expect(rows[3]).toMatchObject({ share: 0, ctr: null, conversion: null, visitor_conversion: null });
    const one = await intentMix.run(fx.db, { ...ALL, intent: "attribute" });
    expect(one.map((r) => [r.intent, r.searches, r.share])).toEqual([["attribute", 5, 1]]);
  });
});

describe("zero results and low conversion", () => {
  it("ranks zero-result queries by their zero-result searches", async () => {
    const rows = await zeroResults.run(fx.db, { ...ALL, minSearches: 1, top: 10 });
    // s13's unknown result count is not a zero.
    expect(rows).toEqual([
      { query: "独角兽台灯", lang: "zh", intent: "product", zero_result_searches: 2, zero_result_searchers: 1, searches: 2, zero_share: 1, share_of_zero_results: 2 / 3, last_zero_date: "2024-05-03" },
      { query: "的", lang: "zh", intent: "product", zero_result_searches: 1, zero_result_searchers: 1, searches: 1, zero_share: 1, share_of_zero_results: 1 / 3, last_zero_date: "2024-05-07" }
    ]);
    expect((await zeroResults.run(fx.db, { ...ALL, minSearches: 2, top: 10 })).map((r) => r.query)).toEqual(["独角兽台灯"]);
  });

  it("lists queries at or below the bottom-quartile conversion, by searches", async () => {
    // ≥ 2 searches: 独角兽台灯 0, 红色连衣裙 1/3, red dress 1/2, 耐克打折跑鞋 1/2, 连衣裙 3/4 → n = 5,
    // ⌈5 × 0.25⌉ = 2nd smallest = 1/3. Overall: 6 converted of 16.
    const rows = await lowConversion.run(fx.db, { ...ALL, minSearches: 2, top: 10 });
    expect(rows.map((r) => [r.query, r.searches, r.conversion])).toEqual([["红色连衣裙", 3, 1 / 3], ["独角兽台灯", 2, 0]]);
    expect(rows[0]).toMatchObject({ cutoff: 1 / 3, overall_conversion: 6 / 16, paying_searchers: 1, visitor_conversion: 1 / 3 });
    // ≥ 1 search: 8 queries, four never convert → ⌈8 × 0.25⌉ = 2nd smallest = 0: the four, by searches.
    const all = await lowConversion.run(fx.db, { ...ALL, minSearches: 1, top: 10 });
    expect(all.map((r) => r.query)).toEqual(["独角兽台灯", "how to wash wool", "sofa under 300", "的"]);
  });
});

describe("生意参谋 search terms", () => {
  it("sums visitors over days, with conversion and money in exact cents", async () => {
    const rows = await searchTermsDaily.run(fx.db, { ...ALL, currency: "CNY", minVisitors: 1, top: 10, order: "visitors" });
    expect(rows).toEqual([
      // 100 + 80 visitors, 5 + 4 paying, 500.10 + 399.95 = 900.05; per visitor 90005 ÷ 180 ÷ 100 = 5.00027… → 5.0003.
      { term: "连衣裙", lang: "zh", intent: "product", days: 2, visitors: 180, visitor_share: 180 / 248, paying_buyers: 9, conversion: 9 / 180, paid_amount: 900.05, revenue_per_visitor: 5.0003 },
      // 1.10 + 2.20 is 3.3 exactly in cents (3.3000000000000003 summed in floating point, and
      // 3.3000000000000007 as floating cents); per visitor 330 ÷ 50 ÷ 100 = 0.066.
      { term: "耐克打折跑鞋", lang: "zh", intent: "promotion", days: 2, visitors: 50, visitor_share: 50 / 248, paying_buyers: 2, conversion: 2 / 50, paid_amount: 3.3, revenue_per_visitor: 0.066 },
      // "Red Dress" and "red dress" on one day: one term, one day; the USD amount is left out.
      { term: "red dress", lang: "en", intent: "attribute", days: 1, visitors: 15, visitor_share: 15 / 248, paying_buyers: 1, conversion: 1 / 15, paid_amount: 0, revenue_per_visitor: 0 },
      // An amount without a currency is kept; 5000 ÷ 3 ÷ 100 = 16.6666… → 16.6667.
      { term: "独角兽台灯", lang: "zh", intent: "product", days: 1, visitors: 3, visitor_share: 3 / 248, paying_buyers: 1, conversion: 1 / 3, paid_amount: 50, revenue_per_visitor: 16.6667 }
    ]);
    const byMoney = await searchTermsDaily.run(fx.db, { ...ALL, currency: "CNY", minVisitors: 1, top: 10, order: "paid_amount" });
    expect(byMoney.map((r) => r.term)).toEqual(["连衣裙", "独角兽台灯", "耐克打折跑鞋", "red dress"]);
    // Paying buyers 9, 2, 1, 1: the tie goes to more visitors (red dress 15 over 独角兽台灯 3); then the minimum.
    const byBuyers = await searchTermsDaily.run(fx.db, { ...ALL, currency: "CNY", minVisitors: 10, top: 10, order: "paying_buyers" });
    expect(byBuyers.map((r) => r.term)).toEqual(["连衣裙", "耐克打折跑鞋", "red dress"]);
    const en = await searchTermsDaily.run(fx.db, { ...ALL, lang: "en", currency: "USD", minVisitors: 1, top: 10, order: "paying_buyers" });
    expect(en).toMatchObject([{ term: "red dress", paid_amount: 19.99, visitor_share: 1 }]);
  });
});

describe("the long tail of many queries", () => {
  let big: Awaited<ReturnType<typeof fixtureDb>>;
  beforeAll(async () => {
    big = await fixtureDb(LONG_TAIL_FIXTURE);
  });
  afterAll(() => big.close());

  it("thins the curve to at most 200 points, first and last rank kept", async () => {
    const rows = await longTailCurve.run(big.db, ALL);
    // n = 450 → step ⌈450 ÷ 199⌉ = 3: ranks 1, 4, …, 448 (150 points) and 450.
    expect(rows.length).toBe(151);
    expect(rows.slice(0, 5).map((r) => [r.rank, r.cum_searches])).toEqual([[1, 5], [4, 20], [7, 35], [10, 50], [13, 56]]);
    expect(rows.at(-1)).toEqual({ rank: 450, query_share: 1, cum_searches: 530, search_share: 1 });
  });

  it("measures the share outside the top 10, 50 and 100", async () => {
    const rows = await longTailShares.run(big.db, ALL);
    // Heads: 10 × 5 = 50; + 40 × 2 = 130; + 50 × 1 = 180, of 530.
    expect(rows).toEqual([
      { top_n: 10, queries: 450, tail_queries: 440, head_searches: 50, tail_searches: 480, tail_share: 480 / 530 },
      { top_n: 50, queries: 450, tail_queries: 400, head_searches: 130, tail_searches: 400, tail_share: 400 / 530 },
      { top_n: 100, queries: 450, tail_queries: 350, head_searches: 180, tail_searches: 350, tail_share: 350 / 530 }
    ]);
  });
});
