import { createRng } from "../clv/rng.js";
import type { CsrMatrix } from "./csrMatrix.js";
import { symmetricEigen } from "./symmetricEigen.js";

export interface TruncatedSvd {
  /** Left singular vectors, rows × k, row-major. */
  readonly u: Float64Array;
  /** Singular values, descending. */
  readonly s: Float64Array;
  /** Right singular vectors, cols × k, row-major. */
  readonly v: Float64Array;
  readonly k: number;
}

/**
 * The k leading singular triplets of a sparse matrix by the randomised range finder of Halko,
 * Martinsson & Tropp (2011): a seeded Gaussian sketch with `oversample` extra columns, `power`
 * power iterations (re-orthonormalised each time, so small gaps between singular values still
 * separate), then the exact SVD of the small projected matrix through the eigenvectors of its
 * Gram matrix. Only matrix–vector passes over the non-zeros: O(nnz · (k + oversample)) per pass.
 * The seed makes it reproducible; it is the initialisation of the topic model, not its result.
 */
export function truncatedSvd(a: CsrMatrix, k: number, { oversample = 10, power = 4, seed = 1 }: { oversample?: number; power?: number; seed?: number } = {}): TruncatedSvd {
  const l = Math.min(k + oversample, a.rows, a.cols);
  const rng = createRng(seed);
  const omega = Float64Array.from({ length: a.cols * l }, () => rng.normal());
  // One SVQB pass keeps the intermediate bases well conditioned; the final basis gets two.
  let q = orthonormalize(times(a, omega, l), a.rows, l, 1);
  for (let i = 0; i < power; i++) {
    const z = orthonormalize(transposeTimes(a, q, l), a.cols, l, 1);
    q = orthonormalize(times(a, z, l), a.rows, l, i === power - 1 ? 2 : 1);
  }
  // B = Qᵀ A, held as Bᵀ (cols × l); B Bᵀ = (Bᵀ)ᵀ Bᵀ is l × l.
  const bt = transposeTimes(a, q, l);
  const gram = new Float64Array(l * l);
  for (let j = 0; j < a.cols; j++) {
    for (let r = 0; r < l; r++) {
      const x = bt[j * l + r]!;
      if (x === 0) continue;
      for (let c = r; c < l; c++) gram[r * l + c] += x * bt[j * l + c]!;
    }
  }
  for (let r = 0; r < l; r++) for (let c = 0; c < r; c++) gram[r * l + c] = gram[c * l + r]!;
  const { values, vectors } = symmetricEigen(gram, l);
  const kk = Math.min(k, l);
  const s = Float64Array.from({ length: kk }, (_, t) => Math.sqrt(Math.max(0, values[t]!)));
  const u = new Float64Array(a.rows * kk);
  for (let i = 0; i < a.rows; i++)
    for (let t = 0; t < kk; t++) {
      let sum = 0;
      for (let r = 0; r < l; r++) sum += q[i * l + r]! * vectors[r * l + t]!;
      u[i * kk + t] = sum;
    }
  const v = new Float64Array(a.cols * kk);
  for (let j = 0; j < a.cols; j++)
    for (let t = 0; t < kk; t++) {
      if (s[t] === 0) continue;
      let sum = 0;
      for (let r = 0; r < l; r++) sum += bt[j * l + r]! * vectors[r * l + t]!;
      v[j * kk + t] = sum / s[t]!;
    }
  return { u, s, v, k: kk };
}

/** A · X for dense X (cols × l, row-major): rows × l. */
function times(a: CsrMatrix, x: Float64Array, l: number): Float64Array {
  const y = new Float64Array(a.rows * l);
  for (let i = 0; i < a.rows; i++)
    for (let p = a.rowStart[i]!; p < a.rowStart[i + 1]!; p++) {
      const value = a.values[p]!, j = a.colIndex[p]!;
      for (let c = 0; c < l; c++) y[i * l + c] += value * x[j * l + c]!;
    }
  return y;
}

/** Aᵀ · X for dense X (rows × l, row-major): cols × l. */
function transposeTimes(a: CsrMatrix, x: Float64Array, l: number): Float64Array {
  const y = new Float64Array(a.cols * l);
  for (let i = 0; i < a.rows; i++)
    for (let p = a.rowStart[i]!; p < a.rowStart[i + 1]!; p++) {
      const value = a.values[p]!, j = a.colIndex[p]!;
      for (let c = 0; c < l; c++) y[j * l + c] += value * x[i * l + c]!;
    }
  return y;
}

/**
 * The columns of an n × l row-major matrix made orthonormal, by SVQB (Stathopoulos & Wu 2002):
 * eigen-decompose the small Gram matrix YᵀY = E Λ Eᵀ and take Y E Λ^(−1/2); a second pass
 * restores full accuracy when the columns were nearly dependent (as they are after power
 * iterations), so the basis that is kept gets two. Unlike Gram–Schmidt it walks the rows in order, which is what a 100,000-row
 * matrix stored by rows wants, and a column with nothing left in it becomes zero instead of
 * noise (a corpus whose rank is below k + oversample).
 */
function orthonormalize(y: Float64Array, n: number, l: number, passes: number): Float64Array {
  let x = y;
  for (let pass = 0; pass < passes; pass++) {
    const gram = new Float64Array(l * l);
    for (let i = 0; i < n; i++)
      for (let r = 0; r < l; r++) {
        const xr = x[i * l + r]!;
        if (xr === 0) continue;
        for (let c = r; c < l; c++) gram[r * l + c] += xr * x[i * l + c]!;
      }
    for (let r = 0; r < l; r++) for (let c = 0; c < r; c++) gram[r * l + c] = gram[c * l + r]!;
    const { values, vectors } = symmetricEigen(gram, l);
    const floor = 1e-12 * Math.max(values[0]!, 0);
    const m = new Float64Array(l * l);
    for (let c = 0; c < l; c++) {
      if (!(values[c]! > floor)) continue;
      const inv = 1 / Math.sqrt(values[c]!);
      for (let r = 0; r < l; r++) m[r * l + c] = vectors[r * l + c]! * inv;
    }
    const next = new Float64Array(n * l);
    for (let i = 0; i < n; i++)
      for (let r = 0; r < l; r++) {
        const xr = x[i * l + r]!;
        if (xr === 0) continue;
        for (let c = 0; c < l; c++) next[i * l + c] += xr * m[r * l + c]!;
      }
    x = next;
  }
  return x;
}
