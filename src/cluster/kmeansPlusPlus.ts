/**
 * Greedy k-means++ seeding as scikit-learn does it (`_kmeans_plusplus`, after Arthur &
 * Vassilvitskii 2007): the first centre is a uniformly random row; each further centre is chosen
 * among 2 + ⌊ln k⌋ candidates drawn with probability proportional to their squared distance from
 * the nearest centre so far, keeping the candidate that lowers the potential (the sum of those
 * squared distances) most. Trying several candidates avoids the occasional poor draw of plain
 * k-means++, which Lloyd's iterations then cannot repair.
 */
import type { Matrix } from "./matrix.js";
import { squaredDistance } from "./squaredDistance.js";

/** Initial centroids, k × cols row-major. The caller has validated m and k (1 ≤ k ≤ rows). */
export function kmeansPlusPlus(m: Matrix, k: number, random: () => number): Float64Array {
  const { rows, cols, data } = m;
  const centroids = new Float64Array(k * cols);
  const trials = 2 + Math.floor(Math.log(k));
  const first = Math.floor(random() * rows);
  centroids.set(data.subarray(first * cols, first * cols + cols), 0);
  if (k === 1) return centroids;

  let closest = new Float64Array(rows);
  for (let i = 0; i < rows; i++) closest[i] = squaredDistance(data, i * cols, centroids, 0, cols);
  const cumulative = new Float64Array(rows);
  let trial = new Float64Array(rows);
  let best = new Float64Array(rows);
  for (let c = 1; c < k; c++) {
    let potential = 0;
    for (let i = 0; i < rows; i++) cumulative[i] = potential += closest[i];
    let bestPotential = Infinity;
    let bestRow = 0;
    for (let t = 0; t < trials; t++) {
      const row = firstAtLeast(cumulative, random() * potential);
      const offset = row * cols;
      let trialPotential = 0;
      for (let i = 0; i < rows; i++) {
        const d = Math.min(closest[i], squaredDistance(data, i * cols, data, offset, cols));
        trial[i] = d;
        trialPotential += d;
      }
      // Strict <: on a tie the earlier candidate wins, as with numpy's argmin.
      if (trialPotential < bestPotential) {
        bestPotential = trialPotential;
        bestRow = row;
        [best, trial] = [trial, best];
      }
    }
    [closest, best] = [best, closest];
    centroids.set(data.subarray(bestRow * cols, bestRow * cols + cols), c * cols);
  }
  return centroids;
}

/**
 * numpy's searchsorted(side="left") clipped to the last index: the first i with
 * cumulative[i] ≥ value. Rows already chosen add 0 to the running sum, so for value > 0 they can
 * never be the first to reach it and are not drawn twice; when every distance is 0 (all rows
 * alike) row 0 is returned, and the duplicate centres are sorted out as empty clusters later.
 */
function firstAtLeast(cumulative: Float64Array, value: number): number {
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (cumulative[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
