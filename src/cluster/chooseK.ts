/**
 * Picks the number of personas by the silhouette: k-means for each k in [kMin, kMax], scored on
 * the same seeded sample of rows, highest mean silhouette wins. Inertia is reported alongside for
 * an elbow chart, but it always falls as k grows, so it cannot choose k by itself.
 */
import { kmeans } from "./kmeans.js";
import type { Matrix } from "./matrix.js";
import { silhouette } from "./silhouette.js";
import { requireInteger, requireMatrix } from "./validate.js";

export interface ChooseKOptions {
  /** Smallest k tried, ≥ 2 (a silhouette needs two clusters); default 2. */
  kMin?: number;
  /** Largest k tried, ≤ rows; default 8. */
  kMax?: number;
  /** Seed for both k-means and the silhouette sample; default 42. */
  seed?: number;
  /** k-means restarts per k; default 4. */
  restarts?: number;
  /** Rows the silhouette is computed on; default 3000. */
  sampleSize?: number;
  maxIterations?: number;
  tolerance?: number;
}

export interface KScore {
  k: number;
  silhouette: number;
  inertia: number;
}

export interface ChooseKResult {
  /** The k with the highest silhouette; on a tie, the smaller k (fewer personas to explain). */
  best: number;
  /** One entry per k, in increasing k. */
  scores: KScore[];
}

export function chooseK(m: Matrix, options: ChooseKOptions = {}): ChooseKResult {
  const { kMin = 2, kMax = 8, seed = 42, restarts = 4, sampleSize = 3000, maxIterations, tolerance } = options;
  requireMatrix(m);
  requireInteger("kMin", kMin, 2);
  requireInteger("kMax", kMax, kMin);
  if (kMax > m.rows) throw new Error(`kMax must be at most the number of rows (${m.rows}), got ${kMax}`);
  const scores: KScore[] = [];
  for (let k = kMin; k <= kMax; k++) {
    const result = kmeans(m, { k, seed, restarts, maxIterations, tolerance });
    scores.push({ k, silhouette: silhouette(m, result.labels, k, { sampleSize, seed }), inertia: result.inertia });
  }
  let best = scores[0];
  for (const s of scores) if (s.silhouette > best.silhouette) best = s;
  return { best: best.k, scores };
}
