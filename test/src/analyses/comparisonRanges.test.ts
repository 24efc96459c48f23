import { describe, expect, it } from "vitest";
import { comparisonRange } from "../../../src/analyses/comparisonRanges.ts";

describe("comparisonRange", () => {
  it("环比: the same number of days just before", () => {
    expect(comparisonRange({ from: "2024-03-01", to: "2024-03-31" }, "previous")).toEqual({ from: "2024-01-30", to: "2024-02-29" });
    expect(comparisonRange({ from: "2024-01-01", to: "2024-01-01" }, "previous")).toEqual({ from: "2023-12-31", to: "2023-12-31" });
  });
  it("同比: the same dates a year earlier, 29 February onto the 28th", () => {
    expect(comparisonRange({ from: "2024-02-01", to: "2024-02-29" }, "year_ago")).toEqual({ from: "2023-02-01", to: "2023-02-28" });
  });
  it("same promotion last year: this 双十一 against last year's whole window", () => {
    expect(comparisonRange({ from: "2025-11-01", to: "2025-11-11" }, "promotion")).toEqual({ from: "2024-10-20", to: "2024-11-11" });
  });
  it("no promotion in range → no comparison", () => {
    expect(comparisonRange({ from: "2025-03-03", to: "2025-03-09" }, "promotion")).toBeNull();
  });
  it("rejects an impossible date", () => {
    expect(() => comparisonRange({ from: "2025-02-30", to: "2025-03-01" }, "previous")).toThrow("invalid from: 2025-02-30");
  });
});
