import * as Plot from "@observablehq/plot";

export interface ActualVsPredictedOptions {
  width: number;
  /** Category column (in order) and the two value columns. */
  x: string;
  actual: string;
  predicted: string;
  actualLabel: string;
  predictedLabel: string;
  xLabel?: string;
  yLabel?: string;
  format?: (value: number) => string;
}

/** Two series over ordered categories: actual (solid, dots) and predicted (dashed). */
export function actualVsPredicted(data: readonly Record<string, unknown>[], o: ActualVsPredictedOptions) {
  const long = data.flatMap((d) => [
    { x: String(d[o.x]), series: o.actualLabel, value: Number(d[o.actual]) },
    { x: String(d[o.x]), series: o.predictedLabel, value: Number(d[o.predicted]) }
  ]);
  return Plot.plot({
    width: o.width,
    height: 260,
    x: { domain: data.map((d) => String(d[o.x])), label: o.xLabel ?? null, padding: 0.5 },
    y: { grid: true, label: o.yLabel ?? null, tickFormat: o.format, zero: true },
    color: { legend: true, domain: [o.actualLabel, o.predictedLabel], range: ["var(--theme-foreground-focus)", "#e4a11b"] },
    marks: [
      Plot.line(long.filter((d) => d.series === o.actualLabel), { x: "x", y: "value", stroke: "series" }),
      Plot.line(long.filter((d) => d.series === o.predictedLabel), { x: "x", y: "value", stroke: "series", strokeDasharray: "5 3" }),
      Plot.dot(long, { x: "x", y: "value", fill: "series", r: 3, tip: { format: { y: o.format } } }),
      Plot.ruleY([0])
    ]
  });
}
