/**
 * npsSummary, npsTrend, complaintRate and complaintTrend on the hand-worked fixture of
 * feedbackFixture.ts.
 * NPS answers in 2024-05-01 … 06-30: f06 9 (text), f07 6, f12 7 (text), f13 8, f14 10 (text), f17 0, f18 9
 *   → 7 respondents; promoters (9–10) f06 f14 f18 = 3, passives (7–8) f12 f13 = 2, detractors (0–6) f07 f17 = 2;
 *   NPS = (3 − 2) / 7 × 100 = 14.2857…; May f06 f07 → (1 − 1) / 2 = 0; June f12 f13 f14 f17 f18 → (2 − 1) / 5 = 20.
 * Complaints: f05 (05-15, o2), f11 (06-05, o1), f16 (06-20, o9), f19 (06-30 23:00, no text); x5 07-02.
 * Purchase orders placed: May o1 o2 o5 (USD) o8 (05-31 23:59:59) = 4 (o3 cancelled, o4 unpaid); June o6 (refunded) o9 = 2.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ALL, feedbackFixture } from "./feedbackFixture.ts";
import { npsSummary } from "../../../../src/analyses/feedback/npsSummary.ts";
import { npsTrend } from "../../../../src/analyses/feedback/npsTrend.ts";
import { complaintRate, type ComplaintRateOptions } from "../../../../src/analyses/feedback/complaintRate.ts";
import { complaintTrend } from "../../../../src/analyses/feedback/complaintTrend.ts";
import type { FeedbackFilterOptions } from "../../../../src/analyses/feedback/feedbackFilter.ts";

let fx: Awaited<ReturnType<typeof feedbackFixture>>;
beforeAll(async () => {
  fx = await feedbackFixture();
});
afterAll(() => fx.close());

const { kind: _kind, ...RANGE } = ALL;

describe("npsSummary", () => {
  const summary = async (o: Partial<FeedbackFilterOptions> = {}) => (await npsSummary.run(fx.db, { ...ALL, ...o }))[0]!;

  it("counts every answer 0–10, with or without text; 6 detracts, 7 and 8 are passive, 9 promotes", async () => {
    const s = await summary();
    expect([s.respondents, s.promoters, s.passives, s.detractors]).toEqual([7, 3, 2, 2]);
    expect(s.nps).toBeCloseTo(100 / 7, 12);
    expect(s.promoter_share).toBeCloseTo(3 / 7, 12);
    expect(s.passive_share).toBeCloseTo(2 / 7, 12);
    expect(s.detractor_share).toBeCloseTo(2 / 7, 12);
  });

  it("boundaries one by one", async () => {
    // One day each: f07 answered 6, f12 7, f13 8, f06 9, f14 10, f17 0.
    const one = async (day: string) => {
      const s = await summary({ from: day, to: day });
      return [s.respondents, s.promoters, s.passives, s.detractors, s.nps];
    };
    expect(await one("2024-05-21")).toEqual([1, 0, 0, 1, -100]); // 6
    expect(await one("2024-06-10")).toEqual([1, 0, 1, 0, 0]); // 7
    expect(await one("2024-06-11")).toEqual([1, 0, 1, 0, 0]); // 8
    expect(await one("2024-05-20")).toEqual([1, 1, 0, 0, 100]); // 9
    expect(await one("2024-06-12")).toEqual([1, 1, 0, 0, 100]); // 10
    expect(await one("2024-06-25")).toEqual([1, 0, 0, 1, -100]); // 0
  });

  it("a sentiment filter keeps only answers with text; no respondents gives null, not a division error", async () => {
    // positive: f06 (9), f14 (10) → 2 promoters, NPS 100.
    expect(await summary({ sentiment: "positive" })).toEqual({
      respondents: 2, promoters: 2, passives: 0, detractors: 0, promoter_share: 1, passive_share: 0, detractor_share: 0, nps: 100
    });
    expect(await summary({ kind: "review" })).toEqual({
      respondents: 0, promoters: 0, passives: 0, detractors: 0, promoter_share: null, passive_share: null, detractor_share: null, nps: null
    });
  });
});

describe("npsTrend", () => {
  it("per month, and a month without answers", async () => {
    const rows = await npsTrend.run(fx.db, { ...ALL, to: "2024-07-31", grain: "month" });
    expect(rows.map((r) => [r.period, r.respondents, r.promoters, r.passives, r.detractors, r.nps])).toEqual([
      ["2024-05-01", 2, 1, 0, 1, 0],
      ["2024-06-01", 5, 2, 2, 1, 20],
      ["2024-07-01", 0, 0, 0, 0, null]
    ]);
  });

  it("per week", async () => {
    // 06-10 … 06-16: the week of 06-10 holds f12 7, f13 8, f14 10 → (1 − 0) / 3 × 100.
    const [w] = await npsTrend.run(fx.db, { ...ALL, from: "2024-06-10", to: "2024-06-16", grain: "week" });
    expect(w).toMatchObject({ period: "2024-06-10", days: 7, partial: false, respondents: 3, promoters: 1, passives: 2, detractors: 0 });
    expect(w!.nps).toBeCloseTo(100 / 3, 12);
  });
});

describe("complaintRate", () => {
  const rate = async (o: Partial<ComplaintRateOptions> = {}) => (await complaintRate.run(fx.db, { ...RANGE, ...o }))[0]!;

  it("complaints (with or without text) per 1,000 purchase orders placed in the range, any currency", async () => {
    const r = await rate();
    expect([r.complaints, r.orders]).toEqual([4, 6]);
    expect(r.per_1000_orders).toBeCloseTo(4000 / 6, 9);
    // May–July: x5 (07-02) adds a complaint, July adds no orders → 5 / 6.
    expect((await rate({ to: "2024-07-31" })).per_1000_orders).toBeCloseTo(5000 / 6, 9);
  });

  it("no orders: a null rate", async () => {
    expect(await rate({ from: "2024-07-01", to: "2024-07-31" })).toEqual({ complaints: 1, orders: 0, per_1000_orders: null });
    expect(await rate({ from: "2024-08-01", to: "2024-08-31" })).toEqual({ complaints: 0, orders: 0, per_1000_orders: null });
  });

  it("product filter on both sides; sentiment and aspect filters on the complaints only", async () => {
    // apparel: complaints f05 (o2 has p2), f11 (o1 p1); orders with an apparel line o1 o2 o6 o8 → 2 / 4.
    expect(await rate({ category: "apparel" })).toEqual({ complaints: 2, orders: 4, per_1000_orders: 500 });
    // beauty + Bloom on one line: complaint f16 (o9); orders o9 only (o2's beauty line is Acme).
    expect(await rate({ category: "beauty", brand: "Bloom" })).toEqual({ complaints: 1, orders: 1, per_1000_orders: 1000 });
    // negative: f05 f11 f16 (f19 has no text, so no sentiment) → 3 / 6.
    expect(await rate({ sentiment: "negative" })).toEqual({ complaints: 3, orders: 6, per_1000_orders: 500 });
    expect(await rate({ aspect: "packaging" })).toEqual({ complaints: 1, orders: 6, per_1000_orders: 1000 / 6 });
  });
});

describe("complaintTrend", () => {
  it("per month; a month with complaints and no orders has a null rate", async () => {
    const rows = await complaintTrend.run(fx.db, { ...RANGE, to: "2024-07-31", grain: "month" });
    expect(rows).toEqual([
      { period: "2024-05-01", days: 31, partial: false, complaints: 1, orders: 4, per_1000_orders: 250 },
      { period: "2024-06-01", days: 30, partial: false, complaints: 3, orders: 2, per_1000_orders: 1500 },
      { period: "2024-07-01", days: 31, partial: false, complaints: 1, orders: 0, per_1000_orders: null }
    ]);
  });

  it("per week: orders and complaints fall in the week they were placed and written", async () => {
    // 05-27 … 06-09: week 05-27 orders o5 (05-28), o8 (05-31 23:59:59), o6 (06-05 is the next week); no complaint.
    // week 06-03: o6 (06-05); complaint f11 (06-05).
    const rows = await complaintTrend.run(fx.db, { ...RANGE, from: "2024-05-27", to: "2024-06-09", grain: "week" });
    expect(rows.map((r) => [r.period, r.complaints, r.orders, r.per_1000_orders])).toEqual([
      ["2024-05-27", 0, 2, 0],
      ["2024-06-03", 1, 1, 1000]
    ]);
  });
});
