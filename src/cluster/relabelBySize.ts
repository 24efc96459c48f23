/**
 * Renumbers clusters so that label 0 is the largest, then 1, and so on. The numbering k-means ends
 * with depends on which rows happened to seed which cluster, so without this the "same" persona
 * could be cluster 2 in one run and cluster 0 in the next. Equal sizes are ordered by their
 * centroids' coordinates compared lexicographically (first column first), which depends only on
 * the clustering found, not on the seeding order; the old index breaks any remaining tie.
 */

export interface Relabelled {
  labels: Int32Array;
  centroids: Float64Array;
  sizes: number[];
}

/** Returns renumbered copies; the inputs are not modified. */
export function relabelBySize(labels: Int32Array, centroids: Float64Array, sizes: readonly number[], cols: number): Relabelled {
  const k = sizes.length;
  const order = Array.from({ length: k }, (_, j) => j).sort((a, b) => {
    if (sizes[a] !== sizes[b]) return sizes[b] - sizes[a];
    for (let c = 0; c < cols; c++) {
      const d = centroids[a * cols + c] - centroids[b * cols + c];
      if (d !== 0) return d;
    }
    return a - b;
  });
  const newLabel = new Int32Array(k);
  order.forEach((old, j) => (newLabel[old] = j));
  const outCentroids = new Float64Array(k * cols);
  order.forEach((old, j) => outCentroids.set(centroids.subarray(old * cols, old * cols + cols), j * cols));
  const outLabels = new Int32Array(labels.length);
  for (let i = 0; i < labels.length; i++) outLabels[i] = newLabel[labels[i]];
  return { labels: outLabels, centroids: outCentroids, sizes: order.map((old) => sizes[old]) };
}
