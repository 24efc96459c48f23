/**
 * The build-time tables read as they are (feedbackTopicsTable, opinionPairsTable, feedbackModelTable),
 * and option validation for every feedback query: invalid options throw, naming the option.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ALL, feedbackFixture } from "./feedbackFixture.ts";
import { feedbackTopicsTable } from "../../../../src/analyses/feedback/feedbackTopicsTable.ts";
import { opinionPairsTable } from "../../../../src/analyses/feedback/opinionPairsTable.ts";
import { feedbackModelTable } from "../../../../src/analyses/feedback/feedbackModelTable.ts";
import { feedbackTrend } from "../../../../src/analyses/feedback/feedbackTrend.ts";
import { aspectSentiment } from "../../../../src/analyses/feedback/aspectSentiment.ts";
import { aspectsByGroup } from "../../../../src/analyses/feedback/aspectsByGroup.ts";
import { emergingAspects } from "../../../../src/analyses/feedback/emergingAspects.ts";
import { npsSummary } from "../../../../src/analyses/feedback/npsSummary.ts";
import { npsTrend } from "../../../../src/analyses/feedback/npsTrend.ts";
import { complaintRate } from "../../../../src/analyses/feedback/complaintRate.ts";
import { complaintTrend } from "../../../../src/analyses/feedback/complaintTrend.ts";
import { feedbackQuotes } from "../../../../src/analyses/feedback/feedbackQuotes.ts";
import { feedbackItems } from "../../../../src/analyses/feedback/feedbackItems.ts";

let fx: Awaited<ReturnType<typeof feedbackFixture>>;
beforeAll(async () => {
  fx = await feedbackFixture();
});
afterAll(() => fx.close());

describe("build-time tables", () => {
  it("topics in index order", async () => {
    expect(await feedbackTopicsTable.run(fx.db, {})).toEqual([
      { topic: 0, top_terms: "物流|很快", documents: 3, share: 0.375 },
      { topic: 1, top_terms: "质量|掉色|问题", documents: 4, share: 0.5 },
      { topic: 2, top_terms: "效果", documents: 1, share: 0.125 }
    ]);
  });

  it("opinion pairs: top per aspect by items, ties by aspect word then opinion; dictionary order, other ids last", async () => {
    const pairs = async (top: number, aspect = "all") =>
      (await opinionPairsTable.run(fx.db, { top, aspect })).map((r) => [r.aspect, r.rank, r.aspect_word, r.opinion, r.negated, r.items]);
    // logistics: 物流/很快 5; 快递/太慢 3 and 物流/不快 3 tie: 快 (U+5FEB) sorts before 物 (U+7269).
    expect(await pairs(2)).toEqual([
      ["logistics", 1, "物流", "很快", false, 5],
      ["logistics", 2, "快递", "太慢", false, 3],
      ["quality", 1, "质量", "很好", false, 4],
      ["quality", 2, "质量", "差", false, 2],
      ["legacy", 1, "旧", "词", false, 9]
    ]);
    expect(await pairs(5, "logistics")).toEqual([
      ["logistics", 1, "物流", "很快", false, 5],
      ["logistics", 2, "快递", "太慢", false, 3],
      ["logistics", 3, "物流", "不快", true, 3]
    ]);
    expect(await pairs(1, "price")).toEqual([]);
  });

  it("the scoring method row", async () => {
    expect(await feedbackModelTable.run(fx.db, {})).toEqual([{
      method: "model", rated_items: 120, held_out: 60, accuracy: 0.9, balanced_accuracy: 0.88, macro_f1: 0.87, majority_rate: 0.7, lexicon_balanced_accuracy: 0.75
    }]);
  });
});

describe("options", () => {
  const { kind: _k, ...NO_KIND } = ALL;
  const { sentiment: _s, ...NO_SENTIMENT } = ALL;

  it("the shared filter: dates, kind, sentiment, aspect, category, brand, product and topic", () => {
    const p = (o: object) => () => feedbackItems.params({ ...ALL, ...o });
    expect(p({ from: "2024-02-30" })).toThrow("invalid from: 2024-02-30");
    expect(p({ to: "2024-6-30" })).toThrow("invalid to: 2024-6-30");
    expect(p({ from: "2024-07-01" })).toThrow("invalid date range: 2024-07-01 is after 2024-06-30");
    expect(p({ kind: "email" })).toThrow("invalid kind: email");
    expect(p({ sentiment: "mixed" })).toThrow("invalid sentiment: mixed");
    expect(p({ aspect: "shipping" })).toThrow("invalid aspect: shipping");
    expect(p({ aspect: "logistics|quality" })).toThrow("invalid aspect: logistics|quality");
    expect(p({ category: "" })).toThrow('invalid category: ""');
    expect(p({ brand: "" })).toThrow('invalid brand: ""');
    expect(feedbackItems.params(ALL)).toEqual(["2024-05-01", "2024-06-30", "all", "all", "all", "all", "all", "all", "all"]);
    expect(feedbackItems.params({ ...ALL, from: "2024-06-30", aspect: "none", category: "apparel" }))
      .toEqual(["2024-06-30", "2024-06-30", "all", "all", "none", "apparel", "all", "all", "all"]);
  });

  it("each query's own options", () => {
    expect(() => feedbackTrend.params({ ...ALL, grain: "day" as never })).toThrow("invalid grain: day");
    expect(() => npsTrend.params({ ...ALL, grain: "year" as never })).toThrow("invalid grain: year");
    expect(() => complaintTrend.params({ ...NO_KIND, grain: "quarter" as never })).toThrow("invalid grain: quarter");
    expect(() => aspectsByGroup.params({ ...ALL, dim: "city" as never, top: 5 })).toThrow("invalid dim: city");
    expect(() => aspectsByGroup.params({ ...ALL, dim: "brand", top: 0 })).toThrow("invalid top: 0");
    expect(() => aspectsByGroup.params({ ...ALL, dim: "brand", top: 2.5 })).toThrow("invalid top: 2.5");
    expect(() => emergingAspects.params({ ...NO_SENTIMENT, minNegative: -1 })).toThrow("invalid minNegative: -1");
    expect(() => emergingAspects.params({ ...NO_SENTIMENT, minNegative: 1.5 })).toThrow("invalid minNegative: 1.5");
    expect(() => feedbackQuotes.params({ ...ALL, perAspect: 0 })).toThrow("invalid perAspect: 0");
    expect(() => feedbackQuotes.params({ ...ALL, perAspect: 1001 })).toThrow("invalid perAspect: 1001");
    expect(() => opinionPairsTable.params({ top: 0, aspect: "all" })).toThrow("invalid top: 0");
    expect(() => opinionPairsTable.params({ top: 5, aspect: "none" })).toThrow("invalid aspect: none");
    expect(() => npsSummary.params({ ...ALL, to: "2024-13-01" })).toThrow("invalid to: 2024-13-01");
    expect(() => aspectSentiment.params({ ...ALL, kind: "Review" as never })).toThrow("invalid kind: Review");
  });

  it("fixed parameters: complaints are kind 'complaint', emerging aspects count every sentiment", () => {
    expect(complaintRate.params(NO_KIND)[2]).toBe("complaint");
    expect(complaintTrend.params({ ...NO_KIND, grain: "week" })).toEqual(["2024-05-01", "2024-06-30", "complaint", "all", "all", "all", "all", "all", "all", "week"]);
    expect(emergingAspects.params({ ...NO_SENTIMENT, minNegative: 0 })).toEqual(["2024-05-01", "2024-06-30", "all", "all", "all", "all", "all", "all", "all", 0]);
  });
});
