// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { barChart } from "../../../src/charts/barChart.ts";
import { histogram } from "../../../src/charts/histogram.ts";
import { lineChart } from "../../../src/charts/lineChart.ts";
import { pickChart, quickChart } from "../../../src/charts/quickChart.ts";
import { timeTickFormat } from "../../../src/charts/timeTicks.ts";

const series = [
  { period: "2024-11-09", gmv: 100, gmv_prev: 90 },
  { period: "2024-11-10", gmv: 300, gmv_prev: 120 },
  { period: "2024-11-11", gmv: 900, gmv_prev: 200 },
  { period: "2024-11-12", gmv: 150, gmv_prev: null }
];

describe("pickChart / quickChart", () => {
  it("chooses by column kinds", () => {
    expect(pickChart([{ name: "d", kind: "date" }, { name: "n", kind: "number" }], 5)).toEqual({ kind: "line", x: "d", y: "n" });
    expect(pickChart([{ name: "c", kind: "text" }, { name: "n", kind: "number" }], 5)).toEqual({ kind: "bar", x: "c", y: "n" });
    expect(pickChart([{ name: "a", kind: "number" }, { name: "b", kind: "number" }], 5)).toEqual({ kind: "scatter", x: "a", y: "b" });
    expect(pickChart([{ name: "a", kind: "number" }], 5)).toEqual({ kind: "histogram", x: "a" });
  });
  it("draws one line per text value next to a time column", () => {
    const columns = [
      { name: "month", kind: "date" as const },
      { name: "currency", kind: "text" as const },
      { name: "paid", kind: "number" as const }
    ];
    expect(pickChart(columns, 4)).toEqual({ kind: "line", x: "month", y: "paid", series: "currency" });
    const d = (s: string) => new Date(`${s}T00:00:00Z`);
    const figure = quickChart(
      [
        { month: d("2024-02-01"), currency: "CNY", paid: 2 },
        { month: d("2024-01-01"), currency: "CNY", paid: 1 },
        { month: d("2024-01-01"), currency: "USD", paid: 3 },
        { month: d("2024-02-01"), currency: "USD", paid: 4 }
      ],
      columns,
      { width: 400, lang: "en" }
    ) as unknown as Element;
    expect(figure.querySelectorAll("[aria-label='line'] path")).toHaveLength(2);
  });
  it("declines when nothing fits", () => {
    expect(pickChart([{ name: "a", kind: "number" }], 1)).toBeNull();
    expect(pickChart([{ name: "s", kind: "text" }], 5)).toBeNull();
    expect(pickChart([{ name: "d", kind: "date" }, { name: "n", kind: "number" }], 0)).toBeNull();
  });
});

describe("lineChart", () => {
  it("draws the current and comparison series and the promotion windows that overlap the data", () => {
    const svg = lineChart(series, {
      width: 600,
      lang: "en",
      x: "period",
      y: "gmv",
      compareY: "gmv_prev",
      label: "2024",
      compareLabel: "2023",
      windows: [
        { name: "Double 11", start: "2024-11-10", end: "2024-11-11" },
        { name: "618", start: "2024-06-01", end: "2024-06-18" }
      ]
    });
    // With a legend Plot returns a <figure> holding the swatches and the chart.
    const plot = svg as unknown as Element;
    expect(plot.tagName).toBe("FIGURE");
    expect(plot.textContent).toContain("2023");
    expect(plot.querySelectorAll("[aria-label='line'] path")).toHaveLength(2);
    expect(plot.querySelectorAll("[aria-label='rect'] rect")).toHaveLength(1);
    expect(plot.textContent).toContain("Double 11");
    expect(plot.textContent).not.toContain("618");
  });
});

describe("barChart / histogram / quickChart", () => {
  it("keeps the largest categories first", () => {
    const svg = barChart(
      [
        { c: "小", n: 1 },
        { c: "大", n: 9 },
        { c: null, n: 5 }
      ],
      { width: 400, lang: "zh", x: "c", y: "n", limit: 2 }
    ) as unknown as SVGSVGElement;
    const labels = [...svg.querySelectorAll("[aria-label='y-axis tick label'] text")].map((t) => t.textContent);
    expect(labels).toEqual(["大", "∅"]);
  });
  it("bins a numeric column", () => {
    const svg = histogram([1, 2, 2, 3, 10].map((v) => ({ v })), { width: 400, lang: "en", x: "v", bins: 5 }) as unknown as SVGSVGElement;
    expect(svg.querySelectorAll("[aria-label='rect'] rect").length).toBeGreaterThan(1);
  });
  it("returns null when no chart fits", () => {
    expect(quickChart([{ s: "x" }], [{ name: "s", kind: "text" }], { width: 400, lang: "en" })).toBeNull();
    expect(quickChart(series, [{ name: "period", kind: "date" }, { name: "gmv", kind: "number" }], { width: 400, lang: "zh" })).not.toBeNull();
  });
});

describe("timeTickFormat", () => {
  it("labels Chinese ticks by year, month or day", () => {
    const f = timeTickFormat("zh")!;
    expect(f(new Date("2024-01-01T00:00:00Z"))).toBe("2024年");
    expect(f(new Date("2024-03-01T00:00:00Z"))).toBe("3月");
    expect(f(new Date("2024-03-05T00:00:00Z"))).toBe("3月5日");
    expect(timeTickFormat("en")).toBeUndefined();
  });
});
