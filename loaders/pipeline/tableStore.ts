/**
 * Collects mapped rows in DuckDB tables through appenders. Every table carries two hidden columns,
 * `_source` (file under data/) and `_line` (line in that file), so duplicates, superseded rows and
 * written rows can be counted per source file; they are dropped when the Parquet is written.
 * Staging tables (`stage_*`, for presets that merge several records) are all-VARCHAR: their
 * finalize SQL casts what it reads.
 */
import { DuckDBAppender, DuckDBConnection, DuckDBDateValue, DuckDBTimestampValue } from "@duckdb/node-api";
import { ALL_TABLES, type ColumnType } from "../../src/schema.ts";
import type { CanonicalRow, CellValue } from "../presets/preset.ts";
import type { IdMap } from "./idMap.ts";

interface Column {
  name: string;
  type: ColumnType;
}

interface Open {
  columns: Column[];
  appender: DuckDBAppender;
  names: Set<string>;
}

const DAY_MS = 86_400_000;

export class TableStore {
  private readonly open = new Map<string, Open>();

  /**
   * For set-based reading (fastLog.ts): the table holding the pseudonym key's HMAC pads
   * (pseudonymSql.ts) and the run's id map. Without them, logs are read record by record.
   */
  pseudonyms?: { keyTable: string; ids: IdMap };

  constructor(readonly conn: DuckDBConnection) {}

  static hiddenColumns = `"_source" VARCHAR, "_line" INTEGER`;

  /** Creates every canonical and meta table, empty, so every query finds every table. */
  async createCanonical(): Promise<void> {
    for (const spec of Object.values(ALL_TABLES)) {
      const cols = spec.columns.map((c) => `"${c.name}" ${c.type}`).join(", ");
      await this.conn.run(`CREATE OR REPLACE TABLE "${spec.name}" (${cols}, ${TableStore.hiddenColumns})`);
    }
  }

  private async openTable(table: string, row: CanonicalRow): Promise<Open> {
    let t = this.open.get(table);
    if (t) return t;
    const spec = ALL_TABLES[table];
    let columns: Column[];
    if (spec) {
      columns = spec.columns.map((c) => ({ name: c.name, type: c.type }));
    } else if (table.startsWith("stage_")) {
      columns = Object.keys(row).map((name) => ({ name, type: "VARCHAR" as const }));
      const cols = columns.map((c) => `"${c.name}" VARCHAR`).join(", ");
      await this.conn.run(`CREATE TABLE IF NOT EXISTS "${table}" (${cols}, ${TableStore.hiddenColumns})`);
    } else {
      throw new Error(`a preset wrote to unknown table "${table}"`);
    }
    t = { columns, appender: await this.conn.createAppender(table), names: new Set(columns.map((c) => c.name)) };
    this.open.set(table, t);
    return t;
  }

  /** A staging row with a key the table lacks grows the table (presets may omit empty columns). */
  private async grow(table: string, t: Open, row: CanonicalRow): Promise<Open> {
    const extra = Object.keys(row).filter((k) => !t.names.has(k));
    if (extra.length === 0) return t;
    if (!table.startsWith("stage_")) {
      throw new Error(`a preset wrote unknown column(s) ${extra.join(", ")} to table "${table}"`);
    }
    t.appender.closeSync();
    this.open.delete(table);
    for (const name of extra) await this.conn.run(`ALTER TABLE "${table}" ADD COLUMN "${name}" VARCHAR`);
    const desc = await this.conn.runAndReadAll(
      `SELECT column_name FROM duckdb_columns() WHERE table_name = '${table}' AND column_name NOT IN ('_source', '_line') ORDER BY column_index`
    );
    const columns = desc.getRowObjects().map((r) => ({ name: String(r.column_name), type: "VARCHAR" as const }));
    const fresh = { columns, appender: await this.conn.createAppender(table), names: new Set(columns.map((c) => c.name)) };
    this.open.set(table, fresh);
    return fresh;
  }

  /** Synchronous when the table is already open (the hot path); a promise the first time. */
  append(table: string, row: CanonicalRow, source: string, line: number): Promise<void> | undefined {
    const t = this.open.get(table);
    if (t && !(table.startsWith("stage_") && Object.keys(row).some((k) => !t.names.has(k)))) {
      this.write(t, table, row, source, line);
      return undefined;
    }
    return (async () => {
      let o = t ?? (await this.openTable(table, row));
      if (table.startsWith("stage_")) o = await this.grow(table, o, row);
      this.write(o, table, row, source, line);
    })();
  }

  private write(t: Open, table: string, row: CanonicalRow, source: string, line: number): void {
    const a = t.appender;
    for (const col of t.columns) appendValue(a, col, row[col.name] ?? null, table);
    a.appendVarchar(source);
    a.appendInteger(line);
    a.endRow();
  }

  flush(): void {
    for (const t of this.open.values()) t.appender.closeSync();
    this.open.clear();
  }
}

function appendValue(a: DuckDBAppender, col: Column, v: CellValue, table: string): void {
  if (v === null || v === undefined || (typeof v === "number" && !Number.isFinite(v))) {
    a.appendNull();
    return;
  }
  switch (col.type) {
    case "VARCHAR":
      a.appendVarchar(typeof v === "string" ? v : String(v));
      return;
    case "INTEGER":
      a.appendInteger(asNumber(v, col, table));
      return;
    case "BIGINT":
      a.appendBigInt(BigInt(Math.trunc(asNumber(v, col, table))));
      return;
    case "DOUBLE":
      a.appendDouble(asNumber(v, col, table));
      return;
    case "BOOLEAN":
      a.appendBoolean(Boolean(v));
      return;
    case "DATE":
      a.appendDate(new DuckDBDateValue(Math.floor(asNumber(v, col, table) / DAY_MS)));
      return;
    case "TIMESTAMP":
      a.appendTimestamp(new DuckDBTimestampValue(BigInt(Math.round(asNumber(v, col, table))) * 1000n));
      return;
  }
}

function asNumber(v: CellValue, col: Column, table: string): number {
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  throw new Error(`${table}.${col.name}: expected a number, a preset gave ${JSON.stringify(v)}`);
}
