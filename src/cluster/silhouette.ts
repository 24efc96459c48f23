/**
 * Mean silhouette coefficient (Rousseeuw 1987), scikit-learn's silhouette_score with Euclidean
 * distances. For row i with a = mean distance to the other rows of its cluster and b = the lowest
 * mean distance to the rows of another cluster, s(i) = (b − a) / max(a, b); the score is the mean
 * over rows, from −1 (rows sit nearer another cluster) to 1 (tight, well-separated clusters).
 *
 * The exact score needs all n² distances, 4·10¹⁰ for 200,000 customers, so above `sampleSize`
 * rows it is computed exactly on a seeded random sample, as silhouette_score(sample_size=…) does:
 * the sample stands alone, a and b are means over sampled rows only. The same seed and row count
 * give the same sample whatever the labels, so scores for different k are compared on the same
 * customers.
 *
 * As in scikit-learn, a row that is alone in its cluster (within the sample) scores 0, and so does
 * a row with a = b = 0 (duplicates). Unlike scikit-learn, which raises, a sample in which only one
 * cluster appears scores 0 rather than throwing: with a tiny outlier cluster that the sample
 * missed, "no measurable structure" is the honest answer, and chooseK must not abort over it.
 */
import type { Matrix } from "./matrix.js";
import { mulberry32 } from "./mulberry32.js";
import { sampleWithoutReplacement } from "./sampleWithoutReplacement.js";
import { requireInteger, requireLabels, requireMatrix } from "./validate.js";

export interface SilhouetteOptions {
  /** Rows scored at most; larger inputs are sampled without replacement. Default 3000. */
  sampleSize?: number;
  /** Seed of the sample; default 42. Irrelevant when rows ≤ sampleSize. */
  seed?: number;
}

export function silhouette(m: Matrix, labels: ArrayLike<number>, k: number, options: SilhouetteOptions = {}): number {
  const { sampleSize = 3000, seed = 42 } = options;
  requireMatrix(m);
  requireInteger("k", k, 2);
  requireLabels(labels, m.rows, k);
  requireInteger("sampleSize", sampleSize, 2);
  const { rows, cols, data } = m;

  // Gather the scored rows into one compact block so the O(n²) loop reads memory in order.
  const sample = rows > sampleSize ? sampleWithoutReplacement(rows, sampleSize, mulberry32(seed)) : null;
  const n = sample ? sample.length : rows;
  const x = sample ? new Float64Array(n * cols) : data;
  const label = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const row = sample ? sample[i] : i;
    if (sample) x.set(data.subarray(row * cols, row * cols + cols), i * cols);
    label[i] = labels[row];
  }
  const counts = new Int32Array(k);
  for (let i = 0; i < n; i++) counts[label[i]]++;

  // distanceSums[i·k + c] = Σ distances from row i to the rows of cluster c; each pair is
  // measured once and credited to both ends.
  const distanceSums = new Float64Array(n * k);
  for (let i = 0; i < n; i++) {
    const io = i * cols;
    const li = label[i];
    for (let j = i + 1; j < n; j++) {
      const jo = j * cols;
      let sq = 0;
      for (let c = 0; c < cols; c++) {
        const d = x[io + c] - x[jo + c];
        sq += d * d;
      }
      const dist = Math.sqrt(sq);
      distanceSums[i * k + label[j]] += dist;
      distanceSums[j * k + li] += dist;
    }
  }

  let total = 0;
  for (let i = 0; i < n; i++) {
    const own = label[i];
    if (counts[own] < 2) continue;
    const a = distanceSums[i * k + own] / (counts[own] - 1);
    let b = Infinity;
    for (let c = 0; c < k; c++) {
      if (c !== own && counts[c] > 0) b = Math.min(b, distanceSums[i * k + c] / counts[c]);
    }
    const scale = Math.max(a, b);
    if (b < Infinity && scale > 0) total += (b - a) / scale;
  }
  return total / n;
}
