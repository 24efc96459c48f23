/**
 * One process holds both DuckDB's buffers and V8's heap, and the whole L shop has to fit in 4 GB.
 * DuckDB's resident memory runs about a gigabyte above its limit while it writes Parquet, and
 * the text steps (tokenising and scoring every review) take about 2 GB of V8 heap. So DuckDB gets
 * less while JavaScript works (it spills what it holds to the run's temporary folder and gives
 * the memory back at once), and the garbage those steps leave — which V8 would only collect once
 * JavaScript allocated again, after the Parquet is written — is collected before DuckDB gets its
 * share back. Measured on the L shop: peak RSS 5.2 GB with a fixed 2 GB limit, 4.0 GB with this
 * and 2 GB, 3.4 GB with this and 1.5 GB (the behaviour log alone loads about as fast with either).
 */
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import type { DuckDBConnection } from "@duckdb/node-api";

/** DuckDB's limit while it does the heavy lifting (reading, resolving, writing). */
export const DUCKDB_MEMORY = "1536MB";
/** DuckDB's limit while JavaScript does the heavy lifting. */
export const DUCKDB_MEMORY_WHILE_JS = "512MB";

export async function setDuckDbMemory(conn: DuckDBConnection, limit: string): Promise<void> {
  await conn.run(`SET memory_limit = '${limit}'`);
}

let gc: (() => void) | null | undefined;

/** A full garbage collection (V8's gc, exposed for the purpose when node was not started with it). */
export function collectGarbage(): void {
  if (gc === undefined) {
    const exposed = (globalThis as { gc?: () => void }).gc;
    if (exposed) gc = exposed;
    else {
      try {
        setFlagsFromString("--expose-gc");
        gc = runInNewContext("gc") as () => void;
      } catch {
        gc = null;
      }
    }
  }
  gc?.();
}
