import { describe, expect, it } from "vitest";
import { twoProportionTest } from "../../../src/stats/twoProportionTest.ts";

describe("twoProportionTest", () => {
  it("reproduces the worked example 200/2000 vs 250/2000", () => {
    const r = twoProportionTest(200, 2000, 250, 2000);
    expect(r.rateA).toBe(0.1);
    expect(r.rateB).toBe(0.125);
    expect(r.difference).toBeCloseTo(0.025, 15);
    expect(r.relativeLift).toBeCloseTo(0.25, 14);
    // pooled rate 450/4000 = 0.1125; SE₀ = √(0.1125 · 0.8875 · 2/2000) = 0.0099922 → z = 2.50196
    expect(r.z).toBeCloseTo(2.502, 3);
    expect(r.pValue).toBeCloseTo(0.0124, 4);
    // unpooled SE = √(0.1·0.9/2000 + 0.125·0.875/2000) = 0.0099844; ± 1.959964 · SE = ± 0.019569
    expect(r.confidenceInterval[0]).toBeCloseTo(0.0054, 4);
    expect(r.confidenceInterval[1]).toBeCloseTo(0.0446, 4);
  });
  it("has z² equal to Pearson's X² of the 2×2 table, as R's prop.test(correct = FALSE) reports", () => {
    const [a, nA, b, nB] = [37, 410, 58, 395];
    const table = [[a, nA - a], [b, nB - b]];
    const rows = [nA, nB], cols = [a + b, nA + nB - a - b], total = nA + nB;
    let x2 = 0;
    for (let i = 0; i < 2; i++) for (let j = 0; j < 2; j++) {
      const e = (rows[i] * cols[j]) / total;
      x2 += (table[i][j] - e) ** 2 / e;
    }
    expect(twoProportionTest(a, nA, b, nB).z ** 2).toBeCloseTo(x2, 12);
  });
  it("gives z = 0 and p = 1 for identical arms, and a symmetric interval", () => {
    const r = twoProportionTest(30, 100, 30, 100);
    expect(r.z).toBe(0);
    expect(r.pValue).toBe(1);
    expect(r.relativeLift).toBe(0);
    expect(r.confidenceInterval[0]).toBeCloseTo(-r.confidenceInterval[1], 15);
  });
  it("handles an arm with no conversions: no lift over zero, the variance from the other arm", () => {
    const r = twoProportionTest(0, 100, 5, 100);
    expect(r.relativeLift).toBeNull();
    expect(r.z).toBeCloseTo(0.05 / Math.sqrt(0.025 * 0.975 * 0.02), 12);
    const half = 1.959963984540054 * Math.sqrt((0.05 * 0.95) / 100);
    expect(r.confidenceInterval[0]).toBeCloseTo(0.05 - half, 12);
    // no conversions anywhere: nothing to tell the arms apart (Fisher's exact test gives p = 1 too)
    const none = twoProportionTest(0, 100, 0, 80);
    expect([none.z, none.pValue, none.difference]).toEqual([0, 1, 0]);
  });
  it("keeps the interval inside [−1, 1] and widens it as alpha shrinks", () => {
    // 1/2 vs 2/2: difference ½, half-width 1.96 · √(0.25/2) = 0.69
    const up = twoProportionTest(1, 2, 2, 2).confidenceInterval;
    expect(up[0]).toBeCloseTo(0.5 - 1.959963984540054 * Math.sqrt(0.125), 14);
    expect(up[1]).toBe(1);
    const down = twoProportionTest(2, 2, 1, 2).confidenceInterval;
    expect(down[0]).toBe(-1);
    expect(down[1]).toBeCloseTo(-0.5 + 1.959963984540054 * Math.sqrt(0.125), 14);
    const w = (alpha: number) => {
      const [lo, hi] = twoProportionTest(200, 2000, 250, 2000, alpha).confidenceInterval;
      return hi - lo;
    };
    expect(w(0.01) / w(0.05)).toBeCloseTo(2.5758293035489 / 1.959963984540054, 12);
  });
  it("refuses impossible counts and a bad alpha", () => {
    expect(() => twoProportionTest(1, 0, 1, 10)).toThrow(/nA must be a whole number ≥ 1/);
    expect(() => twoProportionTest(11, 10, 1, 10)).toThrow(/conversionsA \(11\) cannot exceed nA \(10\)/);
    expect(() => twoProportionTest(1, 10, 12, 10)).toThrow(/conversionsB \(12\) cannot exceed nB/);
    expect(() => twoProportionTest(-1, 10, 1, 10)).toThrow(/conversionsA must be a whole number/);
    expect(() => twoProportionTest(1.5, 10, 1, 10)).toThrow(/conversionsA/);
    for (const alpha of [0, 1, -0.05, NaN]) expect(() => twoProportionTest(1, 10, 1, 10, alpha)).toThrow(/alpha must be strictly between 0 and 1/);
  });
});
