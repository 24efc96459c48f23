/**
 * Unconstrained minimisers for the maximum-likelihood fits.
 *
 * Why self-written and not a library: the fits have 3–4 parameters, smooth log-likelihoods and
 * analytic gradients, so the textbook quasi-Newton method (BFGS) is all that is needed and fits in
 * ~200 tested lines; the project prefers no new dependency in the browser bundle; and the
 * convergence verdict must be ours anyway (gradient, Newton decrement, Hessian checks in
 * fitMaximumLikelihood.ts), because a fit that merely stops must never be shown as a result.
 * BFGS with analytic gradients needs ~25 evaluations on CDNOW where a Nelder–Mead simplex (what
 * lifetimes uses) needs ~700 (bench/clv.ts measures both).
 *
 * - minimizeBfgs: BFGS with a strong-Wolfe line search (Nocedal & Wright, Algorithms 3.5/3.6,
 *   cubic interpolation). Close to the optimum the objective differences fall below float
 *   precision before the gradient does, so we also accept Hager & Zhang's "approximate Wolfe"
 *   step (curvature condition met, objective not above φ(0) by more than a rounding margin), so
 *   the gradient can keep shrinking after objective differences have reached rounding level.
 *   Convergence = ‖∇f‖∞ ≤ gradientTolerance, nothing else; stalls (including a predicted
 *   decrease below float precision) are reported as not converged, with the reason, so that the
 *   caller can verify the point another way (fitMaximumLikelihood uses the Newton decrement).
 * - minimizeNelderMead: the classic simplex (SciPy's coefficients and defaults), used as a fallback
 *   when BFGS fails and as the benchmark baseline.
 * - hessianFromGradient / invertSpd: central differences of the analytic gradient and a Cholesky
 *   inverse that fails loudly when the matrix is not positive definite (not a minimum).
 *
 * Callers optimise over log-parameters so that every trial point is admissible; an objective
 * that returns NaN or ±Infinity is treated as +Infinity (the line search backs off).
 */

/** f(x); writes ∇f(x) into grad. */
export type ObjectiveWithGradient = (x: Float64Array, grad: Float64Array) => number;

export interface MinimizeResult {
  x: Float64Array;
  f: number;
  gradient: Float64Array;
  iterations: number;
  evaluations: number;
  converged: boolean;
  /** Why the run stopped, in English (for logs and error details). */
  reason: string;
}

export interface BfgsOptions {
  maxIterations?: number;
  /** Stop when max |∂f/∂x_i| is at most this. */
  gradientTolerance?: number;
  /**
   * Relative rounding noise of f. When the quasi-Newton model predicts a decrease below
   * relativeNoise·|f|, stop (not converged, reason "predicted decrease below float precision")
   * instead of searching noise. Default 0 (off). Sums over 10⁵–10⁶ customers have ≈1e-12.
   */
  relativeNoise?: number;
}

const C1 = 1e-4; // sufficient decrease
const C2 = 0.9; // curvature (quasi-Newton value)

function dot(a: Float64Array, b: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * b[i];
  return s;
}

function normInf(a: Float64Array): number {
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i]));
  return m;
}

/** Minimiser of the cubic through (a, fa, ga), (b, fb, gb), clamped inside [lo, hi] with margins. */
function cubicStep(a: number, fa: number, ga: number, b: number, fb: number, gb: number): number {
  const d1 = ga + gb - (3 * (fa - fb)) / (a - b);
  const disc = d1 * d1 - ga * gb;
  const lo = Math.min(a, b), hi = Math.max(a, b), w = hi - lo;
  if (disc >= 0 && Number.isFinite(disc)) {
    const d2 = Math.sign(b - a) * Math.sqrt(disc);
    const t = b - (b - a) * ((gb + d2 - d1) / (gb - ga + 2 * d2));
    if (Number.isFinite(t) && t > lo + 0.1 * w && t < hi - 0.1 * w) return t;
  }
  return (a + b) / 2; // bisection when the cubic is useless
}

interface LineSearchState {
  evaluations: number;
}

/**
 * Strong-Wolfe line search along d from x (f0, g0·d = dphi0 < 0). On success writes the new
 * point into xOut/gOut and returns its f; returns NaN on failure.
 */
function lineSearch(
  fg: ObjectiveWithGradient,
  x: Float64Array,
  f0: number,
  dphi0: number,
  d: Float64Array,
  step0: number,
  xOut: Float64Array,
  gOut: Float64Array,
  state: LineSearchState
): { f: number; step: number } | null {
  const n = x.length;
  const tolF = 1e-13 * Math.abs(f0) + 1e-300; // rounding margin for approximate Wolfe
  const dMax = normInf(d);
  const phi = (a: number): { f: number; dphi: number } => {
    for (let i = 0; i < n; i++) xOut[i] = x[i] + a * d[i];
    state.evaluations++;
    let f = fg(xOut, gOut);
    if (!Number.isFinite(f)) f = Infinity;
    const dphi = f === Infinity ? NaN : dot(gOut, d);
    return { f, dphi };
  };
  const acceptable = (a: number, f: number, dphi: number): boolean => {
    if (!(f < Infinity) || !Number.isFinite(dphi)) return false;
    const curvature = Math.abs(dphi) <= -C2 * dphi0;
    if (!curvature) return false;
    if (f <= f0 + C1 * a * dphi0) return true;
    // Approximate Wolfe (Hager & Zhang 2005): at float-precision level differences.
    // σφ'(0) ≤ φ'(α) ≤ (2δ − 1)φ'(0), the lower half being the curvature test above.
    return f <= f0 + tolF && dphi <= (2 * C1 - 1) * dphi0;
  };

  let aPrev = 0, fPrev = f0, dPrev = dphi0;
  let a = step0;
  for (let i = 0; i < 30; i++) {
    const { f, dphi } = phi(a);
    if (!(f < Infinity)) {
      // Outside the region where the objective is finite: shrink towards the last good point.
      a = aPrev + (a - aPrev) * 0.2;
      continue;
    }
    if (acceptable(a, f, dphi)) return { f, step: a };
    const decreaseOk = f <= f0 + C1 * a * dphi0 || f <= f0 + tolF;
    if (!decreaseOk || (i > 0 && f > fPrev + tolF)) {
      return zoom(aPrev, fPrev, dPrev, a, f, dphi);
    }
    if (dphi >= 0) return zoom(a, f, dphi, aPrev, fPrev, dPrev);
    aPrev = a;
    fPrev = f;
    dPrev = dphi;
    a = a * 2.5;
  }
  return null;

  function zoom(lo: number, flo: number, glo: number, hi: number, fhi: number, ghi: number): { f: number; step: number } | null {
    for (let j = 0; j < 30; j++) {
      const t = Number.isFinite(fhi) && Number.isFinite(ghi) ? cubicStep(lo, flo, glo, hi, fhi, ghi) : (lo + hi) / 2;
      const { f, dphi } = phi(t);
      if (!(f < Infinity)) {
        hi = t;
        fhi = Infinity;
        ghi = NaN;
        continue;
      }
      if (acceptable(t, f, dphi)) return { f, step: t };
      const decreaseOk = f <= f0 + C1 * t * dphi0 || f <= f0 + tolF;
      if (!decreaseOk || f > flo + tolF) {
        hi = t;
        fhi = f;
        ghi = dphi;
      } else {
        if (dphi * (hi - lo) >= 0) {
          hi = lo;
          fhi = flo;
          ghi = glo;
        }
        lo = t;
        flo = f;
        glo = dphi;
      }
      // Stop once the bracket moves the parameters by less than 1e-12: below that only rounding
      // noise is left to explore.
      if (Math.abs(hi - lo) * dMax <= 1e-12) break;
    }
    // Leave xOut/gOut at the best point found (lo) if it decreased f at all.
    if (lo > 0 && flo < f0) {
      phi(lo);
      return { f: flo, step: lo };
    }
    return null;
  }
}

/** BFGS on an unconstrained smooth objective with analytic gradient. */
export function minimizeBfgs(fg: ObjectiveWithGradient, x0: ArrayLike<number>, options: BfgsOptions = {}): MinimizeResult {
  const n = x0.length;
  const maxIterations = options.maxIterations ?? 500;
  const gtol = options.gradientTolerance ?? 1e-9;
  const relativeNoise = options.relativeNoise ?? 0;
  const x = Float64Array.from(x0);
  const g = new Float64Array(n);
  const state: LineSearchState = { evaluations: 1 };
  let f = fg(x, g);
  if (!Number.isFinite(f) || !g.every(Number.isFinite)) {
    return { x, f, gradient: g, iterations: 0, evaluations: 1, converged: false, reason: "objective not finite at the starting point" };
  }
  const H = new Float64Array(n * n); // inverse Hessian approximation
  const resetH = (scale: number) => {
    H.fill(0);
    for (let i = 0; i < n; i++) H[i * n + i] = scale;
  };
  resetH(1);
  let fresh = true; // H is a scaled identity
  const d = new Float64Array(n), xNew = new Float64Array(n), gNew = new Float64Array(n);
  const s = new Float64Array(n), y = new Float64Array(n), Hy = new Float64Array(n);
  let iterations = 0;
  for (; iterations < maxIterations; iterations++) {
    if (normInf(g) <= gtol) {
      return { x, f, gradient: g, iterations, evaluations: state.evaluations, converged: true, reason: "gradient below tolerance" };
    }
    for (let i = 0; i < n; i++) {
      let v = 0;
      for (let j = 0; j < n; j++) v -= H[i * n + j] * g[j];
      d[i] = v;
    }
    let dphi0 = dot(g, d);
    if (!(dphi0 < 0)) {
      resetH(1);
      fresh = true;
      for (let i = 0; i < n; i++) d[i] = -g[i];
      dphi0 = dot(g, d);
    }
    if (!fresh && -dphi0 < relativeNoise * Math.abs(f)) {
      // The quasi-Newton model predicts a decrease below the objective's rounding noise: no line
      // search can make progress. Report it (not as converged: the caller verifies with a Hessian).
      return { x, f, gradient: g, iterations, evaluations: state.evaluations, converged: false, reason: "predicted decrease below float precision" };
    }
    // First step on a scaled identity: limit the move to one unit in log-parameter space.
    const step0 = fresh && iterations === 0 ? Math.min(1, 1 / normInf(d)) : 1;
    let ls = lineSearch(fg, x, f, dphi0, d, step0, xNew, gNew, state);
    if (!ls && !fresh) {
      // A stale curvature model can point badly: restart from steepest descent once.
      resetH(1);
      fresh = true;
      for (let i = 0; i < n; i++) d[i] = -g[i];
      dphi0 = dot(g, d);
      ls = lineSearch(fg, x, f, dphi0, d, Math.min(1, 1 / normInf(d)), xNew, gNew, state);
    }
    if (!ls) {
      return { x, f, gradient: g, iterations, evaluations: state.evaluations, converged: false, reason: "line search failed" };
    }
    for (let i = 0; i < n; i++) {
      s[i] = xNew[i] - x[i];
      y[i] = gNew[i] - g[i];
    }
    const sy = dot(s, y);
    if (sy > 1e-12 * Math.sqrt(dot(s, s) * dot(y, y))) {
      if (fresh) {
        resetH(sy / dot(y, y)); // Shanno–Phua scaling of the first approximation
        fresh = false;
      }
      const rho = 1 / sy;
      for (let i = 0; i < n; i++) {
        let v = 0;
        for (let j = 0; j < n; j++) v += H[i * n + j] * y[j];
        Hy[i] = v;
      }
      const yHy = dot(y, Hy);
      // H ← (I − ρ s yᵀ) H (I − ρ y sᵀ) + ρ s sᵀ, expanded (H symmetric).
      for (let i = 0; i < n; i++) {
        for (let j = 0; j < n; j++) {
          H[i * n + j] += -rho * (s[i] * Hy[j] + Hy[i] * s[j]) + (rho * rho * yHy + rho) * s[i] * s[j];
        }
      }
    }
    x.set(xNew);
    g.set(gNew);
    f = ls.f;
  }
  const ok = normInf(g) <= gtol;
  return {
    x, f, gradient: g, iterations, evaluations: state.evaluations, converged: ok,
    reason: ok ? "gradient below tolerance" : `no convergence in ${maxIterations} iterations`
  };
}

export interface NelderMeadOptions {
  maxIterations?: number;
  maxEvaluations?: number;
  /** SciPy's xatol / fatol: stop when the simplex is this small in x and in f. */
  xTolerance?: number;
  fTolerance?: number;
  /** Initial simplex: each vertex moves one coordinate by this relative amount (SciPy: 5 %). */
  initialStep?: number;
}

/** Derivative-free Nelder–Mead simplex with SciPy's coefficients (1, 2, 0.5, 0.5) and stopping rule. */
export function minimizeNelderMead(f: (x: Float64Array) => number, x0: ArrayLike<number>, options: NelderMeadOptions = {}): MinimizeResult {
  const n = x0.length;
  const maxIterations = options.maxIterations ?? 200 * n;
  const maxEvaluations = options.maxEvaluations ?? 200 * n;
  const xtol = options.xTolerance ?? 1e-4;
  const ftol = options.fTolerance ?? 1e-4;
  const step = options.initialStep ?? 0.05;
  let evaluations = 0;
  const F = (v: Float64Array) => {
    evaluations++;
    const r = f(v);
    return Number.isFinite(r) ? r : Infinity;
  };
  const sim: Float64Array[] = [Float64Array.from(x0)];
  for (let i = 0; i < n; i++) {
    const v = Float64Array.from(x0);
    v[i] = v[i] !== 0 ? v[i] * (1 + step) : 0.00025;
    sim.push(v);
  }
  let fs = sim.map(F);
  const order = () => {
    const idx = fs.map((_, i) => i).sort((a, b) => fs[a] - fs[b]);
    const s2 = idx.map((i) => sim[i]), f2 = idx.map((i) => fs[i]);
    for (let i = 0; i <= n; i++) {
      sim[i] = s2[i];
      fs[i] = f2[i];
    }
  };
  order();
  const centroid = new Float64Array(n);
  const point = (t: number) => {
    const v = new Float64Array(n);
    for (let j = 0; j < n; j++) v[j] = centroid[j] + t * (sim[n][j] - centroid[j]);
    return v;
  };
  let iterations = 0;
  let converged = false;
  while (iterations < maxIterations && evaluations < maxEvaluations) {
    let spreadX = 0, spreadF = 0;
    for (let i = 1; i <= n; i++) {
      spreadF = Math.max(spreadF, Math.abs(fs[i] - fs[0]));
      for (let j = 0; j < n; j++) spreadX = Math.max(spreadX, Math.abs(sim[i][j] - sim[0][j]));
    }
    if (spreadX <= xtol && spreadF <= ftol) {
      converged = true;
      break;
    }
    iterations++;
    centroid.fill(0);
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) centroid[j] += sim[i][j] / n;
    const xr = point(-1), fr = F(xr);
    if (fr < fs[0]) {
      const xe = point(-2), fe = F(xe);
      if (fe < fr) { sim[n] = xe; fs[n] = fe; } else { sim[n] = xr; fs[n] = fr; }
    } else if (fr < fs[n - 1]) {
      sim[n] = xr; fs[n] = fr;
    } else {
      let shrink = false;
      if (fr < fs[n]) {
        const xc = point(-0.5), fc = F(xc);
        if (fc <= fr) { sim[n] = xc; fs[n] = fc; } else shrink = true;
      } else {
        const xcc = point(0.5), fcc = F(xcc);
        if (fcc < fs[n]) { sim[n] = xcc; fs[n] = fcc; } else shrink = true;
      }
      if (shrink) {
        for (let i = 1; i <= n; i++) {
          for (let j = 0; j < n; j++) sim[i][j] = sim[0][j] + 0.5 * (sim[i][j] - sim[0][j]);
          fs[i] = F(sim[i]);
        }
      }
    }
    order();
  }
  return {
    x: sim[0], f: fs[0], gradient: new Float64Array(n), iterations, evaluations, converged,
    reason: converged ? "simplex below tolerance" : "iteration or evaluation limit reached"
  };
}

/**
 * Hessian by central differences of the analytic gradient (step h in the optimisation
 * coordinates), symmetrised. Error O(h²) from truncation plus O(ε/h) from rounding: h = 1e-5 on
 * log-parameters balances the two at about 1e-10 relative.
 */
export function hessianFromGradient(fg: ObjectiveWithGradient, x: Float64Array, h = 1e-5): Float64Array {
  const n = x.length;
  const H = new Float64Array(n * n);
  const xp = new Float64Array(n), gp = new Float64Array(n), gm = new Float64Array(n);
  for (let j = 0; j < n; j++) {
    xp.set(x);
    xp[j] = x[j] + h;
    fg(xp, gp);
    xp[j] = x[j] - h;
    fg(xp, gm);
    for (let i = 0; i < n; i++) H[i * n + j] = (gp[i] - gm[i]) / (2 * h);
  }
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < i; j++) {
      const v = (H[i * n + j] + H[j * n + i]) / 2;
      H[i * n + j] = v;
      H[j * n + i] = v;
    }
  }
  return H;
}

/** Inverse of a symmetric positive-definite matrix via Cholesky; null when not positive definite. */
export function invertSpd(A: Float64Array, n: number): Float64Array | null {
  const L = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let s = A[i * n + j];
      for (let k = 0; k < j; k++) s -= L[i * n + k] * L[j * n + k];
      if (i === j) {
        if (!(s > 0) || !Number.isFinite(s)) return null;
        L[i * n + i] = Math.sqrt(s);
      } else {
        L[i * n + j] = s / L[j * n + j];
      }
    }
  }
  // inv(A) = inv(L)ᵀ inv(L)
  const Li = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    Li[i * n + i] = 1 / L[i * n + i];
    for (let j = 0; j < i; j++) {
      let s = 0;
      for (let k = j; k < i; k++) s -= L[i * n + k] * Li[k * n + j];
      Li[i * n + j] = s / L[i * n + i];
    }
  }
  const inv = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      let s = 0;
      for (let k = Math.max(i, j); k < n; k++) s += Li[k * n + i] * Li[k * n + j];
      inv[i * n + j] = s;
    }
  }
  return inv;
}
