/**
 * Nearest-centroid labels for rows that took no part in the clustering, e.g. customers who arrived
 * after the personas were built (standardize them first with standardizeWith and the original
 * means and sds). On the rows kmeans was fitted on it reproduces kmeans' labels, except that a row
 * exactly equidistant from two centroids goes to the lower label here.
 */
import type { Matrix } from "./matrix.js";
import { squaredDistance } from "./squaredDistance.js";
import { requireFinite, requireInteger, requireMatrix } from "./validate.js";

/** `centroids` is k × m.cols row-major, as kmeans returns it. */
export function assignToCentroids(m: Matrix, centroids: ArrayLike<number>, k: number): Int32Array {
  requireMatrix(m);
  requireInteger("k", k, 1);
  const { rows, cols, data } = m;
  if (centroids.length !== k * cols) throw new Error(`centroids has ${centroids.length} values, expected k × cols = ${k} × ${cols} = ${k * cols}`);
  requireFinite("centroids", centroids, cols);
  const c = Float64Array.from(centroids);
  const labels = new Int32Array(rows);
  for (let i = 0; i < rows; i++) {
    let best = Infinity;
    for (let j = 0; j < k; j++) {
      const d = squaredDistance(data, i * cols, c, j * cols, cols);
      if (d < best) {
        best = d;
        labels[i] = j;
      }
    }
  }
  return labels;
}
