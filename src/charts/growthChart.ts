import * as Plot from "@observablehq/plot";

export interface GrowthChartOptions {
  width: number;
  grain?: "month" | "week";
  labels: { new: string; returning: string; resurrecting: string; dormant: string };
}

/** Growth accounting: new, returning, resurrecting stacked up; dormant down; the last period hatched if incomplete. */
export function growthChart(rows: readonly { period: Date; new: number; returning: number; resurrecting: number; dormant: number; complete: boolean }[], o: GrowthChartOptions) {
  const long = rows.flatMap((r) => [
    { period: r.period, kind: o.labels.returning, value: r.returning, complete: r.complete },
    { period: r.period, kind: o.labels.new, value: r.new, complete: r.complete },
    { period: r.period, kind: o.labels.resurrecting, value: r.resurrecting, complete: r.complete },
    { period: r.period, kind: o.labels.dormant, value: -r.dormant, complete: r.complete }
  ]);
  return Plot.plot({
    width: o.width,
    height: 280,
    x: {
      type: "band",
      label: null,
      tickFormat: (d: Date) => d.toISOString().slice(0, o.grain === "week" ? 10 : 7),
      tickRotate: rows.length > 12 ? -45 : 0,
      // At most ~24 labels, so weekly bars stay readable.
      ticks: rows.filter((_, i) => i % Math.max(1, Math.ceil(rows.length / 24)) === 0).map((r) => r.period)
    },
    y: { grid: true, label: null },
    color: { legend: true, domain: [o.labels.returning, o.labels.new, o.labels.resurrecting, o.labels.dormant], range: ["#2b6cb0", "#63b3ed", "#38a169", "#e07b39"] },
    marks: [
      Plot.barY(long, { x: "period", y: "value", fill: "kind", fillOpacity: (d) => (d.complete ? 1 : 0.4), title: (d) => `${d.period.toISOString().slice(0, 10)} ${d.kind}: ${Math.abs(d.value)}` }),
      Plot.ruleY([0])
    ]
  });
}
