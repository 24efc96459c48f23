import * as Inputs from "@observablehq/inputs";
import { naiveIso } from "../lib/i18n/format.js";
import type { Lang } from "../lib/i18n/lang.js";
import { t } from "../lib/i18n/t.js";
import { downloadCsv } from "./downloadCsv.js";

export interface DataTableOptions {
  lang: Lang;
  /** Base name of the CSV download. */
  filename: string;
  /** Column order (default: the first row's keys). */
  columns?: readonly string[];
  /** Column header labels. */
  header?: Record<string, string>;
  /** Cell formatters; the CSV keeps raw values. */
  format?: Record<string, (value: any) => string>;
  /** Max rows shown before scrolling (the CSV has all rows). */
  rows?: number;
}

/** Inputs.table with a CSV download and a row count; an empty result reads "No rows match". */
export function dataTable(data: readonly Record<string, unknown>[], { lang, filename, columns, header, format, rows = 12 }: DataTableOptions): HTMLElement {
  const wrapper = document.createElement("div");
  wrapper.className = "sl-table";
  const bar = document.createElement("div");
  bar.className = "sl-table-bar";
  const count = document.createElement("span");
  count.textContent = t(lang, "common.rows", { n: data.length.toLocaleString(lang === "zh" ? "zh-CN" : "en") });
  bar.append(count, downloadCsv(data, filename, lang));
  if (data.length === 0) {
    const empty = document.createElement("p");
    empty.className = "sl-empty";
    empty.textContent = t(lang, "common.noRows");
    wrapper.append(empty);
    return wrapper;
  }
  // Dates are naive shop-local times: show them without Inputs' default "Z".
  const dateFormats = Object.fromEntries(
    Object.keys(data[0]).filter((c) => data.some((d) => d[c] instanceof Date)).map((c) => [c, (v: Date | null) => (v ? naiveIso(v) : "")])
  );
  const table = Inputs.table(data as Record<string, unknown>[], {
    columns: columns as string[] | undefined,
    header,
    format: { ...dateFormats, ...format },
    rows,
    select: false,
    layout: "auto"
  } as any);
  wrapper.append(table, bar);
  return wrapper;
}
