/** The quality summary as a plain-text table for the terminal. */
type Row = Record<string, unknown>;

const COLS: [string, string][] = [
  ["source_file", "file"],
  ["table_name", "table"],
  ["rows_read", "read"],
  ["rows_written", "written"],
  ["rows_quarantined", "quarantined"],
  ["rows_excluded", "excluded"],
  ["rows_merged", "merged"],
  ["duplicates_exact", "dup"],
  ["duplicates_key", "dup key"],
  ["superseded", "superseded"]
];

export function formatQualityTable(rows: Row[], reasons: Row[]): string {
  const cells = [COLS.map(([, h]) => h), ...rows.map((r) => COLS.map(([k]) => String(r[k] ?? "")))];
  const width = COLS.map((_, i) => Math.max(...cells.map((c) => displayWidth(c[i]))));
  const line = (c: string[]) =>
    c.map((s, i) => (i < 2 ? s + " ".repeat(width[i] - displayWidth(s)) : " ".repeat(width[i] - displayWidth(s)) + s)).join("  ");
  const out = [line(cells[0]), width.map((w) => "-".repeat(w)).join("  "), ...cells.slice(1).map(line)];
  if (reasons.length) {
    out.push("", "quarantined:");
    for (const r of reasons) out.push(`  ${r.source_file}: ${r.n} × ${r.reason_code} (first at line ${r.first_line})`);
  }
  return out.join("\n");
}

/** CJK characters take two columns in a terminal. */
function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
}
