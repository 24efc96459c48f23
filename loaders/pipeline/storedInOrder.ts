/**
 * Whether a table's rows are already stored in the order a Parquet file wants them (ascending,
 * NULLs last, as ORDER BY sorts), so COPY can write them as they are instead of sorting: a
 * behaviour log is usually written in time order, and sorting 10 million events with their
 * payload took longer than writing them. COPY keeps the stored order (preserve_insertion_order),
 * so the file holds the rows in the order the sort would have given (rows that tie on every key
 * may come out in another order, as they may from a sort); only the row groups may be cut at
 * other rows (the L shop's events: 82 row groups instead of 83, 0.1 % more bytes). Those cuts
 * follow how DuckDB's threads batched the rows, so they can also differ from one load to another:
 * the L shop's behaviour log loaded alone and with the whole shop gave the same rows in the same
 * order, 82 row groups each, cut at different rows (different bytes; the same two files in three
 * bench runs). The S shop's events came out byte-identical to main's, load after load.
 */
import type { DuckDBConnection } from "@duckdb/node-api";
import { scalar } from "./scalar.ts";

/** `keys`: quoted column names (or expressions over the table's columns), most significant first. */
export async function storedInOrder(conn: DuckDBConnection, table: string, keys: readonly string[]): Promise<boolean> {
  if (keys.length === 0) return true;
  const prev = (i: number) => `_p${i}`;
  const cur = (i: number) => `_k${i}`;
  const before = (a: string, b: string) => `((${a} IS NOT NULL AND ${b} IS NULL) OR coalesce(${a} < ${b}, false))`;
  // Lexicographic "previous ≤ current", built from the least significant key up.
  let inOrder = "true";
  for (let i = keys.length - 1; i >= 0; i--) {
    inOrder = `(${before(prev(i), cur(i))} OR (${prev(i)} IS NOT DISTINCT FROM ${cur(i)} AND ${inOrder}))`;
  }
  // Stored order is rowid order; rowids may have gaps (deleted rows), hence lag over rowid.
  const cols = keys.map((k, i) => `${k} AS ${cur(i)}, lag(${k}) OVER w AS ${prev(i)}`).join(", ");
  const outOfOrder = await scalar(
    conn,
    `SELECT count(*) FROM (
       SELECT 1 FROM (SELECT ${cols}, lag(rowid) OVER w AS _prow FROM ${table} WINDOW w AS (ORDER BY rowid))
       WHERE _prow IS NOT NULL AND NOT ${inOrder} LIMIT 1)`
  );
  return outOfOrder === 0;
}
