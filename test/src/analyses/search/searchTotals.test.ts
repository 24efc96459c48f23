/**
 * The page's headline on the hand-worked search fixture (test/src/analyses/search/searchFixture.ts):
 * 16 searches in 05-01 … 05-07 by v1–v5 (s12 has no visitor: a search, not a searcher) → 5
 * searchers; clicked true: s1 s2 s4 s9 s10 s12 s20 = 7 of the 13 with a known flag (s5 s8 s13
 * unknown); zero results s6 s8 s14 = 3; converted s1 s2 s4 s5 s21 s10 = 6 → 6/16; paying searchers
 * v1 (s1 s2), v2 (s4), v3 (s5 s21), v5 (s10) = 4 of 5. Searchers are distinct over the whole
 * selection: the per-intent rows sum to 1 + 1 + 1 + 0 + 4 + 3 = 10, not 5.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixtureDb } from "../../../helpers/fixtureDb.ts";
import { SEARCH_FIXTURE } from "./searchFixture.ts";
import { searchTotals } from "../../../../src/analyses/search/searchTotals.ts";

let fx: Awaited<ReturnType<typeof fixtureDb>>;
beforeAll(async () => {
  fx = await fixtureDb(SEARCH_FIXTURE);
});
afterAll(() => fx.close());

describe("searchTotals", () => {
  it("measures the whole selection with distinct searchers", async () => {
    const [row] = await searchTotals.run(fx.db, { from: "2024-05-01", to: "2024-05-07", lang: "all", intent: "all" });
    expect(row).toEqual({
      searches: 16, searchers: 5, clicks: 7, click_known: 13, ctr: 7 / 13, zero_results: 3,
      converted_searches: 6, conversion: 6 / 16, paying_searchers: 4, visitor_conversion: 4 / 5
    });
  });

  it("gives nulls, not a division error, when nothing matches", async () => {
    const [row] = await searchTotals.run(fx.db, { from: "2019-01-01", to: "2019-01-31", lang: "all", intent: "all" });
    expect(row).toMatchObject({ searches: 0, searchers: 0, ctr: null, conversion: null, visitor_conversion: null });
  });
});
