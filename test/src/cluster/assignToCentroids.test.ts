import { describe, expect, it } from "vitest";
import { assignToCentroids } from "../../../src/cluster/assignToCentroids.ts";
import { kmeans } from "../../../src/cluster/kmeans.ts";
import { matrixFromRows } from "../../../src/cluster/matrix.ts";
import { gaussianBlobs } from "./gaussianBlobs.ts";

describe("assignToCentroids", () => {
  it("sends each row to its nearest centroid, the lower label on a tie", () => {
    // centroids (0,0) and (4,0): (1,5) is 26 vs 34 away squared → 0; (3,0) 9 vs 1 → 1;
    // (2,7) is 53 from both → 0
    const m = matrixFromRows([[1, 5], [3, 0], [2, 7]]);
    expect(Array.from(assignToCentroids(m, [0, 0, 4, 0], 2))).toEqual([0, 1, 0]);
  });
  it("reproduces kmeans' labels on the rows it was fitted on", () => {
    const { matrix } = gaussianBlobs([[0, 0], [3, 0], [0, 3]], 200, 1, 9);
    const r = kmeans(matrix, { k: 5 });
    expect(assignToCentroids(matrix, r.centroids, 5)).toEqual(r.labels);
  });
  it("refuses centroids of the wrong size or with NaN", () => {
    const m = matrixFromRows([[1, 2]]);
    expect(() => assignToCentroids(m, [0, 0, 1], 2)).toThrow(/centroids has 3 values, expected k × cols = 2 × 2 = 4/);
    expect(() => assignToCentroids(m, [0, 0, NaN, 1], 2)).toThrow(/centroids has a non-finite value at row 1, column 0/);
    expect(() => assignToCentroids(m, [], 0)).toThrow(/k must be/);
  });
});
