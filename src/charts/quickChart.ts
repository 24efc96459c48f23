import * as Plot from "@observablehq/plot";
import type { Lang } from "../i18n/lang.js";
import { parseIsoUtc } from "../i18n/format.js";
import { barChart } from "./barChart.js";
import { histogram } from "./histogram.js";
import { timeTickFormat } from "./timeTicks.js";

export type ColumnKind = "number" | "date" | "timestamp" | "boolean" | "text" | "other";

export interface ColumnInfo {
  readonly name: string;
  readonly kind: ColumnKind;
}

export type ChartPick =
  | { kind: "line"; x: string; y: string; series?: string }
  | { kind: "bar"; x: string; y: string }
  | { kind: "scatter"; x: string; y: string }
  | { kind: "histogram"; x: string }
  | null;

/**
 * Chooses a chart from the result's column types: a time column and a number → line (one line
 * per value of the first text column, if any); a text
 * column and a number → bars; two numbers → scatter; one number → histogram; otherwise none.
 */
export function pickChart(columns: readonly ColumnInfo[], rowCount: number): ChartPick {
  if (rowCount === 0) return null;
  const first = (kinds: ColumnKind[]) => columns.find((c) => kinds.includes(c.kind));
  const numbers = columns.filter((c) => c.kind === "number");
  const time = first(["date", "timestamp"]);
  const text = first(["text", "boolean"]);
  if (time && numbers[0]) return text ? { kind: "line", x: time.name, y: numbers[0].name, series: text.name } : { kind: "line", x: time.name, y: numbers[0].name };
  if (text && numbers[0]) return { kind: "bar", x: text.name, y: numbers[0].name };
  if (numbers.length >= 2 && rowCount > 1) return { kind: "scatter", x: numbers[0].name, y: numbers[1].name };
  if (numbers[0] && rowCount > 1) return { kind: "histogram", x: numbers[0].name };
  return null;
}

/** A chart for arbitrary query results (Explore page), or null when no chart fits. */
export function quickChart(
  rows: readonly Record<string, unknown>[],
  columns: readonly ColumnInfo[],
  { width, lang }: { width: number; lang: Lang }
) {
  const pick = pickChart(columns, rows.length);
  if (!pick) return null;
  switch (pick.kind) {
    case "line": {
      const X = (d: Record<string, unknown>) => (d[pick.x] == null ? null : parseIsoUtc(d[pick.x] as string | Date));
      const sorted = [...rows].filter((d) => d[pick.x] != null).sort((a, b) => +X(a)! - +X(b)!);
      const series = pick.series;
      const stroke = series ? (d: Record<string, unknown>) => String(d[series] ?? "∅") : "var(--theme-foreground-focus)";
      return Plot.plot({
        width,
        height: 260,
        marginLeft: 60,
        x: { type: "utc", label: pick.x, tickFormat: timeTickFormat(lang) },
        y: { grid: true, label: pick.y },
        color: series ? { legend: true, label: series } : undefined,
        marks: [
          Plot.lineY(sorted, { x: X, y: pick.y, stroke, z: series ? stroke : undefined }),
          Plot.ruleY([0]),
          Plot.tip(sorted, Plot.pointerX({ x: X, y: pick.y, stroke, channels: series ? { [series]: series } : undefined }))
        ]
      });
    }
    case "bar":
      return barChart(rows, { width, lang, x: pick.x, y: pick.y });
    case "scatter":
      return Plot.plot({
        width,
        height: 260,
        grid: true,
        x: { label: pick.x },
        y: { label: pick.y },
        marks: [Plot.dot(rows, { x: pick.x, y: pick.y, r: 2, tip: true })]
      });
    case "histogram":
      return histogram(rows, { width, lang, x: pick.x });
  }
}
