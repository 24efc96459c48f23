import * as Plot from "@observablehq/plot";

export interface StackedAreaOptions {
  width: number;
  order: readonly string[];
  name: (id: string) => string;
}

/** Counts per series over time, stacked, in a fixed series order. */
export function stackedAreaChart(rows: readonly { date: Date; series: string; value: number }[], o: StackedAreaOptions) {
  const named = rows.map((r) => ({ ...r, name: o.name(r.series) }));
  return Plot.plot({
    width: o.width,
    height: 280,
    x: { type: "utc", label: null },
    y: { grid: true, label: null },
    color: { legend: true, domain: o.order.map(o.name), scheme: "tableau10" },
    marks: [
      Plot.areaY(named, Plot.stackY({ order: o.order.map(o.name) }, { x: "date", y: "value", fill: "name", z: "name", title: (d) => `${d.name}: ${d.value}` })),
      Plot.ruleY([0])
    ]
  });
}
