import { t } from "../lib/i18n/t.js";
import type { Lang } from "../lib/i18n/lang.js";
import { toCsv } from "./toCsv.js";

/**
 * A "Download CSV" button. The file starts with a UTF-8 byte-order mark so spreadsheet programs
 * open Chinese text correctly.
 */
export function downloadCsv(
  rows:
    | readonly Record<string, unknown>[]
    | (() => readonly Record<string, unknown>[] | Promise<readonly Record<string, unknown>[]>),
  filename: string,
  lang: Lang
): HTMLButtonElement {
  const button = document.createElement("button");
  button.type = "button";
  button.className = "sl-download";
  button.textContent = t(lang, "common.downloadCsv");
  button.addEventListener("click", async () => {
    // A list fetched on demand (a segment's customers) is queried only when asked for.
    button.disabled = true;
    let data: readonly Record<string, unknown>[];
    try {
      data = typeof rows === "function" ? await rows() : rows;
    } finally {
      button.disabled = false;
    }
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
