import { describe, expect, it } from "vitest";
import { matrixFromRows } from "../../../src/cluster/matrix.ts";
import { standardize, standardizeWith } from "../../../src/cluster/standardize.ts";

describe("standardize", () => {
  it("gives z-scores with the population sd (worked by hand)", () => {
    // column 0: 2, 4, 4, 4, 5, 5, 7, 9 → mean 40/8 = 5; squared deviations 9+1+1+1+0+0+4+16 = 32,
    //           population variance 32/8 = 4, sd 2, so 2 → −1.5 and 9 → 2
    // column 1: 1..8 → mean 4.5; Σ(x − 4.5)² = 2·(0.25+2.25+6.25+12.25) = 42, sd √(42/8) = √5.25
    const col0 = [2, 4, 4, 4, 5, 5, 7, 9];
    const m = matrixFromRows(col0.map((v, i) => [v, i + 1]));
    const { matrix, means, sds } = standardize(m);
    expect(means[0]).toBe(5);
    expect(means[1]).toBe(4.5);
    expect(sds[0]).toBe(2);
    expect(sds[1]).toBeCloseTo(Math.sqrt(5.25), 15);
    expect(matrix.data[0]).toBe(-1.5);
    expect(matrix.data[14]).toBe(2);
    expect(matrix.data[1]).toBeCloseTo(-3.5 / Math.sqrt(5.25), 15);
    // the result has mean 0 and population sd 1 in every column
    for (let c = 0; c < 2; c++) {
      const col = Array.from({ length: 8 }, (_, r) => matrix.data[r * 2 + c]);
      expect(col.reduce((a, b) => a + b, 0)).toBeCloseTo(0, 14);
      expect(col.reduce((a, b) => a + b * b, 0) / 8).toBeCloseTo(1, 14);
    }
    expect(Array.from(m.data.slice(0, 2))).toEqual([2, 1]); // input untouched
  });
  it("turns a constant column into zeros with sd 0, even where Σx/n is off by an ulp", () => {
    // 0.1 + 0.1 + 0.1 = 0.30000000000000004, and /3 gives 0.10000000000000002 ≠ 0.1
    const m = matrixFromRows([[0.1, 7, 1], [0.1, 7, 2], [0.1, 7, 3]]);
    const { matrix, means, sds } = standardize(m);
    expect(means.slice(0, 2)).toEqual([0.1, 7]);
    expect(sds.slice(0, 2)).toEqual([0, 0]);
    for (let r = 0; r < 3; r++) {
      expect(matrix.data[r * 3]).toBe(0);
      expect(matrix.data[r * 3 + 1]).toBe(0);
    }
    expect(Array.from(matrix.data).every(Number.isFinite)).toBe(true);
  });
  it("gives all zeros for a single row", () => {
    const { matrix, sds } = standardize(matrixFromRows([[3, -4]]));
    expect(Array.from(matrix.data)).toEqual([0, 0]);
    expect(sds).toEqual([0, 0]);
  });
  it("names the row and column of a non-finite value", () => {
    expect(() => standardize(matrixFromRows([[1, 2], [3, NaN]]))).toThrow(/row 1, column 1 .*NaN/);
    expect(() => standardize(matrixFromRows([[Infinity, 2]]))).toThrow(/row 0, column 0 .*Infinity/);
  });
});

describe("standardizeWith", () => {
  it("reuses means and sds on new rows, zero for a constant column", () => {
    const out = standardizeWith(matrixFromRows([[9, 5], [1, 6]]), [5, 6], [2, 0]);
    expect(Array.from(out.data)).toEqual([2, 0, -2, 0]);
  });
  it("refuses mismatched lengths and negative sds", () => {
    const m = matrixFromRows([[1, 2]]);
    expect(() => standardizeWith(m, [0], [1, 1])).toThrow(/one entry per column/);
    expect(() => standardizeWith(m, [0, 0], [1, -1])).toThrow(/sd of column 1/);
  });
});
