import * as Plot from "@observablehq/plot";

export interface FunnelChartOptions {
  width: number;
  stepName: (step: number) => string;
  /** Label beside each bar: count and conversion. */
  label: (row: { step: number; units: number; pct_first: number | null; pct_prev: number | null }) => string;
}

/**
 * The funnel as horizontal bars, one per step in step order, lengths proportional to the units
 * reaching it; the drop to the next step is the pale part of the previous bar, so the biggest
 * leak is visible at a glance.
 */
export function funnelChart(rows: readonly { step: number; units: number; pct_first: number | null; pct_prev: number | null }[], o: FunnelChartOptions) {
  const names = rows.map((r) => o.stepName(r.step));
  const first = rows[0]?.units ?? 0;
  const data = rows.map((r) => ({ ...r, name: o.stepName(r.step) }));
  const ghosts = rows.slice(1).map((r, i) => ({ name: o.stepName(r.step), units: rows[i]!.units }));
  const marginLeft = Math.min(o.width / 3, Math.max(60, ...names.map((n) => n.length * 8 + 12)));
  return Plot.plot({
    width: o.width,
    height: rows.length * 46 + 30,
    marginLeft,
    marginRight: 16,
    x: { axis: null, domain: [0, Math.max(1, first)] },
    y: { domain: names, label: null, tickSize: 0 },
    marks: [
      Plot.barX(ghosts, { x: "units", y: "name", fill: "var(--theme-foreground-faint)", fillOpacity: 0.35 }),
      Plot.barX(data, { x: "units", y: "name", fill: "var(--theme-foreground-focus)", title: (d) => o.label(d) }),
      // Long bars carry their label inside, so it is never cut off on a narrow screen.
      Plot.text(data.filter((d) => d.units > first * 0.55), { x: "units", y: "name", text: (d) => o.label(d), textAnchor: "end", dx: -6, fontSize: 12, fill: "white" }),
      Plot.text(data.filter((d) => d.units <= first * 0.55), { x: "units", y: "name", text: (d) => o.label(d), textAnchor: "start", dx: 6, fontSize: 12 })
    ]
  });
}
