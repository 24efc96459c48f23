import { describe, expect, it } from "vitest";
import {
  bgNbdConditionalExpectedPurchases,
  bgNbdExpectedPurchases,
  bgNbdLogLikelihood,
  bgNbdProbabilityAlive,
  fitBgNbd,
  type BgNbdParams
} from "../../../src/clv/bgnbd.ts";
import { ClvError } from "../../../src/clv/errors.ts";
import { lgamma } from "../../../src/clv/specialFunctions.ts";
import { createRng } from "../../../src/clv/rng.ts";
import { simulateBgNbd } from "../../../src/clv/simulate.ts";

/**
 * ∫₀¹ p^(a−1) (1−p)^(b−1) g(p) dp by the midpoint rule after substitutions that remove the
 * endpoint singularities (p = u^(1/a) on [0, ½], 1 − p = v^(1/b) on [½, 1]). Independent of the
 * library's hypergeometric code; accurate to ~1e-7 relative with 200,000 points per half.
 */
function betaIntegral(a: number, b: number, g: (p: number) => number, n = 200_000): number {
  let s = 0;
  const U = Math.pow(0.5, a);
  for (let i = 0; i < n; i++) {
    const p = Math.pow(((i + 0.5) / n) * U, 1 / a);
    s += (Math.pow(1 - p, b - 1) * g(p) * U) / n / a;
  }
  const V = Math.pow(0.5, b);
  for (let i = 0; i < n; i++) {
    const q = Math.pow(((i + 0.5) / n) * V, 1 / b);
    s += (Math.pow(1 - q, a - 1) * g(1 - q) * V) / n / b;
  }
  return s;
}

/** E[X(t)] = E_p[(1/p)(1 − (α/(α+pt))^r)] with p ~ Beta(a, b). */
function expectedByQuadrature(P: BgNbdParams, t: number): number {
  const lnB = lgamma(P.a) + lgamma(P.b) - lgamma(P.a + P.b);
  return betaIntegral(P.a, P.b, (p) => -Math.expm1(-P.r * Math.log1p((p * t) / P.alpha)) / p) / Math.exp(lnB);
}

/** E[Y(t) | x, t_x, T] from the posterior over p, λ integrated out analytically. */
function conditionalByQuadrature(P: BgNbdParams, t: number, x: number, tx: number, T: number): number {
  const { r, alpha, a, b } = P;
  // Both integrals multiplied by (α+T)^(r+x) so that nothing underflows for large x.
  const dead = Math.pow((alpha + T) / (alpha + tx), r + x);
  const num = betaIntegral(a, b, (p) => (Math.pow(1 - p, x) / p) * -Math.expm1(-(r + x) * Math.log1p((p * t) / (alpha + T))));
  const den = betaIntegral(a, b, (p) => Math.pow(1 - p, x) + (x > 0 ? p * Math.pow(1 - p, x - 1) * dead : 0));
  return num / den;
}

const CDNOW: BgNbdParams = { r: 0.242593, alpha: 4.413532, a: 0.792886, b: 2.425752 };

describe("BG/NBD log-likelihood", () => {
  it("equals the closed form for single customers", () => {
    const { r, alpha, a, b } = CDNOW;
    const direct = (x: number, tx: number, T: number) => {
      const lnB = (p: number, q: number) => lgamma(p) + lgamma(q) - lgamma(p + q);
      const common = lgamma(r + x) - lgamma(r) + r * Math.log(alpha) + lnB(a, b + x) - lnB(a, b);
      const alive = Math.pow(alpha + T, -(r + x));
      const dead = x > 0 ? (a / (b + x - 1)) * Math.pow(alpha + tx, -(r + x)) : 0;
      return common + Math.log(alive + dead);
    };
    for (const [x, tx, T] of [[0, 0, 38.86], [2, 30.43, 38.86], [1, 1.71, 38.86], [14, 36, 38]]) {
      expect(bgNbdLogLikelihood(CDNOW, { x: [x], tx: [tx], T: [T] })).toBeCloseTo(direct(x, tx, T), 11);
    }
  });
  it("stays finite where the plain formula overflows (x = 400, T = 5000)", () => {
    const ll = bgNbdLogLikelihood(CDNOW, { x: [400], tx: [4000], T: [5000] });
    expect(Number.isFinite(ll)).toBe(true);
    expect(ll).toBeLessThan(0);
  });
});

describe("BG/NBD predictions", () => {
  it("E[X(t)] matches an independent quadrature, also for a < 1, a + b < 1 and a = 1", () => {
    const sets: BgNbdParams[] = [CDNOW, { r: 1.3, alpha: 2, a: 2.5, b: 4 }, { r: 0.5, alpha: 3, a: 0.3, b: 0.4 }, { r: 0.7, alpha: 5, a: 1, b: 2 }];
    for (const P of sets) {
      for (const t of [0.5, 10, 78]) {
        expect(bgNbdExpectedPurchases(P, t) / expectedByQuadrature(P, t)).toBeCloseTo(1, 5);
      }
    }
  });
  it("E[X(t)] at a = 1 lies between a = 1 ∓ 1e-4 (no 0/0)", () => {
    const at = (a: number) => bgNbdExpectedPurchases({ r: 0.7, alpha: 5, a, b: 2 }, 20);
    expect(at(1)).toBeGreaterThan(Math.min(at(1 - 1e-4), at(1 + 1e-4)));
    expect(at(1)).toBeLessThan(Math.max(at(1 - 1e-4), at(1 + 1e-4)));
  });
  it("the conditional expectation matches the posterior quadrature", () => {
    // includes a heavy buyer (x = 300), where the textbook form's (1−z)^−(r+x)-sized terms overflow
    for (const [x, tx, T] of [[0, 0, 30], [2, 30.43, 38.86], [7, 12, 38], [300, 38, 38.86]]) {
      const v = bgNbdConditionalExpectedPurchases(CDNOW, 39, x, tx, T);
      expect(v / conditionalByQuadrature(CDNOW, 39, x, tx, T)).toBeCloseTo(1, 5);
    }
    // Hardie's spreadsheet value quoted by lifetimes' tests (3 decimals)
    expect(bgNbdConditionalExpectedPurchases(CDNOW, 39, 2, 30.43, 38.86)).toBeCloseTo(1.226, 3);
  });
  it("P(alive) is exactly 1 for x = 0 and falls with time since the last purchase", () => {
    expect(bgNbdProbabilityAlive(CDNOW, 0, 0, 38.86)).toBe(1);
    const recent = bgNbdProbabilityAlive(CDNOW, 3, 38, 38.86);
    const lapsed = bgNbdProbabilityAlive(CDNOW, 3, 5, 38.86);
    expect(recent).toBeGreaterThan(lapsed);
    // closed form 1 / (1 + a/(b+x−1) ((α+T)/(α+t_x))^(r+x))
    const { r, alpha, a, b } = CDNOW;
    expect(lapsed).toBeCloseTo(1 / (1 + (a / (b + 2)) * Math.pow((alpha + 38.86) / (alpha + 5), r + 3)), 14);
  });
  it("refuses a horizon beyond the reach of the series, and bad parameters", () => {
    expect(() => bgNbdExpectedPurchases(CDNOW, 1e12)).toThrow(ClvError);
    expect(() => bgNbdExpectedPurchases({ ...CDNOW, r: -1 }, 1)).toThrow(/positive/);
    expect(() => bgNbdExpectedPurchases(CDNOW, -1)).toThrow(/time span/);
    expect(() => bgNbdConditionalExpectedPurchases(CDNOW, 1, 0, 3, 5)).toThrow(/t_x must be 0 when x = 0/);
    expect(() => bgNbdProbabilityAlive(CDNOW, 2, 6, 5)).toThrow(/T must be finite and ≥ t_x/);
  });
});

describe("fitBgNbd", () => {
  // Recovery: 20,000 customers simulated from known parameters (seed 42), T uniform on 20…40.
  // Tolerance: every estimate within 4 of its own standard errors AND within 20 % of the truth.
  const truth: BgNbdParams = { r: 0.25, alpha: 4, a: 0.8, b: 2.5 };
  const rng = createRng(42);
  const T = Float64Array.from({ length: 20_000 }, () => 20 + 20 * rng.uniform());
  const data = simulateBgNbd(truth, T, rng);
  const fit = fitBgNbd(data);
  it("recovers the simulated parameters", () => {
    expect(fit.converged).toBe(true);
    for (const k of ["r", "alpha", "a", "b"] as const) {
      expect(Math.abs(fit.params[k] - truth[k])).toBeLessThan(4 * fit.standardErrors[k]);
      expect(Math.abs(fit.params[k] / truth[k] - 1)).toBeLessThan(0.2);
    }
  });
  it("stops at a true maximum: the log-likelihood's numerical gradient vanishes there", () => {
    for (const k of ["r", "alpha", "a", "b"] as const) {
      const h = 1e-5 * fit.params[k];
      const up = bgNbdLogLikelihood({ ...fit.params, [k]: fit.params[k] + h }, data);
      const down = bgNbdLogLikelihood({ ...fit.params, [k]: fit.params[k] - h }, data);
      // gradient in ln θ times the standard error of ln θ ≈ distance to the optimum in standard
      // errors: below 1 %
      const gLog = ((up - down) / (2 * h)) * fit.params[k];
      expect(Math.abs(gLog * (fit.standardErrors[k] / fit.params[k]))).toBeLessThan(0.01);
    }
    expect(fit.logLikelihood).toBeCloseTo(bgNbdLogLikelihood(fit.params, data), 6);
  });
  it("is unit-invariant: fitting in days gives α × 7 and the same r, a, b", () => {
    const days = fitBgNbd({ x: data.x, tx: data.tx.map((v) => v * 7), T: data.T.map((v) => v * 7) });
    expect(days.params.alpha / fit.params.alpha).toBeCloseTo(7, 4);
    expect(days.params.r).toBeCloseTo(fit.params.r, 5);
    expect(days.params.a).toBeCloseTo(fit.params.a, 4);
    expect(days.params.b).toBeCloseTo(fit.params.b, 4);
  });
  it("fits on patterns: the same customers given as patterns with counts give the same answer", () => {
    // Whole-week times make many customers share a pattern.
    const r2 = createRng(7);
    const Tw = Float64Array.from({ length: 5000 }, () => 30 + r2.integer(0, 9));
    const sim = simulateBgNbd(truth, Tw, r2);
    const perCustomer = { x: sim.x, tx: sim.tx.map(Math.floor), T: sim.T };
    const keys = new Map<string, number>();
    perCustomer.x.forEach((x, i) => {
      const k = `${x},${perCustomer.tx[i]},${perCustomer.T[i]}`;
      keys.set(k, (keys.get(k) ?? 0) + 1);
    });
    const patterns = { x: [] as number[], tx: [] as number[], T: [] as number[], count: [] as number[] };
    for (const [k, c] of keys) {
      const [x, tx, T] = k.split(",").map(Number);
      patterns.x.push(x);
      patterns.tx.push(tx);
      patterns.T.push(T);
      patterns.count.push(c);
    }
    const a = fitBgNbd(patterns), b = fitBgNbd(perCustomer);
    expect(a.nPatterns).toBe(keys.size);
    expect(b.nPatterns).toBe(keys.size);
    expect(keys.size).toBeLessThan(1500);
    expect(a.nObservations).toBe(5000);
    expect(a.params.r).toBeCloseTo(b.params.r, 6);
    expect(a.params.b).toBeCloseTo(b.params.b, 5);
    expect(a.logLikelihood).toBeCloseTo(b.logLikelihood, 6);
  });
  it("refuses data with too few repeat buyers", () => {
    try {
      fitBgNbd({ x: [0, 0, 0, 1, 2], tx: [0, 0, 0, 3, 4], T: [5, 5, 5, 5, 5] });
      expect.unreachable();
    } catch (e) {
      expect((e as ClvError).code).toBe("too_few_repeat_buyers");
      expect((e as ClvError).message).toMatch(/Only 2 of 5 customers/);
      expect((e as ClvError).messageZh).toMatch(/复购/);
    }
  });
  it("says the fit did not converge when the data cannot identify the model", () => {
    // Few patterns and no sign of dropout: the likelihood keeps rising as a, b → ∞ (NBD limit).
    const data = { x: [0, 1, 2, 0, 3, 1], tx: [0, 5, 20, 0, 30, 2], T: [30, 31, 35, 20, 38, 33], count: [700, 120, 60, 500, 40, 90] };
    try {
      fitBgNbd(data);
      expect.unreachable();
    } catch (e) {
      expect((e as ClvError).code).toBe("not_converged");
      expect((e as ClvError).message).toMatch(/did not converge: parameter (a|b) (is not identified|ran off)/);
      expect((e as ClvError).messageZh).toMatch(/未收敛：参数 (a|b) (无法由数据确定|趋于)/);
    }
    const flagged = fitBgNbd(data, { allowNotConverged: true });
    expect(flagged.converged).toBe(false);
    expect(flagged.params.a).toBeGreaterThan(1e4);
  });
});
