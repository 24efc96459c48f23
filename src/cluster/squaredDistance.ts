/**
 * Squared Euclidean distance between two rows stored in flat arrays, addressed by offset so that
 * no subarray view is allocated per call; the hot loops of k-means call this hundreds of millions
 * of times, and V8 inlines a function this small.
 */
export function squaredDistance(a: Float64Array, aOffset: number, b: Float64Array, bOffset: number, cols: number): number {
  let sum = 0;
  for (let c = 0; c < cols; c++) {
    const d = a[aOffset + c] - b[bOffset + c];
    sum += d * d;
  }
  return sum;
}
