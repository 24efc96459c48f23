import { minimizeLbfgs } from "./minimizeLbfgs.js";
import type { SparseVector } from "./sparseVector.js";

export interface LogisticRegressionOptions {
  /**
   * Inverse regularisation strength, scikit-learn's C (default 4, the baseline's): the objective
   * is ½‖w‖² + C · Σᵢ sᵢ · log(1 + e^(−yᵢ(w·xᵢ + b))), the intercept b not penalised.
   */
  c?: number;
  /**
   * Per-example weights sᵢ: null gives every example weight 1; "balanced" gives class k the weight
   * n / (2 · n_k), so both classes count equally in the loss (scikit-learn's class_weight).
   */
  classWeight?: "balanced" | null;
  /** L-BFGS iteration cap (default 500). */
  maxIterations?: number;
}

export interface LogisticRegressionFit {
  readonly weights: Float64Array;
  readonly bias: number;
  /** L-BFGS iterations it took. */
  readonly iterations: number;
}

/**
 * L2-regularised binary logistic regression on sparse rows, fitted by full-batch L-BFGS: every
 * pass visits the rows in the order given, so the same input always yields the same weights (no
 * shuffling, no random start). labels[i] is 1 for the positive class, 0 for the negative one.
 * Throws when a class is missing or the optimiser does not converge.
 */
export function trainLogisticRegression(
  rows: readonly SparseVector[],
  labels: ArrayLike<number>,
  features: number,
  { c = 4, classWeight = null, maxIterations = 500 }: LogisticRegressionOptions = {}
): LogisticRegressionFit {
  const n = rows.length;
  if (labels.length !== n) throw new Error(`trainLogisticRegression: ${n} rows but ${labels.length} labels`);
  if (!(c > 0)) throw new Error(`trainLogisticRegression: c must be positive, got ${c}`);
  let positives = 0;
  for (let i = 0; i < n; i++) {
    if (labels[i] !== 0 && labels[i] !== 1) throw new Error(`trainLogisticRegression: label ${labels[i]} at ${i} is not 0 or 1`);
    positives += labels[i];
  }
  if (positives === 0 || positives === n) throw new Error("trainLogisticRegression: both classes are needed");
  const weightOf = classWeight === "balanced" ? [n / (2 * (n - positives)), n / (2 * positives)] : [1, 1];
  const sign = Float64Array.from({ length: n }, (_, i) => (labels[i] === 1 ? 1 : -1));
  const scale = Float64Array.from({ length: n }, (_, i) => c * weightOf[labels[i]]!);

  // Parameters: the feature weights, then the intercept at index `features`.
  const objective = (p: Float64Array, grad: Float64Array): number => {
    let f = 0;
    for (let j = 0; j < features; j++) {
      f += 0.5 * p[j] * p[j];
      grad[j] = p[j];
    }
    grad[features] = 0;
    const b = p[features];
    for (let i = 0; i < n; i++) {
      const { indices, values } = rows[i]!;
      let z = b;
      for (let k = 0; k < indices.length; k++) z += p[indices[k]] * values[k];
      const m = sign[i] * z;
      // log(1 + e^(−m)) and σ(−m) from one exp(−|m|), which cannot overflow.
      const t = Math.exp(-Math.abs(m));
      const loss = (m > 0 ? 0 : -m) + Math.log1p(t);
      const e = m > 0 ? t / (1 + t) : 1 / (1 + t);
      f += scale[i] * loss;
      const r = -scale[i] * sign[i] * e;
      for (let k = 0; k < indices.length; k++) grad[indices[k]] += r * values[k];
      grad[features] += r;
    }
    return f;
  };
  const result = minimizeLbfgs(objective, new Float64Array(features + 1), { maxIterations });
  if (!result.converged) throw new Error(`trainLogisticRegression: L-BFGS did not converge (${result.reason})`);
  return { weights: result.x.slice(0, features), bias: result.x[features], iterations: result.iterations };
}
