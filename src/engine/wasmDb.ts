import type { Db, Param } from "../query.js";
import { arrowColumns, arrowRows, type ArrowLike, type ColumnKind } from "./arrowRows.js";
import type { WasmConnection } from "./loadParquet.js";

interface Prepared {
  query(...params: Param[]): unknown;
  close(): unknown;
}

/** Result of `queryTable`: rows plus column kinds, for pages that chart arbitrary SQL. */
export interface QueryResult<T = Record<string, unknown>> {
  rows: T[];
  columns: { name: string; kind: ColumnKind }[];
}

/** A `Db` over a DuckDB-WASM connection, plus the connection itself for loading tables. */
export interface WasmDb extends Db {
  readonly conn: WasmConnection;
  queryTable<T = Record<string, unknown>>(sql: string, params?: readonly Param[]): Promise<QueryResult<T>>;
}

/**
 * DuckDB-WASM wraps its error text twice ("LINE 1: …" appears two times); keep one copy so the
 * message shown to readers is the one DuckDB meant.
 */
export function cleanErrorMessage(message: string): string {
  const blocks = message.trim().split(/\n\n+/);
  return blocks.filter((block, i) => block.trim() !== blocks[i - 1]?.trim()).join("\n\n");
}

async function run(conn: WasmConnection, sql: string, params: readonly Param[]): Promise<ArrowLike> {
  if (params.length === 0) return (await conn.query(sql)) as ArrowLike;
  const statement = (await conn.prepare(sql)) as Prepared;
  try {
    return (await statement.query(...params)) as ArrowLike;
  } finally {
    await statement.close();
  }
}

/** Adapts a DuckDB-WASM connection (browser async or Node blocking) to the `Db` seam. */
export function wasmDb(conn: WasmConnection): WasmDb {
  const queryTable = async <T>(sql: string, params: readonly Param[] = []): Promise<QueryResult<T>> => {
    let table: ArrowLike;
    try {
      table = await run(conn, sql, params);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      throw new Error(cleanErrorMessage(message), { cause: error });
    }
    return { rows: arrowRows<T>(table), columns: arrowColumns(table) };
  };
  return {
    conn,
    queryTable,
    query: async <T>(sql: string, params: readonly Param[] = []) => (await queryTable<T>(sql, params)).rows
  };
}
