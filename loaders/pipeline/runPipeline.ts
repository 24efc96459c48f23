/**
 * The whole load: every raw file under the data folder → canonical tables in DuckDB → Parquet in
 * the output folder, with the quality, quarantine, sources and capabilities tables beside them.
 * The load fails loudly when any file's counts do not reconcile.
 */
import { mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { DuckDBInstance, type DuckDBConnection } from "@duckdb/node-api";
import { ALL_TABLES, META_TABLES, TABLES, type TableName } from "../../src/schema.ts";
import type { Masker } from "../clean/maskPii.ts";
import { createOccurringMasker } from "../clean/occurringMasker.ts";
import { createPseudonymizer } from "../clean/pseudonymize.ts";
import { createPseudonymKeyTable } from "../clean/pseudonymSql.ts";
import type { Preset, PresetContext } from "../presets/preset.ts";
import { capabilities, type TableFacts } from "./capabilities.ts";
import { loadConfig, overrideFor } from "./config.ts";
import { discoverFiles } from "./discoverFiles.ts";
import { peekPreset } from "./peekLayout.ts";
import { primaryTable, readSourceFile, type FileReport, type QuarantineEntry } from "./readSourceFile.ts";
import { DERIVED_SOURCE, resolveTables } from "./resolveTables.ts";
import { TableStore } from "./tableStore.ts";
import { IdMap } from "./idMap.ts";
import { quarantineMasker } from "./quarantineMasker.ts";
import { storedInOrder } from "./storedInOrder.ts";
import { collectGarbage, DUCKDB_MEMORY, DUCKDB_MEMORY_WHILE_JS, setDuckDbMemory } from "./memoryBudget.ts";
import { createSpillDir, removeSpillDir } from "./spillDir.ts";
import { remaskFreeText } from "./remaskFreeText.ts";
import { writeAggregates } from "./writeAggregates.ts";
import { enrichSearchQueries } from "./enrichSearchQueries.ts";
import { enrichFeedback } from "./enrichFeedback.ts";
import { deriveOverviewFacts } from "./deriveOverviewFacts.ts";
import { scalar } from "./scalar.ts";
import { ReconciliationError } from "./reconciliationError.ts";
import { parseDateTime } from "../clean/parseDateTime.ts";

export type PublishMode = "internal" | "public";

export interface PipelineOptions {
  dataDir: string;
  outDir: string;
  /** Keyed-hash key for customer and visitor ids; never committed. */
  pseudonymKey: string;
  mode?: PublishMode;
  /** Where the private id mapping goes (never under the site root). */
  privateDir?: string;
  onProgress?: (message: string) => void;
}

export interface QualityRow {
  source_file: string;
  table_name: string;
  rows_read: number;
  rows_written: number;
  rows_quarantined: number;
  rows_excluded: number;
  rows_merged: number;
  rows_derived: number;
  duplicates_exact: number;
  duplicates_key: number;
  superseded: number;
  date_min: number | null;
  date_max: number | null;
}

export interface PipelineResult {
  files: FileReport[];
  quality: QualityRow[];
  tableRows: Record<string, number>;
  shopTimeZone: string;
}

/** People-bearing exports first, so their names are known before any free text is masked. */
const PRIORITY: Partial<Record<TableName, number>> = { customers: 0, orders: 1, order_items: 2 };
const rank = (p: Preset | null) => Math.min(9, ...(p?.tables ?? []).map((t) => PRIORITY[t] ?? 5));

/** Main time column per table, for the quality table's date range. */
const MAIN_TIME: Partial<Record<TableName, string>> = {
  orders: "ordered_at",
  events: "event_at",
  searches: "searched_at",
  feedback: "created_at",
  customers: "first_seen_date",
  experiments: "assigned_at",
  traffic_daily: "date",
  product_daily: "date",
  search_terms_daily: "date",
  products: "listed_date"
};

export { ReconciliationError };

export async function runPipeline(opts: PipelineOptions): Promise<PipelineResult> {
  const say = opts.onProgress ?? (() => {});
  const config = loadConfig(opts.dataDir);
  const files = discoverFiles(opts.dataDir).filter((f) => !overrideFor(config, f)?.skip);
  const peeked = new Map(files.map((f) => [f, peekPreset(join(opts.dataDir, f), f, overrideFor(config, f))]));
  files.sort((a, b) => rank(peeked.get(a) ?? null) - rank(peeked.get(b) ?? null) || a.localeCompare(b));
  const shopTimeZone = config.shop.timeZone ?? mostCommonZone([...peeked.values()]) ?? "Asia/Shanghai";

  // Names, phones, e-mails → masked in free text. A shop's million personal values compiled into
  // one regular expression took minutes and gigabytes; this masker looks up only the values that
  // occur in each text (same output). Its values also mask quarantined raw text, with the ids.
  const textMasker = createOccurringMasker();

  // A modest memory limit with spilling keeps a 10-million-event load inside a few gigabytes.
  // The spill folder is the run's own (spillDir.ts), removed however the run ends.
  const spill = createSpillDir();
  let instance: DuckDBInstance;
  try {
    instance = await DuckDBInstance.create(":memory:", { threads: "2", memory_limit: DUCKDB_MEMORY, temp_directory: spill });
  } catch (e) {
    removeSpillDir(spill);
    throw e;
  }
  const conn = await instance.connect();
  let ids: IdMap | null = null;
  try {
    const store = new TableStore(conn);
    await store.createCanonical();
    // The private id map lives in DuckDB (millions of visitor ids at L), and the set-based log
    // path computes pseudonyms in SQL with the same key.
    const idMap = (ids = await IdMap.create(conn));
    await createPseudonymKeyTable(conn, opts.pseudonymKey);
    store.pseudonyms = { keyTable: "_pseudonym_key", ids: idMap };
    const pseudonymize = createPseudonymizer(opts.pseudonymKey, (p, id) => idMap.add(p, id));
    const reports: FileReport[] = [];
    const exportDates = new Map<string, number>();
    for (const relPath of files) {
      const override = overrideFor(config, relPath);
      say(`reading ${relPath}`);
      const report = await readSourceFile({
        dataDir: opts.dataDir,
        relPath,
        override,
        shopTimeZone,
        store,
        onProgress: (n) => say(`  ${relPath}: ${n.toLocaleString("en")} records`),
        makeContext: (_preset: Preset, sourceTimeZone: string): PresetContext => ({
          sourceFile: relPath,
          sourceTimeZone,
          shopTimeZone,
          pseudonymize,
          mask: (text: string) => textMasker.mask(text),
          rememberPersonal: (value: string) => textMasker.remember(value),
          state: {}
        })
      });
      if (override?.exportDate) {
        const t = parseDateTime(override.exportDate, { sourceTimeZone: shopTimeZone, shopTimeZone });
        if (t !== null) {
          exportDates.set(relPath, t);
          report.exportDate = t;
        }
      }
      reports.push(report);
      say(`  ${report.preset.id}: ${report.rowsRead.toLocaleString("en")} records`);
    }
    store.flush();

    const finalize = [...new Set(reports.flatMap((r) => r.preset.finalizeSql ?? []))];
    say("resolving duplicates and superseded rows");
    const removed = await resolveTables(conn, finalize, exportDates);
    // The text steps below are JavaScript's busiest: DuckDB holds less meanwhile (memoryBudget.ts).
    await setDuckDbMemory(conn, DUCKDB_MEMORY_WHILE_JS);
    await remaskFreeText(conn, textMasker);
    await enrichSearchQueries(conn, store, say);
    await enrichFeedback(conn, store, say);
    say("deriving the overview's facts");
    await deriveOverviewFacts(conn, say);

    say("counting what became of every record");
    const quality = await qualityRows(conn, reports, removed);
    collectGarbage();
    await setDuckDbMemory(conn, DUCKDB_MEMORY);
    reconcile(reports, quality);
    // Quarantined raw text: personal values and ids (4 characters or more) masked.
    const mode = opts.mode ?? "internal";
    const quarantined = mode === "public" ? [] : reports.flatMap((r) => r.quarantine.map((e) => e.raw_text));
    const rawMasker = await quarantineMasker(quarantined, textMasker, idMap);
    await writeMeta(conn, reports, quality, rawMasker, mode);

    say("writing Parquet");
    const tableRows = await writeParquet(conn, opts.outDir, mode, say);
    say("writing the pages' first views");
    await writeAggregates(conn, opts.outDir, { mode, shopTimeZone, tableRows, reports });
    if (opts.privateDir) await idMap.write(opts.privateDir);
    return { files: reports, quality, tableRows, shopTimeZone };
  } finally {
    try {
      try {
        ids?.close();
      } catch {
        // The id map is a temporary table of this database, closed next.
      }
      conn.closeSync();
      instance.closeSync();
    } finally {
      removeSpillDir(spill);
    }
  }
}

function mostCommonZone(presets: (Preset | null)[]): string | null {
  const n = new Map<string, number>();
  for (const p of presets) if (p) n.set(p.defaultTimeZone, (n.get(p.defaultTimeZone) ?? 0) + 1);
  return [...n].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

async function qualityRows(
  conn: DuckDBConnection,
  reports: FileReport[],
  removed: Awaited<ReturnType<typeof resolveTables>>
): Promise<QualityRow[]> {
  const out: QualityRow[] = [];
  const get = (m: Map<string, Map<string, number>>, t: string, s: string) => m.get(t)?.get(s) ?? 0;
  for (const r of reports) {
    const table = primaryTable(r.preset);
    if (!table) {
      // Records that only feed staging tables (e.g. a category translation) are all "merged".
      out.push({
        source_file: r.source_file, table_name: "(staging)", rows_read: r.rowsRead, rows_written: 0,
        rows_quarantined: r.quarantined, rows_excluded: r.excluded, rows_merged: r.merged + r.primaryRows,
        rows_derived: 0, duplicates_exact: r.duplicatesExact, duplicates_key: 0, superseded: 0, date_min: null, date_max: null
      });
      continue;
    }
    const written = await scalar(conn, `SELECT count(*) FROM "${table}" WHERE _source = $1`, [r.source_file]);
    const initial = get(removed.initial, table, r.source_file);
    const derived = initial - r.primaryRows;
    const range = await timeRange(conn, table, r.source_file);
    out.push({
      source_file: r.source_file,
      table_name: table,
      rows_read: r.rowsRead,
      rows_written: written,
      rows_quarantined: r.quarantined,
      rows_excluded: r.excluded,
      rows_merged: r.merged + Math.max(0, -derived),
      rows_derived: Math.max(0, derived),
      duplicates_exact: r.duplicatesExact + get(removed.duplicatesExact, table, r.source_file),
      duplicates_key: get(removed.duplicatesKey, table, r.source_file),
      superseded: get(removed.superseded, table, r.source_file),
      ...range
    });
  }
  // Rows built by finalize SQL without a source of their own (e.g. orders assembled from lines).
  for (const spec of Object.values(TABLES)) {
    const n = await scalar(conn, `SELECT count(*) FROM "${spec.name}" WHERE _source IS NULL`);
    if (n > 0) {
      out.push({
        source_file: DERIVED_SOURCE,
        table_name: spec.name,
        rows_read: 0,
        rows_written: n,
        rows_quarantined: 0,
        rows_excluded: 0,
        rows_merged: 0,
        rows_derived: n,
        duplicates_exact: 0,
        duplicates_key: 0,
        superseded: 0,
        ...(await timeRange(conn, spec.name, null))
      });
    }
  }
  return out;
}

async function timeRange(conn: DuckDBConnection, table: string, source: string | null) {
  const col = MAIN_TIME[table as TableName];
  if (!col) return { date_min: null, date_max: null };
  const where = source === null ? "_source IS NULL" : "_source = $1";
  const r = await conn.runAndReadAll(
    `SELECT epoch_ms(min("${col}")::TIMESTAMP) AS a, epoch_ms(max("${col}")::TIMESTAMP) AS b FROM "${table}" WHERE ${where}`,
    source === null ? [] : [source]
  );
  const [a, b] = r.getRows()[0];
  return { date_min: a === null ? null : Number(a), date_max: b === null ? null : Number(b) };
}

/** Every record is accounted for, twice over: by an independent count and by its fate. */
export function reconcile(reports: FileReport[], quality: QualityRow[]): void {
  const problems: string[] = [];
  for (const r of reports) {
    if (r.rowsRead !== r.recordsParsed) {
      problems.push(
        `${r.source_file}: the raw file holds ${r.rowsRead} records but the parser produced ${r.recordsParsed}`
      );
    }
    const q = quality.find((x) => x.source_file === r.source_file)!;
    const accounted =
      q.rows_written - q.rows_derived + q.rows_quarantined + q.rows_excluded + q.rows_merged +
      q.duplicates_exact + q.duplicates_key + q.superseded;
    if (accounted !== q.rows_read) {
      problems.push(
        `${r.source_file}: ${q.rows_read} records read but ${accounted} accounted for ` +
          `(written ${q.rows_written} − derived ${q.rows_derived} + quarantined ${q.rows_quarantined} + excluded ${q.rows_excluded} + ` +
          `merged ${q.rows_merged} + duplicates ${q.duplicates_exact}/${q.duplicates_key} + superseded ${q.superseded})`
      );
    }
  }
  if (problems.length) throw new ReconciliationError(`counts do not reconcile:\n- ${problems.join("\n- ")}`);
}

async function writeMeta(
  conn: DuckDBConnection,
  reports: FileReport[],
  quality: QualityRow[],
  rawMasker: Masker,
  mode: PublishMode
): Promise<void> {
  const store = new TableStore(conn);
  for (const r of reports) {
    await store.append(
      "sources",
      {
        source_file: r.source_file,
        preset: r.preset.id,
        encoding: r.encoding,
        source_time_zone: r.sourceTimeZone,
        export_date: r.exportDate,
        refund_time_known: r.preset.tables.includes("orders") ? (r.preset.refundTimeKnown ?? false) : null
      },
      r.source_file,
      0
    );
  }
  for (const q of quality) await store.append("quality", { ...q }, q.source_file, 0);
  const entries: QuarantineEntry[] = reports.flatMap((r) => r.quarantine);
  for (const e of entries) {
    // Public reports keep the reason and the line, never the raw record.
    const raw = mode === "public" ? null : rawMasker.mask(e.raw_text);
    await store.append("quarantine", { ...e, raw_text: raw }, e.source_file, e.line_number);
  }
  store.flush();
  for (const spec of Object.values(TABLES)) {
    // count(column) reads only the validity mask: a third of the time of averaging a CASE.
    const exprs = spec.columns.map((c) => `((count(*) - count("${c.name}")) / count(*))::DOUBLE AS "${c.name}"`);
    const r = await conn.runAndReadAll(
      `SELECT coalesce(_source, '${DERIVED_SOURCE}') AS s, ${exprs.join(", ")} FROM "${spec.name}" GROUP BY 1 ORDER BY 1`
    );
    for (const row of r.getRowObjects()) {
      for (const c of spec.columns) {
        await store.append(
          "quality_columns",
          { source_file: String(row.s), table_name: spec.name, column_name: c.name, null_rate: Number(row[c.name]) },
          String(row.s),
          0
        );
      }
    }
  }
  store.flush();
  const n = async (sql: string) => scalar(conn, sql);
  const facts: TableFacts = {
    orders: await n(`SELECT count(*) FROM orders`),
    ordersWithCustomer: await n(`SELECT count(*) FROM orders WHERE customer_id IS NOT NULL`),
    order_items: await n(`SELECT count(*) FROM order_items`),
    customers: await n(`SELECT count(*) FROM customers`),
    events: await n(`SELECT count(*) FROM events`),
    searches: await n(`SELECT count(*) FROM searches`),
    feedback: await n(`SELECT count(*) FROM feedback`),
    experiments: await n(`SELECT count(*) FROM experiments`),
    traffic_daily: await n(`SELECT count(*) FROM traffic_daily`),
    product_daily: await n(`SELECT count(*) FROM product_daily`),
    search_terms_daily: await n(`SELECT count(*) FROM search_terms_daily`)
  };
  for (const c of capabilities(facts)) await store.append("capabilities", { ...c }, "", 0);
  store.flush();
}

/** Parquet per table, then count(*) on the written file must equal the table's rows. */
async function writeParquet(
  conn: DuckDBConnection,
  outDir: string,
  mode: PublishMode,
  say: (m: string) => void
): Promise<Record<string, number>> {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const rows: Record<string, number> = {};
  for (const spec of Object.values(ALL_TABLES)) {
    const file = join(outDir, `${spec.name}.parquet`);
    const cols = spec.columns.map((c) => `"${c.name}"`).join(", ");
    // Public reports publish no customer-level rows: those tables keep their schema, empty.
    const where = mode === "public" && spec.grain === "customer" ? "WHERE false" : "";
    const inTable = await scalar(conn, `SELECT count(*) FROM "${spec.name}" ${where}`);
    // Ordered output makes the files reproducible and compress better. A large table already
    // stored in that order (a time-ordered log) is written as stored: the same rows in the same
    // order, without the sort.
    const keys = spec.key.length ? spec.key.map((k) => `"${k}"`) : orderKeys(spec.name);
    const presorted = where === "" && inTable >= PRESORTED_CHECK_ROWS && (await storedInOrder(conn, `"${spec.name}"`, keys));
    const order = presorted ? "" : `ORDER BY ${keys.join(", ")}`;
    await conn.run(
      `COPY (SELECT ${cols} FROM "${spec.name}" ${where} ${order}) TO '${file.replace(/'/g, "''")}' (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE 122880)`
    );
    const inFile = await scalar(conn, `SELECT count(*) FROM read_parquet('${file.replace(/'/g, "''")}')`);
    if (inTable !== inFile) {
      throw new ReconciliationError(`${spec.name}.parquet holds ${inFile} rows but the table has ${inTable}`);
    }
    rows[spec.name] = inFile;
    if (!(spec.name in META_TABLES)) say(`  wrote ${spec.name}: ${inFile.toLocaleString("en")} rows`);
  }
  return rows;
}

/** Below this many rows sorting costs less than checking whether a sort is needed. */
const PRESORTED_CHECK_ROWS = 500_000;

function orderKeys(table: string): string[] {
  const col = MAIN_TIME[table as TableName];
  return col ? [`"${col}"`, "_source", "_line"] : ["_source", "_line"];
}
