/**
 * Reads the first sheet of an .xlsx export as rows of strings, the same shape the CSV reader
 * gives, so presets do not care which format the shop exported. Uses `read-excel-file` (small,
 * MIT, no native code). Numbers are kept as the text stored in the file (no float round trip for
 * long ids); date-formatted cells become naive wall-clock strings, because Excel stores them
 * without a zone.
 */
import { readSheet } from "read-excel-file/node";

/** Excel dates decode to a Date whose UTC fields are the wall time shown in the sheet. */
function formatExcelDate(d: Date): string {
  const iso = d.toISOString();
  return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : `${iso.slice(0, 10)} ${iso.slice(11, 19)}`;
}

function cellText(v: unknown): string {
  if (v === null || v === undefined) return "";
  if (v instanceof Date) return formatExcelDate(v);
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return String(v);
}

export async function readXlsxRows(bytes: Uint8Array): Promise<string[][]> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const rows = await readSheet<string>(buffer, 1, { trim: false, parseNumber: (s: string) => s });
  return rows.map((row) => row.map(cellText));
}
