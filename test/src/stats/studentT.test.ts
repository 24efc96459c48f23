import { describe, expect, it } from "vitest";
import { studentTCdf, studentTQuantile, studentTTwoSidedP } from "../../../src/stats/studentT.ts";
import { normalCdf } from "../../../src/stats/normal.ts";

// Reference values: mpmath 1.3 at 40 digits (betainc for the cdf, bisection on it for quantiles).

describe("studentTCdf", () => {
  it("equals the closed forms for ν = 1 (Cauchy) and ν = 2", () => {
    for (const t of [-50, -3, -0.4, 0, 0.9, 12]) {
      expect(studentTCdf(t, 1)).toBeCloseTo(0.5 + Math.atan(t) / Math.PI, 14);
      expect(studentTCdf(t, 2)).toBeCloseTo(0.5 + t / (2 * Math.sqrt(2 + t * t)), 14);
    }
  });
  it("matches mpmath for fractional and large ν", () => {
    const cases: [number, number, number, number][] = [
      [-2.5, 3.7, 0.035911011455913386, 13],
      [1.3, 0.6, 0.74676845407722078, 13],
      [-40, 2.5, 7.0978171452466915e-5, 13],
      [-1000, 1.5, 1.1924472823393507e-5, 13],
      [-1.8608, 17.776, 0.039698289069889905, 13],
      [-3, 12345.6, 0.001352591825169397, 12],
      // ν = 10⁶, a Welch test on a million users per arm: the documented ≈ 3e-11 at worst
      [-6, 1e6, 9.8692490617721733e-10, 10],
      [0.7, 1e6, 0.75803626635672928, 13]
    ];
    for (const [t, df, ref, digits] of cases) expect(studentTCdf(t, df) / ref).toBeCloseTo(1, digits);
  });
  it("approaches the normal distribution as ν grows", () => {
    expect(studentTCdf(-2, 1e9) / normalCdf(-2)).toBeCloseTo(1, 7);
  });
});

describe("studentTTwoSidedP", () => {
  it("is twice the tail, 1 at t = 0 and 0 at ±∞", () => {
    expect(studentTTwoSidedP(-2.5, 3.7)).toBeCloseTo(2 * 0.035911011455913386, 15);
    expect(studentTTwoSidedP(2.5, 3.7)).toBe(studentTTwoSidedP(-2.5, 3.7));
    expect(studentTTwoSidedP(0, 7)).toBe(1);
    expect(studentTTwoSidedP(Infinity, 7)).toBe(0);
  });
  it("refuses bad arguments", () => {
    expect(() => studentTTwoSidedP(1, 0)).toThrow(/degrees of freedom must be positive/);
    expect(() => studentTTwoSidedP(NaN, 3)).toThrow(/t must be a number/);
  });
});

describe("studentTQuantile", () => {
  it("matches mpmath (and the t table: t₀.₉₇₅,₁₀ = 2.228)", () => {
    const cases: [number, number, number][] = [
      [0.025, 3.7, -2.8675207071911893],
      [0.975, 17.776, 2.1028213103802212],
      [0.975, 10, 2.2281388519862742],
      [1e-8, 2.5, -1389.2275830275381],
      [0.4, 0.6, -0.37340626004014679],
      [0.05, 0.3, -653.02052102907469],
      [0.005, 1e5, -2.5758784699083753]
    ];
    for (const [p, df, ref] of cases) expect(studentTQuantile(p, df) / ref).toBeCloseTo(1, 12);
  });
  it("inverts the cdf and is exact at the symmetric points", () => {
    for (const [p, df] of [[0.001, 1.3], [0.3, 40], [0.9999, 6]]) expect(studentTCdf(studentTQuantile(p, df), df) / p).toBeCloseTo(1, 12);
    expect(studentTQuantile(0.5, 4)).toBe(0);
    expect(studentTQuantile(0, 4)).toBe(-Infinity);
    expect(studentTQuantile(1, 4)).toBe(Infinity);
  });
  it("refuses bad arguments", () => {
    expect(() => studentTQuantile(1.5, 3)).toThrow(/between 0 and 1/);
    expect(() => studentTQuantile(0.5, -1)).toThrow(/degrees of freedom/);
  });
});
