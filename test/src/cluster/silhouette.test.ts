import { describe, expect, it } from "vitest";
import { kmeans } from "../../../src/cluster/kmeans.ts";
import { matrixFromRows, type Matrix } from "../../../src/cluster/matrix.ts";
import { mulberry32 } from "../../../src/cluster/mulberry32.ts";
import { sampleWithoutReplacement } from "../../../src/cluster/sampleWithoutReplacement.ts";
import { silhouette } from "../../../src/cluster/silhouette.ts";
import { gaussianBlobs } from "./gaussianBlobs.ts";

/** Textbook O(n²) silhouette, written independently of the library's pair-sharing loop. */
function naiveSilhouette(m: Matrix, labels: ArrayLike<number>): number {
  const rows = Array.from({ length: m.rows }, (_, i) => Array.from(m.data.subarray(i * m.cols, (i + 1) * m.cols)));
  const dist = (i: number, j: number) => Math.hypot(...rows[i].map((v, c) => v - rows[j][c]));
  const clusters = [...new Set(Array.from(labels))];
  let total = 0;
  for (let i = 0; i < m.rows; i++) {
    const meanTo = (l: number) => {
      const others = Array.from({ length: m.rows }, (_, j) => j).filter((j) => j !== i && labels[j] === l);
      return others.length === 0 ? NaN : others.reduce((s, j) => s + dist(i, j), 0) / others.length;
    };
    const a = meanTo(labels[i]);
    if (Number.isNaN(a)) continue; // singleton
    const b = Math.min(...clusters.filter((l) => l !== labels[i]).map(meanTo));
    if (Math.max(a, b) > 0) total += (b - a) / Math.max(a, b);
  }
  return total / m.rows;
}

function subMatrix(m: Matrix, rows: Int32Array): Matrix {
  const data = new Float64Array(rows.length * m.cols);
  rows.forEach((r, i) => data.set(m.data.subarray(r * m.cols, (r + 1) * m.cols), i * m.cols));
  return { rows: rows.length, cols: m.cols, data };
}

describe("silhouette on hand-worked fixtures", () => {
  it("scores 0, 1 | 4, 6 on a line at 0.65373…", () => {
    // row 0: a = |0−1| = 1, b = (4 + 6)/2 = 5,   s = (5 − 1)/5   = 0.8
    // row 1: a = 1,         b = (3 + 5)/2 = 4,   s = (4 − 1)/4   = 0.75
    // row 4: a = |4−6| = 2, b = (4 + 3)/2 = 3.5, s = 1.5/3.5     = 3/7
    // row 6: a = 2,         b = (6 + 5)/2 = 5.5, s = 3.5/5.5     = 7/11
    // mean (0.8 + 0.75 + 3/7 + 7/11)/4 = 0.6537337662337662 (scikit-learn's silhouette_score agrees)
    const m = matrixFromRows([[0], [1], [4], [6]]);
    expect(silhouette(m, [0, 0, 1, 1], 2)).toBeCloseTo((0.8 + 0.75 + 3 / 7 + 7 / 11) / 4, 14);
  });
  it("counts a singleton as 0 and leaves the other rows' b unchanged", () => {
    // Add 20 as cluster 2: it scores 0; for the others the far cluster never lowers b, so the sum
    // stays 2.6149… and the mean is taken over 5 rows: 0.522987012987013.
    const m = matrixFromRows([[0], [1], [4], [6], [20]]);
    expect(silhouette(m, Int32Array.from([0, 0, 1, 1, 2]), 3)).toBeCloseTo((0.8 + 0.75 + 3 / 7 + 7 / 11) / 5, 14);
  });
  it("uses Euclidean distances and allows negative scores (3-4-5 fixture, mean exactly 0)", () => {
    // clusters {(0,0), (3,4)} and {(6,8), (6,0)}; distances 5, 10, 6, 5, 5, 8
    // (0,0): a = 5, b = (10 + 6)/2 = 8,   s = 3/8    = 0.375
    // (3,4): a = 5, b = (5 + 5)/2 = 5,    s = 0
    // (6,8): a = 8, b = (10 + 5)/2 = 7.5, s = −0.5/8 = −0.0625
    // (6,0): a = 8, b = (6 + 5)/2 = 5.5,  s = −2.5/8 = −0.3125   → mean 0
    const m = matrixFromRows([[0, 0], [3, 4], [6, 8], [6, 0]]);
    expect(silhouette(m, [0, 0, 1, 1], 2)).toBeCloseTo(0, 15);
  });
  it("is 0, not NaN, for duplicate rows and when only one cluster appears", () => {
    const same = matrixFromRows([[1, 1], [1, 1], [1, 1], [1, 1]]);
    expect(silhouette(same, [0, 0, 1, 1], 2)).toBe(0);
    expect(silhouette(matrixFromRows([[0], [1], [2]]), [1, 1, 1], 3)).toBe(0);
    expect(silhouette(matrixFromRows([[0]]), [1], 2)).toBe(0);
  });
});

describe("silhouette with sampling", () => {
  const { matrix, truth } = gaussianBlobs([[0, 0], [4, 0], [0, 4]], 150, 1.2, 17);
  const labels = kmeans(matrix, { k: 3 }).labels;

  it("is exact whenever sampleSize ≥ rows", () => {
    const exact = naiveSilhouette(matrix, labels);
    expect(silhouette(matrix, labels, 3, { sampleSize: matrix.rows })).toBeCloseTo(exact, 12);
    expect(silhouette(matrix, labels, 3, { sampleSize: 10_000, seed: 5 })).toBeCloseTo(exact, 12);
    expect(silhouette(matrix, truth, 3, { sampleSize: 450 })).toBeCloseTo(naiveSilhouette(matrix, truth), 12);
  });
  it("below rows, is the exact silhouette of the seeded sample alone", () => {
    const rows = sampleWithoutReplacement(matrix.rows, 100, mulberry32(8));
    const sampleLabels = Array.from(rows, (r) => labels[r]);
    const expected = naiveSilhouette(subMatrix(matrix, rows), sampleLabels);
    expect(silhouette(matrix, labels, 3, { sampleSize: 100, seed: 8 })).toBeCloseTo(expected, 12);
  });
  it("is reproducible for a seed and close to the exact value", () => {
    const a = silhouette(matrix, labels, 3, { sampleSize: 200, seed: 3 });
    expect(silhouette(matrix, labels, 3, { sampleSize: 200, seed: 3 })).toBe(a);
    expect(silhouette(matrix, labels, 3, { sampleSize: 200, seed: 4 })).not.toBe(a);
    expect(Math.abs(a - naiveSilhouette(matrix, labels))).toBeLessThan(0.05);
  });
});

describe("silhouette input checks", () => {
  const m = matrixFromRows([[0], [1], [2]]);
  it("refuses k < 2, bad labels and a bad sample size", () => {
    expect(() => silhouette(m, [0, 0, 0], 1)).toThrow(/k must be a whole number ≥ 2, got 1/);
    expect(() => silhouette(m, [0, 1], 2)).toThrow(/labels has 2 entries for 3 rows/);
    expect(() => silhouette(m, [0, 2, 1], 2)).toThrow(/label of row 1 must be a whole number in \[0, 2\), got 2/);
    expect(() => silhouette(m, [0, 0.5, 1], 2)).toThrow(/label of row 1/);
    expect(() => silhouette(m, [0, 1, 1], 2, { sampleSize: 1 })).toThrow(/sampleSize/);
  });
  it("names the row and column of a non-finite value", () => {
    expect(() => silhouette({ rows: 2, cols: 1, data: Float64Array.from([0, NaN]) }, [0, 1], 2)).toThrow(/row 1, column 0/);
  });
});
