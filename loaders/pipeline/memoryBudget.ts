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

/**
 * A full garbage collection, or nothing where none can be had (then only the peak is higher).
 *
 * V8's gc() is exposed only when node starts with --expose-gc (on its command line or in
 * NODE_OPTIONS), and the load runs under tsx, vitest and the site build, whose command lines and
 * environment it does not own. Started so, that gc is used. Otherwise this takes the workaround
 * Node's maintainers suggest (nodejs/node#16595): set the flag, create a fresh context (the only
 * place V8 installs gc() once started) and keep its gc. Node keeps V8's flags writable after start
 * for v8.setFlagsFromString; were the flag to have no effect, the new context has no gc and this
 * does nothing. The flag is cleared at once, so no other context (vitest's, the build's) finds a
 * gc it did not ask for. Verified on Node 20.20 (memoryBudget.test.ts).
 */
export function collectGarbage(): void {
  if (gc === undefined) gc = (globalThis as { gc?: () => void }).gc ?? exposeGc();
  gc?.();
}

function exposeGc(): (() => void) | null {
  try {
    setFlagsFromString("--expose-gc");
    const f = runInNewContext("gc");
    return typeof f === "function" ? (f as () => void) : null;
  } catch {
    return null;
  } finally {
    try {
      setFlagsFromString("--no-expose-gc");
    } catch {
      // Nothing was set.
    }
  }
}
