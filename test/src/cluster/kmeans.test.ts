import { describe, expect, it } from "vitest";
import { kmeans } from "../../../src/cluster/kmeans.ts";
import { matrixFromRows, type Matrix } from "../../../src/cluster/matrix.ts";
import { contingency, gaussianBlobs } from "./gaussianBlobs.ts";

const centroidRows = (c: Float64Array, cols: number) => Array.from({ length: c.length / cols }, (_, j) => Array.from(c.subarray(j * cols, j * cols + cols)));

// Four blobs of 500 points, sd 1, centres 10 apart or more: a row would have to stray 5 sd to sit
// nearer another centre, so the clustering must recover the blobs exactly.
const blobs = gaussianBlobs([[0, 0, 0], [10, 0, 0], [0, 10, 0], [0, 0, 10]], 500, 1, 2024);

describe("kmeans on hand-worked fixtures", () => {
  it("finds two triangles, their centroids and inertia 16", () => {
    // {(0,0), (2,0), (1,3)}: centroid (3/3, 3/3) = (1, 1); squared distances 1+1, 1+1, 0+4 → 8
    // {(10,10), (12,10), (11,13)}: centroid (11, 11), the same shape shifted by 10 → 8
    // inertia 8 + 8 = 16 (scikit-learn's KMeans gives 16.0 on this matrix too).
    // Equal sizes: the centroid first in coordinate order, (1, 1), becomes label 0.
    const m = matrixFromRows([[0, 0], [2, 0], [1, 3], [10, 10], [12, 10], [11, 13]]);
    const r = kmeans(m, { k: 2 });
    expect(Array.from(r.labels)).toEqual([0, 0, 0, 1, 1, 1]);
    expect(centroidRows(r.centroids, 2)).toEqual([[1, 1], [11, 11]]);
    expect(r.sizes).toEqual([3, 3]);
    expect(r.inertia).toBe(16);
    expect(r.converged).toBe(true);
    // The numbering does not depend on the row order.
    const swapped = matrixFromRows([[10, 10], [12, 10], [11, 13], [0, 0], [2, 0], [1, 3]]);
    expect(Array.from(kmeans(swapped, { k: 2 }).labels)).toEqual([1, 1, 1, 0, 0, 0]);
  });
  it("numbers the larger cluster 0 (square of 4 and pair of 2, inertia 10)", () => {
    // {(0,0), (2,0), (0,2), (2,2)}: centroid (1, 1), each corner 1+1 = 2 away squared → 8
    // {(10,10), (12,10)}: centroid (11, 10), each 1 away squared → 2; inertia 10
    const m = matrixFromRows([[10, 10], [12, 10], [0, 0], [2, 0], [0, 2], [2, 2]]);
    const r = kmeans(m, { k: 2 });
    expect(Array.from(r.labels)).toEqual([1, 1, 0, 0, 0, 0]);
    expect(centroidRows(r.centroids, 2)).toEqual([[1, 1], [11, 10]]);
    expect(r.sizes).toEqual([4, 2]);
    expect(r.inertia).toBe(10);
  });
  it("with k = 1 puts the centroid at the mean and returns the total sum of squares", () => {
    // x = 1, 2, 6: mean 3, squared deviations 4 + 1 + 9 = 14
    const r = kmeans(matrixFromRows([[1], [2], [6]]), { k: 1 });
    expect(Array.from(r.centroids)).toEqual([3]);
    expect(r.inertia).toBe(14);
    expect(Array.from(r.labels)).toEqual([0, 0, 0]);
  });
  it("with k = rows makes every row its own cluster, inertia 0", () => {
    const r = kmeans(matrixFromRows([[0, 0], [5, 1], [-3, 2]]), { k: 3 });
    expect(r.inertia).toBe(0);
    expect(r.sizes).toEqual([1, 1, 1]);
    expect(new Set(r.labels).size).toBe(3);
  });
});

describe("kmeans on Gaussian blobs", () => {
  it("recovers the four blobs exactly, up to the numbering", () => {
    const r = kmeans(blobs.matrix, { k: 4 });
    const table = contingency(blobs.truth, r.labels, 4);
    // A permutation matrix times 500: each blob lands whole in one cluster, each cluster one blob.
    for (const row of table) expect([...row].sort((a, b) => a - b)).toEqual([0, 0, 0, 500]);
    for (let j = 0; j < 4; j++) expect(table.filter((row) => row[j] === 500)).toHaveLength(1);
    expect(r.sizes).toEqual([500, 500, 500, 500]);
    expect(r.converged).toBe(true);
  });
  it("matches scikit-learn's inertia on the same matrix", () => {
    // 5877.566118545307 from test/real/reference/sklearnKmeans.py (KMeans(init="k-means++",
    // n_init=10, random_state=0), scikit-learn 1.2.1) on this matrix written to CSV at full precision.
    expect(kmeans(blobs.matrix, { k: 4 }).inertia / 5877.566118545307).toBeCloseTo(1, 10);
  });
  it("is reproducible: same seed, identical result", () => {
    const a = kmeans(blobs.matrix, { k: 5, seed: 7 });
    const b = kmeans(blobs.matrix, { k: 5, seed: 7 });
    expect(b.labels).toEqual(a.labels);
    expect(b.centroids).toEqual(a.centroids);
    expect(b.inertia).toBe(a.inertia);
    expect(b.iterations).toBe(a.iterations);
  });
  it("reaches the same optimum and the same numbering from different seeds on easy data", () => {
    const runs = [1, 2, 3, 99].map((seed) => kmeans(blobs.matrix, { k: 4, seed, restarts: 1 }));
    for (const r of runs.slice(1)) {
      expect(r.inertia / runs[0].inertia).toBeCloseTo(1, 12);
      // Equal sizes, so label order comes from the centroids' coordinates and agrees too.
      expect(r.labels).toEqual(runs[0].labels);
    }
  });
  it("reports an unfinished run when maxIterations cuts it short, with labels matching the centroids", () => {
    const hard = gaussianBlobs([[0, 0], [1, 0], [0, 1], [1, 1]], 300, 1, 5).matrix;
    const r = kmeans(hard, { k: 6, maxIterations: 2, restarts: 1 });
    expect(r.iterations).toBe(2);
    expect(r.converged).toBe(false);
    const full = kmeans(hard, { k: 6, restarts: 1 });
    expect(full.converged).toBe(true);
    expect(full.inertia).toBeLessThanOrEqual(r.inertia);
  });
});

describe("kmeans on degenerate data", () => {
  it("keeps every cluster non-empty and finite when all rows are equal", () => {
    const m = matrixFromRows(Array.from({ length: 10 }, () => [2.5, -1]));
    const r = kmeans(m, { k: 3 });
    expect(r.sizes.reduce((a, b) => a + b)).toBe(10);
    expect(Math.min(...r.sizes)).toBeGreaterThanOrEqual(1);
    expect(r.inertia).toBe(0);
    expect(centroidRows(r.centroids, 2)).toEqual([[2.5, -1], [2.5, -1], [2.5, -1]]);
  });
  it("relocates into an empty cluster when there are fewer distinct rows than k", () => {
    const m = matrixFromRows([...Array.from({ length: 5 }, () => [0, 0]), ...Array.from({ length: 4 }, () => [1, 1])]);
    const r = kmeans(m, { k: 3 });
    expect(r.inertia).toBe(0);
    expect(r.sizes.reduce((a, b) => a + b)).toBe(9);
    expect(Math.min(...r.sizes)).toBeGreaterThanOrEqual(1);
  });
});

describe("kmeans input checks", () => {
  const m = matrixFromRows([[0, 1], [2, 3], [4, 5]]);
  it("refuses k outside 1..rows or not whole", () => {
    expect(() => kmeans(m, { k: 4 })).toThrow(/k must be a whole number between 1 and 3, got 4/);
    expect(() => kmeans(m, { k: 0 })).toThrow(/k must be a whole number between 1 and 3, got 0/);
    expect(() => kmeans(m, { k: 1.5 })).toThrow(/k must be/);
  });
  it("names the row and column of NaN or infinite input", () => {
    const bad: Matrix = { rows: 3, cols: 2, data: Float64Array.from([0, 1, 2, 3, NaN, 5]) };
    expect(() => kmeans(bad, { k: 2 })).toThrow(/row 2, column 0 \(0-based\): NaN/);
    const inf: Matrix = { rows: 3, cols: 2, data: Float64Array.from([0, 1, 2, -Infinity, 4, 5]) };
    expect(() => kmeans(inf, { k: 2 })).toThrow(/row 1, column 1 \(0-based\): -Infinity/);
  });
  it("refuses a malformed matrix and bad options", () => {
    expect(() => kmeans({ rows: 0, cols: 2, data: new Float64Array(0) }, { k: 1 })).toThrow(/rows must be a whole number ≥ 1/);
    expect(() => kmeans({ rows: 2, cols: 2, data: new Float64Array(3) }, { k: 1 })).toThrow(/expected rows × cols/);
    expect(() => kmeans(m, { k: 2, restarts: 0 })).toThrow(/restarts/);
    expect(() => kmeans(m, { k: 2, maxIterations: 0 })).toThrow(/maxIterations/);
    expect(() => kmeans(m, { k: 2, tolerance: -1 })).toThrow(/tolerance/);
    expect(() => kmeans(m, { k: 2, seed: 0.5 })).toThrow(/seed/);
  });
});
