import { describe, expect, it } from "vitest";
import { digamma, hyp2f1Series, lgamma, logAddExp, oneMinusPowOverExponent } from "../../../src/clv/specialFunctions.ts";
import { hyp2f1b1 } from "../../../src/clv/hyp2f1b1.ts";

const EULER = 0.5772156649015329;

describe("lgamma / digamma", () => {
  it("match closed forms to ~1e-14", () => {
    expect(lgamma(1)).toBeCloseTo(0, 14);
    expect(lgamma(2)).toBeCloseTo(0, 14);
    expect(lgamma(0.5)).toBeCloseTo(0.5 * Math.log(Math.PI), 14);
    expect(lgamma(10)).toBeCloseTo(Math.log(362880), 12);
    expect(lgamma(3.5)).toBeCloseTo(Math.log((15 / 8) * Math.sqrt(Math.PI)), 13);
    // ln Γ(x) ≈ −ln x − γx for tiny x
    expect(lgamma(1e-8)).toBeCloseTo(-Math.log(1e-8) - EULER * 1e-8, 12);
    // Stirling regime: ln Γ(1000) = ln(999!) (reference value)
    expect(lgamma(1000)).toBeCloseTo(5905.220423209181, 9);
    expect(digamma(1)).toBeCloseTo(-EULER, 14);
    expect(digamma(0.5)).toBeCloseTo(-EULER - 2 * Math.LN2, 13);
    expect(digamma(10)).toBeCloseTo(-EULER + [1, 2, 3, 4, 5, 6, 7, 8, 9].reduce((a, k) => a + 1 / k, 0), 13);
  });
  it("digamma is the derivative of lgamma", () => {
    for (const x of [0.01, 0.3, 1.7, 8, 9.99, 10.01, 55]) {
      const h = 1e-4 * x; // central difference: truncation ≈ h²·ψ''/6, relative ≈ 1e-8
      expect(digamma(x) / ((lgamma(x + h) - lgamma(x - h)) / (2 * h))).toBeCloseTo(1, 6);
    }
  });
  it("refuses non-positive arguments", () => {
    expect(lgamma(-1)).toBeNaN();
    expect(digamma(-0.5)).toBeNaN();
  });
});

describe("logAddExp / oneMinusPowOverExponent", () => {
  it("never overflows", () => {
    expect(logAddExp(1000, 1000)).toBeCloseTo(1000 + Math.LN2, 12);
    expect(logAddExp(-Infinity, -3)).toBe(-3);
    expect(logAddExp(-800, -801)).toBeCloseTo(-800 + Math.log1p(Math.exp(-1)), 12);
  });
  it("(1 − (1+u)^−e)/e is continuous at e = 0", () => {
    const u = 0.7;
    expect(oneMinusPowOverExponent(u, 0)).toBeCloseTo(Math.log1p(u), 15);
    expect(oneMinusPowOverExponent(u, 1e-12)).toBeCloseTo(Math.log1p(u), 11);
    expect(oneMinusPowOverExponent(u, 0.5)).toBeCloseTo((1 - Math.pow(1 + u, -0.5)) / 0.5, 14);
    expect(oneMinusPowOverExponent(u, -0.4)).toBeCloseTo((1 - Math.pow(1 + u, 0.4)) / -0.4, 14);
  });
});

describe("hypergeometric series", () => {
  it("2F1(1,1;2;z) = −ln(1−z)/z and 2F1(a,b;b;z) = (1−z)^−a", () => {
    for (const z of [0.1, 0.5, 0.9, 0.99]) {
      expect(hyp2f1Series(1, 1, 2, z)).toBeCloseTo(-Math.log1p(-z) / z, 12);
      expect(hyp2f1Series(0.3, 2.5, 2.5, z) / Math.pow(1 - z, -0.3)).toBeCloseTo(1, 12);
    }
  });
  it("returns NaN rather than a truncated sum", () => {
    expect(hyp2f1Series(1, 1, 2, 0.999999, 1000)).toBeNaN();
  });
});

describe("hyp2f1b1: 2F1(c, 1; m+1; z) by continued fraction, with gradient", () => {
  const out = new Float64Array(4);
  const cases: [number, number, number][] = [
    [0.5, 1.2, 0.3],
    [3.2, 5.5, 0.9],
    [0.6, 11, 0.09],
    [10, 12, 0.99],
    [1.606, 1.159, 0.5], // c = s + 1 > m is allowed (c < m + 1)
    [0.2, 0.9, 0.999]
  ];
  for (const [c, m, z] of cases) {
    it(`c=${c}, m=${m}, z=${z}: value and derivatives match the series`, () => {
      expect(hyp2f1b1(c, m, z, out)).toBe(true);
      const F = (cc: number, mm: number, zz: number) => hyp2f1Series(cc, 1, mm + 1, zz);
      expect(out[0] / F(c, m, z)).toBeCloseTo(1, 12);
      const h = 1e-6;
      expect(out[1]).toBeCloseTo((F(c + h, m, z) - F(c - h, m, z)) / (2 * h), 6);
      expect(out[2]).toBeCloseTo((F(c, m + h, z) - F(c, m - h, z)) / (2 * h), 6);
      const hz = 1e-4 * (1 - z);
      expect(out[3] / ((F(c, m, z + hz) - F(c, m, z - hz)) / (2 * hz))).toBeCloseTo(1, 5);
    });
  }
  it("z = 0 is exact", () => {
    hyp2f1b1(0.4, 2, 0, out);
    expect(Array.from(out)).toEqual([1, 0, 0, 0.4 / 3]);
  });
  it("reports non-convergence instead of hiding it", () => {
    expect(hyp2f1b1(0.5, 1, 1 - 1e-14, out, 50)).toBe(false);
  });
});
