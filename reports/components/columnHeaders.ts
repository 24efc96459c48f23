import type { Lang } from "../lib/i18n/lang.js";
import { tMaybe } from "../lib/i18n/t.js";

/** Reader-facing column labels ("col.<name>" strings), falling back to the column name. */
export function columnHeaders(lang: Lang, columns: readonly string[]): Record<string, string> {
  return Object.fromEntries(columns.map((c) => [c, tMaybe(lang, `col.${c}`, c)]));
}
