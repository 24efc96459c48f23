import { parquetToIpc } from "./parquetWasm.js";

/**
 * The slice of a DuckDB-WASM connection the engine uses. The browser's AsyncDuckDBConnection
 * returns promises, Node's blocking DuckDBConnection returns values; every call is awaited, so
 * both fit.
 */
export interface WasmConnection {
  query(sql: string): unknown;
  prepare(sql: string): unknown;
  insertArrowFromIPCStream(buffer: Uint8Array, options: { name: string; create?: boolean }): unknown;
}

const TABLE_NAME = /^[a-z_][a-z0-9_]*$/;

/** Creates table `name` from Parquet bytes: parquet-wasm → Arrow IPC → insertArrowFromIPCStream. */
export async function loadParquet(conn: WasmConnection, name: string, bytes: Uint8Array | ArrayBuffer): Promise<void> {
  if (!TABLE_NAME.test(name)) throw new Error(`invalid table name: ${name}`);
  const ipc = parquetToIpc(bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes));
  await conn.insertArrowFromIPCStream(ipc, { name, create: true });
}
