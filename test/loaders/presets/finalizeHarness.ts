/**
 * Runs presets' finalizeSql the way the pipeline does (loaders/pipeline/tableStore.ts): canonical
 * tables from schema.ts plus the hidden `_source`/`_line` columns, staging tables all VARCHAR
 * with every value written as `String(v)`, then the statements.
 */
import { DuckDBInstance } from "@duckdb/node-api";
import { TABLES, createTableSql, type TableName } from "../../../src/schema.ts";
import type { CellValue, MappedRow } from "../../../loaders/presets/preset.ts";

const literal = (v: CellValue, type: string): string => {
  if (v === null) return "NULL";
  if (type === "STAGE") return `'${String(v).replaceAll("'", "''")}'`;
  if (type === "TIMESTAMP") return `epoch_ms(${Number(v)})::TIMESTAMP`;
  if (type === "DATE") return `epoch_ms(${Number(v)})::DATE`;
  if (typeof v === "string") return `'${v.replaceAll("'", "''")}'`;
  return String(v);
};

export async function runFinalize(rows: readonly MappedRow[], sql: readonly string[]) {
  const db = await DuckDBInstance.create(":memory:");
  const conn = await db.connect();
  for (const spec of Object.values(TABLES)) {
    await conn.run(createTableSql(spec).replace(/\)$/, `, "_source" VARCHAR, "_line" INTEGER)`));
  }
  const staged = new Map<string, string[]>();
  for (const { table, row } of rows) {
    let types: Record<string, string>;
    if (table in TABLES) {
      types = Object.fromEntries(TABLES[table as TableName].columns.map((c) => [c.name, c.type]));
    } else {
      if (!staged.has(table)) {
        staged.set(table, Object.keys(row));
        const cols = Object.keys(row).map((k) => `"${k}" VARCHAR`);
        await conn.run(`CREATE TABLE "${table}" (${cols.join(", ")})`);
      }
      types = Object.fromEntries(Object.keys(row).map((k) => [k, "STAGE"]));
    }
    const keys = Object.keys(row);
    await conn.run(
      `INSERT INTO "${table}" (${keys.map((k) => `"${k}"`).join(", ")}) VALUES (${keys.map((k) => literal(row[k], types[k] ?? "")).join(", ")})`
    );
  }
  for (const s of sql) await conn.run(s);
  const query = async (q: string) => (await conn.runAndReadAll(q)).getRowObjectsJS();
  return { query, close: () => conn.closeSync() };
}
