import { describe, expect, it } from "vitest";
import {
  fitParetoNbd,
  paretoNbdConditionalExpectedPurchases,
  paretoNbdExpectedPurchases,
  paretoNbdLogLikelihood,
  paretoNbdProbabilityAlive,
  type ParetoNbdParams
} from "../../../src/clv/paretoNbd.ts";
import { ClvError } from "../../../src/clv/errors.ts";
import { lgamma } from "../../../src/clv/specialFunctions.ts";
import { createRng } from "../../../src/clv/rng.ts";
import { simulateParetoNbd } from "../../../src/clv/simulate.ts";

/**
 * Independent reference: the likelihood written with the integral it comes from,
 *   L = Γ(r+x) α^r β^s / Γ(r) · [(α+T)^−(r+x) (β+T)^−s + s ∫_{t_x}^T (α+u)^−(r+x) (β+u)^−(s+1) du],
 * the integral by composite Simpson (20,000 panels): no hypergeometric function involved.
 */
function reference(P: ParetoNbdParams, x: number, tx: number, T: number) {
  const { r, alpha, s, beta } = P;
  const g = (u: number) => Math.pow(alpha + u, -(r + x)) * Math.pow(beta + u, -(s + 1));
  const N = 20_000, h = (T - tx) / N;
  let I = 0;
  if (T > tx) {
    for (let i = 0; i <= N; i++) I += (i === 0 || i === N ? 1 : i % 2 ? 4 : 2) * g(tx + i * h);
    I *= h / 3;
  }
  const alive = Math.pow(alpha + T, -(r + x)) * Math.pow(beta + T, -s);
  return {
    ll: lgamma(r + x) - lgamma(r) + r * Math.log(alpha) + s * Math.log(beta) + Math.log(alive + s * I),
    pAlive: alive / (alive + s * I)
  };
}

const CDNOW: ParetoNbdParams = { r: 0.553, alpha: 10.578, s: 0.606, beta: 11.669 };

describe("Pareto/NBD likelihood", () => {
  const sets: [string, ParetoNbdParams][] = [
    ["α < β (CDNOW)", CDNOW],
    ["α > β", { r: 1.2, alpha: 20, s: 0.4, beta: 2 }],
    ["α = β", { r: 0.8, alpha: 5, s: 1.5, beta: 5 }],
    ["α ≫ β", { r: 0.5, alpha: 500, s: 0.7, beta: 0.5 }],
    ["α ≪ β", { r: 0.5, alpha: 0.3, s: 2, beta: 300 }]
  ];
  for (const [name, P] of sets) {
    it(`matches the integral form, ${name}`, () => {
      for (const [x, tx, T] of [[0, 0, 38.86], [2, 30.43, 38.86], [1, 1.71, 38.86], [9, 20, 30], [3, 30, 30]]) {
        const ref = reference(P, x, tx, T);
        expect(paretoNbdLogLikelihood(P, { x: [x], tx: [tx], T: [T] })).toBeCloseTo(ref.ll, 9);
        expect(paretoNbdProbabilityAlive(P, x, tx, T)).toBeCloseTo(ref.pAlive, 9);
      }
    });
  }
  it("is continuous across α = β", () => {
    const at = (alpha: number) => paretoNbdLogLikelihood({ r: 0.8, alpha, s: 1.5, beta: 5 }, { x: [4], tx: [12], T: [30] });
    expect(at(5)).toBeCloseTo((at(5 - 1e-7) + at(5 + 1e-7)) / 2, 10);
  });
  it("stays finite for heavy buyers over long periods (x = 300, T = 5000)", () => {
    const ll = paretoNbdLogLikelihood(CDNOW, { x: [300], tx: [4900], T: [5000] });
    expect(Number.isFinite(ll)).toBe(true);
  });
});

describe("Pareto/NBD predictions", () => {
  it("E[X(t)] = rβ/(α(s−1))·[1 − (β/(β+t))^(s−1)], continuous at s = 1", () => {
    const { r, alpha, s, beta } = CDNOW;
    expect(paretoNbdExpectedPurchases(CDNOW, 39)).toBeCloseTo(((r * beta) / (alpha * (s - 1))) * (1 - Math.pow(beta / (beta + 39), s - 1)), 12);
    const at = (s: number) => paretoNbdExpectedPurchases({ ...CDNOW, s }, 39);
    expect(at(1)).toBeCloseTo(((r * beta) / alpha) * Math.log1p(39 / beta), 12);
    expect(at(1)).toBeCloseTo((at(1 - 1e-6) + at(1 + 1e-6)) / 2, 9);
  });
  it("the conditional expectation for a customer seen at T = 0 equals E[X(t)]", () => {
    expect(paretoNbdConditionalExpectedPurchases(CDNOW, 20, 0, 0, 0)).toBeCloseTo(paretoNbdExpectedPurchases(CDNOW, 20), 12);
  });
  it("the conditional expectation is (r+x)(β+T)/((α+T)(s−1))·[…]·P(alive), P(alive) from the integral form", () => {
    const { r, alpha, s, beta } = CDNOW;
    const [x, tx, T, t] = [2, 30.43, 38.86, 39];
    const ifAlive = (((r + x) * (beta + T)) / ((alpha + T) * (s - 1))) * (1 - Math.pow((beta + T) / (beta + T + t), s - 1));
    expect(paretoNbdConditionalExpectedPurchases(CDNOW, t, x, tx, T)).toBeCloseTo(ifAlive * reference(CDNOW, x, tx, T).pAlive, 9);
  });
});

describe("fitParetoNbd", () => {
  // Recovery: 20,000 customers simulated from known parameters (seed 11), T uniform on 40…80.
  // Tolerance: every estimate within 4 of its own standard errors AND within 20 % of the truth.
  // (The dropout pair s, β needs long observation: with T on 20…40 their standard errors are
  // 25–45 % of the values and a 20 % bound would test luck, not the code.)
  const truth: ParetoNbdParams = { r: 0.55, alpha: 10, s: 0.6, beta: 12 };
  const rng = createRng(11);
  const T = Float64Array.from({ length: 20_000 }, () => 40 + 40 * rng.uniform());
  const data = simulateParetoNbd(truth, T, rng);
  const fit = fitParetoNbd(data);
  it("recovers the simulated parameters", () => {
    expect(fit.converged).toBe(true);
    for (const k of ["r", "alpha", "s", "beta"] as const) {
      expect(Math.abs(fit.params[k] - truth[k])).toBeLessThan(4 * fit.standardErrors[k]);
      expect(Math.abs(fit.params[k] / truth[k] - 1)).toBeLessThan(0.2);
    }
  });
  it("stops at a true maximum: the log-likelihood's numerical gradient vanishes there", () => {
    for (const k of ["r", "alpha", "s", "beta"] as const) {
      const h = 1e-5 * fit.params[k];
      const up = paretoNbdLogLikelihood({ ...fit.params, [k]: fit.params[k] + h }, data);
      const down = paretoNbdLogLikelihood({ ...fit.params, [k]: fit.params[k] - h }, data);
      // gradient in ln θ times the standard error of ln θ ≈ distance to the optimum in standard
      // errors: below 1 %
      const gLog = ((up - down) / (2 * h)) * fit.params[k];
      expect(Math.abs(gLog * (fit.standardErrors[k] / fit.params[k]))).toBeLessThan(0.01);
    }
    expect(fit.logLikelihood).toBeCloseTo(paretoNbdLogLikelihood(fit.params, data), 6);
  });
  it("gives the same optimum from every default start", () => {
    const all = fitParetoNbd(data, { multiStart: true });
    expect(all.startsTried.length).toBe(3);
    for (const s of all.startsTried) {
      expect(s.converged).toBe(true);
      expect(s.logLikelihood).toBeCloseTo(fit.logLikelihood, 5);
    }
  });
  it("refuses data with too few repeat buyers", () => {
    expect(() => fitParetoNbd({ x: [0, 0, 1], tx: [0, 0, 2], T: [5, 5, 5] })).toThrow(ClvError);
  });
});
