import * as Plot from "@observablehq/plot";

export interface CohortCell {
  cohort: string;
  k: number;
  value: number | null;
  complete: boolean;
}

export interface CohortHeatmapOptions {
  width: number;
  /** Row labels top to bottom (cohorts, then the weighted row). */
  rows: readonly string[];
  format: (value: number) => string;
  xLabel: string;
  incompleteMark: string;
  /** Largest value for the colour scale (1 for rates). */
  max?: number;
}

/**
 * The cohort triangle: a cell per (cohort, k) coloured by its value; cells of a period not yet
 * over are left white with a "…" so they do not read as churn.
 */
export function cohortHeatmap(cells: readonly CohortCell[], o: CohortHeatmapOptions) {
  const ks = [...new Set(cells.map((c) => c.k))].sort((a, b) => a - b);
  const cellW = (o.width - 110) / Math.max(1, ks.length);
  const labelled = cellW >= 30;
  const max = o.max ?? Math.max(1e-9, ...cells.filter((c) => c.complete && c.k > 0 && c.value != null).map((c) => c.value as number));
  const done = cells.filter((c) => c.complete && c.value != null);
  return Plot.plot({
    width: o.width,
    height: o.rows.length * 24 + 50,
    marginLeft: 110,
    marginTop: 30,
    padding: 0.03,
    x: { domain: ks, axis: "top", label: o.xLabel, tickFormat: (k: number) => (ks.length > 24 && k % 2 ? "" : String(k)) },
    y: { domain: o.rows, label: null },
    color: { type: "linear", domain: [0, max], scheme: "blues" },
    marks: [
      Plot.cell(done, { x: "k", y: "cohort", fill: (d) => (d.k === 0 ? null : d.value), title: (d) => `${d.cohort}, k = ${d.k}: ${o.format(d.value as number)}` }),
      Plot.cell(done.filter((d) => d.k === 0), { x: "k", y: "cohort", fill: "#e8ecf2" }),
      Plot.cell(cells.filter((c) => !c.complete), { x: "k", y: "cohort", fill: "none", stroke: "#c5cdd8", strokeDasharray: "2 2", inset: 1 }),
      labelled
        ? Plot.text(cells, {
            x: "k",
            y: "cohort",
            text: (d) => (d.complete ? (d.value == null ? "" : o.format(d.value)) : o.incompleteMark),
            fontSize: 10,
            fill: (d) => (d.complete && d.k > 0 && (d.value ?? 0) > max * 0.6 ? "white" : "black")
          })
        : Plot.text([], {})
    ]
  });
}
