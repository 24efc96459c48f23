import { describe, expect, it } from "vitest";
import { sampleRatioMismatch } from "../../../src/stats/sampleRatioMismatch.ts";

describe("sampleRatioMismatch", () => {
  it("flags the SRM example of Kohavi, Tang & Xu (2020, ch. 3): 821,588 vs 815,482 users, p ≈ 1.8e-6", () => {
    const r = sampleRatioMismatch([821_588, 815_482]);
    // expected 818,535 each; χ² = 2 · 3053² / 818535 = 22.774
    expect(r.expectedCounts).toEqual([818_535, 818_535]);
    expect(r.chiSquare).toBeCloseTo((2 * 3053 ** 2) / 818_535, 9);
    expect(r.df).toBe(1);
    expect(r.pValue).toBeCloseTo(1.8e-6, 7);
    expect(r.mismatch).toBe(true);
  });
  it("matches R's chisq.test(c(10100, 9990), p = c(.5, .5)): X-squared = 0.60229, p-value = 0.4377", () => {
    const r = sampleRatioMismatch([10_100, 9_990]);
    expect(r.chiSquare).toBeCloseTo(0.60229, 5);
    expect(r.pValue).toBeCloseTo(0.4377, 4);
    expect(r.mismatch).toBe(false);
    // the alarm is p < threshold
    expect(sampleRatioMismatch([10_100, 9_990], { threshold: 0.5 }).mismatch).toBe(true);
  });
  it("takes any number of arms and an uneven design, with shares normalized", () => {
    // design 2:1:1 of 1000 → expected 500, 250, 250; χ² = 0 + 10²/250 + 10²/250 = 0.8 on 2 df,
    // whose upper tail is e^(−0.8/2) exactly
    const r = sampleRatioMismatch([500, 260, 240], { expectedShares: [0.5, 0.25, 0.25] });
    expect(r.expectedCounts).toEqual([500, 250, 250]);
    expect(r.chiSquare).toBeCloseTo(0.8, 13);
    expect(r.df).toBe(2);
    expect(r.pValue).toBeCloseTo(Math.exp(-0.4), 13);
    expect(sampleRatioMismatch([500, 260, 240], { expectedShares: [2, 1, 1] })).toEqual(r);
  });
  it("catches a split that matches an equal design but not the planned 90/10", () => {
    expect(sampleRatioMismatch([505, 495]).mismatch).toBe(false);
    expect(sampleRatioMismatch([505, 495], { expectedShares: [90, 10] }).mismatch).toBe(true);
    // 600 vs 400 on 50/50: χ² = 40, p = 2.54e-10
    expect(sampleRatioMismatch([600, 400]).pValue).toBeCloseTo(2.54e-10, 12);
  });
  it("refuses inputs that are not a split of counts", () => {
    expect(() => sampleRatioMismatch([100])).toThrow(/at least 2 arms/);
    expect(() => sampleRatioMismatch([100, 90], { expectedShares: [1, 1, 1] })).toThrow(/3 entries for 2 arms/);
    expect(() => sampleRatioMismatch([100, -1])).toThrow(/count of arm 1/);
    expect(() => sampleRatioMismatch([100, 2.5])).toThrow(/count of arm 1/);
    expect(() => sampleRatioMismatch([100, 90], { expectedShares: [1, 0] })).toThrow(/expected share of arm 1 must be positive/);
    expect(() => sampleRatioMismatch([0, 0])).toThrow(/no units observed/);
    expect(() => sampleRatioMismatch([100, 90], { threshold: 0 })).toThrow(/threshold must be strictly between 0 and 1/);
  });
});
