import * as Plot from "@observablehq/plot";

export interface SurvivalChartOptions {
  width: number;
  xLabel: string;
  yLabel: string;
  format: (value: number) => string;
  /** Vertical markers, e.g. the at-risk and churn thresholds. */
  markers?: readonly { days: number; label: string }[];
  /** Cut the x axis here (the curve is flat and thin beyond). */
  maxDays?: number;
}

/** A Kaplan–Meier step curve with threshold markers. */
export function survivalChart(points: readonly { days: number; survival: number }[], o: SurvivalChartOptions) {
  const data = o.maxDays == null ? points : points.filter((p) => p.days <= o.maxDays!);
  return Plot.plot({
    width: o.width,
    height: 260,
    x: { label: o.xLabel, domain: [0, o.maxDays ?? Math.max(1, ...data.map((p) => p.days))] },
    y: { label: o.yLabel, domain: [0, 1], tickFormat: o.format, grid: true },
    marks: [
      Plot.line([{ days: 0, survival: 1 }, ...data], { x: "days", y: "survival", curve: "step-after", stroke: "var(--theme-foreground-focus)", strokeWidth: 2 }),
      Plot.ruleX(o.markers ?? [], { x: "days", stroke: "#e07b39", strokeDasharray: "4 3" }),
      Plot.text(o.markers ?? [], { x: "days", text: "label", frameAnchor: "top", dy: 6, dx: 4, textAnchor: "start", fontSize: 11 })
    ]
  });
}
