import { describe, expect, it } from "vitest";
import { fitGammaGamma, gammaGammaExpectedSpend, gammaGammaLogLikelihood, type GammaGammaParams } from "../../../src/clv/gammaGamma.ts";
import { ClvError } from "../../../src/clv/errors.ts";
import { lgamma } from "../../../src/clv/specialFunctions.ts";
import { createRng } from "../../../src/clv/rng.ts";
import { simulateGammaGammaSpend } from "../../../src/clv/simulate.ts";

const CDNOW: GammaGammaParams = { p: 6.25, q: 3.74, v: 15.44 };

const codeOf = (f: () => unknown): string => {
  try {
    f();
  } catch (e) {
    return (e as ClvError).code;
  }
  return "no error";
};

describe("Gamma-Gamma log-likelihood", () => {
  it("is the density of the mean of x Gamma(p, ν) values with ν ~ Gamma(q, v)", () => {
    const { p, q, v } = CDNOW;
    const direct = (x: number, z: number) =>
      lgamma(p * x + q) - lgamma(p * x) - lgamma(q) + q * Math.log(v) + (p * x - 1) * Math.log(z) + p * x * Math.log(x) - (p * x + q) * Math.log(x * z + v);
    expect(gammaGammaLogLikelihood(CDNOW, { x: [2], monetary: [22.35] })).toBeCloseTo(direct(2, 22.35), 11);
    // customers with x = 0 are not part of the spend likelihood
    expect(gammaGammaLogLikelihood(CDNOW, { x: [0, 3, 1], monetary: [0, 40, 9.5] })).toBeCloseTo(direct(3, 40) + direct(1, 9.5), 11);
  });
  it("integrates to 1 over z̄ (x = 3)", () => {
    // ∫ f(z̄) dz̄ by the midpoint rule on a log grid
    let s = 0;
    const n = 20000, lo = Math.log(1e-3), hi = Math.log(1e4);
    for (let i = 0; i < n; i++) {
      const z = Math.exp(lo + ((i + 0.5) / n) * (hi - lo));
      s += Math.exp(gammaGammaLogLikelihood(CDNOW, { x: [3], monetary: [z] })) * z * ((hi - lo) / n);
    }
    expect(s).toBeCloseTo(1, 4);
  });
});

describe("fitGammaGamma", () => {
  // Recovery: 10,000 repeat buyers, x uniform on 1…6, spend simulated from p = 6, q = 4, v = 15
  // (seed 5). Tolerance: within 4 standard errors and within 20 % of the truth.
  const truth: GammaGammaParams = { p: 6, q: 4, v: 15 };
  const rng = createRng(5);
  const x = Float64Array.from({ length: 10_000 }, () => rng.integer(1, 6));
  const z = simulateGammaGammaSpend(truth, x, rng);
  const fit = fitGammaGamma({ x, monetary: z });
  it("recovers the simulated parameters", () => {
    expect(fit.converged).toBe(true);
    for (const k of ["p", "q", "v"] as const) {
      expect(Math.abs(fit.params[k] - truth[k])).toBeLessThan(4 * fit.standardErrors[k]);
      expect(Math.abs(fit.params[k] / truth[k] - 1)).toBeLessThan(0.2);
    }
    expect(Math.abs(fit.frequencySpendCorrelation)).toBeLessThan(0.05);
  });
  it("refuses non-positive spend for repeat buyers, naming how many", () => {
    try {
      fitGammaGamma({ x: [1, 2, 3], monetary: [10, 0, -5] });
      expect.unreachable();
    } catch (e) {
      expect((e as ClvError).code).toBe("non_positive_spend");
      expect((e as ClvError).message).toMatch(/^2 repeat buyer/);
      expect((e as ClvError).messageZh).toMatch(/有 2 位复购顾客/);
    }
  });
  it("refuses too few repeat buyers", () => {
    expect(codeOf(() => fitGammaGamma({ x: [0, 0, 2, 1], monetary: [0, 0, 10, 12] }))).toBe("too_few_repeat_buyers");
  });
});

describe("gammaGammaExpectedSpend", () => {
  it("shrinks a customer's mean towards the population mean p v / (q − 1)", () => {
    const { p, q, v } = CDNOW;
    expect(gammaGammaExpectedSpend(CDNOW, 0, 0)).toBeCloseTo((p * v) / (q - 1), 12);
    expect(gammaGammaExpectedSpend(CDNOW, 2, 22.35)).toBeCloseTo((p * (v + 2 * 22.35)) / (2 * p + q - 1), 12);
    // many purchases: close to the customer's own mean
    expect(gammaGammaExpectedSpend(CDNOW, 500, 30) / 30).toBeCloseTo(1, 2);
  });
  it("refuses an infinite expectation and non-positive spend", () => {
    expect(codeOf(() => gammaGammaExpectedSpend({ p: 2, q: 0.8, v: 10 }, 0, 0))).toBe("undefined_expectation");
    expect(gammaGammaExpectedSpend({ p: 2, q: 0.8, v: 10 }, 1, 5)).toBeCloseTo((2 * 15) / 1.8, 12);
    expect(codeOf(() => gammaGammaExpectedSpend(CDNOW, 2, -3))).toBe("non_positive_spend");
  });
});
