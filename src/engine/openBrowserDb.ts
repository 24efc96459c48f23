/**
 * DuckDB-WASM in the reader's browser, served entirely from this site: Framework copies every
 * file named by `import.meta.resolve` into dist/, so nothing is fetched from a CDN. The worker is
 * started as a module worker because Framework rewrites it as an ES module.
 */
import * as duckdb from "@duckdb/duckdb-wasm";
import { initParquetWasm } from "./parquetWasm.js";
import { wasmDb, type WasmDb } from "./wasmDb.js";
import type { WasmConnection } from "./loadParquet.js";

const BUNDLES: duckdb.DuckDBBundles = {
  mvp: {
    mainModule: import.meta.resolve("@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm"),
    mainWorker: import.meta.resolve("@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js")
  },
  eh: {
    mainModule: import.meta.resolve("@duckdb/duckdb-wasm/dist/duckdb-eh.wasm"),
    mainWorker: import.meta.resolve("@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js")
  }
};

const PARQUET_WASM = import.meta.resolve("parquet-wasm/esm/parquet_wasm_bg.wasm");

let opened: Promise<WasmDb> | undefined;

/** Opens (once per page) an in-memory DuckDB-WASM database and returns it as a `WasmDb`. */
export function openBrowserDb(): Promise<WasmDb> {
  return (opened ??= open());
}

async function open(): Promise<WasmDb> {
  const parquetReady = initParquetWasm(PARQUET_WASM);
  const bundle = await duckdb.selectBundle(BUNDLES);
  const worker = new Worker(bundle.mainWorker!, { type: "module" });
  const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
  await db.instantiate(bundle.mainModule, bundle.pthreadWorker);
  const conn = await db.connect();
  // Never fetch an extension at run time: the report must work offline and make no third-party
  // requests. A query that needs one fails with DuckDB's message instead of hanging.
  await conn.query("SET autoinstall_known_extensions = false");
  await conn.query("SET autoload_known_extensions = false");
  await parquetReady;
  return wasmDb(conn as unknown as WasmConnection);
}
