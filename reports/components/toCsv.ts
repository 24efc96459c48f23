import { naiveIso } from "../lib/i18n/format.js";

/**
 * RFC 4180 CSV text for row objects. Cells that a spreadsheet would run as a formula
 * (=, +, -, @ at the start of text) are prefixed with an apostrophe. Dates are naive shop-local
 * values and are written without a zone.
 */
export function toCsv(rows: readonly Record<string, unknown>[], columns: readonly string[] = Object.keys(rows[0] ?? {})): string {
  const cell = (value: unknown): string => {
    if (value == null) return "";
    let text = value instanceof Date ? naiveIso(value) : typeof value === "object" ? JSON.stringify(value) : String(value);
    if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
    return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return [columns.map(cell).join(","), ...rows.map((row) => columns.map((c) => cell(row[c])).join(","))].join("\r\n") + "\r\n";
}
