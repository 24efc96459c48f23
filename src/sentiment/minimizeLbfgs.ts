/**
 * Limited-memory BFGS (Nocedal & Wright, Algorithm 7.4: the two-loop recursion over the last
 * `memory` steps) with a backtracking Armijo line search, for smooth convex objectives with
 * 10⁴–10⁶ parameters such as regularised logistic regression. src/clv/optimize.ts has a dense
 * BFGS for 3–4 parameters; its n × n inverse Hessian is out of the question here.
 *
 * Backtracking rather than a Wolfe search: on a convex objective the quasi-Newton step is almost
 * always accepted at length 1, and a pair whose curvature sᵀy is not positive is simply skipped,
 * which keeps the two-loop approximation positive definite. Deterministic: no randomness, fixed
 * loop order.
 */

/** f(x); writes ∇f(x) into grad. */
export type Objective = (x: Float64Array, grad: Float64Array) => number;

export interface LbfgsOptions {
  /** Steps remembered (default 10). */
  memory?: number;
  /** Iteration cap (default 500). */
  maxIterations?: number;
  /** Converged when max |∂f/∂xᵢ| ≤ gradientTolerance · max(1, |f|) (default 1e-6). */
  gradientTolerance?: number;
  /**
   * Also converged when an iteration lowers f by at most this fraction of |f| (default 1e-12):
   * on a sum over 10⁴ reviews the gradient test alone would chase rounding noise.
   */
  relativeDecrease?: number;
}

export interface LbfgsResult {
  x: Float64Array;
  f: number;
  iterations: number;
  evaluations: number;
  converged: boolean;
  /** Why the run stopped, in English. */
  reason: string;
}

const ARMIJO = 1e-4;

export function minimizeLbfgs(fg: Objective, x0: Float64Array, options: LbfgsOptions = {}): LbfgsResult {
  const { memory = 10, maxIterations = 500, gradientTolerance = 1e-6, relativeDecrease = 1e-12 } = options;
  const n = x0.length;
  let x = Float64Array.from(x0);
  let g = new Float64Array(n);
  let f = fg(x, g);
  let evaluations = 1;
  if (!Number.isFinite(f)) return { x, f, iterations: 0, evaluations, converged: false, reason: "objective not finite at the start" };
  const s: Float64Array[] = [], y: Float64Array[] = [], rho: number[] = [];
  const alpha = new Float64Array(memory);
  const d = new Float64Array(n);
  let xNew = new Float64Array(n), gNew = new Float64Array(n);
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    if (normInf(g) <= gradientTolerance * Math.max(1, Math.abs(f))) {
      return { x, f, iterations: iteration, evaluations, converged: true, reason: "gradient below tolerance" };
    }
    // Two-loop recursion: d = −H·g.
    for (let i = 0; i < n; i++) d[i] = -g[i];
    for (let k = s.length - 1; k >= 0; k--) {
      alpha[k] = rho[k] * dot(s[k], d);
      axpy(-alpha[k], y[k], d);
    }
    // Initial scaling γ = sᵀy / yᵀy of the latest pair; on the first step, a unit-length move.
    const last = s.length - 1;
    const gamma = last >= 0 ? 1 / (rho[last] * dot(y[last], y[last])) : 1 / Math.max(normInf(g), 1e-300);
    for (let i = 0; i < n; i++) d[i] *= gamma;
    for (let k = 0; k < s.length; k++) {
      const beta = rho[k] * dot(y[k], d);
      axpy(alpha[k] - beta, s[k], d);
    }
    let slope = dot(g, d);
    if (!(slope < 0)) {
      // Not a descent direction (rounding after many pairs): forget the history, go downhill.
      s.length = y.length = rho.length = 0;
      for (let i = 0; i < n; i++) d[i] = -g[i] / Math.max(normInf(g), 1e-300);
      slope = dot(g, d);
    }
    let step = 1;
    let fNew = NaN;
    for (let tries = 0; tries < 40; tries++) {
      for (let i = 0; i < n; i++) xNew[i] = x[i] + step * d[i];
      fNew = fg(xNew, gNew);
      evaluations++;
      if (Number.isFinite(fNew) && fNew <= f + ARMIJO * step * slope) break;
      step *= 0.5;
      fNew = NaN;
    }
    if (Number.isNaN(fNew)) return { x, f, iterations: iteration, evaluations, converged: false, reason: "line search found no decrease" };
    const sk = new Float64Array(n), yk = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      sk[i] = xNew[i] - x[i];
      yk[i] = gNew[i] - g[i];
    }
    const sy = dot(sk, yk);
    if (sy > 1e-12 * Math.sqrt(dot(sk, sk) * dot(yk, yk))) {
      if (s.length === memory) {
        s.shift();
        y.shift();
        rho.shift();
      }
      s.push(sk);
      y.push(yk);
      rho.push(1 / sy);
    }
    const decrease = f - fNew;
    [x, xNew] = [xNew, x];
    [g, gNew] = [gNew, g];
    f = fNew;
    if (decrease <= relativeDecrease * Math.max(1, Math.abs(f))) {
      return { x, f, iterations: iteration + 1, evaluations, converged: true, reason: "relative decrease below tolerance" };
    }
  }
  return { x, f, iterations: maxIterations, evaluations, converged: false, reason: "iteration cap reached" };
}

function dot(a: Float64Array, b: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += a[i] * b[i];
  return sum;
}

function axpy(a: number, x: Float64Array, y: Float64Array): void {
  for (let i = 0; i < y.length; i++) y[i] += a * x[i];
}

function normInf(a: Float64Array): number {
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i]));
  return m;
}
