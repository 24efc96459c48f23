// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { heatmap } from "../../../src/charts/heatmap.ts";
import { shareBars } from "../../../src/charts/shareBars.ts";
import { binnedHistogram } from "../../../src/charts/binnedHistogram.ts";
import { paretoCurve } from "../../../src/charts/paretoCurve.ts";
import { flowChart } from "../../../src/charts/flowChart.ts";

const texts = (el: Element) => [...el.querySelectorAll("text")].map((t) => t.textContent);

describe("RFM charts", () => {
  it("heatmap: one cell and one label per row, in the given domains, dark cells labelled in white", () => {
    const rows = [
      { r: 5, f: 1, n: 100 },
      { r: 1, f: 2, n: 4 }
    ];
    const svg = heatmap(rows, { width: 400, x: "f", y: "r", fill: "n", xDomain: [1, 2], yDomain: [5, 1], text: (d) => `n=${d.n}` }) as unknown as Element;
    expect(svg.querySelectorAll("rect").length).toBe(2);
    const labels = [...svg.querySelectorAll("text")].filter((t) => t.textContent?.startsWith("n="));
    expect(labels.map((t) => [t.textContent, t.getAttribute("fill")])).toEqual([
      ["n=100", "white"],
      ["n=4", "black"]
    ]);
  });

  it("shareBars: two bars per category with a legend naming both series", () => {
    const fig = shareBars(
      [
        { name: "A", s1: 0.5, s2: 0.7 },
        { name: "B", s1: 0.5, s2: 0.3 }
      ],
      { width: 400, label: "name", series: [{ key: "s1", name: "customers" }, { key: "s2", name: "revenue" }], format: (v) => `${v * 100}%` }
    ) as unknown as Element;
    expect(fig.querySelectorAll("g[aria-label='bar'] rect").length).toBe(4);
    expect(fig.textContent).toContain("customers");
    expect(fig.textContent).toContain("revenue");
  });

  it("binnedHistogram: the open last bin is as wide as the narrowest closed bin and titled ≥", () => {
    const svg = binnedHistogram(
      [
        { lo: 0, hi: 10, customers: 3 },
        { lo: 10, hi: 20, customers: 2 },
        { lo: 20, hi: null, customers: 1 }
      ],
      { width: 300, lang: "en", label: "R" }
    ) as unknown as Element;
    const bars = [...svg.querySelectorAll("g[aria-label='rect'] rect")];
    expect(bars).toHaveLength(3);
    const widths = bars.map((b) => Math.round(Number(b.getAttribute("width"))));
    expect(widths[2]).toBe(widths[0]);
    expect(bars.map((b) => b.querySelector("title")?.textContent)).toEqual(["0 – 10: 3", "10 – 20: 2", "≥ 20: 1"]);
  });

  it("paretoCurve: draws the curve, the equality line and the labelled points", () => {
    const svg = paretoCurve(
      [
        { customer_share: 0, revenue_share: 0 },
        { customer_share: 0.5, revenue_share: 0.9 },
        { customer_share: 1, revenue_share: 1 }
      ],
      { width: 400, xLabel: "customers", yLabel: "revenue", format: (v) => `${Math.round(v * 100)}%`, marks: [{ x: 0.5, y: 0.9, label: "90%" }] }
    ) as unknown as Element;
    expect(svg.querySelectorAll("g[aria-label='line'] path").length).toBe(2);
    expect(texts(svg)).toContain("90%");
  });

  it("flowChart: one band per non-empty flow, node heights proportional to customers on each side", () => {
    const svg = flowChart(
      [
        { from: "a", to: "a", value: 30 },
        { from: "a", to: "b", value: 10 },
        { from: "none", to: "b", value: 60 },
        { from: "b", to: "a", value: 0 }
      ],
      { width: 600, order: ["a", "b", "none"], name: (id) => id.toUpperCase(), fromLabel: "From", toLabel: "To" }
    ) as unknown as Element;
    expect(svg.querySelectorAll("g[aria-label='area'] path").length).toBe(3);
    const rects = [...svg.querySelectorAll("g[aria-label='rect'] rect")].map((r) => Number(r.getAttribute("height")));
    // Left: A 40, NONE 60; right: A 30, B 70 (the empty b→a flow draws nothing).
    expect(rects).toHaveLength(4);
    expect(rects[1] / rects[0]).toBeCloseTo(60 / 40, 1);
    expect(texts(svg)).toEqual(expect.arrayContaining(["A", "B", "NONE", "From", "To"]));
  });
});

describe("lifecycle charts", () => {
  it("gapBandsChart: one bar per step and band, shares of each step's gaps", async () => {
    const { gapBandsChart } = await import("../../../src/charts/gapBandsChart.ts");
    const svg = gapBandsChart(
      [
        { step: 1, band: 1, band_lo: 0, band_hi: 7, gaps: 3, step_gaps: 4 },
        { step: 1, band: 2, band_lo: 8, band_hi: null, gaps: 1, step_gaps: 4 },
        { step: 2, band: 1, band_lo: 0, band_hi: 7, gaps: 0, step_gaps: 2 },
        { step: 2, band: 2, band_lo: 8, band_hi: null, gaps: 2, step_gaps: 2 }
      ],
      { width: 400, stepName: (s) => `s${s}`, bandName: (lo, hi) => (hi == null ? `>${lo - 1}` : `${lo}-${hi}`), format: (v) => `${Math.round(v * 100)}%` }
    ) as unknown as Element;
    const titles = [...svg.querySelectorAll("g[aria-label='bar'] rect title")].map((t) => t.textContent);
    expect(titles.sort()).toEqual(["s1, 0-7: 75% (3)", "s1, >7: 25% (1)", "s2, 0-7: 0% (0)", "s2, >7: 100% (2)"]);
  });
});
