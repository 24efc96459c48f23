/**
 * A uniform random subset of row indices, as scikit-learn's silhouette_score draws with
 * `permutation(n)[:sample_size]`. A partial Fisher–Yates shuffle stops after `size` swaps, so the
 * cost is one Int32Array of n plus `size` draws, not a full shuffle.
 */
import { requireInteger } from "./validate.js";

/** `size` distinct indices from [0, n), in the order drawn; every subset is equally likely. */
export function sampleWithoutReplacement(n: number, size: number, random: () => number): Int32Array {
  requireInteger("n", n, 0);
  requireInteger("sample size", size, 0, n);
  const indices = new Int32Array(n);
  for (let i = 0; i < n; i++) indices[i] = i;
  for (let i = 0; i < size; i++) {
    const j = i + Math.floor(random() * (n - i));
    const t = indices[i];
    indices[i] = indices[j];
    indices[j] = t;
  }
  return indices.slice(0, size);
}
