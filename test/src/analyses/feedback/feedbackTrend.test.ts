/**
 * feedbackTrend and feedbackItems on the hand-worked fixture of feedbackFixture.ts (the table of
 * items there); these tests also pin the shared filter (feedbackFilter.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ALL, feedbackFixture } from "./feedbackFixture.ts";
import { feedbackTrend, type FeedbackTrendOptions } from "../../../../src/analyses/feedback/feedbackTrend.ts";
import { feedbackItems } from "../../../../src/analyses/feedback/feedbackItems.ts";
import type { FeedbackFilterOptions } from "../../../../src/analyses/feedback/feedbackFilter.ts";

let fx: Awaited<ReturnType<typeof feedbackFixture>>;
beforeAll(async () => {
  fx = await feedbackFixture();
});
afterAll(() => fx.close());

const COLS = ["period", "days", "partial", "items", "scored", "positive", "negative", "neutral", "rated", "avg_rating",
  "rating_1", "rating_2", "rating_3", "rating_4", "rating_5"] as const;
const trend = async (o: Partial<FeedbackTrendOptions> = {}) =>
  (await feedbackTrend.run(fx.db, { ...ALL, grain: "month", ...o })).map((r) => COLS.map((c) => r[c]));
const ids = async (o: Partial<FeedbackFilterOptions> = {}) => (await feedbackItems.run(fx.db, { ...ALL, ...o })).map((r) => r.feedback_id);

describe("feedbackTrend", () => {
  it("per month: items with and without text, sentiment of the scored ones, ratings of every rated item", async () => {
    // May: f01–f08 = 8 items, 6 scored (not f04, f07); positive f01 f06, negative f02 f05, neutral f03 f08;
    //   rated f01 5, f02 1, f03 3, f04 4 (no text, still rated) → 4, mean 13 / 4 = 3.25.
    //   f08 at 05-31 23:59:59 is May; f09 at 06-01 00:00:00 is June.
    // June: f09–f19 = 11 items, 7 scored (not f13 f17 f18 f19); positive f10 f14, negative f09 f11 f15 f16,
    //   neutral f12; rated f09 2, f10 5 → 2, mean 3.5. x1–x5 are outside the range, x6 has no time.
    expect(await trend()).toEqual([
      ["2024-05-01", 31, false, 8, 6, 2, 2, 2, 4, 3.25, 1, 0, 1, 1, 1],
      ["2024-06-01", 30, false, 11, 7, 2, 4, 1, 2, 3.5, 0, 1, 0, 0, 1]
    ]);
    const rows = await feedbackTrend.run(fx.db, { ...ALL, grain: "month" });
    // Shares are of the scored items: May 2/6 each; June 2/7, 4/7, 1/7.
    expect(rows.map((r) => [r.positive_share, r.negative_share, r.neutral_share])).toEqual([
      [2 / 6, 2 / 6, 2 / 6],
      [2 / 7, 4 / 7, 1 / 7]
    ]);
  });

  it("per Monday-started week, a range cutting both weeks; a range cutting a month", async () => {
    // 2024-05-29 (Wed) … 06-04 (Tue): week of 05-27 has 29, 30, 31, 1, 2 in range (5 days): f08 (neutral,
    // unrated), f09 (Saturday 06-01, negative, ★2); week of 06-03 has 3, 4 (2 days): f10 (positive, ★5).
    expect(await trend({ from: "2024-05-29", to: "2024-06-04", grain: "week" })).toEqual([
      ["2024-05-27", 5, true, 2, 2, 0, 1, 1, 1, 2, 0, 1, 0, 0, 0],
      ["2024-06-03", 2, true, 1, 1, 1, 0, 0, 1, 5, 0, 0, 0, 0, 1]
    ]);
    // 05-10 … 05-31: 22 of May's days; f04 (05-12) … f08: items f04–f08 = 5, scored f05 f06 f08.
    expect(await trend({ from: "2024-05-10", to: "2024-05-31" })).toEqual([["2024-05-01", 22, true, 5, 3, 1, 1, 1, 1, 4, 0, 0, 0, 1, 0]]);
  });

  it("lists a period without feedback as zeros with null averages and shares", async () => {
    const rows = await feedbackTrend.run(fx.db, { ...ALL, from: "2024-08-01", to: "2024-08-31", grain: "month" });
    expect(rows).toEqual([{
      period: "2024-08-01", days: 31, partial: false, items: 0, scored: 0, positive: 0, negative: 0, neutral: 0,
      positive_share: null, negative_share: null, neutral_share: null, rated: 0, avg_rating: null,
      rating_1: 0, rating_2: 0, rating_3: 0, rating_4: 0, rating_5: 0
    }]);
  });

  it("kind filter keeps items without text; a sentiment filter drops them", async () => {
    // Surveys: May f06 (positive), f07 (no text); June f12 (neutral), f13, f14 (positive), f17, f18.
    expect(await trend({ kind: "survey" })).toEqual([
      ["2024-05-01", 31, false, 2, 1, 1, 0, 0, 0, null, 0, 0, 0, 0, 0],
      ["2024-06-01", 30, false, 5, 2, 1, 0, 1, 0, null, 0, 0, 0, 0, 0]
    ]);
    // Negative: May f02 f05, June f09 f11 f15 f16 — all scored; the rated ones f02 ★1, f09 ★2.
    expect(await trend({ sentiment: "negative" })).toEqual([
      ["2024-05-01", 31, false, 2, 2, 0, 2, 0, 1, 1, 1, 0, 0, 0, 0],
      ["2024-06-01", 30, false, 4, 4, 0, 4, 0, 1, 2, 0, 1, 0, 0, 0]
    ]);
  });

  it("aspect filter matches a whole element of a multi-aspect item", async () => {
    // logistics: f01 (logistics|quality, first), f05 (logistics|service), f08 (alone), f14 (service|logistics, last).
    expect(await trend({ aspect: "logistics" })).toEqual([
      ["2024-05-01", 31, false, 3, 3, 1, 1, 1, 1, 5, 0, 0, 0, 0, 1],
      ["2024-06-01", 30, false, 1, 1, 1, 0, 0, 0, null, 0, 0, 0, 0, 0]
    ]);
    expect(await ids({ aspect: "logistics" })).toEqual(["f01", "f05", "f08", "f14"]);
    expect(await ids({ aspect: "quality" })).toEqual(["f01", "f02", "f09", "f16"]);
    expect(await ids({ aspect: "size" })).toEqual(["f09"]); // size|quality: the first element
    // An id that merely contains "size" (a score row from an older dictionary) is not size.
    await fx.conn.run("INSERT INTO feedback (feedback_id, kind, created_at, text) VALUES ('s1', 'chat', TIMESTAMP '2024-09-01 10:00:00', 'oversize')");
    await fx.conn.run("INSERT INTO feedback_scores VALUES ('s1', 'neutral', 0.5, 'lexicon', 'oversize|price', NULL, NULL)");
    expect(await ids({ from: "2024-09-01", to: "2024-09-01", aspect: "size" })).toEqual([]);
    expect(await ids({ from: "2024-09-01", to: "2024-09-01", aspect: "price" })).toEqual(["s1"]);
    // 'none': scored items naming no aspect (not the items without text).
    expect(await ids({ aspect: "none" })).toEqual(["f10", "f12"]);
  });

  it("category/brand filter via the item's product, or via its order's lines, one line matching both", async () => {
    // apparel: f01 f08 f09 (p1), f02 f15 (p2), f05 (o2 holds p2), f11 (o1 holds p1); not f04 (p4 not catalogued).
    expect(await ids({ category: "apparel" })).toEqual(["f01", "f02", "f05", "f08", "f09", "f11", "f15"]);
    // beauty: f03 f10 (p3), f05 (o2 holds p3), f16 (o9's uncatalogued line says beauty).
    expect(await ids({ category: "beauty" })).toEqual(["f03", "f05", "f10", "f16"]);
    // Bloom: f02 f15 (p2), f05 (o2's p2 line: products says Bloom, the line's own Bloom-old is not read), f16.
    expect(await ids({ brand: "Bloom" })).toEqual(["f02", "f05", "f15", "f16"]);
    expect(await ids({ brand: "Bloom-old" })).toEqual([]);
    // beauty + Bloom on one line: f16 only; f05's order has a beauty Acme line and an apparel Bloom line.
    expect(await ids({ category: "beauty", brand: "Bloom" })).toEqual(["f16"]);
    // apparel trend: May f01 (+, ★5), f02 (−, ★1), f05 (−), f08 (neutral); June f09 (−, ★2), f11 (−), f15 (−).
    expect(await trend({ category: "apparel" })).toEqual([
      ["2024-05-01", 31, false, 4, 4, 1, 2, 1, 2, 3, 1, 0, 0, 0, 1],
      ["2024-06-01", 30, false, 3, 3, 0, 3, 0, 1, 2, 0, 1, 0, 0, 0]
    ]);
  });
});

describe("feedbackItems", () => {
  it("product filter via the item's product or its order's lines; topic filter on the dominant topic", async () => {
    // p1: f01 f08 f09 name it; f11 is about o1, whose line is p1; f04 names p4 (not p1). o6/o7 lines are p1 but
    // no feedback in the range is about them.
    expect(await ids({ product: "p1" })).toEqual(["f01", "f08", "f09", "f11"]);
    // p2 directly: f02 f15; via o2 (p3 + p2): f05.
    expect(await ids({ product: "p2" })).toEqual(["f02", "f05", "f15"]);
    // Product and category must hold on the same line: o2's p2 is apparel, so p2 + beauty finds nothing.
    expect(await ids({ product: "p2", category: "beauty" })).toEqual([]);
    // Topic 1: f02 f05 f09 f16; topic 0: f01 f14; unscored items and items without a topic never match.
    expect(await ids({ topic: "1" })).toEqual(["f02", "f05", "f09", "f16"]);
    expect(await ids({ topic: "0", product: "p1" })).toEqual(["f01"]);
    expect(await ids({ topic: "7" })).toEqual([]);
    expect(() => feedbackItems.params({ ...ALL, topic: "one" })).toThrow('invalid topic: "one"');
    expect(() => feedbackItems.params({ ...ALL, product: "" })).toThrow('invalid product: ""');
  });

  it("lists every item of the filter oldest first, items without text with null score columns", async () => {
    const rows = await feedbackItems.run(fx.db, ALL);
    expect(rows.map((r) => r.feedback_id)).toEqual(Array.from({ length: 19 }, (_, i) => `f${String(i + 1).padStart(2, "0")}`));
    expect(rows.find((r) => r.feedback_id === "f04")).toEqual({
      feedback_id: "f04", kind: "review", created_at: "2024-05-12 08:00:00", product_id: "p4", rating: 4, nps: null,
      sentiment: null, score: null, scored_by: null, aspects: null, topic: null, text: null
    });
    expect(rows.find((r) => r.feedback_id === "f14")).toEqual({
      feedback_id: "f14", kind: "survey", created_at: "2024-06-12 10:00:00", product_id: null, rating: null, nps: 10,
      sentiment: "positive", score: 0.9, scored_by: "model", aspects: "service|logistics", topic: 0, text: "服务很好，物流也快"
    });
    expect(rows.find((r) => r.feedback_id === "f10")).toMatchObject({ aspects: "", topic: null, text: "好评" });
  });

  it("range ends are whole shop-local days", async () => {
    expect(await ids({ from: "2024-05-31", to: "2024-05-31" })).toEqual(["f08"]); // 23:59:59
    expect(await ids({ from: "2024-06-01", to: "2024-06-01" })).toEqual(["f09"]); // 00:00:00
    expect(await ids({ from: "2024-06-30", to: "2024-07-02", kind: "complaint" })).toEqual(["f19", "x5"]);
  });
});
