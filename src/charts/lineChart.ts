import * as Plot from "@observablehq/plot";
import { formatDate, parseIsoUtc, type DateGrain } from "../i18n/format.js";
import type { Lang } from "../i18n/lang.js";
import { timeTickFormat } from "./timeTicks.js";

/** A shaded window on the time axis, e.g. a promotion (both ends included, shop-local dates). */
export interface Window {
  readonly name: string;
  readonly start: string;
  readonly end: string;
}

export interface LineChartOptions {
  width: number;
  lang: Lang;
  /** Column with the period: "YYYY-MM-DD" or a Date. */
  x?: string;
  /** Column with the value of the current period. */
  y?: string;
  /** Column with the comparison value for the same row (previous period, last year …). */
  compareY?: string;
  /** Legend text for the two series. */
  label?: string;
  compareLabel?: string;
  /** Shaded windows (promotions). */
  windows?: readonly Window[];
  /** Formats values on the axis and in tips. */
  format?: (value: number) => string;
  grain?: DateGrain;
  height?: number;
}

const DAY = 86_400_000;

/** A KPI over time, with an optional dashed comparison series and shaded promotion windows. */
export function lineChart(
  data: readonly Record<string, unknown>[],
  {
    width,
    lang,
    x = "period",
    y = "value",
    compareY,
    label,
    compareLabel,
    windows = [],
    format,
    grain = "day",
    height = 280
  }: LineChartOptions
) {
  const X = (d: Record<string, unknown>) => parseIsoUtc(d[x] as string);
  const rows = data.filter((d) => d[x] != null);
  const dates = rows.map(X);
  const lo = Math.min(...dates.map(Number));
  const hi = Math.max(...dates.map(Number));
  // Only windows that overlap the data; end + 1 day so a one-day promotion has width.
  // Labels of neighbouring windows alternate between two lines so they do not overlap.
  const shaded = windows
    .map((w) => ({ ...w, x1: parseIsoUtc(w.start), x2: new Date(+parseIsoUtc(w.end) + DAY) }))
    .filter((w) => +w.x2 >= lo && +w.x1 <= hi + DAY)
    .map((w, i) => ({ ...w, row: i % 2 }));
  const tipTitle = (d: Record<string, unknown>) => {
    const current = `${label ?? ""} ${format ? format(d[y] as number) : d[y]}`.trim();
    const previous =
      compareY && d[compareY] != null
        ? `\n${compareLabel ?? ""} ${format ? format(d[compareY] as number) : d[compareY]}`.trimEnd()
        : "";
    return `${formatDate(d[x] as string, lang, { grain })}\n${current}${previous}`;
  };
  return Plot.plot({
    width,
    height,
    marginLeft: 64,
    x: { type: "utc", label: null, tickFormat: timeTickFormat(lang) },
    y: { grid: true, label: null, tickFormat: format },
    color: compareY
      ? { legend: true, domain: [label ?? y, compareLabel ?? compareY], range: ["var(--theme-foreground-focus)", "#999"] }
      : undefined,
    marks: [
      Plot.rect(shaded, { x1: "x1", x2: "x2", fill: "#f28e2c", fillOpacity: 0.15 }),
      Plot.text(
        shaded.filter((w) => w.row === 0),
        { x: "x1", text: "name", frameAnchor: "top", textAnchor: "start", dx: 3, dy: 3, fill: "#b35806" }
      ),
      Plot.text(
        shaded.filter((w) => w.row === 1),
        { x: "x1", text: "name", frameAnchor: "top", textAnchor: "start", dx: 3, dy: 16, fill: "#b35806" }
      ),
      compareY
        ? Plot.lineY(rows, { x: X, y: compareY, stroke: () => compareLabel ?? compareY, strokeDasharray: "4,3" })
        : null,
      Plot.lineY(rows, { x: X, y, stroke: compareY ? () => label ?? y : "var(--theme-foreground-focus)", strokeWidth: 2 }),
      Plot.ruleY([0]),
      Plot.tip(rows, Plot.pointerX({ x: X, y, title: tipTitle }))
    ]
  });
}
