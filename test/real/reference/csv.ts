// Minimal, self-contained CSV reader for the reference computations.
// Deliberately independent of the project's own parser (nothing under src/ or loaders/ is imported).
//
// Conventions:
// - RFC 4180 style: fields separated by `delimiter` (default ","); a field that STARTS with `"` is quoted,
//   runs until the next `"` that is not doubled (`""` = literal quote) and may contain delimiters and
//   newlines (LF or CRLF); the quotes are removed.
// - Record terminator: LF or CRLF. A CR that belongs to a CRLF terminator is dropped; a CR inside a
//   quoted field is kept as data.
// - A `"` appearing inside an UNQUOTED field is kept literally and counted as a "stray quote"
//   (record flag `strayQuote`). Characters after a closing quote and before the next delimiter are
//   kept literally and also flagged `strayQuote`.
// - An unterminated quoted field at end of file yields a final record with `unterminatedQuote: true`.
// - A trailing newline at end of file does not create an extra empty record. A file whose last line
//   has no trailing newline still yields that last line as a record, flagged `noTrailingNewline`.
// - A leading UTF-8 BOM (U+FEFF) is stripped from the file and reported via `bom` on the result;
//   BOMs elsewhere are left in the data (callers may count them).
import { readFileSync } from "node:fs";

export interface CsvRecord {
  fields: string[];
  /** 1-based physical line number where the record starts */
  line: number;
  /** number of physical lines the record spans (>1 means quoted newline) */
  lineSpan: number;
  hasQuotedNewline: boolean;
  strayQuote: boolean;
  unterminatedQuote: boolean;
  noTrailingNewline: boolean;
  /** raw text of the record without its terminator */
  raw: string;
}

export interface CsvResult {
  records: CsvRecord[];
  bom: boolean;
  physicalLines: number;
}

export function readText(path: string): string {
  return readFileSync(path, "utf8");
}

export function parseCsv(text: string, delimiter = ","): CsvResult {
  let bom = false;
  if (text.charCodeAt(0) === 0xfeff) {
    bom = true;
    text = text.slice(1);
  }
  const records: CsvRecord[] = [];
  const n = text.length;
  let i = 0;
  let line = 1;
  while (i < n) {
    const start = i;
    const startLine = line;
    const fields: string[] = [];
    let stray = false;
    let unterminated = false;
    let quotedNewline = false;
    let endedByNewline = false;
    // parse one record
    for (;;) {
      let value = "";
      if (text[i] === '"') {
        i++;
        let closed = false;
        while (i < n) {
          const c = text[i];
          if (c === '"') {
            if (text[i + 1] === '"') {
              value += '"';
              i += 2;
              continue;
            }
            i++;
            closed = true;
            break;
          }
          if (c === "\n") {
            line++;
            quotedNewline = true;
          }
          value += c;
          i++;
        }
        if (!closed) unterminated = true;
        // junk after closing quote up to delimiter / newline
        while (i < n && text[i] !== delimiter && text[i] !== "\n" && !(text[i] === "\r" && text[i + 1] === "\n")) {
          value += text[i];
          stray = true;
          i++;
        }
      } else {
        while (i < n && text[i] !== delimiter && text[i] !== "\n" && !(text[i] === "\r" && text[i + 1] === "\n")) {
          if (text[i] === '"') stray = true;
          value += text[i];
          i++;
        }
      }
      fields.push(value);
      if (i >= n) break;
      if (text[i] === delimiter) {
        i++;
        continue;
      }
      // newline
      if (text[i] === "\r") i++;
      i++; // \n
      line++;
      endedByNewline = true;
      break;
    }
    let rawEnd = i;
    if (endedByNewline) {
      rawEnd--; // \n
      if (text[rawEnd - 1] === "\r") rawEnd--;
    }
    records.push({
      fields,
      line: startLine,
      lineSpan: line - startLine + (endedByNewline ? 0 : 1),
      hasQuotedNewline: quotedNewline,
      strayQuote: stray,
      unterminatedQuote: unterminated,
      noTrailingNewline: !endedByNewline,
      raw: text.slice(start, rawEnd),
    });
  }
  const physicalLines = text.length === 0 ? 0 : text.endsWith("\n") ? line - 1 : line;
  return { records, bom, physicalLines };
}

export function readCsv(path: string, delimiter = ","): CsvResult {
  return parseCsv(readText(path), delimiter);
}

/** Header + rows as objects keyed by header name. Header names are trimmed of a BOM only. */
export function readCsvObjects(path: string, delimiter = ","): { header: string[]; rows: Record<string, string>[]; records: CsvRecord[]; bom: boolean } {
  const res = readCsv(path, delimiter);
  const [head, ...rest] = res.records;
  const header = head.fields;
  const rows = rest.map((r) => {
    const o: Record<string, string> = {};
    header.forEach((h, k) => (o[h] = r.fields[k] ?? ""));
    return o;
  });
  return { header, rows, records: rest, bom: res.bom };
}

/** Exact decimal string -> integer in units of 10^-scale (e.g. scale 4: "2.55" -> 25500). Throws on >scale decimals. */
export function decimalToScaled(s: string, scale: number): number {
  const m = /^(-?)(\d*)(?:\.(\d*))?$/.exec(s.trim());
  if (!m) throw new Error(`not a decimal: ${JSON.stringify(s)}`);
  const frac = (m[3] ?? "").replace(/0+$/, "");
  if (frac.length > scale) throw new Error(`too many decimals for scale ${scale}: ${s}`);
  const v = Number(m[2] || "0") * 10 ** scale + Number((frac + "0".repeat(scale)).slice(0, scale) || "0");
  return m[1] === "-" ? -v : v;
}

/** Path to the shared datasets folder (project root is /work/main; datasets at ../shared/datasets). */
import { fileURLToPath } from "node:url";
import { resolve, dirname } from "node:path";
export const DATASETS = process.env.SHOPLENS_DATASETS ?? resolve(dirname(fileURLToPath(import.meta.url)), "../../../../shared/datasets");
