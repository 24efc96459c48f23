import type { Param } from "../query.js";
import { loadParquet } from "./loadParquet.js";
import type { QueryResult, WasmDb } from "./wasmDb.js";

/** Where a table's Parquet bytes come from: a URL, a FileAttachment-like object, or a function. */
export type TableSource =
  | string
  | URL
  | { arrayBuffer(): Promise<ArrayBuffer> }
  | (() => Promise<ArrayBuffer | Uint8Array>);

/** A `WasmDb` whose tables are fetched and decoded on first use. */
export interface TablesDb extends WasmDb {
  /** Names of the registered tables. */
  readonly tables: readonly string[];
  /** Loads the given tables (all when omitted), in parallel; resolves when every one is queryable. */
  load(names?: readonly string[]): Promise<void>;
}

async function bytesOf(source: TableSource): Promise<ArrayBuffer | Uint8Array> {
  if (typeof source === "function") return source();
  if (typeof source === "string" || source instanceof URL) {
    const response = await fetch(source);
    if (!response.ok) throw new Error(`HTTP ${response.status} for ${String(source)}`);
    return response.arrayBuffer();
  }
  return source.arrayBuffer();
}

/**
 * Table names that occur as whole words in `sql` (so `orders` matches, `orders_daily` does not),
 * outside comments and string literals: a comment mentioning "orders" or a label 'events' must
 * not make the page download those tables (at size L they are 180 MB).
 */
export function referencedTables(sql: string, tables: readonly string[]): string[] {
  const code = sql.replace(/--[^\n]*|\/\*[\s\S]*?\*\/|'(?:[^']|'')*'/g, " ");
  const words = new Set(code.toLowerCase().match(/[a-z_][a-z0-9_]*/g) ?? []);
  return tables.filter((name) => words.has(name));
}

/**
 * Registers Parquet sources as tables of `db` without loading them: each query first loads the
 * registered tables its SQL names, so a page that only needs a small aggregate never downloads
 * the large tables. `load()` fetches tables ahead of need (e.g. while the first chart renders).
 */
export function registerTables(db: WasmDb, sources: Record<string, TableSource>): TablesDb {
  const tables = Object.keys(sources);
  const pending = new Map<string, Promise<void>>();

  const loadOne = (name: string): Promise<void> => {
    let promise = pending.get(name);
    if (!promise) {
      const source = sources[name];
      if (!source) return Promise.reject(new Error(`unknown table: ${name}`));
      promise = bytesOf(source)
        .then((bytes) => loadParquet(db.conn, name, bytes))
        .catch((error: unknown) => {
          const message = error instanceof Error ? error.message : String(error);
          throw new Error(`could not load table ${name}: ${message}`, { cause: error });
        });
      pending.set(name, promise);
    }
    return promise;
  };

  const load = async (names: readonly string[] = tables) => {
    await Promise.all(names.map(loadOne));
  };

  const queryTable = async <T>(sql: string, params: readonly Param[] = []): Promise<QueryResult<T>> => {
    await load(referencedTables(sql, tables));
    return db.queryTable<T>(sql, params);
  };

  return {
    conn: db.conn,
    tables,
    load,
    queryTable,
    query: async <T>(sql: string, params: readonly Param[] = []) => (await queryTable<T>(sql, params)).rows
  };
}
