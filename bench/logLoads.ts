/**
 * What the loading benches share: DuckDB with the pipeline's threads and memory limit, the bare
 * COPY baseline, the two floors (the log read into a table and written from it, with or without
 * the ids replaced by their pseudonyms), and a folder holding one log alone for runPipeline.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { DuckDBInstance, type DuckDBConnection } from "@duckdb/node-api";
import { DUCKDB_MEMORY } from "../loaders/pipeline/memoryBudget.ts";
import { createPseudonymKeyTable, pseudonymSql } from "../loaders/clean/pseudonymSql.ts";

/** The pipeline's Parquet settings, for every write the benches compare with it. */
export const PARQUET = "(FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE 122880)";

const quoted = (path: string) => `'${path.replace(/'/g, "''")}'`;
/** The log as DuckDB's CSV reader sees it with nothing declared: every column text. */
export const csvOf = (log: string) => `read_csv(${quoted(log)}, header = true, all_varchar = true)`;

/** DuckDB as the pipeline opens it (2 threads, its memory limit). */
export async function openBenchDb(tempDirectory?: string): Promise<{ conn: DuckDBConnection; close: () => void }> {
  const inst = await DuckDBInstance.create(":memory:", {
    threads: "2",
    memory_limit: DUCKDB_MEMORY,
    ...(tempDirectory ? { temp_directory: tempDirectory } : {})
  });
  const conn = await inst.connect();
  return {
    conn,
    close: () => {
      conn.closeSync();
      inst.closeSync();
    }
  };
}

/** The baseline: DuckDB's own CSV reader straight into Parquet. */
export const bareCopy = (conn: DuckDBConnection, log: string, out: string) => conn.run(`COPY (FROM ${csvOf(log)}) TO ${quoted(out)} ${PARQUET}`);

/** Table `ps` (raw, val): the keyed pseudonym of every distinct visitor id and member nick in `from`. */
export async function pseudonymsOfIds(conn: DuckDBConnection, from: string): Promise<void> {
  await createPseudonymKeyTable(conn, "bench");
  await conn.run(`CREATE OR REPLACE TABLE ps AS SELECT v AS raw, ${pseudonymSql("v")} AS val FROM (
    SELECT visitor_id AS v FROM ${from} UNION SELECT member_nick FROM ${from}) WHERE v IS NOT NULL`);
}

/**
 * A floor: the log read into a table and written from it, with `pseudonyms` the raw ids first
 * replaced in place by their keyed pseudonyms (the distinct ids hashed once, as the pipeline
 * does). No checks, no line numbers, no quality figures.
 */
export async function tableFloor(conn: DuckDBConnection, log: string, out: string, pseudonyms: boolean): Promise<void> {
  await conn.run(`CREATE OR REPLACE TABLE raw AS FROM ${csvOf(log)}`);
  if (pseudonyms) {
    await pseudonymsOfIds(conn, "raw");
    for (const c of ["visitor_id", "member_nick"]) await conn.run(`UPDATE raw SET ${c} = ps.val FROM ps WHERE ps.raw = raw.${c}`);
  }
  await conn.run(`COPY raw TO ${quoted(out)} ${PARQUET}`);
}

/**
 * A data folder holding only `log`, under events/ with its own name (the preset is recognised
 * from the header), for runPipeline on that one file; `remove` deletes the folder.
 */
export function logAloneDir(log: string): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), "bench-log-"));
  mkdirSync(join(dir, "events"));
  symlinkSync(log, join(dir, "events", basename(log)));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
