/**
 * Light clean-up of a text cell: what Excel and copy-paste leave behind, without rewriting what
 * the person typed (no case folding, no NFKC).
 */

// Zero-width space/joiners, word joiner and BOM: invisible, but they break equality and grouping.
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF]/g;
const FORMULA_GUARD = /^\s*="([\s\S]*)"\s*$/;

/**
 * Removes the guards spreadsheet users add so long numbers survive Excel: `="2024…"`, a leading
 * apostrophe, or a leading tab. Other values are returned unchanged.
 */
export function stripExcelGuard(s: string): string {
  const m = FORMULA_GUARD.exec(s);
  if (m) return m[1].replaceAll('""', '"');
  if (s.startsWith("\t")) return s.slice(1);
  const apostrophe = /^\s*'/.exec(s);
  if (apostrophe) return s.slice(apostrophe[0].length);
  return s;
}

/** Trims, removes invisible characters and Excel guards, and collapses runs of whitespace. */
export function cleanText(s: string): string {
  return stripExcelGuard(s.replace(INVISIBLE, "")).replace(/\s+/g, " ").trim();
}
