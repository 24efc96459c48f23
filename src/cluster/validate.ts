/**
 * Input checks shared by the clustering functions. A NaN anywhere in the matrix turns every
 * distance it touches into NaN, and NaN comparisons are always false, so k-means would not fail:
 * it would quietly put that row in cluster 0 and drag a centroid to NaN. We refuse such input up
 * front, naming the row and column so the caller can find the bad feature.
 */
import type { Matrix } from "./matrix.js";

/** `value` must be a whole number in [min, max] (k, restarts, iteration counts, sample sizes). */
export function requireInteger(name: string, value: number, min: number, max = Number.MAX_SAFE_INTEGER): void {
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    const range = max === Number.MAX_SAFE_INTEGER ? `≥ ${min}` : `between ${min} and ${max}`;
    throw new Error(`${name} must be a whole number ${range}, got ${value}`);
  }
}

/** A well-formed matrix with at least one row and column and only finite values. */
export function requireMatrix(m: Matrix, name = "matrix"): void {
  requireInteger(`${name}.rows`, m.rows, 1);
  requireInteger(`${name}.cols`, m.cols, 1);
  if (m.data.length !== m.rows * m.cols) {
    throw new Error(`${name}.data has ${m.data.length} values, expected rows × cols = ${m.rows} × ${m.cols} = ${m.rows * m.cols}`);
  }
  requireFinite(name, m.data, m.cols);
}

/** Every value finite; the error gives the (0-based) row and column of the first offender. */
export function requireFinite(name: string, data: ArrayLike<number>, cols: number): void {
  for (let i = 0; i < data.length; i++) {
    // The fast path is one comparison per value: x − x is 0 for finite x and NaN otherwise.
    const v = data[i];
    if (v - v !== 0) {
      throw new Error(`${name} has a non-finite value at row ${Math.floor(i / cols)}, column ${i % cols} (0-based): ${v}`);
    }
  }
}

/** Cluster labels: one whole number in [0, k) per row. */
export function requireLabels(labels: ArrayLike<number>, rows: number, k: number): void {
  if (labels.length !== rows) throw new Error(`labels has ${labels.length} entries for ${rows} rows`);
  for (let i = 0; i < labels.length; i++) {
    const l = labels[i];
    if (!Number.isInteger(l) || l < 0 || l >= k) throw new Error(`label of row ${i} must be a whole number in [0, ${k}), got ${l}`);
  }
}
