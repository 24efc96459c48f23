import * as Plot from "@observablehq/plot";

export interface ParetoCurveOptions {
  width: number;
  xLabel: string;
  yLabel: string;
  format: (value: number) => string;
  /** Points to mark, e.g. the top 20 %. */
  marks?: readonly { x: number; y: number; label: string }[];
}

/** Cumulative share of revenue against share of customers, best first, with the equality line. */
export function paretoCurve(data: readonly { customer_share: number; revenue_share: number }[], o: ParetoCurveOptions) {
  return Plot.plot({
    width: o.width,
    height: Math.min(320, Math.max(220, o.width * 0.5)),
    x: { domain: [0, 1], label: o.xLabel, tickFormat: o.format, grid: true },
    y: { domain: [0, 1], label: o.yLabel, tickFormat: o.format, grid: true },
    marks: [
      Plot.line([[0, 0], [1, 1]], { stroke: "#9aa7b8", strokeDasharray: "4 3" }),
      Plot.areaY(data, { x: "customer_share", y: "revenue_share", fill: "var(--theme-foreground-focus)", fillOpacity: 0.12 }),
      Plot.line(data, { x: "customer_share", y: "revenue_share", stroke: "var(--theme-foreground-focus)", strokeWidth: 2, tip: { format: { x: o.format, y: o.format } } }),
      Plot.dot(o.marks ?? [], { x: "x", y: "y", fill: "#e4a11b", r: 4 }),
      Plot.text(o.marks ?? [], { x: "x", y: "y", text: "label", dx: 8, textAnchor: "start", fontSize: 11 })
    ]
  });
}
