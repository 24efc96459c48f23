import { t } from "../lib/i18n/t.js";
import type { Lang } from "../lib/i18n/lang.js";
import { toCsv } from "./toCsv.js";

/**
 * A "Download CSV" button. The file starts with a UTF-8 byte-order mark so spreadsheet programs
 * open Chinese text correctly.
 */
export function downloadCsv(
  rows: readonly Record<string, unknown>[] | (() => readonly Record<string, unknown>[]),
  filename: string,
  lang: Lang
): HTMLButtonElement {
  const button = document.createElement("button");
  button.type = "button";
  button.className = "sl-download";
  button.textContent = t(lang, "common.downloadCsv");
  button.addEventListener("click", () => {
    const data = typeof rows === "function" ? rows() : rows;
    const blob = new Blob(["\ufeff", toCsv(data)], { type: "text/csv;charset=utf-8" });
    const a = document.createElement("a");
    a.href = URL.createObjectURL(blob);
    a.download = filename.endsWith(".csv") ? filename : `${filename}.csv`;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
  });
  return button;
}
