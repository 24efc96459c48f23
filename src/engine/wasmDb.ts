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

/**
 * Prepared statements kept per connection, most recently used last. Planning an analysis's SQL
 * (RFM's is a few hundred lines of CTEs) takes 10–20 ms in WASM; a page re-runs the same few
 * statements with new parameters on every input change, so preparing each text once pays.
 */
const MAX_PREPARED = 32;
const preparedBy = new WeakMap<WasmConnection, Map<string, Promise<Prepared>>>();

async function prepared(conn: WasmConnection, sql: string): Promise<Prepared> {
  let cache = preparedBy.get(conn);
  if (!cache) preparedBy.set(conn, (cache = new Map()));
  let statement = cache.get(sql);
  if (statement) {
    cache.delete(sql);
  } else {
    // The browser build returns a promise, the Node blocking build the statement itself.
    statement = Promise.resolve().then(() => conn.prepare(sql) as Prepared | Promise<Prepared>);
    // A statement that failed to prepare (e.g. a table not loaded yet) is not kept.
    statement.catch(() => cache!.delete(sql));
  }
  cache.set(sql, statement);
  if (cache.size > MAX_PREPARED) {
    const [oldest, evicted] = cache.entries().next().value as [string, Promise<Prepared>];
    cache.delete(oldest);
    evicted.then((s) => s.close()).catch(() => {});
  }
  return statement;
}

async function run(conn: WasmConnection, sql: string, params: readonly Param[]): Promise<ArrowLike> {
  if (params.length === 0) return (await conn.query(sql)) as ArrowLike;
  return (await (await prepared(conn, sql)).query(...params)) as ArrowLike;
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
