/**
 * A sparse row: feature indices in increasing order, each with its value. Typed arrays rather
 * than a Map, so that a training pass over ~10⁶ non-zeros reads two flat arrays per row.
 */
export interface SparseVector {
  readonly indices: Int32Array;
  readonly values: Float64Array;
}
