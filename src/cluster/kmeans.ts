/**
 * k-means clustering of the rows of a matrix, meant for standardized customer features (see
 * standardize): greedy k-means++ seeding, Lloyd's iterations with Hamerly's bounds, best of several
 * seeded restarts by inertia. It follows scikit-learn's KMeans(init="k-means++", algorithm="lloyd")
 * in its choices (seeding, tolerance scaled by the data's variance, empty-cluster relocation) so
 * the two can be compared on the same matrix; the random streams differ, so individual runs do not
 * match, only the quality of the result.
 *
 * Runs in Node and in browsers alike (typed arrays only, no Node APIs), and the same input and
 * seed give the same labels in both.
 */
import { kmeansPlusPlus } from "./kmeansPlusPlus.js";
import { lloyd, type LloydResult } from "./lloyd.js";
import type { Matrix } from "./matrix.js";
import { mulberry32 } from "./mulberry32.js";
import { relabelBySize } from "./relabelBySize.js";
import { requireInteger, requireMatrix } from "./validate.js";

export interface KMeansOptions {
  /** Number of clusters, a whole number from 1 to the number of rows. */
  k: number;
  /** Seed of the random stream (whole number); default 42. */
  seed?: number;
  /** Independent seedings; the run with the lowest inertia is kept. Default 4. */
  restarts?: number;
  /** Cap on assignment steps per run; default 300 (scikit-learn's max_iter). */
  maxIterations?: number;
  /**
   * Stop when the centroids' squared moves in one update sum to at most tolerance × the mean
   * column variance of the data (scikit-learn's tol). Default 1e-6, stricter than scikit-learn's
   * 1e-4: Hamerly's bounds make the extra iterations cheap, and the result settles fully.
   */
  tolerance?: number;
}

/**
 * The kept run's LloydResult, relabelled so that cluster 0 is the largest (see relabelBySize):
 * `sizes` is non-increasing, `iterations` is scikit-learn's n_iter_, `inertia` its inertia_, and
 * `converged` false if the run stopped at maxIterations without meeting the tolerance.
 */
export type KMeansResult = LloydResult;

export function kmeans(m: Matrix, options: KMeansOptions): KMeansResult {
  const { k, seed = 42, restarts = 4, maxIterations = 300, tolerance = 1e-6 } = options;
  requireMatrix(m);
  requireInteger("k", k, 1, m.rows);
  requireInteger("seed", seed, Number.MIN_SAFE_INTEGER);
  requireInteger("restarts", restarts, 1);
  requireInteger("maxIterations", maxIterations, 1);
  if (!(tolerance >= 0 && tolerance < Infinity)) throw new Error(`tolerance must be finite and ≥ 0, got ${tolerance}`);

  const shiftThreshold = tolerance * meanColumnVariance(m);
  // Each restart gets its own seed drawn from the master stream (as scikit-learn draws one per
  // n_init), so a run's outcome does not depend on how many draws the previous run consumed.
  const master = mulberry32(seed);
  let best: LloydResult | undefined;
  for (let r = 0; r < restarts; r++) {
    const random = mulberry32(Math.floor(master() * 4294967296));
    const run = lloyd(m, kmeansPlusPlus(m, k, random), k, maxIterations, shiftThreshold);
    // Strict <: among equally good runs the first is kept, so adding restarts never makes it worse.
    if (!best || run.inertia < best.inertia) best = run;
  }
  const kept = best!;
  return { ...relabelBySize(kept.labels, kept.centroids, kept.sizes, m.cols), inertia: kept.inertia, iterations: kept.iterations, converged: kept.converged };
}

/** Mean over columns of the population variance, scikit-learn's scale for tol. */
function meanColumnVariance(m: Matrix): number {
  const { rows, cols, data } = m;
  const mean = new Float64Array(cols);
  for (let o = 0; o < data.length; o += cols) for (let c = 0; c < cols; c++) mean[c] += data[o + c];
  for (let c = 0; c < cols; c++) mean[c] /= rows;
  let squares = 0;
  for (let o = 0; o < data.length; o += cols) {
    for (let c = 0; c < cols; c++) {
      const d = data[o + c] - mean[c];
      squares += d * d;
    }
  }
  return squares / (rows * cols);
}
