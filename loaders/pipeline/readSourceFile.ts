/**
 * Reads one raw file: decode, find the header (after any title lines), pick the preset, map every
 * record and hand the rows to the table store. Records that cannot be repaired are returned as
 * quarantine entries; nothing is dropped without being counted.
 */
import { readFileSync } from "node:fs";
import { extname } from "node:path";
import { decodeText } from "../io/decodeText.ts";
import { csvRecords, sniffDelimiter, type RawRecord } from "../io/csvRecords.ts";
import { recordChunks } from "../io/recordChunks.ts";
import { textChunks } from "../io/textChunks.ts";
import { tryFastLog } from "./fastLog.ts";
import { jsonRecords } from "../io/jsonRecords.ts";
import { detectPreset } from "../presets/index.ts";
import { presetForOverride } from "./presetForOverride.ts";
import { RowError, RowExcluded, type Preset, type PresetContext } from "../presets/preset.ts";
import type { SourceOverride } from "./config.ts";
import type { TableStore } from "./tableStore.ts";
import { TABLES, type TableName } from "../../src/schema.ts";

export interface QuarantineEntry {
  source_file: string;
  line_number: number;
  reason_code: string;
  reason: string;
  raw_text: string;
}

export interface FileReport {
  source_file: string;
  preset: Preset;
  encoding: string;
  sourceTimeZone: string;
  exportDate: number | null;
  /** Records in the file, counted independently of the parser, header and title lines excluded. */
  rowsRead: number;
  /** Records the parser produced (must equal rowsRead, or the load fails). */
  recordsParsed: number;
  quarantined: number;
  excluded: number;
  excludedByReason: Record<string, number>;
  /** Records that became part of a row built from several records (pre-sale parts, line items). */
  merged: number;
  /** Exact duplicate records dropped before mapping (entity exports only). */
  duplicatesExact: number;
  /** Records that produced a row in the preset's primary table. */
  primaryRows: number;
  quarantine: QuarantineEntry[];
}

/** Header names that hold a person's identity or contact details, in the exports we know. */
export const PERSONAL_COLUMN =
  /会员名|昵称|姓名|手机|电话|邮箱|支付宝|地址|地区|留言|备注|访客|买家ID|nick|user_?id|visitor|customer|member|e-?mail|phone|name$|address|billing|shipping name|shipping address|身份证/i;

/** The delimiter a record was split on, recovered from its raw text (for rebuilding it masked). */
function delimiterOf(r: RawRecord): string {
  for (const d of [",", "\t", ";", "|"]) if (r.raw.includes(d)) return d;
  return " ";
}

export const primaryTable = (p: Preset): TableName | null =>
  p.primaryTable !== undefined ? p.primaryTable : (p.tables[0] ?? null);

export class UnrecognisedFileError extends Error {}

const HEAD_LINES = 10;
const MAX_RAW = 2000;

export const normaliseHeader = (s: string) => s.replace(/^\uFEFF/, "").normalize("NFKC").trim();

export interface ReadOptions {
  dataDir: string;
  relPath: string;
  override?: SourceOverride;
  shopTimeZone: string;
  makeContext(preset: Preset, sourceTimeZone: string): PresetContext;
  store: TableStore;
  onProgress?: (done: number) => void;
}

interface Layout {
  preset: Preset;
  /** Index (0-based, among records) of the header record; -1 when the format has none. */
  headerIndex: number;
  header: string[];
}

function chooseLayout(relPath: string, head: RawRecord[], override?: SourceOverride): Layout {
  const fileName = relPath.split("/").pop() ?? relPath;
  if (override?.preset) {
    const preset = presetForOverride(override);
    if (!preset.hasHeader) return headerless(preset, head);
    let bestIdx = 0;
    let best = -1;
    head.forEach((r, i) => {
      const s = preset.detect({ fileName, header: r.fields.map(normaliseHeader) });
      if (s > best) [best, bestIdx] = [s, i];
    });
    return { preset, headerIndex: bestIdx, header: head[bestIdx]?.fields.map(normaliseHeader) ?? [] };
  }
  let found: { preset: Preset; score: number; index: number } | null = null;
  head.forEach((r, i) => {
    const d = detectPreset({ fileName, header: r.fields.map(normaliseHeader) });
    if (d && (!found || d.score > found.score)) found = { preset: d.preset, score: d.score, index: i };
  });
  if (!found) {
    const seen = head[0]?.fields.slice(0, 12).map(normaliseHeader).join(", ") ?? "(empty file)";
    throw new UnrecognisedFileError(
      `${relPath}: not a recognised export. Expected the header of a known export (Taobao/Tmall order or item report, ` +
        `生意参谋 traffic/item/search-term export, Tianchi or REES46 behaviour log, UCI Online Retail, Olist, Shopify, ` +
        `CDNOW, reviews or search logs; see docs/export-formats.md) within the first ${HEAD_LINES} lines; first line seen: ` +
        `[${seen}]. To read it anyway, declare a mapping in shoplens.config.json, e.g. ` +
        `{"sources":[{"match":"${relPath}","preset":"generic","table":"orders","columns":{"order_id":"<header>","ordered_at":"<header>"}}]}, ` +
        `or {"match":"${relPath}","skip":true} to ignore the file.`
    );
  }
  const f = found as { preset: Preset; score: number; index: number };
  if (!f.preset.hasHeader) return headerless(f.preset, head);
  return { preset: f.preset, headerIndex: f.index, header: uniqueNames(head[f.index].fields.map(normaliseHeader)) };
}

/** Header-less formats: records are named by the preset's columns; a stray header line is skipped. */
function headerless(preset: Preset, head: RawRecord[]): Layout {
  const stray = head[0] && preset.isHeaderRecord?.(head[0].fields.map(normaliseHeader));
  return { preset, headerIndex: stray ? 0 : -1, header: [...(preset.columns ?? [])] };
}

function uniqueNames(names: string[]): string[] {
  const seen = new Map<string, number>();
  return names.map((n) => {
    const k = seen.get(n) ?? 0;
    seen.set(n, k + 1);
    return k === 0 ? n : `${n}_${k + 1}`;
  });
}

export async function readSourceFile(opts: ReadOptions): Promise<FileReport> {
  const { relPath } = opts;
  const path = `${opts.dataDir}/${relPath}`;
  const ext = extname(relPath).toLowerCase();
  if (ext === ".xlsx") return readRows(opts, await xlsxAsRecords(readFileSync(path)), "xlsx");
  if (/\.(jsonl|ndjson|json)$/i.test(relPath)) {
    const { text, encoding } = decodeText(readFileSync(path));
    return readJson(opts, text, encoding);
  }
  // Large logs are read in pieces; records never straddle two pieces (see recordChunks).
  const { encoding, chunks } = textChunks(path);
  const first = chunks.next();
  const firstText = first.done ? "" : first.value;
  const pieces = (function* () {
    yield firstText;
    yield* chunks;
  })();

  // Sniff on the head; a preset may insist on its own delimiter (whitespace for CDNOW).
  let delimiter: string = sniffDelimiter(firstText.slice(0, 64 * 1024));
  let layout = chooseLayout(relPath, take(csvRecords(firstText, { delimiter }), HEAD_LINES), opts.override);
  if (layout.preset.delimiter && layout.preset.delimiter !== delimiter) {
    delimiter = layout.preset.delimiter;
    layout = chooseLayout(relPath, take(csvRecords(firstText, { delimiter }), HEAD_LINES), opts.override);
  }
  if (layout.preset.fastPath && layout.headerIndex === 0 && process.env.SHOPLENS_FAST_PATH !== "off") {
    const sourceTimeZone = opts.override?.timeZone ?? layout.preset.defaultTimeZone;
    const fast = await tryFastLog({
      path,
      relPath,
      preset: layout.preset,
      encoding,
      delimiter,
      header: layout.header,
      ctx: opts.makeContext(layout.preset, sourceTimeZone),
      store: opts.store
    });
    if (fast) return fast;
  }
  const skipRecords = layout.headerIndex + 1;
  let independent = 0;
  const records = (function* () {
    let skipped = 0;
    for (const chunk of recordChunks(pieces, { delimiter })) {
      independent += chunk.independentCount;
      for (const r of chunk.records) {
        if (skipped < skipRecords) skipped++;
        else yield r;
      }
    }
  })();
  return mapRecords(opts, layout, encoding, () => independent - skipRecords, records);
}

function take<T>(it: Iterable<T>, n: number): T[] {
  const out: T[] = [];
  for (const x of it) {
    out.push(x);
    if (out.length >= n) break;
  }
  return out;
}

async function readJson(opts: ReadOptions, text: string, encoding: string): Promise<FileReport> {
  const items = [...jsonRecords(text)];
  const first = items.find((i) => i.value)?.value ?? {};
  const header = Object.keys(first).map(normaliseHeader);
  const layout = chooseLayout(opts.relPath, [{ line: 1, fields: header, raw: header.join(","), unterminated: false }], opts.override);
  const records: RawRecord[] = items.map((i) => ({
    line: i.line,
    raw: i.raw,
    unterminated: false,
    // Objects become records in header order; a malformed line keeps its error.
    fields: i.value ? layout.header.map((h) => stringify(i.value?.[h])) : [],
    ...(i.error ? { error: i.error } : {})
  })) as RawRecord[];
  // Independent count: non-blank lines for JSON Lines, top-level elements for an array.
  const rowsRead = text.trimStart().startsWith("[")
    ? countTopLevelElements(text)
    : text.split(/\r\n|\r|\n/).filter((l) => l.trim() !== "").length;
  return mapRecords(opts, { ...layout, headerIndex: -1 }, encoding, () => rowsRead, records);
}

/**
 * Elements of a top-level JSON array, counted by bracket depth (strings respected) rather than by
 * parsing, so one malformed element still leaves an honest count of what the file held.
 */
export function countTopLevelElements(text: string): number {
  let depth = 0;
  let inString = false;
  let count = 0;
  let sawValue = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (inString) {
      if (ch === "\\") i++;
      else if (ch === '"') inString = false;
      continue;
    }
    if (ch === '"') {
      inString = true;
      if (depth === 1) sawValue = true;
    } else if (ch === "[" || ch === "{") {
      if (depth === 1) sawValue = true;
      depth++;
    } else if (ch === "]" || ch === "}") {
      depth--;
      if (depth === 0 && sawValue) count++;
    } else if (ch === "," && depth === 1) {
      count++;
      sawValue = false;
    } else if (depth === 1 && !/\s/.test(ch)) sawValue = true;
  }
  return count;
}

function stringify(v: unknown): string {
  if (v === null || v === undefined) return "";
  return typeof v === "object" ? JSON.stringify(v) : String(v);
}

async function xlsxAsRecords(bytes: Uint8Array): Promise<RawRecord[]> {
  const { readXlsxRows } = await import("../io/xlsxRows.ts");
  const rows = await readXlsxRows(bytes);
  return rows.map((fields, i) => ({ line: i + 1, fields, raw: fields.join(","), unterminated: false }));
}

async function readRows(opts: ReadOptions, all: RawRecord[], encoding: string): Promise<FileReport> {
  const nonEmpty = all.filter((r) => r.fields.some((f) => f.trim() !== ""));
  const layout = chooseLayout(opts.relPath, nonEmpty.slice(0, HEAD_LINES), opts.override);
  const skip = layout.headerIndex + 1;
  return mapRecords(opts, layout, encoding, () => nonEmpty.length - skip, nonEmpty.slice(skip));
}

async function mapRecords(
  opts: ReadOptions,
  layout: Layout,
  encoding: string,
  rowsRead: () => number,
  records: Iterable<RawRecord>
): Promise<FileReport> {
  const { relPath, store, override } = opts;
  const { preset, header } = layout;
  const sourceTimeZone = override?.timeZone ?? preset.defaultTimeZone;
  const ctx = opts.makeContext(preset, sourceTimeZone);
  const primary = primaryTable(preset);
  // Entity exports (keyed tables) drop exact duplicate records before mapping, because mapping can
  // make copies differ (a line number within the order). Event logs are de-duplicated on the mapped
  // rows in SQL instead, which needs no memory per record here.
  const seen = primary && TABLES[primary].key.length > 0 && !preset.keepDuplicateRecords ? new Set<string>() : null;
  // A header line repeated inside the file (exports concatenated by hand) is excluded, not data.
  const headerText = layout.headerIndex >= 0 ? header.join("\u0000") : null;
  const report: FileReport = {
    source_file: relPath,
    preset,
    encoding,
    sourceTimeZone,
    exportDate: null,
    rowsRead: 0,
    recordsParsed: 0,
    quarantined: 0,
    excluded: 0,
    excludedByReason: {},
    merged: 0,
    duplicatesExact: 0,
    primaryRows: 0,
    quarantine: []
  };
  const personal = header.map((h) => PERSONAL_COLUMN.test(h));
  const quarantine = (r: RawRecord, code: string, reason: string) => {
    report.quarantined++;
    // A row that could not be read may hold the only copy of someone's name or id: blank every
    // cell under a personal column (by position, so cut-off rows are covered) before keeping it.
    const raw = personal.some(Boolean) && r.fields.length
      ? r.fields.map((v, i) => (personal[i] && v.trim() !== "" ? "[MASKED]" : v)).join(delimiterOf(r))
      : r.raw;
    report.quarantine.push({
      source_file: relPath,
      line_number: r.line,
      reason_code: code,
      reason,
      raw_text: raw.length > MAX_RAW ? `${raw.slice(0, MAX_RAW)}…` : raw
    });
  };
  const n = header.length;
  for (const r of records) {
    report.recordsParsed++;
    if (report.recordsParsed % 200_000 === 0) opts.onProgress?.(report.recordsParsed);
    const err = (r as RawRecord & { error?: string }).error;
    if (err) {
      // JSON.parse quotes the offending input in its message; only the position is kept.
      const at = /position (\d+)/.exec(err)?.[1];
      quarantine(r, "bad_json", at ? `not valid JSON (at character ${at} of the line)` : "not valid JSON");
      continue;
    }
    if (r.unterminated) {
      quarantine(r, "unterminated_quote", "a quoted field is never closed (file cut off?)");
      continue;
    }
    const f = r.fields;
    // Trailing empty cells (Excel pads rows) are harmless; anything else off-shape is a cut-off or shifted line.
    if (f.length !== n && !(f.length > n && f.slice(n).every((x) => x.trim() === ""))) {
      quarantine(r, "field_count", `expected ${n} fields, found ${f.length} (cut-off or shifted line)`);
      continue;
    }
    if (headerText !== null && f.length === n && f.map(normaliseHeader).join("\u0000") === headerText) {
      report.excluded++;
      report.excludedByReason.repeated_header = (report.excludedByReason.repeated_header ?? 0) + 1;
      continue;
    }
    if (seen) {
      if (seen.has(r.raw)) {
        report.duplicatesExact++;
        continue;
      }
      seen.add(r.raw);
    }
    const rec: Record<string, string> = {};
    for (let i = 0; i < n; i++) rec[header[i]] = (f[i] ?? "").trim();
    let rows;
    try {
      rows = preset.map(rec, ctx);
    } catch (e) {
      if (e instanceof RowExcluded) {
        report.excluded++;
        report.excludedByReason[e.code] = (report.excludedByReason[e.code] ?? 0) + 1;
      } else if (e instanceof RowError || (e as { code?: string }).code) {
        const ce = e as { code: string; message: string };
        quarantine(r, ce.code, ce.message);
      } else {
        quarantine(r, "unexpected", `could not be read: ${(e as Error).message}`);
      }
      continue;
    }
    let hasPrimary = false;
    let hasStage = false;
    for (const m of rows) {
      if (m.table === primary) hasPrimary = true;
      else if (m.table.startsWith("stage_")) hasStage = true;
      const p = store.append(m.table, m.row, relPath, r.line);
      if (p) await p;
    }
    if (hasPrimary) report.primaryRows++;
    else if (hasStage) report.merged++;
    else {
      report.excluded++;
      report.excludedByReason.no_rows = (report.excludedByReason.no_rows ?? 0) + 1;
    }
  }
  // Known only once every record has streamed past.
  report.rowsRead = rowsRead();
  return report;
}
