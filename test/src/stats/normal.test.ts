import { describe, expect, it } from "vitest";
import { normalCdf, normalQuantile } from "../../../src/stats/normal.ts";

// Reference values: mpmath 1.3 (ncdf, and bisection on it) at 40 significant digits, for the
// double nearest to each argument.

describe("normalCdf", () => {
  it("matches mpmath to 13 significant digits, far into the lower tail", () => {
    const cases: [number, number][] = [
      [-38, 2.8854283600687843e-316],
      [-20, 2.7536241186062337e-89],
      [-8, 6.2209605742717841e-16],
      [-5, 2.8665157187919391e-7],
      [-3, 0.0013498980316300945],
      [-1.5, 0.066807201268858066],
      [-0.5, 0.3085375387259869],
      [0.3, 0.61791142218895263],
      [1.2, 0.88493032977829172],
      [2.5, 0.99379033467422386]
    ];
    for (const [x, ref] of cases) expect(normalCdf(x) / ref).toBeCloseTo(1, 13);
  });
  it("is symmetric and exact at the ends", () => {
    for (const x of [0.1, 1, 1.7, 3.3, 9]) expect(normalCdf(x) + normalCdf(-x)).toBeCloseTo(1, 15);
    expect(normalCdf(0)).toBe(0.5);
    expect(normalCdf(7)).toBeCloseTo(1 - 1.279812543885835e-12, 15);
    expect(normalCdf(-Infinity)).toBe(0);
    expect(normalCdf(Infinity)).toBe(1);
  });
  it("refuses NaN", () => {
    expect(() => normalCdf(NaN)).toThrow(/x must be a number/);
  });
});

describe("normalQuantile", () => {
  it("matches mpmath to 13 significant digits from p = 1e-300 to 1 − 1e-6", () => {
    const cases: [number, number][] = [
      [1e-300, -37.047096299361199],
      [1e-20, -9.2623400897984076],
      [1e-10, -6.3613409024040562],
      [0.001, -3.0902323061678135],
      [0.02425, -1.9729610513118848], // where Acklam switches from the tail to the central formula
      [0.025, -1.9599639845400542],
      [0.2, -0.84162123357291417],
      [0.975, 1.9599639845400539],
      [0.999999, 4.7534243088170878]
    ];
    for (const [p, ref] of cases) expect(normalQuantile(p) / ref).toBeCloseTo(1, 13);
    expect(normalQuantile(0.5)).toBe(0);
  });
  it("inverts normalCdf", () => {
    // Only where Φ(x) carries x's digits: above x ≈ 2, Φ(x) rounds to a number near 1 whose
    // last bits no longer determine x.
    for (const x of [-30, -7.5, -2, -0.01, 0.4, 1.5]) expect(normalQuantile(normalCdf(x)) / x).toBeCloseTo(1, 12);
  });
  it("gives ±Infinity at 0 and 1 and refuses anything outside [0, 1]", () => {
    expect(normalQuantile(0)).toBe(-Infinity);
    expect(normalQuantile(1)).toBe(Infinity);
    for (const p of [-0.1, 1.1, NaN]) expect(() => normalQuantile(p)).toThrow(/between 0 and 1/);
  });
});
