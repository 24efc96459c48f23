import { describe, expect, it } from "vitest";
import { kmeansPlusPlus } from "../../../src/cluster/kmeansPlusPlus.ts";
import { lloyd } from "../../../src/cluster/lloyd.ts";
import { matrixFromRows, type Matrix } from "../../../src/cluster/matrix.ts";
import { mulberry32 } from "../../../src/cluster/mulberry32.ts";
import { gaussianBlobs } from "./gaussianBlobs.ts";

const sq = (a: ArrayLike<number>, ao: number, b: ArrayLike<number>, bo: number, cols: number) => {
  let s = 0;
  for (let c = 0; c < cols; c++) s += (a[ao + c] - b[bo + c]) ** 2;
  return s;
};

/**
 * Plain Lloyd with every distance computed every time and the centroids recomputed from scratch,
 * following the same stopping and relocation rules: the accelerated version must agree with it.
 */
function naiveLloyd(m: Matrix, init: Float64Array, k: number, maxIterations: number, threshold: number) {
  const { rows, cols, data } = m;
  let centroids = Float64Array.from(init);
  const nearest = () =>
    Int32Array.from({ length: rows }, (_, i) => {
      let best = 0;
      for (let j = 1; j < k; j++) if (sq(data, i * cols, centroids, j * cols, cols) < sq(data, i * cols, centroids, best * cols, cols)) best = j;
      return best;
    });
  let labels = new Int32Array(rows).fill(-1);
  let iterations = 0;
  let strict = false;
  let converged = false;
  while (iterations < maxIterations) {
    const next = nearest();
    iterations++;
    if (next.every((l, i) => l === labels[i])) {
      strict = converged = true;
      break;
    }
    labels = next;
    const counts = new Array<number>(k).fill(0);
    labels.forEach((l) => counts[l]++);
    for (let j = 0; j < k; j++) {
      if (counts[j] > 0) continue;
      let far = -1;
      for (let i = 0; i < rows; i++) {
        const d = sq(data, i * cols, centroids, labels[i] * cols, cols);
        if (counts[labels[i]] >= 2 && (far < 0 || d > sq(data, far * cols, centroids, labels[far] * cols, cols))) far = i;
      }
      counts[labels[far]]--;
      counts[j]++;
      labels[far] = j;
    }
    const updated = new Float64Array(k * cols);
    for (let i = 0; i < rows; i++) for (let c = 0; c < cols; c++) updated[labels[i] * cols + c] += data[i * cols + c];
    for (let j = 0; j < k; j++) for (let c = 0; c < cols; c++) updated[j * cols + c] /= counts[j];
    const shift = Array.from({ length: k }, (_, j) => sq(updated, j * cols, centroids, j * cols, cols)).reduce((a, b) => a + b);
    centroids = updated;
    if (shift <= threshold) {
      converged = true;
      break;
    }
  }
  if (!strict) labels = nearest();
  let inertia = 0;
  for (let i = 0; i < rows; i++) inertia += sq(data, i * cols, centroids, labels[i] * cols, cols);
  return { labels, centroids, inertia, iterations, converged };
}

describe("lloyd (Hamerly-accelerated)", () => {
  const { matrix } = gaussianBlobs([[0, 0, 0, 0, 0], [1.5, 0, 0, 0, 0], [0, 1.5, 0, 0, 0], [0, 0, 1.5, 1, 0]], 500, 1, 31);

  for (const [k, maxIterations, threshold] of [[7, 300, 0], [3, 300, 1e-4], [12, 5, 0], [1, 300, 0]]) {
    it(`matches plain Lloyd step for step (k = ${k}, maxIterations ${maxIterations}, threshold ${threshold})`, () => {
      const init = kmeansPlusPlus(matrix, k, mulberry32(k));
      const fast = lloyd(matrix, init, k, maxIterations, threshold);
      const slow = naiveLloyd(matrix, init, k, maxIterations, threshold);
      expect(fast.labels).toEqual(slow.labels);
      expect(fast.iterations).toBe(slow.iterations);
      expect(fast.converged).toBe(slow.converged);
      expect(fast.inertia / slow.inertia).toBeCloseTo(1, 11);
      fast.centroids.forEach((v, i) => expect(v).toBeCloseTo(slow.centroids[i], 11));
      expect(fast.sizes.reduce((a, b) => a + b)).toBe(matrix.rows);
    });
  }
  it("matches plain Lloyd when a seed far from the data leaves a cluster empty", () => {
    const init = Float64Array.from([...matrix.data.subarray(0, 5), ...matrix.data.subarray(700 * 5, 701 * 5), 50, 50, 50, 50, 50]);
    const fast = lloyd(matrix, init, 3, 300, 0);
    const slow = naiveLloyd(matrix, init, 3, 300, 0);
    expect(fast.labels).toEqual(slow.labels);
    expect(fast.inertia / slow.inertia).toBeCloseTo(1, 11);
    expect(Math.min(...fast.sizes)).toBeGreaterThan(1);
  });
});

describe("kmeansPlusPlus", () => {
  it("seeds on k distinct rows when the data has exactly k distinct rows", () => {
    const distinct = [[0, 0], [5, 5], [-3, 8], [9, -1]];
    const m = matrixFromRows(Array.from({ length: 40 }, (_, i) => distinct[(i * 7) % 4]));
    for (const seed of [1, 2, 3]) {
      const c = kmeansPlusPlus(m, 4, mulberry32(seed));
      const seeds = Array.from({ length: 4 }, (_, j) => `${c[2 * j]},${c[2 * j + 1]}`).sort();
      expect(seeds).toEqual(distinct.map((p) => p.join(",")).sort());
    }
  });
  it("seeds on rows of the data and is reproducible", () => {
    const { matrix } = gaussianBlobs([[0, 0], [5, 5]], 50, 1, 4);
    const a = kmeansPlusPlus(matrix, 3, mulberry32(10));
    expect(kmeansPlusPlus(matrix, 3, mulberry32(10))).toEqual(a);
    for (let j = 0; j < 3; j++) {
      const isRow = Array.from({ length: matrix.rows }, (_, i) => i).some((i) => matrix.data[2 * i] === a[2 * j] && matrix.data[2 * i + 1] === a[2 * j + 1]);
      expect(isRow).toBe(true);
    }
  });
});
