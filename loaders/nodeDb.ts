/**
 * The `Db` seam over Node DuckDB (@duckdb/node-api), for loaders and tests. Values come back in
 * the same shapes as the page's DuckDB-WASM adapter (src/engine): numbers for every numeric type
 * (BIGINT and HUGEINT converted, never BigInt), DATE as "YYYY-MM-DD" and TIMESTAMP as
 * "YYYY-MM-DD HH:MM:SS[.fff]" (naive shop-local wall time; see src/engine/arrowRows.ts), strings,
 * booleans and null.
 */
import {
  DuckDBConnection,
  DuckDBDateValue,
  DuckDBInstance,
  DuckDBTimestampValue,
  DuckDBDecimalValue,
  type DuckDBValue
} from "@duckdb/node-api";
import type { Db, Param } from "../src/query.ts";

const pad = (n: number, w = 2) => String(n).padStart(w, "0");
const dateText = (ms: number) => {
  const d = new Date(ms);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
};
/** The text DuckDB prints for ::VARCHAR, milliseconds only when not zero (as the WASM adapter). */
const timestampText = (ms: number) => {
  const d = new Date(ms);
  const frac = d.getUTCMilliseconds() ? `.${pad(d.getUTCMilliseconds(), 3)}`.replace(/0+$/, "") : "";
  return `${dateText(ms)} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}${frac}`;
};

export function toPlain(v: DuckDBValue): unknown {
  if (v === null || v === undefined) return null;
  if (typeof v === "bigint") return Number(v);
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  if (v instanceof DuckDBDateValue) return dateText(v.days * 86_400_000);
  if (v instanceof DuckDBTimestampValue) return timestampText(Number(v.micros / 1000n));
  if (v instanceof DuckDBDecimalValue) return Number(v.toString());
  return String(v);
}

export function nodeDb(conn: DuckDBConnection): Db {
  return {
    async query<T>(sql: string, params: readonly Param[] = []): Promise<T[]> {
      const reader = params.length
        ? await conn.runAndReadAll(sql, params as unknown as DuckDBValue[])
        : await conn.runAndReadAll(sql);
      const names = reader.columnNames();
      return reader.getRows().map((r) => {
        const o: Record<string, unknown> = {};
        names.forEach((n, i) => (o[n] = toPlain(r[i])));
        return o as T;
      });
    }
  };
}

/** A fresh in-memory database, for tests and one-off scripts. */
export async function memoryDb(): Promise<{ db: Db; conn: DuckDBConnection; close(): void }> {
  const instance = await DuckDBInstance.create(":memory:");
  const conn = await instance.connect();
  return {
    db: nodeDb(conn),
    conn,
    close: () => {
      conn.closeSync();
      instance.closeSync();
    }
  };
}
