import type { CsrMatrix } from "./csrMatrix.js";

export interface NmfFitOptions {
  /** Stop after this many rounds (default 200). */
  maxIterations?: number;
  /**
   * Stop when a round lowers the error ‖A − WH‖ by less than this share of the error after the
   * first round (default 1e-4, scikit-learn's tolerance).
   */
  tolerance?: number;
  /** Keep H as given and fit W only (scoring new documents on fitted topics). */
  fixedH?: boolean;
}

export interface NmfFit {
  readonly iterations: number;
  readonly converged: boolean;
  /** ‖A − WH‖ / ‖A‖ at the end (Frobenius norms). */
  readonly relativeError: number;
}

/**
 * Non-negative matrix factorisation A ≈ W H (A rows × cols sparse; W rows × k and H k × cols
 * dense, row-major, updated in place) by HALS, hierarchical alternating least squares (Cichocki &
 * Phan 2009; scikit-learn's "cd" solver): each row of H, then each column of W, is set to its
 * exact non-negative least-squares optimum with the others fixed. It converges in far fewer
 * rounds than the multiplicative updates and can move an entry away from zero, which those
 * cannot. A round costs two passes over the non-zeros (WᵀA and AHᵀ, O(nnz·k)) plus O((rows +
 * cols)·k²), and the error comes almost free from the same products:
 * ‖A − WH‖² = ‖A‖² − 2⟨W, AHᵀ⟩ + ⟨WᵀW, HHᵀ⟩.
 * Deterministic: fixed update order, no randomness.
 */
export function fitNmf(a: CsrMatrix, w: Float64Array, h: Float64Array, k: number, options: NmfFitOptions = {}): NmfFit {
  const { maxIterations = 200, tolerance = 1e-4, fixedH = false } = options;
  if (!(Number.isInteger(maxIterations) && maxIterations >= 1)) throw new Error(`invalid maxIterations: ${maxIterations}`);
  if (!(tolerance >= 0)) throw new Error(`invalid tolerance: ${tolerance}`);
  const { rows, cols, rowStart, colIndex, values } = a;
  let normA2 = 0;
  for (let p = 0; p < values.length; p++) normA2 += values[p]! * values[p]!;

  const wtw = new Float64Array(k * k);
  const hht = new Float64Array(k * k);
  const wta = new Float64Array(k * cols);
  const aht = new Float64Array(rows * k);
  const ht = new Float64Array(cols * k);

  const gramOfW = () => {
    wtw.fill(0);
    for (let i = 0; i < rows; i++)
      for (let s = 0; s < k; s++) {
        const x = w[i * k + s]!;
        if (x !== 0) for (let t = s; t < k; t++) wtw[s * k + t] += x * w[i * k + t]!;
      }
    for (let s = 0; s < k; s++) for (let t = 0; t < s; t++) wtw[s * k + t] = wtw[t * k + s]!;
  };
  const updateH = () => {
    gramOfW();
    wta.fill(0);
    for (let i = 0; i < rows; i++)
      for (let p = rowStart[i]!; p < rowStart[i + 1]!; p++) {
        const j = colIndex[p]!, x = values[p]!;
        for (let t = 0; t < k; t++) wta[t * cols + j] += w[i * k + t]! * x;
      }
    for (let t = 0; t < k; t++) {
      const d = wtw[t * k + t]!;
      if (!(d > 0)) continue;
      for (let j = 0; j < cols; j++) {
        let g = wta[t * cols + j]!;
        for (let s = 0; s < k; s++) g -= wtw[t * k + s]! * h[s * cols + j]!;
        const next = h[t * cols + j]! + g / d;
        h[t * cols + j] = next > 0 ? next : 0;
      }
    }
  };
  // HHᵀ and AHᵀ depend on H only: computed once when H is fixed.
  const productsOfH = () => {
    for (let t = 0; t < k; t++) for (let j = 0; j < cols; j++) ht[j * k + t] = h[t * cols + j]!;
    hht.fill(0);
    for (let j = 0; j < cols; j++)
      for (let s = 0; s < k; s++) {
        const x = ht[j * k + s]!;
        if (x !== 0) for (let t = s; t < k; t++) hht[s * k + t] += x * ht[j * k + t]!;
      }
    for (let s = 0; s < k; s++) for (let t = 0; t < s; t++) hht[s * k + t] = hht[t * k + s]!;
    aht.fill(0);
    for (let i = 0; i < rows; i++)
      for (let p = rowStart[i]!; p < rowStart[i + 1]!; p++) {
        const j = colIndex[p]!, x = values[p]!;
        for (let t = 0; t < k; t++) aht[i * k + t] += x * ht[j * k + t]!;
      }
  };
  const updateW = () => {
    for (let t = 0; t < k; t++) {
      const d = hht[t * k + t]!;
      if (!(d > 0)) continue;
      for (let i = 0; i < rows; i++) {
        let g = aht[i * k + t]!;
        for (let s = 0; s < k; s++) g -= w[i * k + s]! * hht[s * k + t]!;
        const next = w[i * k + t]! + g / d;
        w[i * k + t] = next > 0 ? next : 0;
      }
    }
  };
  const error = () => {
    gramOfW();
    let cross = 0, quad = 0;
    for (let p = 0; p < rows * k; p++) cross += w[p]! * aht[p]!;
    for (let p = 0; p < k * k; p++) quad += wtw[p]! * hht[p]!;
    return Math.sqrt(Math.max(0, normA2 - 2 * cross + quad));
  };

  if (fixedH) productsOfH();
  let initial = NaN, previous = NaN, current = NaN;
  let iterations = 0, converged = false;
  while (iterations < maxIterations) {
    if (!fixedH) {
      updateH();
      productsOfH();
    }
    updateW();
    iterations++;
    current = error();
    if (Number.isNaN(initial)) initial = current;
    else if (previous - current <= tolerance * initial) {
      converged = true;
      break;
    }
    previous = current;
  }
  return { iterations, converged, relativeError: normA2 > 0 ? current / Math.sqrt(normA2) : 0 };
}
