/**
 * The `Db` seam over Node DuckDB (@duckdb/node-api), for loaders and tests. Values come back in
 * the same shapes as the page's DuckDB-WASM adapter (src/engine): numbers for every numeric type
 * (BIGINT and HUGEINT converted, never BigInt), `Date` for DATE and TIMESTAMP holding the shop's
 * naive local wall time read as UTC (src/engine/arrowRows.ts does the same), strings, booleans and
 * null.
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


export function toPlain(v: DuckDBValue): unknown {
  if (v === null || v === undefined) return null;
  if (typeof v === "bigint") return Number(v);
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  if (v instanceof DuckDBDateValue) return new Date(v.days * 86_400_000);
  if (v instanceof DuckDBTimestampValue) return new Date(Number(v.micros / 1000n));
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
