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
export async function storedInOrder(conn: DuckDBConnection, table: string, allKeys: readonly string[]): Promise<boolean> {
  // A key that holds one value in every row (the source file, when one file fills the table)
  // cannot put two rows out of order; comparing it row by row cost half the check.
  const constant = allKeys.length
    ? (await conn.runAndReadAll(`SELECT ${allKeys.map((k) => `count(${k}) = count(*) AND min(${k}) IS NOT DISTINCT FROM max(${k})`).join(", ")} FROM ${table}`)).getRows()[0]
    : [];
  const keys = allKeys.filter((_, i) => constant[i] !== true);
  if (keys.length === 0) return true;
  const prev = (i: number) => `_p${i}`;
  const cur = (i: number) => `_k${i}`;
  const before = (a: string, b: string) => `((${a} IS NOT NULL AND ${b} IS NULL) OR coalesce(${a} < ${b}, false))`;
  // Lexicographic "previous ≤ current", built from the least significant key up.
  let inOrder = "true";
  for (let i = keys.length - 1; i >= 0; i--) {
    inOrder = `(${before(prev(i), cur(i))} OR (${prev(i)} IS NOT DISTINCT FROM ${cur(i)} AND ${inOrder}))`;
  }
  // Each stored row beside the one stored after it: the table scanned twice, the second scan one
  // row on, paired by position (stored order, deleted rows skipped). On the L shop's events this
  // and the constant-key check took 0.65 s where lag() over rowid took 1.3 s. The second scan ends
  // a row early; the first's last row is paired with NULLs, which `_next` tells apart from a row
  // of NULL keys.
  const outOfOrder = await scalar(
    conn,
    `SELECT count(*) FROM (
       SELECT 1 FROM (SELECT ${keys.map((k, i) => `${k} AS ${prev(i)}`).join(", ")} FROM ${table})
       POSITIONAL JOIN (SELECT true AS _next, ${keys.map((k, i) => `${k} AS ${cur(i)}`).join(", ")} FROM ${table} OFFSET 1)
       WHERE _next AND NOT ${inOrder} LIMIT 1)`
  );
  return outOfOrder === 0;
}
