/**
 * Shared maximum-likelihood driver for the three models: optimise over log-parameters (so every
 * trial point is admissible), verify the optimum, and derive standard errors.
 *
 * Verification, because a fit that "returns" is not a fit that converged:
 *   1. BFGS must reach ‖∇‖∞ ≤ tolerance on the mean negative log-likelihood per customer, or —
 *      when rounding noise stops the line search first (large data) — the Newton decrement with
 *      the finite-difference Hessian must show that the total log-likelihood cannot improve by
 *      more than 1e-6 (parameters then within ~0.001 standard errors of the optimum);
 *   2. no log-parameter may sit beyond ±25 (a parameter running to 0 or ∞ means the data do not
 *      identify the model, e.g. no dropout signal at all);
 *   3. the Hessian there must be positive definite (a true local minimum), and no log-parameter
 *      may have a standard error above 5 (a factor of 150: the likelihood is flat towards a
 *      boundary, where a small gradient proves nothing).
 * When a start fails, we polish with Nelder–Mead and retry BFGS, then move to the next start.
 * Failure throws ClvError("not_converged") unless the caller explicitly asks for the flagged result.
 *
 * Standard errors: H = numerical Hessian (central differences of the analytic gradient) of the
 * total negative log-likelihood in φ = ln θ. At a stationary point the natural-scale covariance is
 * exactly diag(θ) H⁻¹ diag(θ) (the gradient term of the change of variables vanishes).
 */
import { ClvError } from "./errors.js";
import { hessianFromGradient, invertSpd, minimizeBfgs, minimizeNelderMead, type MinimizeResult, type ObjectiveWithGradient } from "./optimize.js";

export interface MlProblem {
  /** Model name for messages, e.g. "BG/NBD". */
  model: string;
  names: readonly string[];
  /** Number of customers (the likelihood's observations). */
  nObservations: number;
  /** Distinct patterns the likelihood was evaluated on. */
  nPatterns: number;
  /** Mean negative log-likelihood per customer at φ = ln θ, with ∇ wrt φ. */
  objective: ObjectiveWithGradient;
  /** Default starting points, natural scale, tried in order. */
  starts: readonly (readonly number[])[];
}

export interface FitOptions {
  /** Starting points (natural scale, in the model's parameter order) replacing the defaults. */
  starts?: readonly (readonly number[])[];
  /** Run every start and keep the best (default: stop at the first verified optimum). */
  multiStart?: boolean;
  /** Return a result flagged `converged: false` instead of throwing. Default false. */
  allowNotConverged?: boolean;
  maxIterations?: number;
  /** On the mean negative log-likelihood per customer, in log-parameters. Default 1e-8. */
  gradientTolerance?: number;
}

export interface MlFit<P extends Record<string, number>> {
  params: P;
  /** Standard errors in the natural scale (NaN when the Hessian is not positive definite). */
  standardErrors: P;
  /** Covariance matrix in the natural scale, parameter order as in `params`. */
  covariance: number[][];
  logLikelihood: number;
  /** Number of free parameters (for AIC / BIC). */
  k: number;
  nObservations: number;
  nPatterns: number;
  iterations: number;
  /** Objective-and-gradient evaluations, all included (optimiser, checks, Hessian). */
  evaluations: number;
  gradientNorm: number;
  converged: boolean;
  /** How the optimum was reached or why it is not trusted. */
  message: string;
  /** Each start tried: its final log-likelihood and whether the optimiser converged there. */
  startsTried: { start: number[]; logLikelihood: number; converged: boolean }[];
}

const LOG_BOUND = 25;
/** Largest remaining improvement of the total log-likelihood accepted as "converged". */
const MAX_DECREMENT = 1e-6;
/** A log-parameter with a standard error above this (a factor e^5 ≈ 150) is "not identified". */
const MAX_LOG_SE = 5;

interface Reason {
  en: string;
  zh: string;
}

/** Chinese for the optimiser's stop reasons (optimize.ts writes them in English). */
function optimiserReason(en: string): Reason {
  const m = /^no convergence in (\d+) iterations$/.exec(en);
  const zh = m
    ? `${m[1]} 次迭代内未收敛`
    : en === "line search failed"
      ? "线搜索失败"
      : en === "predicted decrease below float precision"
        ? "预期改进已低于浮点精度，但无法确认已到达最优点"
        : en === "objective not finite at the starting point"
          ? "初始点处的似然不是有限值"
          : en;
  return { en, zh };
}

function toParams<P>(names: readonly string[], values: ArrayLike<number>): P {
  const o: Record<string, number> = {};
  names.forEach((n, i) => (o[n] = values[i]));
  return o as P;
}

export function fitMaximumLikelihood<P extends Record<string, number>>(problem: MlProblem, options: FitOptions = {}): MlFit<P> {
  const k = problem.names.length;
  const starts = options.starts ?? problem.starts;
  const gtol = options.gradientTolerance ?? 1e-8;
  const maxIterations = options.maxIterations ?? 500;
  // Every evaluation is counted, including those for the Hessian and the convergence checks.
  let evaluations = 0;
  const objective: ObjectiveWithGradient = (x, g) => {
    evaluations++;
    return problem.objective(x, g);
  };
  const fOnly = (x: Float64Array) => objective(x, new Float64Array(k));
  const tried: MlFit<P>["startsTried"] = [];
  let best: (MinimizeResult & { problem: Reason | null }) | null = null;
  let iterations = 0;

  // Newton decrement at x: how much the TOTAL log-likelihood could still improve according to
  // the local quadratic model (needs a positive-definite Hessian). Used when BFGS stops on a
  // failed line search: with many customers the objective's rounding noise (≈1e-12 relative)
  // can exceed the remaining decrease before the gradient reaches its tolerance.
  const decrement = (x: Float64Array, g: Float64Array): number => {
    const inv = invertSpd(hessianFromGradient(objective, x), k);
    if (!inv) return Infinity;
    let q = 0;
    for (let i = 0; i < k; i++) for (let j = 0; j < k; j++) q += g[i] * inv[i * k + j] * g[j];
    return (q / 2) * problem.nObservations;
  };
  const accept = (r: MinimizeResult): MinimizeResult => {
    if (r.converged || !Number.isFinite(r.f) || !r.gradient.every(Number.isFinite)) return r;
    const dec = decrement(r.x, r.gradient);
    return dec <= MAX_DECREMENT
      ? { ...r, converged: true, reason: `converged: the log-likelihood is within ${dec.toExponential(1)} of the local optimum (float precision stops further steps)` }
      : r;
  };

  for (const start of starts) {
    if (start.length !== k || !start.every((v) => v > 0 && Number.isFinite(v))) {
      throw new ClvError(
        "invalid_input",
        `A ${problem.model} starting point needs ${k} positive numbers (${problem.names.join(", ")}).`,
        `${problem.model} 的初始值需要 ${k} 个正数（${problem.names.join("、")}）。`
      );
    }
    let r = accept(minimizeBfgs(objective, start.map(Math.log), { maxIterations, gradientTolerance: gtol, relativeNoise: 1e-12 }));
    iterations += r.iterations;
    if (!r.converged && Number.isFinite(r.f)) {
      // Polish with the simplex (indifferent to a bad curvature model), then let BFGS finish.
      const nm = minimizeNelderMead(fOnly, r.x, { xTolerance: 1e-10, fTolerance: 1e-14, maxEvaluations: 4000, maxIterations: 4000, initialStep: 0.1 });
      const r2 = accept(minimizeBfgs(objective, nm.x, { maxIterations, gradientTolerance: gtol, relativeNoise: 1e-12 }));
      iterations += r2.iterations;
      r = { ...r2, reason: r2.converged ? `${r2.reason} (after a Nelder–Mead restart)` : r2.reason };
    }
    let verdict: Reason | null = null;
    const off = r.x.findIndex((v) => Math.abs(v) > LOG_BOUND);
    if (off >= 0) {
      const name = problem.names[off], up = r.x[off] > 0, v = Math.exp(r.x[off]).toExponential(2);
      verdict = {
        en: `parameter ${name} ran off to ${up ? "infinity" : "zero"} (${v}): the data do not identify the model`,
        zh: `参数 ${name} 趋于${up ? "无穷大" : "零"}（${v}）：数据不足以识别该模型`
      };
    } else if (!r.converged) verdict = optimiserReason(r.reason);
    tried.push({ start: [...start], logLikelihood: -r.f * problem.nObservations, converged: verdict === null });
    const candidate = { ...r, problem: verdict };
    if (!Number.isFinite(r.f)) continue;
    if (
      !best ||
      (best.problem !== null && verdict === null) ||
      ((best.problem === null) === (verdict === null) && r.f < best.f)
    ) {
      best = candidate;
    }
    if (verdict === null && !options.multiStart) break;
  }
  if (!best) {
    throw new ClvError(
      "not_converged",
      `The ${problem.model} fit did not converge: the likelihood is not finite at any starting point.`,
      `${problem.model} 模型拟合未收敛：所有初始值处的似然都不是有限值。`,
      { startsTried: tried }
    );
  }

  // Standard errors from the Hessian of the total negative log-likelihood in log-parameters.
  const Hmean = hessianFromGradient(objective, best.x);
  const Htotal = Hmean.map((v) => v * problem.nObservations);
  const inv = invertSpd(Htotal, k);
  let problemText = best.problem;
  if (!inv && problemText === null) {
    problemText = {
      en: "the Hessian at the optimum is not positive definite (not a proper minimum)",
      zh: "最优点处的 Hessian 矩阵不是正定的（并非真正的极值点）"
    };
  }
  if (inv && problemText === null) {
    // A likelihood that keeps rising slowly towards a parameter boundary also has a tiny gradient;
    // its signature is a log-parameter whose standard error spans orders of magnitude.
    const j = problem.names.findIndex((_, i) => Math.sqrt(inv[i * k + i]) > MAX_LOG_SE);
    if (j >= 0) {
      const se = Math.sqrt(inv[j * k + j]).toPrecision(2);
      problemText = {
        en: `parameter ${problem.names[j]} is not identified by the data (the standard error of its logarithm is ${se}, i.e. it could be many times larger or smaller)`,
        zh: `参数 ${problem.names[j]} 无法由数据确定（其对数的标准误为 ${se}，真实值可能大很多倍或小很多倍）`
      };
    }
  }
  const theta = Array.from(best.x, Math.exp);
  const covariance: number[][] = [];
  for (let i = 0; i < k; i++) {
    covariance.push([]);
    for (let j = 0; j < k; j++) covariance[i].push(inv ? theta[i] * inv[i * k + j] * theta[j] : NaN);
  }
  const converged = problemText === null;
  const fit: MlFit<P> = {
    params: toParams<P>(problem.names, theta),
    standardErrors: toParams<P>(problem.names, covariance.map((row, i) => Math.sqrt(row[i]))),
    covariance,
    logLikelihood: -best.f * problem.nObservations,
    k,
    nObservations: problem.nObservations,
    nPatterns: problem.nPatterns,
    iterations,
    evaluations,
    gradientNorm: Math.max(...Array.from(best.gradient, Math.abs)),
    converged,
    message: converged ? best.reason : (problemText as Reason).en,
    startsTried: tried
  };
  if (!converged && !options.allowNotConverged) {
    throw new ClvError(
      "not_converged",
      `The ${problem.model} fit did not converge: ${problemText?.en}. No numbers are shown because they would be unreliable.`,
      `${problem.model} 模型拟合未收敛：${problemText?.zh}。结果不可靠，因此不予显示。`,
      { params: fit.params, logLikelihood: fit.logLikelihood, gradientNorm: fit.gradientNorm, startsTried: tried }
    );
  }
  return fit;
}
