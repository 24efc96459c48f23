import { describe, expect, it } from "vitest";
import { chooseK } from "../../../src/cluster/chooseK.ts";
import { matrixFromRows } from "../../../src/cluster/matrix.ts";
import { gaussianBlobs } from "./gaussianBlobs.ts";

describe("chooseK", () => {
  it("picks 4 for four well-separated blobs and reports every k in order", () => {
    const { matrix } = gaussianBlobs([[0, 0, 0], [10, 0, 0], [0, 10, 0], [0, 0, 10]], 500, 1, 2024);
    const { best, scores } = chooseK(matrix, { sampleSize: 1000 });
    expect(best).toBe(4);
    expect(scores.map((s) => s.k)).toEqual([2, 3, 4, 5, 6, 7, 8]);
    const top = scores.find((s) => s.k === 4)!;
    for (const s of scores) if (s.k !== 4) expect(s.silhouette).toBeLessThan(top.silhouette - 0.05);
    // More clusters never fit worse here.
    for (let i = 1; i < scores.length; i++) expect(scores[i].inertia).toBeLessThan(scores[i - 1].inertia);
  });
  it("breaks a tie towards the smaller k (identical rows score 0 for every k)", () => {
    const m = matrixFromRows(Array.from({ length: 12 }, () => [3, 3]));
    const { best, scores } = chooseK(m, { kMin: 2, kMax: 5 });
    expect(scores.every((s) => s.silhouette === 0)).toBe(true);
    expect(best).toBe(2);
  });
  it("honours kMin and kMax and refuses a bad range", () => {
    const m = matrixFromRows([[0], [1], [5], [6], [20]]);
    expect(chooseK(m, { kMin: 3, kMax: 3 }).scores.map((s) => s.k)).toEqual([3]);
    expect(() => chooseK(m, { kMin: 1 })).toThrow(/kMin must be a whole number ≥ 2/);
    expect(() => chooseK(m, { kMin: 4, kMax: 3 })).toThrow(/kMax must be a whole number ≥ 4/);
    expect(() => chooseK(m, { kMax: 6 })).toThrow(/kMax must be at most the number of rows \(5\)/);
  });
});
