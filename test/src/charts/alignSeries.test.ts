import { describe, expect, it } from "vitest";
import { alignSeries } from "../../../src/charts/alignSeries.ts";

const d = (s: string) => new Date(`${s}T00:00:00Z`);

describe("alignSeries", () => {
  it("pairs periods by position within one currency", () => {
    const current = [
      { period: d("2024-11-02"), currency: "CNY", gmv: 20 },
      { period: d("2024-11-01"), currency: "CNY", gmv: 10 },
      { period: d("2024-11-01"), currency: "USD", gmv: 99 }
    ];
    const previous = [
      { period: d("2023-11-01"), currency: "CNY", gmv: 5 },
      { period: d("2023-11-01"), currency: "USD", gmv: 1 }
    ];
    expect(alignSeries(current, previous, { y: "gmv", currency: "CNY" })).toEqual([
      { period: d("2024-11-01"), value: 10, compare: 5, comparePeriod: d("2023-11-01") },
      { period: d("2024-11-02"), value: 20, compare: null, comparePeriod: null }
    ]);
  });
  it("works without a comparison", () => {
    expect(alignSeries([{ period: "2024-01-01", v: 1 }], null, { y: "v" })).toEqual([
      { period: "2024-01-01", value: 1, compare: null, comparePeriod: null }
    ]);
  });
});
