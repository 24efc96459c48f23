/**
 * One k-means run from given initial centroids: Lloyd's iterations (assign every row to its
 * nearest centroid, move every centroid to the mean of its rows) accelerated with Hamerly's bounds
 * (G. Hamerly, "Making k-means even faster", SDM 2010). Each row keeps an upper bound on the
 * distance to its own centroid and a lower bound on the distance to every other one; when the
 * upper bound is below both the lower bound and half the distance from its centroid to the
 * nearest other centroid, the row cannot change cluster and is skipped without computing any
 * distance. After the first few iterations almost every row is skipped, so an iteration costs
 * little more than one pass over n numbers instead of n × k × cols multiply-adds. The labels and
 * centroids are exactly those of plain Lloyd (up to ties between equidistant centroids).
 *
 * Stopping follows scikit-learn's `_kmeans_single_lloyd`: stop when an assignment changes no
 * label ("strict convergence"), or when the squared centroid moves of one update sum to at most
 * `shiftThreshold`; in the latter case (and after the last allowed iteration) the rows are
 * assigned once more so the labels match the returned centroids. An empty cluster is given the
 * row farthest from its centroid, as scikit-learn's `_relocate_empty_clusters` does.
 */
import type { Matrix } from "./matrix.js";
import { squaredDistance } from "./squaredDistance.js";

export interface LloydResult {
  labels: Int32Array;
  /** k × cols row-major. */
  centroids: Float64Array;
  /** Rows per cluster. */
  sizes: number[];
  /** Σ squared distance from each row to its centroid. */
  inertia: number;
  /** Assignment steps run, counted as scikit-learn's n_iter_. */
  iterations: number;
  converged: boolean;
}

/**
 * Runs Lloyd's algorithm from `initialCentroids` (k × cols, not modified). The caller has
 * validated the inputs; `shiftThreshold` is already scaled to the data (tolerance × mean column
 * variance).
 */
export function lloyd(m: Matrix, initialCentroids: Float64Array, k: number, maxIterations: number, shiftThreshold: number): LloydResult {
  const { rows, cols, data } = m;
  let centroids = Float64Array.from(initialCentroids);
  let next = new Float64Array(k * cols);
  const labels = new Int32Array(rows);
  const upper = new Float64Array(rows);
  const lower = new Float64Array(rows);
  // Per-cluster sums and counts are updated as rows move, so the update step costs O(k × cols)
  // instead of a pass over all rows.
  const sums = new Float64Array(k * cols);
  const counts = new Int32Array(k);
  const halfGap = new Float64Array(k);
  const moves = new Float64Array(k);

  // First assignment: every distance, which also initialises the bounds.
  for (let i = 0; i < rows; i++) {
    const offset = i * cols;
    let best = Infinity;
    let second = Infinity;
    let label = 0;
    for (let j = 0; j < k; j++) {
      const d = squaredDistance(data, offset, centroids, j * cols, cols);
      if (d < best) {
        second = best;
        best = d;
        label = j;
      } else if (d < second) second = d;
    }
    labels[i] = label;
    upper[i] = Math.sqrt(best);
    lower[i] = Math.sqrt(second);
    counts[label]++;
    for (let c = 0, s = label * cols; c < cols; c++) sums[s + c] += data[offset + c];
  }

  /** One bounded assignment step against `centroids`; returns the number of rows that moved. */
  const assign = (): number => {
    computeHalfGaps(centroids, k, cols, halfGap);
    let changed = 0;
    for (let i = 0; i < rows; i++) {
      const label = labels[i];
      const bound = Math.max(halfGap[label], lower[i]);
      if (upper[i] <= bound) continue;
      const offset = i * cols;
      // The bound may only have failed because the upper bound is loose: tighten it first.
      const own = Math.sqrt(squaredDistance(data, offset, centroids, label * cols, cols));
      upper[i] = own;
      if (own <= bound) continue;
      let best = Infinity;
      let second = Infinity;
      let nearest = 0;
      for (let j = 0; j < k; j++) {
        const d = squaredDistance(data, offset, centroids, j * cols, cols);
        if (d < best) {
          second = best;
          best = d;
          nearest = j;
        } else if (d < second) second = d;
      }
      upper[i] = Math.sqrt(best);
      lower[i] = Math.sqrt(second);
      if (nearest !== label) {
        labels[i] = nearest;
        counts[label]--;
        counts[nearest]++;
        const from = label * cols;
        const to = nearest * cols;
        for (let c = 0; c < cols; c++) {
          const v = data[offset + c];
          sums[from + c] -= v;
          sums[to + c] += v;
        }
        changed++;
      }
    }
    return changed;
  };

  let iterations = 0;
  let converged = false;
  let strict = false;
  for (;;) {
    // The first assignment was done above, with the bounds.
    const changed = iterations === 0 ? rows : assign();
    iterations++;
    if (changed === 0) {
      // Nothing moved, so the update step would reproduce the same centroids.
      strict = converged = true;
      break;
    }

    const relocated = relocateEmptyClusters(m, centroids, labels, counts, sums, k);
    for (let j = 0; j < k; j++) {
      const s = j * cols;
      const n = counts[j];
      for (let c = 0; c < cols; c++) next[s + c] = sums[s + c] / n;
    }
    let shift = 0;
    let maxMove = 0;
    let secondMove = 0;
    let maxMoved = -1;
    for (let j = 0; j < k; j++) {
      const sq = squaredDistance(next, j * cols, centroids, j * cols, cols);
      shift += sq;
      const move = (moves[j] = Math.sqrt(sq));
      if (move > maxMove) {
        secondMove = maxMove;
        maxMove = move;
        maxMoved = j;
      } else if (move > secondMove) secondMove = move;
    }
    [centroids, next] = [next, centroids];
    // Triangle inequality: a centroid that moved by δ is at most δ nearer or farther than before.
    for (let i = 0; i < rows; i++) {
      const label = labels[i];
      upper[i] += moves[label];
      lower[i] -= label === maxMoved ? secondMove : maxMove;
    }
    // A relocated row is now its cluster's only member, hence exactly its centroid.
    for (const i of relocated) {
      upper[i] = 0;
      lower[i] = 0;
    }
    if (shift <= shiftThreshold) {
      converged = true;
      break;
    }
    if (iterations >= maxIterations) break;
  }
  // Match the labels to the final centroids, as scikit-learn does after a tolerance stop.
  if (!strict) assign();

  let inertia = 0;
  for (let i = 0; i < rows; i++) inertia += squaredDistance(data, i * cols, centroids, labels[i] * cols, cols);
  return { labels, centroids, sizes: Array.from(counts), inertia, iterations, converged };
}

/** halfGap[j] = half the distance from centroid j to its nearest other centroid (∞ when k = 1). */
function computeHalfGaps(centroids: Float64Array, k: number, cols: number, halfGap: Float64Array): void {
  halfGap.fill(Infinity);
  for (let a = 0; a < k; a++) {
    for (let b = a + 1; b < k; b++) {
      const half = Math.sqrt(squaredDistance(centroids, a * cols, centroids, b * cols, cols)) / 2;
      if (half < halfGap[a]) halfGap[a] = half;
      if (half < halfGap[b]) halfGap[b] = half;
    }
  }
}

/**
 * Gives each empty cluster the row farthest from its current centroid, taken only from clusters
 * that keep at least one row (k ≤ rows guarantees one exists). Updates labels, counts and sums in
 * place and returns the moved rows. Empty clusters are rare (duplicate seeds on data with repeated
 * rows), so the O(n) scan per empty cluster does not matter.
 */
function relocateEmptyClusters(
  m: Matrix,
  centroids: Float64Array,
  labels: Int32Array,
  counts: Int32Array,
  sums: Float64Array,
  k: number
): number[] {
  const relocated: number[] = [];
  const { rows, cols, data } = m;
  let distances: Float64Array | undefined;
  for (let j = 0; j < k; j++) {
    if (counts[j] !== 0) continue;
    if (!distances) {
      distances = new Float64Array(rows);
      for (let i = 0; i < rows; i++) distances[i] = squaredDistance(data, i * cols, centroids, labels[i] * cols, cols);
    }
    let far = -1;
    for (let i = 0; i < rows; i++) {
      if (counts[labels[i]] >= 2 && (far < 0 || distances[i] > distances[far])) far = i;
    }
    const from = labels[far];
    labels[far] = j;
    counts[from]--;
    counts[j] = 1;
    for (let c = 0; c < cols; c++) {
      const v = data[far * cols + c];
      sums[from * cols + c] -= v;
      sums[j * cols + c] = v;
    }
    relocated.push(far);
  }
  return relocated;
}
