import type { DuckDBConnection } from "@duckdb/node-api";

/** The first cell of a query's first row, as a number (counts, sums). */
export async function scalar(conn: DuckDBConnection, sql: string, params: string[] = []): Promise<number> {
  const r = await conn.runAndReadAll(sql, params);
  return Number(r.getRows()[0]![0]);
}
