/**
 * aspectSentiment, aspectsByGroup, emergingAspects and feedbackQuotes on the hand-worked fixture of
 * feedbackFixture.ts. The 13 scored items of 2024-05-01 … 06-30 and their aspects:
 *   f01 + logistics|quality   f02 − quality         f03 = effect      f05 − logistics|service
 *   f06 + price               f08 = logistics       f09 − size|quality f10 + (none)
 *   f11 − packaging           f12 = (none)          f14 + service|logistics
 *   f15 − appearance          f16 − quality
 * (+ positive, − negative, = neutral). Six items have no text: f04 f07 f13 f17 f18 f19.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ALL, feedbackFixture } from "./feedbackFixture.ts";
import { aspectSentiment } from "../../../../src/analyses/feedback/aspectSentiment.ts";
import { aspectsByGroup, type AspectsByGroupOptions } from "../../../../src/analyses/feedback/aspectsByGroup.ts";
import { emergingAspects, type EmergingAspectsOptions } from "../../../../src/analyses/feedback/emergingAspects.ts";
import { feedbackQuotes, type FeedbackQuotesOptions } from "../../../../src/analyses/feedback/feedbackQuotes.ts";
import type { FeedbackFilterOptions } from "../../../../src/analyses/feedback/feedbackFilter.ts";

let fx: Awaited<ReturnType<typeof feedbackFixture>>;
beforeAll(async () => {
  fx = await feedbackFixture();
});
afterAll(() => fx.close());

describe("aspectSentiment", () => {
  const matrix = async (o: Partial<FeedbackFilterOptions> = {}) =>
    (await aspectSentiment.run(fx.db, { ...ALL, ...o })).map((r) => [r.aspect, r.mentions, r.positive, r.negative, r.neutral, r.negative_share]);

  it("lists every aspect in the dictionary's order, then 'none'; a two-aspect item counts in both rows", async () => {
    expect(await matrix()).toEqual([
      ["logistics", 4, 2, 1, 1, 0.25], // f01 + f05 − f08 = f14 +
      ["quality", 4, 1, 3, 0, 0.75], // f01 + f02 − f09 − f16 −
      ["price", 1, 1, 0, 0, 0], // f06
      ["service", 2, 1, 1, 0, 0.5], // f05 − f14 +
      ["packaging", 1, 0, 1, 0, 1], // f11
      ["size", 1, 0, 1, 0, 1], // f09
      ["appearance", 1, 0, 1, 0, 1], // f15
      ["effect", 1, 0, 0, 1, 0], // f03
      ["none", 2, 1, 0, 1, 0] // f10 + f12 =
    ]);
    const rows = await aspectSentiment.run(fx.db, ALL);
    // 13 scored items are the denominator of `share`; the 6 without text are in no row.
    expect(rows.every((r) => r.items === 13 && r.unscored === 6)).toBe(true);
    expect(rows[0]!.share).toBeCloseTo(4 / 13, 12);
  });

  it("zeros (and a null negative share) for aspects nobody named; the kind filter counts unscored complaints apart", async () => {
    // Complaints: f05 − logistics|service, f11 − packaging, f16 − quality; f19 has no text.
    const rows = await aspectSentiment.run(fx.db, { ...ALL, kind: "complaint" });
    expect(rows.map((r) => [r.aspect, r.mentions, r.negative, r.negative_share])).toEqual([
      ["logistics", 1, 1, 1], ["quality", 1, 1, 1], ["price", 0, 0, null], ["service", 1, 1, 1], ["packaging", 1, 1, 1],
      ["size", 0, 0, null], ["appearance", 0, 0, null], ["effect", 0, 0, null], ["none", 0, 0, null]
    ]);
    expect([rows[0]!.items, rows[0]!.unscored]).toEqual([3, 1]);
  });

  it("with an aspect filter, shows what else the items of that aspect name", async () => {
    // logistics items f01 (+ quality), f05 (− service), f08, f14 (+ service).
    expect((await matrix({ aspect: "logistics" })).filter((r) => r[1] !== 0)).toEqual([
      ["logistics", 4, 2, 1, 1, 0.25],
      ["quality", 1, 1, 0, 0, 0],
      ["service", 2, 1, 1, 0, 0.5]
    ]);
  });
});

describe("aspectsByGroup", () => {
  const groups = async (o: Partial<AspectsByGroupOptions> = {}) =>
    (await aspectsByGroup.run(fx.db, { ...ALL, dim: "category", top: 10, ...o })).filter((r) => r.mentions > 0)
      .map((r) => [r.value, r.group_items, r.aspect, r.mentions, r.negative, r.negative_share]);

  it("per category: an order-only item counts in each category of its order; unknown products grouped", async () => {
    // apparel (7): f01 f02 f08 f09 f15 (own products), f05 (o2's p2), f11 (o1's p1).
    // beauty (4): f03 f10 (p3), f05 (o2's p3), f16 (o9's line). (unknown) (3): f06 f12 f14 (no product, no order).
    expect(await groups()).toEqual([
      ["apparel", 7, "logistics", 3, 1, 1 / 3], // f01 + f05 − f08 =
      ["apparel", 7, "quality", 3, 2, 2 / 3], // f01 + f02 − f09 −
      ["apparel", 7, "service", 1, 1, 1], // f05
      ["apparel", 7, "packaging", 1, 1, 1], // f11
      ["apparel", 7, "size", 1, 1, 1], // f09
      ["apparel", 7, "appearance", 1, 1, 1], // f15
      ["beauty", 4, "logistics", 1, 1, 1], // f05
      ["beauty", 4, "quality", 1, 1, 1], // f16
      ["beauty", 4, "service", 1, 1, 1], // f05
      ["beauty", 4, "effect", 1, 0, 0], // f03 (f10 names none)
      ["(unknown)", 3, "logistics", 1, 0, 0], // f14
      ["(unknown)", 3, "price", 1, 0, 0], // f06
      ["(unknown)", 3, "service", 1, 0, 0] // f14
    ]);
  });

  it("every aspect of each top group, zeros included; top limits the groups", async () => {
    const rows = await aspectsByGroup.run(fx.db, { ...ALL, dim: "category", top: 2 });
    // The two groups with the most scored items, not the first two names ("(unknown)" sorts first).
    expect([...new Set(rows.map((r) => r.value))]).toEqual(["apparel", "beauty"]);
    expect(rows).toHaveLength(16); // apparel, beauty × 8 aspects
    expect(rows[2]).toEqual({ value: "apparel", group_items: 7, aspect: "price", mentions: 0, negative: 0, negative_share: null, share: 0 });
    expect(rows[0]!.share).toBeCloseTo(3 / 7, 12);
  });

  it("per product: an item about an order counts for each of its products", async () => {
    // p1: f01 f08 f09 + f11 (o1) = 4; p2: f02 f15 + f05 (o2) = 3; p3: f03 f10 + f05 (o2) = 3; surveys f06 f12 f14
    // name no product: (unknown) 3; pX: f16 (o9) = 1. Ties by name: "(unknown)" sorts before "p2".
    expect((await aspectsByGroup.run(fx.db, { ...ALL, dim: "product", top: 10 })).filter((r) => r.aspect === "logistics").map((r) => [r.value, r.group_items]))
      .toEqual([["p1", 4], ["(unknown)", 3], ["p2", 3], ["p3", 3], ["pX", 1]]);
    // p1 (aspects in the dictionary's order): logistics f01 (positive), f08 (neutral); quality f01, f09 (negative);
    // packaging f11 (negative); size f09 (negative).
    expect((await groups({ dim: "product", product: "p1" })).filter((r) => r[0] === "p1")).toEqual([
      ["p1", 4, "logistics", 2, 0, 0],
      ["p1", 4, "quality", 2, 1, 0.5],
      ["p1", 4, "packaging", 1, 1, 1],
      ["p1", 4, "size", 1, 1, 1]
    ]);
  });

  it("per brand, and groups only from the product pairs matching the filter", async () => {
    // Acme: f01 f08 f09 (p1), f03 f10 (p3), f05 (o2's p3), f11 (o1's p1) = 7; Bloom: f02 f15, f05, f16 = 4.
    expect((await aspectsByGroup.run(fx.db, { ...ALL, dim: "brand", top: 10 })).filter((r) => r.aspect === "logistics").map((r) => [r.value, r.group_items]))
      .toEqual([["Acme", 7], ["Bloom", 4], ["(unknown)", 3]]);
    // beauty only: Acme f03 f10 f05 (through its beauty line); Bloom f16. f05's Bloom line is apparel: not a Bloom item here.
    expect(await groups({ dim: "brand", category: "beauty" })).toEqual([
      ["Acme", 3, "logistics", 1, 1, 1],
      ["Acme", 3, "service", 1, 1, 1],
      ["Acme", 3, "effect", 1, 0, 0],
      ["Bloom", 1, "quality", 1, 1, 1]
    ]);
  });
});

describe("emergingAspects", () => {
  const COLS = ["aspect", "negative", "previous_negative", "change", "growth", "is_new", "mentions", "previous_mentions"] as const;
  const emerging = async (o: Partial<EmergingAspectsOptions> = {}) => {
    const { sentiment: _, ...filter } = ALL;
    return (await emergingAspects.run(fx.db, { ...filter, minNegative: 1, ...o })).map((r) => COLS.map((c) => r[c]));
  };

  it("negative mentions now vs the previous range of equal length, by change", async () => {
    // Previous range 03-01 … 04-30: x1 + effect, x2 − logistics, x3 − quality, x4 − quality|size.
    // Now: logistics 1 (f05), quality 3 (f02 f09 f16), service 1, packaging 1, size 1, appearance 1.
    expect(await emerging()).toEqual([
      ["quality", 3, 2, 1, 0.5, false, 4, 2],
      ["service", 1, 0, 1, null, true, 2, 0],
      ["packaging", 1, 0, 1, null, true, 1, 0],
      ["appearance", 1, 0, 1, null, true, 1, 0],
      ["logistics", 1, 1, 0, 0, false, 4, 1],
      ["size", 1, 1, 0, 0, false, 1, 1]
    ]);
    const [q] = await emergingAspects.run(fx.db, { ...ALL, minNegative: 1 });
    expect(q).toMatchObject({ negative_share: 0.75, previous_negative_share: 1, items: 13, previous_items: 4, previous_from: "2024-03-01", previous_to: "2024-04-30" });
    expect((await emerging({ minNegative: 2 })).map((r) => r[0])).toEqual(["quality"]);
  });

  it("a 30-day range compares with the 30 days before; minNegative 0 lists falls too", async () => {
    // June (30 days) vs 05-02 … 05-31: now quality 2 (f09 f16), size, packaging, appearance 1;
    // before quality 1 (f02), logistics 1 and service 1 (f05). f08 (05-31 23:59:59) is before, neutral.
    const rows = await emergingAspects.run(fx.db, { ...ALL, from: "2024-06-01", to: "2024-06-30", minNegative: 0 });
    expect(rows.map((r) => [r.aspect, r.negative, r.previous_negative, r.change, r.is_new])).toEqual([
      ["quality", 2, 1, 1, false],
      ["packaging", 1, 0, 1, true],
      ["size", 1, 0, 1, true],
      ["appearance", 1, 0, 1, true],
      ["price", 0, 0, 0, false],
      ["effect", 0, 0, 0, false],
      ["logistics", 0, 1, -1, false],
      ["service", 0, 1, -1, false]
    ]);
    // Previous scored items: f01 (05-02 10:00) f02 f03 f05 f06 f08.
    expect(rows[0]).toMatchObject({ growth: 1, items: 7, previous_items: 6, previous_from: "2024-05-02", previous_to: "2024-05-31" });
  });

  it("the sentiment filter does not apply; the others narrow both ranges", async () => {
    // Complaints only: now f05 − logistics|service, f11 − packaging, f16 − quality; before x3 − quality.
    // A sentiment slipped in anyway is overridden: the counts are of negatives whatever the page's filter.
    // logistics, service, packaging +1 each (ties: the dictionary's order), quality 1 → 1.
    expect(await emerging({ kind: "complaint", sentiment: "positive" } as Partial<EmergingAspectsOptions>)).toEqual([
      ["logistics", 1, 0, 1, null, true, 1, 0],
      ["service", 1, 0, 1, null, true, 1, 0],
      ["packaging", 1, 0, 1, null, true, 1, 0],
      ["quality", 1, 1, 0, 0, false, 1, 1]
    ]);
    // apparel only: now f02 f09 quality, f05 logistics|service, f11 packaging, f09 size, f15 appearance;
    // before x2 (p1) logistics, x4 (p2) quality|size; x3 is about o7 (p1: apparel) quality.
    expect(await emerging({ category: "apparel" })).toEqual([
      ["service", 1, 0, 1, null, true, 1, 0],
      ["packaging", 1, 0, 1, null, true, 1, 0],
      ["appearance", 1, 0, 1, null, true, 1, 0],
      ["quality", 2, 2, 0, 0, false, 3, 2],
      ["logistics", 1, 1, 0, 0, false, 3, 1],
      ["size", 1, 1, 0, 0, false, 1, 1]
    ]);
  });
});

const ORDER = ["logistics", "quality", "price", "service", "packaging", "size", "appearance", "effect"];
const order = (a: string) => ORDER.indexOf(a);

describe("feedbackQuotes", () => {
  const quotes = async (o: Partial<FeedbackQuotesOptions> = {}) =>
    (await feedbackQuotes.run(fx.db, { ...ALL, perAspect: 2, ...o })).map((r) => [r.aspect, r.rank, r.feedback_id, r.strength]);

  it("per aspect the strongest texts that agree with their label, shorter first on ties; too-short texts skipped", async () => {
    // strength: f01 .45, f02 .45, f03 −.05, f05 .40, f06 .30, f08 0, f09 −.45 (★2 negative, score .95), f11 .48,
    // f12 −.05, f14 .40, f15 .30, f16 .35; f10 好评 has 2 letters: skipped.
    expect(await quotes()).toEqual([
      ["logistics", 1, "f01", 0.45],
      ["logistics", 2, "f14", 0.4], // ties f05 (.40): 9 characters against 10
      ["quality", 1, "f01", 0.45], // ties f02: same length, then id
      ["quality", 2, "f02", 0.45],
      ["price", 1, "f06", 0.3],
      ["service", 1, "f14", 0.4],
      ["service", 2, "f05", 0.4],
      ["packaging", 1, "f11", 0.48],
      ["size", 1, "f09", -0.45],
      ["appearance", 1, "f15", 0.3],
      ["effect", 1, "f03", -0.05],
      ["none", 1, "f12", -0.05]
    ]);
  });

  it("an aspect and a sentiment narrow the candidates; a text leaning against its label comes last", async () => {
    // Negative quality: f02 (.45), f16 (.35), f09 (score .95 against its ★2 label: −.45, though |score − .5| = .45).
    const rows = await feedbackQuotes.run(fx.db, { ...ALL, aspect: "quality", sentiment: "negative", perAspect: 3 });
    expect(rows.map((r) => r.feedback_id)).toEqual(["f02", "f16", "f09"]);
    expect(rows[1]).toEqual({
      aspect: "quality", rank: 2, feedback_id: "f16", kind: "complaint", created_at: "2024-06-20 10:00:00", product_id: null,
      rating: null, sentiment: "negative", score: 0.15, strength: 0.35, text: "质量有问题"
    });
    expect((await quotes({ aspect: "none", perAspect: 5 })).map((r) => r[2])).toEqual(["f12"]);
    expect((await quotes({ aspect: "logistics", perAspect: 10 })).map((r) => r[2])).toEqual(["f01", "f14", "f05", "f08"]);
  });
});
