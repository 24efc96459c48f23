import * as Plot from "@observablehq/plot";
import type { Lang } from "../i18n/lang.js";

export interface BarChartOptions {
  width: number;
  lang: Lang;
  /** Category column. */
  x: string;
  /** Value column. */
  y: string;
  /** Show at most this many categories, largest first (default 30). */
  limit?: number;
  format?: (value: number) => string;
  /** Keep the rows' own order (e.g. cohorts in time order) instead of largest first. */
  keepOrder?: boolean;
}

/** Horizontal bars, largest first, so long (Chinese) category labels stay readable on phones. */
export function barChart(data: readonly Record<string, unknown>[], { width, x, y, limit = 30, format, keepOrder = false }: BarChartOptions) {
  const rows = [...data]
    .filter((d) => typeof d[y] === "number")
    .sort((a, b) => (keepOrder ? 0 : (b[y] as number) - (a[y] as number)))
    // In their own order (time), the latest rows are the ones to keep.
    .slice(keepOrder ? -limit : 0, keepOrder ? undefined : limit)
    .map((d) => ({ ...d, [x]: d[x] == null ? "∅" : String(d[x]) }));
  return Plot.plot({
    width,
    height: Math.max(120, rows.length * 22 + 40),
    marginLeft: Math.min(200, Math.max(60, ...rows.map((d) => String(d[x]).length * 9))),
    x: { grid: true, label: null, tickFormat: format },
    y: { label: null, domain: rows.map((d) => d[x] as string) },
    marks: [
      Plot.barX(rows, { x: y, y: x, fill: "var(--theme-foreground-focus)", tip: true }),
      Plot.ruleX([0])
    ]
  });
}
