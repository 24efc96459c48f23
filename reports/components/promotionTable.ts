import type { Lang } from "../lib/i18n/lang.js";
import { pick, t } from "../lib/i18n/t.js";
import { promotionWindows } from "../lib/calendar.js";
import { dataTable } from "./dataTable.js";

export interface PromotionEntry {
  readonly year: number;
  readonly name: { readonly zh: string; readonly en: string };
  readonly start: string;
  readonly end: string;
  readonly presaleStart?: string;
  readonly presaleEnd?: string;
}

/** Years covered by the data (dataFrom…dataTo of build_info), or the last two calendar years. */
export function dataYears(dataFrom: string | null, dataTo: string | null, today = new Date()): number[] {
  const first = dataFrom ? Number(dataFrom.slice(0, 4)) : today.getUTCFullYear() - 1;
  const last = dataTo ? Number(dataTo.slice(0, 4)) : today.getUTCFullYear();
  return Array.from({ length: Math.max(0, last - first) + 1 }, (_, i) => first + i);
}

/** The promotion calendar of `years` as a downloadable table (presale start shown when there is one). */
export function promotionTable(years: readonly number[], lang: Lang): HTMLElement {
  const windows: PromotionEntry[] = years.flatMap((y) => promotionWindows(y));
  const year = t(lang, "glossary.year");
  const promotion = t(lang, "glossary.promotion");
  const start = t(lang, "glossary.start");
  const end = t(lang, "glossary.end");
  const rows = windows.map((w) => ({
    [year]: w.year,
    [promotion]: pick(lang, w.name),
    [start]: w.presaleStart ? `${w.presaleStart} (${w.start})` : w.start,
    [end]: w.end
  }));
  return dataTable(rows, { lang, filename: "promotions", rows: 20, format: { [year]: String } });
}
