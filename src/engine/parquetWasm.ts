/**
 * parquet-wasm, initialised once per realm. The browser passes the URL of the .wasm file
 * (`import.meta.resolve("parquet-wasm/esm/parquet_wasm_bg.wasm")`, which Framework copies into
 * dist/); Node passes the file's bytes. DuckDB-WASM cannot read Parquet offline (its parquet
 * extension is downloaded at run time), so Parquet is decoded here into Arrow IPC instead.
 */
import initParquet, { initSync, ParquetFile, readParquet } from "parquet-wasm/esm";

let ready: Promise<void> | undefined;
let initialised = false;

/** Initialises parquet-wasm from a URL (browser) or the module's bytes (Node); later calls are no-ops. */
export function initParquetWasm(source: string | URL | BufferSource): Promise<void> {
  if (!ready) {
    if (typeof source === "string" || source instanceof URL) {
      ready = initParquet({ module_or_path: source }).then(() => {
        initialised = true;
      });
    } else {
      initSync({ module: source });
      initialised = true;
      ready = Promise.resolve();
    }
  }
  return ready;
}

/**
 * Decodes a Parquet file (or only the given row groups, by index) into one Arrow IPC stream,
 * keeping every column type.
 */
export function parquetToIpc(bytes: Uint8Array, rowGroups?: readonly number[]): Uint8Array {
  if (!initialised) throw new Error("parquet-wasm is not initialised: call initParquetWasm first");
  // intoIPCStream consumes the WASM-side table, so nothing is left to free.
  return readParquet(bytes, rowGroups ? { rowGroups: [...rowGroups] } : undefined).intoIPCStream();
}

/** The number of rows in each of a Parquet file's row groups, from its footer. */
export async function parquetRowGroupRows(bytes: Uint8Array): Promise<number[]> {
  if (!initialised) throw new Error("parquet-wasm is not initialised: call initParquetWasm first");
  const file = await ParquetFile.fromFile(new Blob([bytes as Uint8Array<ArrayBuffer>]));
  try {
    const meta = file.metadata();
    try {
      return meta.rowGroups().map((group) => {
        try {
          return group.numRows();
        } finally {
          group.free();
        }
      });
    } finally {
      meta.free();
    }
  } finally {
    file.free();
  }
}
