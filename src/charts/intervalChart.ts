import * as Plot from "@observablehq/plot";

export interface IntervalRow {
  label: string;
  estimate: number;
  lo: number;
  hi: number;
  significant: boolean;
}

export interface IntervalChartOptions {
  width: number;
  format: (value: number) => string;
  /** Legend-free colour meaning, shown as each row's tooltip suffix. */
  yes: string;
  no: string;
}

/**
 * Differences against the control with their confidence intervals, one row per comparison, and
 * the zero line: an interval that crosses zero is the picture of "no evidence of a difference".
 */
export function intervalChart(rows: readonly IntervalRow[], o: IntervalChartOptions) {
  const longest = Math.max(4, ...rows.map((r) => r.label.length));
  const extent = Math.max(1e-9, ...rows.flatMap((r) => [Math.abs(r.lo), Math.abs(r.hi)]));
  return Plot.plot({
    width: o.width,
    height: rows.length * 40 + 50,
    marginLeft: Math.min(o.width / 3, longest * 8 + 12),
    x: { domain: [-extent * 1.1, extent * 1.1], tickFormat: o.format, grid: true, label: null },
    y: { domain: rows.map((r) => r.label), label: null },
    color: { domain: [true, false], range: ["#2171b5", "#969696"] },
    marks: [
      Plot.ruleX([0], { stroke: "currentColor", strokeOpacity: 0.6 }),
      Plot.ruleY(rows, { y: "label", x1: "lo", x2: "hi", stroke: "significant", strokeWidth: 3 }),
      Plot.dot(rows, { y: "label", x: "estimate", fill: "significant", r: 5, title: (r) => `${r.label}: ${o.format(r.estimate)} [${o.format(r.lo)}, ${o.format(r.hi)}] ${r.significant ? o.yes : o.no}` })
    ]
  });
}
