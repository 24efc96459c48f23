/**
 * Z-scores per column, so that features measured in euros, days and counts weigh alike in the
 * Euclidean distances of k-means. The sd is the population one (divisor n), as scikit-learn's
 * StandardScaler uses, so the reference script and this code see the same matrix.
 *
 * A column with no spread carries no information for clustering; dividing by its sd of 0 would
 * give NaN (or, after rounding, huge values from a mean that is off by one ulp), so such a column
 * becomes all zeros and its sd is reported as 0.
 */
import type { Matrix } from "./matrix.js";
import { requireFinite, requireMatrix } from "./validate.js";

export interface StandardizeResult {
  /** The z-scored copy; the input is left untouched. */
  matrix: Matrix;
  /** Column means, for standardizing new rows the same way with standardizeWith. */
  means: number[];
  /** Column population standard deviations; 0 marks a constant column. */
  sds: number[];
}

/**
 * Standardizes each column to mean 0 and population sd 1. Two passes (mean, then squared
 * deviations from it) because the one-pass Σx² − n·x̄² cancels badly for features with a large
 * offset, such as order timestamps.
 */
export function standardize(m: Matrix): StandardizeResult {
  requireMatrix(m);
  const { rows, cols, data } = m;
  const sum = new Float64Array(cols);
  const min = new Float64Array(cols).fill(Infinity);
  const max = new Float64Array(cols).fill(-Infinity);
  for (let r = 0, o = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++, o++) {
      const v = data[o];
      sum[c] += v;
      if (v < min[c]) min[c] = v;
      if (v > max[c]) max[c] = v;
    }
  }
  // An all-equal column gets its exact value as mean: Σx/n can be off by an ulp (3 × 0.1 / 3),
  // which would otherwise leave a tiny non-zero "variance".
  const means = Array.from(sum, (s, c) => (min[c] === max[c] ? min[c] : s / rows));
  const squares = new Float64Array(cols);
  for (let r = 0, o = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++, o++) {
      const d = data[o] - means[c];
      squares[c] += d * d;
    }
  }
  const sds = Array.from(squares, (s, c) => (min[c] === max[c] ? 0 : Math.sqrt(s / rows)));
  return { matrix: standardizeWith(m, means, sds), means, sds };
}

/**
 * Applies given means and sds (from an earlier standardize) to other rows, e.g. new customers to
 * be scored with assignToCentroids. A column whose sd is 0 becomes 0, as in standardize.
 */
export function standardizeWith(m: Matrix, means: readonly number[], sds: readonly number[]): Matrix {
  requireMatrix(m);
  const { rows, cols, data } = m;
  if (means.length !== cols || sds.length !== cols) {
    throw new Error(`means and sds need one entry per column (${cols}), got ${means.length} and ${sds.length}`);
  }
  requireFinite("means", means, cols);
  requireFinite("sds", sds, cols);
  sds.forEach((sd, c) => {
    if (sd < 0) throw new Error(`sd of column ${c} must be ≥ 0, got ${sd}`);
  });
  // Divide rather than multiply by 1/sd, so values match (x − mean) / sd elsewhere to the last bit.
  const out = new Float64Array(rows * cols);
  for (let r = 0, o = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++, o++) out[o] = sds[c] === 0 ? 0 : (data[o] - means[c]) / sds[c];
  }
  return { rows, cols, data: out };
}
