import * as Plot from "@observablehq/plot";

export interface ShareBarsOptions {
  width: number;
  /** Category label column. */
  label: string;
  /** Two share columns drawn side by side per category, with their legend names. */
  series: readonly { key: string; name: string }[];
  format: (value: number) => string;
}

/** Horizontal paired bars of shares (of customers, of revenue) per category, in the given order. */
export function shareBars(data: readonly Record<string, unknown>[], { width, label, series, format }: ShareBarsOptions) {
  const long = data.flatMap((d) => series.map((s) => ({ label: String(d[label]), series: s.name, value: Number(d[s.key] ?? 0) })));
  const domain = data.map((d) => String(d[label]));
  return Plot.plot({
    width,
    height: domain.length * series.length * 12 + domain.length * 8 + 50,
    marginLeft: Math.min(180, Math.max(70, ...domain.map((d) => d.length * 8))),
    x: { grid: true, label: null, tickFormat: format, domain: [0, Math.max(0.05, ...long.map((d) => d.value))] },
    y: { axis: null, domain: series.map((s) => s.name) },
    fy: { domain, label: null, axis: "left" },
    color: { legend: true, domain: series.map((s) => s.name), range: ["var(--theme-foreground-focus)", "#e4a11b"] },
    marks: [
      Plot.barX(long, { x: "value", y: "series", fy: "label", fill: "series", insetTop: 1, insetBottom: 1, tip: { format: { x: format } } }),
      Plot.ruleX([0])
    ]
  });
}
