import { describe, expect, it } from "vitest";
import { matrixFromRows } from "../../../src/cluster/matrix.ts";

describe("matrixFromRows", () => {
  it("lays rows out row-major", () => {
    const m = matrixFromRows([[1, 2, 3], [4, 5, 6]]);
    expect(m.rows).toBe(2);
    expect(m.cols).toBe(3);
    expect(Array.from(m.data)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(m.data).toBeInstanceOf(Float64Array);
  });
  it("refuses no rows, empty rows and ragged rows", () => {
    expect(() => matrixFromRows([])).toThrow(/at least one row/);
    expect(() => matrixFromRows([[]])).toThrow(/at least one column/);
    expect(() => matrixFromRows([[1, 2], [3]])).toThrow(/row 1 has 1 values, row 0 has 2/);
  });
});
