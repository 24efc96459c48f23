// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { binsTable, parseCuts, segmentTable, ruleTable, segmentName } from "../../reports/components/rfmParts.ts";

describe("RFM page parts", () => {
  it("parses cut points written with commas, Chinese commas or spaces, and rejects junk by name", () => {
    expect(parseCuts("30, 90，180 365")).toEqual([30, 90, 180, 365]);
    expect(parseCuts(" 1.5;2 ")).toEqual([1.5, 2]);
    expect(() => parseCuts("30, abc")).toThrow('"abc"');
  });

  it("writes each bin's range the way it is applied (right-closed), keeping empty bins", () => {
    const el = binsTable(
      [
        { measure: "r", score: 2, lower: null, upper: 47, customers: 3 },
        { measure: "r", score: 1, lower: 47, upper: null, customers: 2 },
        { measure: "f", score: 2, lower: 1, upper: null, customers: 0 },
        { measure: "f", score: 1, lower: null, upper: 1, customers: 5 },
        { measure: "m", score: 2, lower: 10.5, upper: null, customers: 2 },
        { measure: "m", score: 1, lower: null, upper: 10.5, customers: 3 }
      ],
      "CNY",
      "en"
    );
    const rows = [...el.querySelectorAll("tbody tr")].map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent));
    expect(rows).toEqual([
      ["2", "R ≤ 47", "3", "F > 1", "0", "M > ¥10.50", "2"],
      ["1", "R > 47", "2", "F ≤ 1", "5", "M ≤ ¥10.50", "3"]
    ]);
  });

  it("renders segment rows as text with their raw values on the row", () => {
    const el = segmentTable(
      [{ segment: "champions", customers: 1234, share: 0.5, revenue: 99, revenue_share: 0.9, avg_r: 3, avg_f: 2.5, avg_m: 10 }],
      "CNY",
      "zh"
    );
    const tr = el.querySelector("tbody tr") as HTMLElement;
    expect(tr.dataset).toMatchObject({ segment: "champions", customers: "1234" });
    expect(tr.querySelector("td")?.textContent).toBe("冠军客户");
    expect(segmentName("none", "en")).toBe("None (no kept purchase by that date)");
  });

  it("prints the named rule table with Others last, and the eight-class thresholds in force", () => {
    const named = ruleTable("named", undefined, "mean", "CNY", "en");
    const last = [...named.querySelectorAll("tbody tr")].at(-1)!;
    expect(last.textContent).toContain("Others");
    const eight = ruleTable("eight", { customers: 5, revenue: 1, mean_r: 53.4, mean_f: 1.6, mean_m: 164, median_r: 59, median_f: 1, median_m: 100 }, "median", "CNY", "en");
    expect(eight.querySelector("p")?.textContent).toContain("Median (R 59.0 days, F 1.00, M ¥100.00)");
    expect(eight.querySelectorAll("tbody tr")).toHaveLength(8);
  });
});
