/** Test helpers: read a generated file as text (GB18030 or UTF-8, BOM and 生意参谋 preamble aware) and parse CSV. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import iconv from "iconv-lite";

export function readText(dir: string, rel: string): string {
  const bytes = readFileSync(join(dir, rel));
  if (rel.startsWith("taobao/")) return iconv.decode(bytes, "gb18030");
  return new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/, "");
}

/** RFC 4180 records; a record cut off at end of file is returned as is. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(cell);
      cell = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
    } else cell += ch;
  }
  if (cell !== "" || row.length) rows.push([...row, cell]);
  return rows;
}

/** Records of a file as objects keyed by trimmed header, skipping 生意参谋 title lines. */
export function readRecords(dir: string, rel: string): { header: string[]; records: Record<string, string>[] } {
  const rows = parseCsv(readText(dir, rel));
  const start = rel.startsWith("sycm/") ? 3 : 0;
  const header = rows[start]!;
  const records = rows.slice(start + 1).map((r) => Object.fromEntries(header.map((h, i) => [h.trim(), r[i] ?? ""])));
  return { header, records };
}
