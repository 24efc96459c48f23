import { parquetRowGroupRows, parquetToIpc } from "./parquetWasm.js";

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

/**
 * Rows decoded at a time. The whole events table of a 10-million-event shop decoded at once
 * trapped ("unreachable") when parquet-wasm's decoded table and its IPC copy no longer fitted in
 * WebAssembly's 4 GB; a million rows at a time stays far below it.
 */
export const LOAD_BATCH_ROWS = 1_000_000;

/**
 * Creates table `name` from Parquet bytes: parquet-wasm → Arrow IPC → insertArrowFromIPCStream,
 * a batch of whole row groups at a time (in the file's order) when the file is large.
 */
export async function loadParquet(
  conn: WasmConnection,
  name: string,
  bytes: Uint8Array | ArrayBuffer,
  batchRows = LOAD_BATCH_ROWS
): Promise<void> {
  if (!TABLE_NAME.test(name)) throw new Error(`invalid table name: ${name}`);
  const data = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  const groups = await parquetRowGroupRows(data);
  if (groups.reduce((a, b) => a + b, 0) <= batchRows) {
    await conn.insertArrowFromIPCStream(parquetToIpc(data), { name, create: true });
    return;
  }
  let batch: number[] = [];
  let rows = 0;
  let create = true;
  const insert = async () => {
    await conn.insertArrowFromIPCStream(parquetToIpc(data, batch), { name, create });
    create = false;
    batch = [];
    rows = 0;
  };
  for (let i = 0; i < groups.length; i++) {
    if (batch.length > 0 && rows + groups[i]! > batchRows) await insert();
    batch.push(i);
    rows += groups[i]!;
  }
  if (batch.length > 0) await insert();
}
