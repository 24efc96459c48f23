/**
 * Test data: isotropic Gaussian blobs drawn with the library's seeded generator, so every test
 * run sees the same points. Normal deviates come from the Box–Muller transform.
 */
import type { Matrix } from "../../../src/cluster/matrix.ts";
import { mulberry32 } from "../../../src/cluster/mulberry32.ts";

export interface Blobs {
  matrix: Matrix;
  /** Index of the blob each row was drawn from. */
  truth: Int32Array;
}

/** `perBlob` points around each centre with the given sd, blob by blob in row order. */
export function gaussianBlobs(centres: number[][], perBlob: number, sd: number, seed: number): Blobs {
  const random = mulberry32(seed);
  const normal = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const cols = centres[0].length;
  const rows = centres.length * perBlob;
  const data = new Float64Array(rows * cols);
  const truth = new Int32Array(rows);
  for (let i = 0; i < rows; i++) {
    const blob = Math.floor(i / perBlob);
    truth[i] = blob;
    for (let c = 0; c < cols; c++) data[i * cols + c] = centres[blob][c] + sd * normal();
  }
  return { matrix: { rows, cols, data }, truth };
}

/** counts[a][b] = rows with true blob a and cluster label b. */
export function contingency(truth: Int32Array, labels: Int32Array, k: number): number[][] {
  const table = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  for (let i = 0; i < truth.length; i++) table[truth[i]][labels[i]]++;
  return table;
}
