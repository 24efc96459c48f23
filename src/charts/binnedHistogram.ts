import * as Plot from "@observablehq/plot";
import type { Lang } from "../i18n/lang.js";
import { t } from "../i18n/t.js";

export interface BinnedHistogramOptions {
  width: number;
  lang: Lang;
  label: string;
  format?: (value: number) => string;
}

/**
 * A histogram from bins counted in SQL: rows {lo, hi, customers}; hi null marks the open last
 * bin, drawn as wide as the bin before it and labelled "≥ lo".
 */
export function binnedHistogram(data: readonly { lo: number; hi: number | null; customers: number }[], { width, lang, label, format }: BinnedHistogramOptions) {
  const widths = data.filter((d) => d.hi != null).map((d) => (d.hi as number) - d.lo);
  const step = widths.length ? Math.min(...widths) : 1;
  const rows = data.map((d) => ({ ...d, x2: d.hi ?? d.lo + step, open: d.hi == null }));
  const f = format ?? ((v: number) => String(v));
  return Plot.plot({
    width,
    height: 200,
    x: { label, tickFormat: f },
    y: { grid: true, label: t(lang, "rfm.customers") },
    marks: [
      Plot.rectY(rows, {
        x1: "lo",
        x2: "x2",
        y: "customers",
        inset: 0.5,
        fill: (d) => (d.open ? "#9aa7b8" : "var(--theme-foreground-focus)"),
        // A native tooltip: the range as the reader would say it.
        title: (d) => `${d.open ? "≥ " + f(d.lo) : f(d.lo) + " – " + f(d.hi as number)}: ${d.customers}`
      }),
      Plot.ruleY([0])
    ]
  });
}
