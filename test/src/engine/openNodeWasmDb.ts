/**
 * The page's loading path in Node: DuckDB-WASM's blocking Node build + parquet-wasm, wrapped by
 * the same `wasmDb` adapter the browser uses. Parity tests run shared SQL through this and
 * through @duckdb/node-api and compare.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { initParquetWasm } from "../../../src/engine/parquetWasm.ts";
import { loadParquet, type WasmConnection } from "../../../src/engine/loadParquet.ts";
import { wasmDb, type WasmDb } from "../../../src/engine/wasmDb.ts";

const require = createRequire(import.meta.url);

export interface NodeWasmDb extends WasmDb {
  /** Loads a Parquet file (path or bytes) as table `name` (`batchRows`: see loadParquet). */
  loadParquetFile(name: string, file: string | Uint8Array, batchRows?: number): Promise<void>;
}

export async function openNodeWasmDb(): Promise<NodeWasmDb> {
  const duckdb = require("@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs");
  const dist = (file: string) => require.resolve(`@duckdb/duckdb-wasm/dist/${file}`);
  const db = await duckdb.createDuckDB(
    {
      mvp: { mainModule: dist("duckdb-mvp.wasm"), mainWorker: dist("duckdb-node-mvp.worker.cjs") },
      eh: { mainModule: dist("duckdb-eh.wasm"), mainWorker: dist("duckdb-node-eh.worker.cjs") }
    },
    new duckdb.VoidLogger(),
    duckdb.NODE_RUNTIME
  );
  await db.instantiate();
  await initParquetWasm(readFileSync(require.resolve("parquet-wasm/esm/parquet_wasm_bg.wasm")));
  const conn = db.connect() as WasmConnection;
  return {
    ...wasmDb(conn),
    loadParquetFile: (name, file, batchRows) => loadParquet(conn, name, typeof file === "string" ? readFileSync(file) : file, batchRows)
  };
}
