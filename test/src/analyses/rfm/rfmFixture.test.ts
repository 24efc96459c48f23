/**
 * RFM on a shop worked by hand (as of 2024-03-31, CNY). Orders:
 *   c1  paid 03-30 100, 03-01 50, 01-10 30                 → R 1,   F 3 (3 days), M 180
 *   c2  paid 03-31 200 twice (same day)                   → R 0,   F 2 (1 day),  M 400
 *   c3  paid 2023-12-01 80; 03-20 cancelled after paying  → R 121, F 1,          M 80
 *   c4  paid 02-15 500 refunded in full 02-20 (gone); 01-05 60 with 10 refunded 04-10 (after: not deducted)
 *                                                         → R 86,  F 1,          M 60
 *   c5  paid 04-02 (after the date: does not exist)       c6  never paid
 *   c7  paid 03-10 40, refunded 40, refund time unknown (deducted: export shows only the final state)
 *   c8  paid 02-01 120, refunded 20, time unknown         → R 59,  F 1,          M 100
 *   (no id) paid 03-15 70                                 → excluded and counted
 * Quantile edges at 0.2 … 0.8 (linear interpolation):
 *   R [0,1,59,86,121] → 0.8, 35.8, 69.8, 93    F [1,1,1,2,3] → 1, 1, 1.4, 2.2    M [60,80,100,180,400] → 76, 92, 132, 224
 * Scores (R,F,M): c1 (4,5,4) c2 (5,4,5) c3 (1,1,2) c4 (2,1,1) c8 (3,1,3).
 * Named: c1, c2 champions; c3 lost; c4 hibernating; c8 about_to_sleep.
 * Means R 53.4, F 1.6, M 164: c1, c2 important_value; c3, c4, c8 general_winback.
 * Medians R 59, F 1, M 100: c8 sits exactly on all three medians → recent, high, high → important_value.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixtureDb, order } from "../../../helpers/fixtureDb.ts";
import { rfmCounts } from "../../../../src/analyses/rfm/rfmCounts.ts";
import { rfmCustomers } from "../../../../src/analyses/rfm/rfmCustomers.ts";
import { rfmBins } from "../../../../src/analyses/rfm/rfmBins.ts";
import { rfmGrid } from "../../../../src/analyses/rfm/rfmGrid.ts";
import { rfmSegments } from "../../../../src/analyses/rfm/rfmSegments.ts";
import { rfmSummary } from "../../../../src/analyses/rfm/rfmSummary.ts";
import { rfmConcentration } from "../../../../src/analyses/rfm/rfmConcentration.ts";
import { rfmLorenz } from "../../../../src/analyses/rfm/rfmLorenz.ts";
import { rfmTiers } from "../../../../src/analyses/rfm/rfmTiers.ts";
import { rfmMigration } from "../../../../src/analyses/rfm/rfmMigration.ts";
import { rfmDistribution } from "../../../../src/analyses/rfm/rfmDistribution.ts";
import type { RfmOptions } from "../../../../src/analyses/rfm/rfmScoring.ts";

const rows = [
  order({ id: "1a", customer: "c1", ordered: "2024-03-30 10:00:00", paid: "2024-03-30 10:01:00", paidAmount: 100 }),
  order({ id: "1b", customer: "c1", ordered: "2024-03-01 10:00:00", paid: "2024-03-01 10:01:00", paidAmount: 50 }),
  order({ id: "1c", customer: "c1", ordered: "2024-01-10 10:00:00", paid: "2024-01-10 10:01:00", paidAmount: 30 }),
  order({ id: "2a", customer: "c2", ordered: "2024-03-31 09:00:00", paid: "2024-03-31 09:00:10", paidAmount: 200 }),
  order({ id: "2b", customer: "c2", ordered: "2024-03-31 23:59:00", paid: "2024-03-31 23:59:59", paidAmount: 200 }),
  order({ id: "3a", customer: "c3", ordered: "2023-12-01 10:00:00", paid: "2023-12-01 10:01:00", paidAmount: 80 }),
  order({ id: "3b", customer: "c3", ordered: "2024-03-20 10:00:00", paid: "2024-03-20 10:01:00", paidAmount: 900, status: "cancelled" }),
  order({ id: "4a", customer: "c4", ordered: "2024-02-15 10:00:00", paid: "2024-02-15 10:01:00", paidAmount: 500, refund: 500, refundedAt: "2024-02-20 12:00:00", status: "refunded" }),
  order({ id: "4b", customer: "c4", ordered: "2024-01-05 10:00:00", paid: "2024-01-05 10:01:00", paidAmount: 60, refund: 10, refundedAt: "2024-04-10 12:00:00" }),
  order({ id: "5a", customer: "c5", ordered: "2024-03-31 23:00:00", paid: "2024-04-01 00:00:00", paidAmount: 70 }),
  order({ id: "6a", customer: "c6", ordered: "2024-03-05 11:00:00", paid: null, status: "pending_payment" }),
  order({ id: "7a", customer: "c7", ordered: "2024-03-10 10:00:00", paid: "2024-03-10 10:01:00", paidAmount: 40, refund: 40 }),
  order({ id: "8a", customer: "c8", ordered: "2024-02-01 10:00:00", paid: "2024-02-01 10:01:00", paidAmount: 120, refund: 20 }),
  order({ id: "xa", customer: null, ordered: "2024-03-15 10:00:00", paid: "2024-03-15 10:01:00", paidAmount: 70 })
];

const base: RfmOptions = { asOf: "2024-03-31", currency: "CNY" };
let fx: Awaited<ReturnType<typeof fixtureDb>>;
beforeAll(async () => {
  fx = await fixtureDb(rows);
});
afterAll(() => fx.close());

const byId = async (o: RfmOptions) =>
  Object.fromEntries(
    (await rfmCustomers.run(fx.db, { ...o, scheme: "named", segment: "all" })).map((c) => [
      c.customer_id,
      [c.recency, c.frequency, c.monetary, c.r_score, c.f_score, c.m_score, c.segment, c.eight_class]
    ])
  );

describe("RFM as of a date, worked by hand", () => {
  it("reconciles every order: not purchases + after the date + refunded + no customer + counted", async () => {
    const [c] = await rfmCounts.run(fx.db, base);
    expect(c).toMatchObject({ orders: 14, not_purchases: 2, after_as_of: 1, refunded: 2, no_customer: 1, counted: 8, customers: 5, refunds_without_time: 1 });
    expect(c.not_purchases + c.after_as_of + c.refunded + c.no_customer + c.counted).toBe(c.orders);
  });

  it("computes R, F, M, quantile scores, named segments and eight classes per customer", async () => {
    expect(await byId(base)).toEqual({
      c1: [1, 3, 180, 4, 5, 4, "champions", "important_value"],
      c2: [0, 2, 400, 5, 4, 5, "champions", "important_value"],
      c3: [121, 1, 80, 1, 1, 2, "lost", "general_winback"],
      c4: [86, 1, 60, 2, 1, 1, "hibernating", "general_winback"],
      c8: [59, 1, 100, 3, 1, 3, "about_to_sleep", "general_winback"]
    });
  });

  it("applies the at-the-median rule: a customer exactly at every median is recent, frequent and valuable", async () => {
    const c = await byId({ ...base, basis: "median" });
    expect(Object.fromEntries(Object.entries(c).map(([k, v]) => [k, v[7]]))).toEqual({
      c1: "important_value",
      c2: "important_value",
      c3: "general_retain",
      c4: "general_retain",
      c8: "important_value"
    });
  });

  it("offers distinct purchase days and average order value", async () => {
    const c = await byId({ ...base, frequency: "days", monetary: "aov" });
    expect(Object.fromEntries(Object.entries(c).map(([k, v]) => [k, v.slice(1, 3)]))).toEqual({
      c1: [3, 60],
      c2: [1, 200],
      c3: [1, 80],
      c4: [1, 60],
      c8: [1, 100]
    });
  });

  it("shows every bin with its edges and counts; tied F values share the lowest bin", async () => {
    const bins = await rfmBins.run(fx.db, base);
    // Interpolated edges carry float noise (35.800000000000004); compare to 1e-9.
    const r9 = (x: number | null) => (x === null ? null : Math.round(x * 1e9) / 1e9);
    const pick = (m: string) => bins.filter((b) => b.measure === m).map((b) => [b.score, r9(b.lower), r9(b.upper), b.customers]);
    expect(pick("r")).toEqual([
      [5, null, 0.8, 1],
      [4, 0.8, 35.8, 1],
      [3, 35.8, 69.8, 1],
      [2, 69.8, 93, 1],
      [1, 93, null, 1]
    ]);
    expect(pick("f")).toEqual([
      [5, 2.2, null, 1],
      [4, 1.4, 2.2, 1],
      [3, 1, 1.4, 0],
      [2, 1, 1, 0],
      [1, null, 1, 3]
    ]);
    expect(pick("m").map((b) => b[3])).toEqual([1, 1, 1, 1, 1]);
  });

  it("scores with user-set cut points (R ≤ 30 days → 5)", async () => {
    const c = await byId({ ...base, scoring: "cuts", cuts: { r: [30, 90, 180, 365], f: [1, 2, 3, 5], m: [50, 100, 200, 500] } });
    expect(Object.fromEntries(Object.entries(c).map(([k, v]) => [k, [...v.slice(3, 7)]]))).toEqual({
      c1: [5, 3, 3, "loyal"],
      c2: [5, 2, 4, "potential_loyalist"],
      c3: [3, 1, 2, "about_to_sleep"],
      c4: [4, 1, 2, "promising"],
      c8: [4, 1, 2, "promising"]
    });
  });

  it("with 3 bins has no named segment (its rules are written for 1–5) but still eight classes", async () => {
    const all = await rfmCustomers.run(fx.db, { ...base, bins: 3, scheme: "eight", segment: "all" });
    expect(all.map((c) => c.segment)).toEqual([null, null, null, null, null]);
    expect(Math.max(...all.map((c) => c.r_score))).toBe(3);
  });

  it("weights the total score", async () => {
    const all = await rfmCustomers.run(fx.db, { ...base, weights: [2, 0, 1], scheme: "named", segment: "all" });
    expect(Object.fromEntries(all.map((c) => [c.customer_id, c.total]))).toEqual({ c1: 12, c2: 15, c3: 4, c4: 5, c8: 9 });
  });

  it("sums segment sizes, shares of customers and of revenue", async () => {
    const named = await rfmSegments.run(fx.db, { ...base, scheme: "named" });
    expect(named).toHaveLength(12);
    expect(named.find((s) => s.segment === "champions")).toMatchObject({ customers: 2, share: 0.4, revenue: 580, revenue_share: 580 / 820 });
    expect(named.find((s) => s.segment === "others")).toMatchObject({ customers: 0, share: 0, revenue: 0 });
    const eight = await rfmSegments.run(fx.db, { ...base, scheme: "eight" });
    expect(eight.map((s) => [s.segment, s.customers])).toEqual([
      ["important_value", 2],
      ["important_retain", 0],
      ["important_develop", 0],
      ["important_winback", 0],
      ["general_value", 0],
      ["general_retain", 0],
      ["general_develop", 0],
      ["general_winback", 3]
    ]);
  });

  it("fills the R × F grid with customers and average M", async () => {
    expect(await rfmGrid.run(fx.db, base)).toEqual([
      { r_score: 5, f_score: 4, customers: 1, avg_m: 400, revenue: 400 },
      { r_score: 4, f_score: 5, customers: 1, avg_m: 180, revenue: 180 },
      { r_score: 3, f_score: 1, customers: 1, avg_m: 100, revenue: 100 },
      { r_score: 2, f_score: 1, customers: 1, avg_m: 60, revenue: 60 },
      { r_score: 1, f_score: 1, customers: 1, avg_m: 80, revenue: 80 }
    ]);
  });

  it("summarises means and medians", async () => {
    expect(await rfmSummary.run(fx.db, base)).toEqual([
      { customers: 5, revenue: 820, mean_r: 53.4, mean_f: 1.6, mean_m: 164, median_r: 59, median_f: 1, median_m: 100 }
    ]);
  });

  it("measures revenue concentration: top shares, Gini, Pareto curve and ABC tiers", async () => {
    const [c] = await rfmConcentration.run(fx.db, base);
    // Ascending 60, 80, 100, 180, 400: Σ i·x = 3240; G = 2·3240 / (5·820) − 6/5.
    expect(c).toMatchObject({ customers: 5, revenue: 820, top1: 400 / 820, top20: 400 / 820, top50: 680 / 820 });
    expect(c.gini).toBeCloseTo((2 * 3240) / (5 * 820) - 6 / 5, 12);
    const curve = await rfmLorenz.run(fx.db, base);
    expect(curve).toHaveLength(101);
    expect(curve[0]).toEqual({ customer_share: 0, revenue_share: 0 });
    expect(curve[40]).toEqual({ customer_share: 0.4, revenue_share: 580 / 820 });
    expect(curve[100]).toEqual({ customer_share: 1, revenue_share: 1 });
    // Before each customer: 0, 400, 580, 680, 760 of 820 → A while < 656, B while < 779.
    expect((await rfmTiers.run(fx.db, base)).map((t) => [t.tier, t.customers, t.revenue])).toEqual([
      ["A", 3, 680],
      ["B", 2, 140],
      ["C", 0, 0]
    ]);
  });

  it("histograms R, F and M with every customer in exactly one bin", async () => {
    const d = await rfmDistribution.run(fx.db, base);
    for (const m of ["r", "f", "m"]) expect(d.filter((x) => x.measure === m).reduce((s, x) => s + x.customers, 0)).toBe(5);
    // R spans 0 … 121: bins of ceil(122 / 20) = 7 days.
    expect(d.filter((x) => x.measure === "r").map((x) => x.lo)).toEqual([0, 56, 84, 119]);
  });

  it("tracks migration between two dates, with customers new since the first date coming from 'none'", async () => {
    // On 2024-02-29 c4's 500 is already refunded (02-20), c2 and c7 have not bought yet.
    const m = await rfmMigration.run(fx.db, { ...base, fromAsOf: "2024-02-29", scheme: "named" });
    expect(m.reduce((s, r) => s + r.customers, 0)).toBe(5);
    expect(m.filter((r) => r.from_segment === "none")).toEqual([{ from_segment: "none", to_segment: "champions", customers: 1 }]);
    const before = await byId({ ...base, asOf: "2024-02-29" });
    expect(Object.keys(before).sort()).toEqual(["c1", "c3", "c4", "c8"]);
    expect(before.c4.slice(0, 3)).toEqual([55, 1, 60]);
  });
});

describe("RFM edge cases", () => {
  it("a single customer: every edge equals the value; R scores 5, F and M 1 (right-closed bins)", async () => {
    const one = await fixtureDb([order({ id: "a", customer: "solo", ordered: "2024-03-26 10:00:00", paid: "2024-03-26 10:00:00", paidAmount: 10 })]);
    const [c] = await rfmCustomers.run(one.db, { ...base, scheme: "named", segment: "all" });
    expect([c.recency, c.r_score, c.f_score, c.m_score, c.segment, c.eight_class]).toEqual([5, 5, 1, 1, "new", "important_value"]);
    one.close();
  });

  it("identical customers always get identical scores", async () => {
    const same = await fixtureDb(
      ["a", "b", "c", "d"].map((id) => order({ id, customer: id, ordered: "2024-03-01 10:00:00", paid: "2024-03-01 10:00:00", paidAmount: 25 }))
    );
    const all = await rfmCustomers.run(same.db, { ...base, scheme: "named", segment: "all" });
    expect(new Set(all.map((c) => `${c.r_score}${c.f_score}${c.m_score}${c.segment}${c.eight_class}`)).size).toBe(1);
    same.close();
  });

  it("an as-of date before any order gives no customers and no errors", async () => {
    const early = { ...base, asOf: "2020-01-01" };
    expect((await rfmSummary.run(fx.db, early))[0]).toMatchObject({ customers: 0, revenue: 0, mean_r: null });
    expect(await rfmCustomers.run(fx.db, { ...early, scheme: "named", segment: "all" })).toEqual([]);
    expect(await rfmBins.run(fx.db, early)).toEqual([]);
    expect(await rfmLorenz.run(fx.db, early)).toEqual([]);
    expect((await rfmSegments.run(fx.db, { ...early, scheme: "eight" })).every((s) => s.customers === 0 && s.share === null)).toBe(true);
    expect((await rfmConcentration.run(fx.db, early))[0]).toMatchObject({ customers: 0, gini: null });
    expect((await rfmCounts.run(fx.db, early))[0]).toMatchObject({ counted: 0, after_as_of: 12 });
  });

  it("rejects bad parameters with messages naming them", () => {
    expect(() => rfmSummary.params({ ...base, asOf: "2024-02-30" })).toThrow("invalid asOf: 2024-02-30");
    expect(() => rfmSummary.params({ ...base, bins: 6 })).toThrow("invalid bins: 6");
    expect(() => rfmSummary.params({ ...base, scoring: "cuts", cuts: { r: [90, 30, 180, 365], f: [1, 2, 3, 5], m: [1, 2, 3, 4] } })).toThrow(
      "invalid R cut points: must increase"
    );
    expect(() => rfmSummary.params({ ...base, scoring: "cuts", cuts: { r: [1, 2, 3], f: [1, 2, 3, 5], m: [1, 2, 3, 4] } })).toThrow("invalid F cut points: expected 3");
    expect(() => rfmSummary.params({ ...base, weights: [1, -1, 1] })).toThrow("invalid weights");
    expect(() => rfmTiers.params({ ...base, a: 0.9, b: 0.8 })).toThrow("invalid tier shares");
    expect(() => rfmCustomers.params({ ...base, scheme: "named", segment: "nope" })).toThrow("invalid segment: nope");
  });
});

describe("the eight-class recency direction (issue check)", () => {
  // Mean recency 60 days: a (10 days, F 2, M 1000), b (300 days, F 2, M 1000), c exactly 60 days,
  // five customers at 22 days: (10 + 300 + 60 + 5·22) / 8 = 60. Mean F 1.25 (a, b above), mean M 257.5.
  it("recent + frequent + valuable is 重要价值, the same 300 days ago is 重要保持, at the mean counts as recent", async () => {
    const asOf = "2024-12-31";
    const paid = (days: number) => new Date(Date.UTC(2024, 11, 31) - days * 86_400_000).toISOString().slice(0, 10) + " 12:00:00";
    const o = (id: string, cust: string, days: number, amount: number) => order({ id, customer: cust, ordered: paid(days), paid: paid(days), paidAmount: amount });
    const dir = await fixtureDb([
      o("a1", "a", 10, 500), o("a2", "a", 40, 500),
      o("b1", "b", 300, 500), o("b2", "b", 320, 500),
      o("c1", "c", 60, 10),
      ...[1, 2, 3, 4, 5].map((i) => o(`d${i}`, `d${i}`, 22, 10))
    ]);
    const [s] = await rfmSummary.run(dir.db, { asOf, currency: "CNY" });
    expect(s.mean_r).toBe(60);
    const all = await rfmCustomers.run(dir.db, { asOf, currency: "CNY", scheme: "eight", segment: "all" });
    const cls = Object.fromEntries(all.map((c) => [c.customer_id, c.eight_class]));
    expect(cls.a).toBe("important_value"); // 重要价值客户
    expect(cls.b).toBe("important_retain"); // 重要保持客户
    expect(cls.c).toBe("general_develop"); // R = mean → recent; F, M low
    dir.close();
  });
});

describe("orders the exports leave incomplete", () => {
  it("a paid order without an amount counts as 0 and still reconciles; a 'refunded' status with refund 0 is a full refund", async () => {
    const db = await fixtureDb([
      order({ id: "a", customer: "p", ordered: "2024-03-01 10:00:00", paid: "2024-03-01 10:00:00", paidAmount: 100 }),
      order({ id: "b", customer: "q", ordered: "2024-03-02 10:00:00", paid: "2024-03-02 10:00:00", paidAmount: 50 }),
      order({ id: "c", customer: "r", ordered: "2024-03-03 10:00:00", paid: "2024-03-03 10:00:00", paidAmount: 80, status: "refunded", refund: 0 }),
      "UPDATE orders SET amount_paid = NULL WHERE order_id = 'b'"
    ]);
    const [c] = await rfmCounts.run(db.db, base);
    expect(c).toMatchObject({ orders: 3, counted: 2, refunded: 1 });
    const all = await rfmCustomers.run(db.db, { ...base, scheme: "named", segment: "all" });
    expect(Object.fromEntries(all.map((x) => [x.customer_id, x.monetary]))).toEqual({ p: 100, q: 0 });
    const [s] = await rfmSummary.run(db.db, base);
    expect([s.mean_m, s.median_m]).toEqual([50, 50]);
    db.close();
  });
});
