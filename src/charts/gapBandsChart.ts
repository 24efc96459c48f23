import * as Plot from "@observablehq/plot";

export interface GapBandsOptions {
  width: number;
  stepName: (step: number) => string;
  bandName: (lo: number, hi: number | null) => string;
  format: (value: number) => string;
}

/** Share of each step's gaps (1→2, 2→3, …) falling in each day band, bands in order. */
export function gapBandsChart(rows: readonly { step: number; band: number; band_lo: number; band_hi: number | null; gaps: number; step_gaps: number }[], o: GapBandsOptions) {
  const data = rows.map((r) => ({ band: o.bandName(r.band_lo, r.band_hi), step: o.stepName(r.step), share: r.step_gaps ? r.gaps / r.step_gaps : 0, gaps: r.gaps }));
  const bands = [...new Map(rows.map((r) => [r.band, o.bandName(r.band_lo, r.band_hi)])).entries()].sort((a, b) => a[0] - b[0]).map(([, name]) => name);
  const steps = [...new Set(rows.map((r) => r.step))].sort((a, b) => a - b).map(o.stepName);
  // Grouped bars: one facet per band, one bar per step inside it.
  return Plot.plot({
    width: o.width,
    height: 260,
    fx: { domain: bands, label: null, padding: 0.1 },
    x: { domain: steps, axis: null },
    y: { grid: true, label: null, tickFormat: o.format },
    color: { legend: true, domain: steps, range: ["#9ecae1", "#4292c6", "#2171b5", "#084594"] },
    marks: [
      Plot.barY(data, { fx: "band", x: "step", y: "share", fill: "step", title: (d) => `${d.step}, ${d.band}: ${o.format(d.share)} (${d.gaps})` }),
      Plot.ruleY([0])
    ]
  });
}
