import * as Plot from "@observablehq/plot";
import type { Lang } from "../i18n/lang.js";
import { t } from "../i18n/t.js";

export interface HistogramOptions {
  width: number;
  lang: Lang;
  /** Numeric column. */
  x: string;
  /** Approximate number of bins (default 30). */
  bins?: number;
  format?: (value: number) => string;
}

/** Distribution of one numeric column. */
export function histogram(data: readonly Record<string, unknown>[], { width, lang, x, bins = 30, format }: HistogramOptions) {
  return Plot.plot({
    width,
    height: 240,
    x: { label: x, tickFormat: format },
    y: { grid: true, label: t(lang, "chart.count") },
    marks: [
      Plot.rectY(data.filter((d) => typeof d[x] === "number"), {
        ...Plot.binX({ y: "count" }, { x, thresholds: bins }),
        fill: "var(--theme-foreground-focus)",
        tip: true
      }),
      Plot.ruleY([0])
    ]
  });
}
