import * as Plot from "@observablehq/plot";

export interface HeatmapOptions {
  width: number;
  x: string;
  y: string;
  /** Column coloured (sequential scheme). */
  fill: string;
  /** Text drawn in each cell. */
  text: (d: Record<string, unknown>) => string;
  /** Tooltip of each cell (default: the cell's text). */
  title?: (d: Record<string, unknown>) => string;
  xDomain: readonly (string | number)[];
  yDomain: readonly (string | number)[];
  xLabel?: string;
  yLabel?: string;
  /** Tick labels (e.g. segment names for ids). */
  xTick?: (v: any) => string;
  yTick?: (v: any) => string;
  cellHeight?: number;
  marginLeft?: number;
}

/** A grid of cells with a count-like fill and a label in each cell (R × F grid, migration matrix). */
export function heatmap(data: readonly Record<string, unknown>[], o: HeatmapOptions) {
  const cellHeight = o.cellHeight ?? 44;
  const max = Math.max(0, ...data.map((d) => Number(d[o.fill]) || 0));
  const marginLeft = o.marginLeft ?? 60;
  const labelled = (o.width - marginLeft) / o.xDomain.length >= 30;
  return Plot.plot({
    width: o.width,
    height: o.yDomain.length * cellHeight + (o.xDomain.length > 6 ? 130 : 60),
    marginLeft,
    marginBottom: 10,
    // Room for rotated long labels on the top axis.
    marginTop: o.xDomain.length > 6 ? 110 : 40,
    padding: 0.04,
    x: { domain: o.xDomain, label: o.xLabel ?? null, tickFormat: o.xTick, axis: "top", tickRotate: o.xDomain.length > 6 ? -45 : 0 },
    y: { domain: o.yDomain, label: o.yLabel ?? null, tickFormat: o.yTick },
    // From 0, so the text-colour rule below and the fill agree whatever the smallest value.
    color: { type: "sqrt", scheme: "blues", domain: [0, max || 1] },
    marks: [
      // Every cell carries a native tooltip; labels are drawn only where they fit.
      Plot.cell(data, { x: o.x, y: o.y, fill: o.fill, inset: 0.5, title: o.title ?? o.text }),
      Plot.text(labelled ? data : [], {
        x: o.x,
        y: o.y,
        text: o.text,
        fontSize: 11,
        lineHeight: 1.2,
        // White on the darker half of the scale, black on the lighter.
        fill: (d) => (Math.sqrt(Number(d[o.fill]) || 0) > Math.sqrt(max) * 0.6 ? "white" : "black")
      })
    ]
  });
}
