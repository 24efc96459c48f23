import * as Plot from "@observablehq/plot";

export interface AliveMapOptions {
  width: number;
  /** Longest observation time T of the grid (same unit as t_x). */
  T: number;
  xLabel: string;
  yLabel: string;
  legendLabel: string;
}

/** P(alive) over (t_x, x) as coloured tiles, red (gone) to blue (active). */
export function aliveMapChart(data: readonly { x: number; t_x: number; p_alive: number }[], o: AliveMapOptions) {
  const steps = Math.max(1, new Set(data.filter((d) => d.x > 0).map((d) => d.t_x)).size - 1);
  const w = o.T / steps;
  const maxX = Math.max(0, ...data.map((d) => d.x));
  // The x = 0 customer has one point (t_x = 0) but the same P(alive) = 1 at any recency.
  const tiles = data.flatMap((d) =>
    d.x === 0 ? [{ ...d, x1: 0, x2: o.T + w / 2 }] : [{ ...d, x1: Math.max(0, d.t_x - w / 2), x2: Math.min(o.T + w / 2, d.t_x + w / 2) }]
  );
  return Plot.plot({
    width: o.width,
    height: Math.min(420, 60 + (maxX + 1) * 18),
    x: { label: o.xLabel, domain: [0, o.T + w / 2] },
    y: { label: o.yLabel, domain: [-0.5, maxX + 0.5], ticks: Math.min(maxX + 1, 10) },
    color: { type: "linear", domain: [0, 1], scheme: "rdylbu", legend: true, label: o.legendLabel },
    marks: [Plot.rect(tiles, { x1: "x1", x2: "x2", y1: (d) => d.x - 0.5, y2: (d) => d.x + 0.5, fill: "p_alive", title: (d) => `x = ${d.x}, t_x = ${d.t_x.toFixed(1)}: ${d.p_alive.toFixed(2)}` })]
  });
}
