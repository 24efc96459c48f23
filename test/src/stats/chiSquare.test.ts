import { describe, expect, it } from "vitest";
import { chiSquareUpperTail } from "../../../src/stats/chiSquare.ts";
import { normalCdf } from "../../../src/stats/normal.ts";

describe("chiSquareUpperTail", () => {
  it("equals e^(−x/2) for 2 df and the two-sided normal p-value for 1 df", () => {
    for (const x of [0.1, 1, 7.5, 60]) expect(chiSquareUpperTail(x, 2) / Math.exp(-x / 2)).toBeCloseTo(1, 13);
    for (const z of [0.3, 1.96, 4, 9]) expect(chiSquareUpperTail(z * z, 1) / (2 * normalCdf(-z))).toBeCloseTo(1, 13);
  });
  it("matches mpmath and the χ² table (3.841 is the 5 % point for 1 df)", () => {
    const cases: [number, number, number][] = [
      [3.841458820694124, 1, 0.050000000000000057],
      [0.6, 3, 0.89643237334191143],
      [150, 100, 0.00090393204235400909],
      [400, 12, 3.7845236578764682e-78]
    ];
    for (const [x, df, ref] of cases) expect(chiSquareUpperTail(x, df) / ref).toBeCloseTo(1, 12);
    expect(chiSquareUpperTail(0, 4)).toBe(1);
  });
  it("refuses a negative statistic or non-positive df", () => {
    expect(() => chiSquareUpperTail(-1, 2)).toThrow(/must be ≥ 0/);
    expect(() => chiSquareUpperTail(1, 0)).toThrow(/degrees of freedom/);
  });
});
