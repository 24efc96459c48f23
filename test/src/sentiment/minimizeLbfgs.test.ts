import { describe, expect, it } from "vitest";
import { minimizeLbfgs } from "../../../src/sentiment/minimizeLbfgs.ts";

describe("minimizeLbfgs", () => {
  it("finds the minimum of an ill-conditioned quadratic", () => {
    // f = Σ cᵢ (xᵢ − i)², condition number 10⁴
    const c = [1, 10, 100, 1000, 10000];
    const r = minimizeLbfgs((x, g) => {
      let f = 0;
      for (let i = 0; i < x.length; i++) {
        f += c[i]! * (x[i]! - i) ** 2;
        g[i] = 2 * c[i]! * (x[i]! - i);
      }
      return f;
    }, new Float64Array(5));
    expect(r.converged).toBe(true);
    Array.from(r.x).forEach((xi, i) => expect(xi).toBeCloseTo(i, 5));
  });
  it("finds the minimum of the Rosenbrock function from the textbook start (−1.2, 1)", () => {
    const r = minimizeLbfgs((x, g) => {
      const [a, b] = [x[0]!, x[1]!];
      g[0] = -400 * a * (b - a * a) - 2 * (1 - a);
      g[1] = 200 * (b - a * a);
      return 100 * (b - a * a) ** 2 + (1 - a) ** 2;
    }, Float64Array.from([-1.2, 1]), { gradientTolerance: 1e-10, relativeDecrease: 0 });
    expect(r.converged).toBe(true);
    expect(r.x[0]).toBeCloseTo(1, 6);
    expect(r.x[1]).toBeCloseTo(1, 6);
  });
  it("reports, rather than hides, a run that hits the iteration cap", () => {
    const r = minimizeLbfgs((x, g) => {
      g[0] = 4 * x[0]! ** 3;
      return x[0]! ** 4;
    }, Float64Array.from([5]), { maxIterations: 2, gradientTolerance: 0, relativeDecrease: 0 });
    expect(r).toMatchObject({ converged: false, iterations: 2, reason: "iteration cap reached" });
  });
});
