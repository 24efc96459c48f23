import { describe, expect, it } from "vitest";
import { hessianFromGradient, invertSpd, minimizeBfgs, minimizeNelderMead } from "../../../src/clv/optimize.ts";

// Rosenbrock: minimum 0 at (1, 1), a curved valley that defeats naive steepest descent.
const rosen = (x: Float64Array, g: Float64Array) => {
  const [a, b] = x;
  g[0] = -2 * (1 - a) - 400 * a * (b - a * a);
  g[1] = 200 * (b - a * a);
  return (1 - a) ** 2 + 100 * (b - a * a) ** 2;
};

describe("minimizeBfgs", () => {
  it("finds the Rosenbrock minimum from (−1.2, 1) to 1e-8", () => {
    const r = minimizeBfgs(rosen, [-1.2, 1], { gradientTolerance: 1e-10 });
    expect(r.converged).toBe(true);
    expect(r.x[0]).toBeCloseTo(1, 8);
    expect(r.x[1]).toBeCloseTo(1, 8);
    expect(r.iterations).toBeLessThan(100);
  });
  it("says so when it runs out of iterations", () => {
    const r = minimizeBfgs(rosen, [-1.2, 1], { maxIterations: 3 });
    expect(r.converged).toBe(false);
    expect(r.reason).toMatch(/no convergence in 3 iterations/);
  });
  it("backs off from points where the objective is not finite", () => {
    // f = x − ln x on x > 0 (NaN outside): minimum at 1; a long first step overshoots into x < 0
    const f = (x: Float64Array, g: Float64Array) => {
      g[0] = 1 - 1 / x[0];
      return x[0] > 0 ? x[0] - Math.log(x[0]) : NaN;
    };
    const r = minimizeBfgs(f, [0.05]);
    expect(r.converged).toBe(true);
    expect(r.x[0]).toBeCloseTo(1, 8);
  });
  it("refuses a non-finite starting point", () => {
    const r = minimizeBfgs(() => NaN, [0]);
    expect(r.converged).toBe(false);
    expect(r.reason).toMatch(/starting point/);
  });
});

describe("minimizeNelderMead", () => {
  it("gets close to the Rosenbrock minimum with tight tolerances", () => {
    const f = (x: Float64Array) => rosen(x, new Float64Array(2));
    const r = minimizeNelderMead(f, [-1.2, 1], { xTolerance: 1e-10, fTolerance: 1e-14, maxIterations: 5000, maxEvaluations: 10000 });
    expect(r.converged).toBe(true);
    expect(r.x[0]).toBeCloseTo(1, 6);
    expect(r.x[1]).toBeCloseTo(1, 6);
  });
});

describe("Hessian and its inverse", () => {
  it("recovers a quadratic's Hessian and inverts it", () => {
    // f = ½ xᵀ A x with A = [[4, 1], [1, 3]]
    const A = [4, 1, 1, 3];
    const f = (x: Float64Array, g: Float64Array) => {
      g[0] = A[0] * x[0] + A[1] * x[1];
      g[1] = A[2] * x[0] + A[3] * x[1];
      return 0.5 * (x[0] * g[0] + x[1] * g[1]);
    };
    const H = hessianFromGradient(f, Float64Array.from([0.3, -2]));
    Array.from(H).forEach((v, i) => expect(v).toBeCloseTo(A[i], 8));
    const inv = invertSpd(H, 2)!;
    // inverse of [[4,1],[1,3]] = [[3,−1],[−1,4]] / 11
    [3 / 11, -1 / 11, -1 / 11, 4 / 11].forEach((v, i) => expect(inv[i]).toBeCloseTo(v, 8));
  });
  it("returns null for a matrix that is not positive definite", () => {
    expect(invertSpd(Float64Array.from([1, 2, 2, 1]), 2)).toBeNull();
  });
});
