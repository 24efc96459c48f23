/**
 * The in-browser half of the Personas page on inputs small enough to check by hand: the cross
 * tables, the two-group comparison, the feature matrix and the persona model (k-means + names).
 *
 * Model input: 12 customers in 3 obvious groups of 4. Every feature not named is the same for all
 * 12 (orders 1, spend 100, recency 5, shares 0, price 0.5, brand 0.5, breadth 1), so it has sd 0,
 * z 0 and is never distinctive.
 *   G1 rows 0–3  orders 20, spend 9000 / 9500 / 10500 / 11000        → "Frequent, High-spend"
 *   G2 rows 4–7  discount 0.5, promo 0.7 / 0.8 / 0.9 / 1              → "Discount-driven, Promotion shopper"
 *   G3 rows 8–11 recency 300, refund 0.35 / 0.45 / 0.55 / 0.65        → "Lapsed, Refund-prone"
 * (No two rows are equal: with duplicates, k = 6 pairs of identical rows would score a perfect silhouette.)
 * A feature where one group of 4 has a constant a and the other 8 a constant b has population sd
 * (√2 / 3)·|a − b| over the 12, so the group's centroid sits at z = (2/3)(a − b) / sd = √2 = 1.41421 and
 * the other two at −1/√2 = −0.70711 (both past DISTINCTIVE_Z 0.3).
 *   promo: 0.7 0.8 0.9 1 and 8 × 0; mean 3.4 / 12 = 0.283333; variance Σx²/12 − mean² = 2.94 / 12 − 0.080278
 *     = 0.164722; sd 0.405860; G2 centroid (0.85 − 0.283333) / sd = 1.396213 < √2 → second; G1, G3 at −0.698106.
 *   refund: 0.35 0.45 0.55 0.65 and 8 × 0; mean 1/6; variance 1.05 / 12 − 1/36 = 0.059722; sd 0.244381;
 *     G3 centroid (0.5 − 1/6) / sd = 1.363989 < √2 → second; G1, G2 at −0.681994.
 *   spend (log1p): the within-group spread of G1 adds to the sd, so its z is just under √2 → second after orders.
 * Cluster numbers: equal sizes are ordered by centroid, first column first (relabelBySize). Orders:
 * G2 = G3 = −0.707 < G1; spend: G2 = G3; recency: G2 −0.707 < G3 1.414 → G2 0, G3 1, G1 2.
 */
import { describe, expect, it } from "vitest";
import { crossTab } from "../../../../src/personas/crossTab.ts";
import { compareGroups } from "../../../../src/personas/compareGroups.ts";
import { buildFeatureMatrix, FEATURES } from "../../../../src/personas/clusterFeatures.ts";
import { personaModel } from "../../../../src/personas/personaModel.ts";
import { TYPICAL } from "../../../../src/personas/personaTraits.ts";

describe("crossTab", () => {
  it("counts customers per (cluster, value); several values each count, none → 'none'", () => {
    // Cluster 0: [x y], [y], 'a' → y 2, a 1, x 1; cluster 1: [], [] → none 2; cluster 2: 'b'.
    expect(crossTab(Int32Array.from([0, 0, 0, 1, 1, 2]), [["x", "y"], ["y"], "a", [], [], "b"])).toEqual([
      { cluster: 0, value: "y", customers: 2 },
      { cluster: 0, value: "a", customers: 1 },
      { cluster: 0, value: "x", customers: 1 },
      { cluster: 1, value: "none", customers: 2 },
      { cluster: 2, value: "b", customers: 1 }
    ]);
  });

  it("cluster order comes from the labels, not the input order", () => {
    expect(crossTab([2, 0, 2], ["m", "m", "m"])).toEqual([
      { cluster: 0, value: "m", customers: 1 },
      { cluster: 2, value: "m", customers: 2 }
    ]);
  });

  it("rejects labels and values of different lengths", () => {
    expect(() => crossTab([0, 1], ["a"])).toThrow("crossTab: 2 labels but 1 values");
  });
});

describe("compareGroups", () => {
  // Only some features are present; the others are missing for every row and become 0 (mean of nothing).
  const rows = [
    { orders: 1, spend: 100, recency: 10, price_pct: null, top_category: "美妆", gender: "F", device: null },
    { orders: 3, spend: 300, recency: 20, price_pct: 0.5, top_category: "美妆", gender: "unknown", device: "app" },
    { orders: 2, spend: 50, recency: 30, price_pct: 1, top_category: "食品", gender: "M" },
    { orders: 4, spend: 0, recency: 40, price_pct: 0, top_category: "服饰", gender: "F" }
  ];
  const fm = buildFeatureMatrix(rows);

  it("imputes: row 0's price is the mean of the others (0.5 + 1 + 0) / 3; wholly missing features are 0 for all", () => {
    expect(fm.imputed).toEqual([0, 0, 0, 4, 4, 1, 4, 4, 4, 4]);
    expect(fm.raw[0 * FEATURES.length + FEATURES.findIndex((f) => f.id === "price_pct")]).toBe(0.5);
  });

  it("feature means in plain units and the shares of the most common tag values", () => {
    const c = compareGroups(rows, fm, [0, 1], [2, 3]);
    expect([c.sizeA, c.sizeB]).toEqual([2, 2]);
    // orders (1 + 3)/2 vs (2 + 4)/2; spend 200 vs 25; recency 15 vs 35; price (0.5 imputed + 0.5)/2 vs (1 + 0)/2.
    expect(Object.fromEntries(c.features.map((f) => [f.feature, [f.a, f.b]]))).toEqual({
      orders: [2, 3], spend: [200, 25], recency: [15, 35], discount_share: [0, 0], promo_share: [0, 0],
      price_pct: [0.5, 0.5], brand_share: [0, 0], category_breadth: [0, 0], refund_rate: [0, 0], review_rate: [0, 0]
    });
    // top_category: 美妆 2 (both in A), then 服饰 and 食品 1 each (code-unit order: 服 < 食), both in B.
    // device: null and missing are unknown; app 1 (row 1). gender: F 2 (rows 0, 3), M 1; 'unknown' is left out.
    expect(c.tags).toEqual([
      { tag: "top_category", value: "美妆", a: 1, b: 0 },
      { tag: "top_category", value: "服饰", a: 0, b: 0.5 },
      { tag: "top_category", value: "食品", a: 0, b: 0.5 },
      { tag: "device", value: "app", a: 0.5, b: 0 },
      { tag: "gender", value: "F", a: 0.5, b: 0.5 },
      { tag: "gender", value: "M", a: 0, b: 0.5 }
    ]);
    expect(compareGroups(rows, fm, [0, 1], [2, 3], 1).tags.map((t) => t.value)).toEqual(["美妆", "app", "F"]);
  });

  it("an empty group has no means and zero shares", () => {
    const c = compareGroups(rows, fm, [], [2]);
    expect(c.sizeA).toBe(0);
    expect(c.features.every((f) => f.a === null)).toBe(true);
    expect(c.features.find((f) => f.feature === "orders")!.b).toBe(2);
    expect(c.tags).toEqual([
      { tag: "top_category", value: "食品", a: 0, b: 1 },
      { tag: "gender", value: "M", a: 0, b: 1 }
    ]);
  });
});

const BASE = { orders: 1, spend: 100, recency: 5, discount_share: 0, promo_share: 0, price_pct: 0.5, brand_share: 0.5, category_breadth: 1, refund_rate: 0, review_rate: 0 };
const ROWS = [
  ...[9000, 9500, 10500, 11000].map((spend) => ({ ...BASE, orders: 20, spend, top_category: "美妆" })),
  ...[0.7, 0.8, 0.9, 1].map((promo_share) => ({ ...BASE, discount_share: 0.5, promo_share, top_category: "食品" })),
  ...[0.35, 0.45, 0.55, 0.65].map((refund_rate) => ({ ...BASE, recency: 300, refund_rate, top_category: "服饰" }))
];

describe("personaModel", () => {
  const model = personaModel(ROWS, { k: "auto" });

  it("chooses k = 3 by silhouette and recovers the three groups", () => {
    expect(model.k).toBe(3);
    // k tried from 2 to min(8, 12 rows); 3 scores best.
    expect(model.scores.map((s) => s.k)).toEqual([2, 3, 4, 5, 6, 7, 8]);
    const best = Math.max(...model.scores.map((s) => s.silhouette));
    expect(model.scores.find((s) => s.k === 3)!.silhouette).toBe(best);
    expect(Array.from(model.labels)).toEqual([2, 2, 2, 2, 0, 0, 0, 0, 1, 1, 1, 1]);
    expect(model.features.imputed).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
  });

  it("names each persona from its two most distinctive traits and acts on the first", () => {
    const [g2, g3, g1] = model.personas;
    expect(g1!.name).toEqual({ zh: "高频复购·高消费", en: "Frequent, High-spend" });
    expect(g2!.name).toEqual({ zh: "优惠驱动·大促型", en: "Discount-driven, Promotion shopper" });
    expect(g3!.name).toEqual({ zh: "久未购买·高退款", en: "Lapsed, Refund-prone" });
    expect(g1!.action.en).toBe("member perks and replenishment reminders");
    expect(g2!.action.en).toBe("targeted coupons instead of store-wide discounts");
    expect(g3!.action.en).toBe("a win-back campaign with a time-limited coupon");
  });

  it("distinctive features: the group's own at about +√2, the others' at about −0.7, constant features absent", () => {
    const [g2, g3, g1] = model.personas;
    const top2 = (p: typeof g1) => p!.distinctive.slice(0, 2).map((d) => [d.feature, d.direction]);
    expect(top2(g1)).toEqual([["orders", "high"], ["spend", "high"]]);
    expect(g1!.distinctive[0]!.z).toBeCloseTo(Math.SQRT2, 9);
    expect(g1!.distinctive[1]!.z).toBeLessThan(Math.SQRT2);
    expect(g1!.distinctive[1]!.z).toBeGreaterThan(1.41);
    expect(g2!.distinctive[0]).toMatchObject({ feature: "discount_share", direction: "high" });
    expect(g2!.distinctive[0]!.z).toBeCloseTo(Math.SQRT2, 9);
    expect(g2!.distinctive[1]).toMatchObject({ feature: "promo_share", direction: "high" });
    expect(g2!.distinctive[1]!.z).toBeCloseTo(1.396213, 5);
    expect(g3!.distinctive[1]).toMatchObject({ feature: "refund_rate", direction: "high" });
    expect(g3!.distinctive[1]!.z).toBeCloseTo(1.363989, 5);
    // Six varying features: each persona has its own two high and the other four low; price, brand,
    // breadth and reviews never vary.
    for (const p of model.personas) {
      expect(p.distinctive).toHaveLength(6);
      expect(p.distinctive.slice(2).every((d) => d.direction === "low" && d.z < -0.68 && d.z > -0.72)).toBe(true);
    }
  });

  it("sizes, shares, spend, mean features in plain units, typical customer and top tags", () => {
    const [g2, g3, g1] = model.personas;
    expect(model.personas.map((p) => [p.cluster, p.customers, p.share])).toEqual([[0, 4, 1 / 3], [1, 4, 1 / 3], [2, 4, 1 / 3]]);
    // Spend 40000 (G1) + 400 + 400 = 40800.
    expect([g1!.spend, g2!.spend, g3!.spend]).toEqual([40000, 400, 400]);
    expect(g1!.spendShare).toBe(40000 / 40800);
    expect([g1!.means.orders, g1!.means.spend, g2!.means.promo_share, g2!.means.discount_share, g3!.means.recency, g3!.means.refund_rate])
      .toEqual([20, 10000, 0.85, 0.5, 300, 0.5]);
    model.personas.forEach((p) => expect(model.labels[p.typical]).toBe(p.cluster));
    expect(g2!.tops.top_category).toEqual([{ value: "食品", customers: 4, share: 1 }]);
    expect(g2!.tops.gender).toEqual([]);
  });

  it("a fixed k gives the same clustering and no scores", () => {
    const fixed = personaModel(ROWS, { k: 3 });
    expect(fixed.scores).toEqual([]);
    expect(Array.from(fixed.labels)).toEqual(Array.from(model.labels));
    expect(fixed.inertia).toBeCloseTo(model.inertia, 12);
  });

  it("one customer: k = 1 and, with nothing distinctive, the typical-customer name", () => {
    const one = personaModel([ROWS[0]!], { k: "auto" });
    expect(one.k).toBe(1);
    expect(one.personas[0]!.name).toEqual(TYPICAL.name);
    expect(one.personas[0]!.distinctive).toEqual([]);
  });

  it("no customers is an error", () => {
    expect(() => buildFeatureMatrix([])).toThrow(/no customers to cluster/);
  });
});
