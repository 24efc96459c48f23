import * as Plot from "@observablehq/plot";

export interface TrackingChartOptions {
  width: number;
  actualLabel: string;
  predictedLabel: string;
  calibrationLabel: string;
  /** x value (period end) where calibration ends. */
  calibrationEnd: Date;
  yLabel?: string;
}

/** Cumulative repeat purchases per week, actual vs the model, with the end of calibration marked. */
export function trackingChart(
  data: readonly { end: Date; actual: number; expected: number }[],
  o: TrackingChartOptions
) {
  const long = data.flatMap((d) => [
    { end: d.end, series: o.actualLabel, value: d.actual },
    { end: d.end, series: o.predictedLabel, value: d.expected }
  ]);
  return Plot.plot({
    width: o.width,
    height: 280,
    marginLeft: 56,
    x: { type: "utc", label: null },
    y: { grid: true, label: o.yLabel ?? null, zero: true },
    color: { legend: true, domain: [o.actualLabel, o.predictedLabel], range: ["var(--theme-foreground-focus)", "#e4a11b"] },
    marks: [
      Plot.ruleX([o.calibrationEnd], { stroke: "#9aa7b8", strokeDasharray: "4 3" }),
      Plot.text([o.calibrationEnd], { x: (d) => d, frameAnchor: "top", dy: 4, dx: 4, textAnchor: "start", text: () => o.calibrationLabel, fontSize: 11 }),
      Plot.line(long.filter((d) => d.series === o.actualLabel), { x: "end", y: "value", stroke: "series", tip: true }),
      Plot.line(long.filter((d) => d.series === o.predictedLabel), { x: "end", y: "value", stroke: "series", strokeDasharray: "5 3" }),
      Plot.ruleY([0])
    ]
  });
}
