import { describe, expect, it } from "vitest";
import { benjaminiHochbergAdjust, holmAdjust } from "../../../src/stats/multipleTesting.ts";

// Expected values worked by hand with R's p.adjust definitions.
//
// p = [0.01, 0.04, 0.03, 0.005], m = 4, sorted 0.005 < 0.01 < 0.03 < 0.04:
//   Holm  (m − i + 1) · p₍ᵢ₎: 4·0.005 = 0.02, 3·0.01 = 0.03, 2·0.03 = 0.06, 1·0.04 = 0.04
//         running max → 0.02, 0.03, 0.06, 0.06      → input order [0.03, 0.06, 0.06, 0.02]
//   BH    m/i · p₍ᵢ₎:    4·0.005 = 0.02, 2·0.01 = 0.02, 4/3·0.03 = 0.04, 1·0.04 = 0.04
//         running min from the top → 0.02, 0.02, 0.04, 0.04 → input order [0.02, 0.04, 0.04, 0.02]
//
// p = [0.04, 0.01, 0.03, 0.035], sorted 0.01 < 0.03 < 0.035 < 0.04, where the monotone steps bite:
//   Holm  0.04, 0.09, 0.07, 0.04 → running max 0.04, 0.09, 0.09, 0.09 → [0.09, 0.04, 0.09, 0.09]
//   BH    0.04, 0.06, 0.04667, 0.04 → running min from the top: all 0.04
const close = (actual: number[], expected: number[]) => {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((v, i) => expect(v).toBeCloseTo(expected[i], 14));
};

describe("holmAdjust", () => {
  it("matches the hand-worked examples, in input order", () => {
    close(holmAdjust([0.01, 0.04, 0.03, 0.005]), [0.03, 0.06, 0.06, 0.02]);
    close(holmAdjust([0.04, 0.01, 0.03, 0.035]), [0.09, 0.04, 0.09, 0.09]);
  });
  it("caps at 1 and gives tied p-values the same adjusted value", () => {
    close(holmAdjust([0.5, 0.6, 0.2]), [1, 1, 0.6]);
    close(holmAdjust([0.02, 0.02, 0.5]), [0.06, 0.06, 0.5]);
  });
});

describe("benjaminiHochbergAdjust", () => {
  it("matches the hand-worked examples, in input order", () => {
    close(benjaminiHochbergAdjust([0.01, 0.04, 0.03, 0.005]), [0.02, 0.04, 0.04, 0.02]);
    close(benjaminiHochbergAdjust([0.04, 0.01, 0.03, 0.035]), [0.04, 0.04, 0.04, 0.04]);
  });
  it("never exceeds 1 and never goes below the raw p", () => {
    close(benjaminiHochbergAdjust([0.9, 0.95, 1]), [1, 1, 1]);
    const p = [0.001, 0.2, 0.013, 0.7, 0.049, 0.05];
    benjaminiHochbergAdjust(p).forEach((q, i) => expect(q).toBeGreaterThanOrEqual(p[i]));
  });
});

describe("both adjustments", () => {
  it("keep the order of the raw p-values and leave a single test alone", () => {
    const p = [0.3, 0.0001, 0.04, 0.02, 0.9, 0.011, 0.04, 0.5];
    const byP = p.map((_, i) => i).sort((i, j) => p[i] - p[j]);
    for (const adjust of [holmAdjust, benjaminiHochbergAdjust]) {
      const q = adjust(p);
      for (let k = 1; k < byP.length; k++) expect(q[byP[k]]).toBeGreaterThanOrEqual(q[byP[k - 1]]);
      expect(adjust([0.037])).toEqual([0.037]);
      expect(adjust([])).toEqual([]);
    }
  });
  it("refuse values that are not probabilities", () => {
    expect(() => holmAdjust([0.1, 1.2])).toThrow(/p-value 1 must be between 0 and 1/);
    expect(() => benjaminiHochbergAdjust([NaN])).toThrow(/p-value 0/);
  });
});
