/**
 * npm run bench:load-floors [-- --log <csv>]
 *
 * Ways to load the behaviour log that do far less than the pipeline, each timed against the bare
 * `COPY (FROM read_csv(...)) TO parquet` in the same process, to show where a load that must
 * replace ids by keyed pseudonyms (privacy) can get at best. Each variant is one DuckDB statement
 * or a few, with the pipeline's threads (2) and memory limit; none checks a cell, converts a time,
 * numbers a line, counts a record or looks for duplicates. Where a variant's output could lose the
 * file's order, the rows out of order are counted (the log is in time order: bare COPY keeps it).
 * Default log: the L demo shop's (`npm run bench:load -- --scale L` generates it).
 */
import { mkdirSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { DuckDBInstance, type DuckDBConnection } from "@duckdb/node-api";
import { DUCKDB_MEMORY } from "../loaders/pipeline/memoryBudget.ts";
import { createPseudonymKeyTable, pseudonymSql } from "../loaders/clean/pseudonymSql.ts";
import { createSpillDir, removeSpillDir } from "../loaders/pipeline/spillDir.ts";
import { ROOT } from "../loaders/pipeline/paths.ts";
import { scalar } from "../loaders/pipeline/scalar.ts";

const i = process.argv.indexOf("--log");
const log = resolve(i >= 0 ? process.argv[i + 1]! : join(ROOT, "bench/out/load-L/shop/events/行为日志.csv"));
const out = join(ROOT, "bench/out/load-floors");
mkdirSync(out, { recursive: true });
const csv = `read_csv('${log.replace(/'/g, "''")}', header = true, all_varchar = true)`;
const parquet = (name: string) => `'${join(out, `${name}.parquet`)}'`;
const WRITE = "(FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE 122880)";

/** Rows of a written file whose event_time sorts before the previous row's (the log's own order). */
async function outOfOrder(conn: DuckDBConnection, file: string, column = "event_time"): Promise<number> {
  return scalar(
    conn,
    `SELECT count(*) FROM (SELECT ${column} AS a FROM read_parquet(${file}))
       POSITIONAL JOIN (SELECT true AS nx, ${column} AS b FROM read_parquet(${file}) OFFSET 1) WHERE nx AND a > b`
  );
}

interface Variant {
  name: string;
  /** Statements whose time counts. */
  run: (conn: DuckDBConnection) => Promise<unknown>;
  /** After timing: rows out of the file's order, when the variant could lose it. */
  order?: (conn: DuckDBConnection) => Promise<number>;
}

const ids = (conn: DuckDBConnection, from: string) =>
  conn.run(`CREATE OR REPLACE TABLE ps AS SELECT v AS raw, ${pseudonymSql("v")} AS val FROM (
    SELECT visitor_id AS v FROM ${from} UNION SELECT member_nick FROM ${from}) WHERE v IS NOT NULL`);
const idColumns = (p1: string, p2: string) => `* REPLACE (${p1}.val AS visitor_id, ${p2}.val AS member_nick)`;

const variants: Variant[] = [
  { name: "bare COPY read_csv → Parquet (the baseline)", run: (c) => c.run(`COPY (FROM ${csv}) TO ${parquet("bare")} ${WRITE}`) },
  {
    name: "read into a table, write the table",
    run: async (c) => {
      await c.run(`CREATE OR REPLACE TABLE raw AS FROM ${csv}`);
      await c.run(`COPY raw TO ${parquet("table")} ${WRITE}`);
    }
  },
  {
    name: "… plus pseudonyms of the distinct ids put in place (UPDATE … FROM)",
    run: async (c) => {
      await c.run(`CREATE OR REPLACE TABLE raw AS FROM ${csv}`);
      await ids(c, "raw");
      for (const col of ["visitor_id", "member_nick"]) await c.run(`UPDATE raw SET ${col} = ps.val FROM ps WHERE ps.raw = raw.${col}`);
      await c.run(`COPY raw TO ${parquet("update")} ${WRITE}`);
    },
    order: (c) => outOfOrder(c, parquet("update"))
  },
  {
    name: "pseudonyms by HMAC per row, read and write in one COPY",
    run: (c) =>
      c.run(`COPY (SELECT * REPLACE (${pseudonymSql("visitor_id")} AS visitor_id, ${pseudonymSql("member_nick")} AS member_nick) FROM ${csv})
        TO ${parquet("hmac")} ${WRITE}`),
    order: (c) => outOfOrder(c, parquet("hmac"))
  },
  {
    name: "pseudonyms of the distinct ids (one read), then a hash join from the CSV straight into Parquet",
    run: async (c) => {
      await ids(c, csv);
      await c.run(`COPY (SELECT ${idColumns("p1", "p2")} FROM ${csv} r LEFT JOIN ps p1 ON p1.raw = r.visitor_id LEFT JOIN ps p2 ON p2.raw = r.member_nick)
        TO ${parquet("join")} ${WRITE}`);
    },
    order: (c) => outOfOrder(c, parquet("join"))
  },
  {
    name: "read into a table, then an inner join where every row matches (empty ids mapped too) into Parquet",
    run: async (c) => {
      await c.run(`CREATE OR REPLACE TABLE raw AS FROM ${csv}`);
      await ids(c, "raw");
      await c.run(`INSERT INTO ps VALUES ('', NULL)`);
      await c.run(`COPY (SELECT ${idColumns("p1", "p2")} FROM raw r JOIN ps p1 ON p1.raw = coalesce(r.visitor_id, '')
        JOIN ps p2 ON p2.raw = coalesce(r.member_nick, '')) TO ${parquet("inner")} ${WRITE}`);
    },
    order: (c) => outOfOrder(c, parquet("inner"))
  },
  {
    name: "read into a table, write it sorted by time and position (what a lost order costs to restore)",
    run: async (c) => {
      await c.run(`CREATE OR REPLACE TABLE raw AS FROM ${csv}`);
      await c.run(`COPY (FROM raw ORDER BY event_time, rowid) TO ${parquet("sorted")} ${WRITE}`);
    }
  }
];

const spill = createSpillDir();
try {
  const inst = await DuckDBInstance.create(":memory:", { threads: "2", memory_limit: DUCKDB_MEMORY, temp_directory: spill });
  const conn = await inst.connect();
  await createPseudonymKeyTable(conn, "bench");
  let bare = 0;
  for (const v of variants) {
    const t0 = performance.now();
    await v.run(conn);
    const s = (performance.now() - t0) / 1000;
    if (bare === 0) bare = s;
    const order = v.order ? `; ${(await v.order(conn)).toLocaleString("en")} rows out of the file's order` : "";
    console.log(`${s.toFixed(2).padStart(6)} s  ${((bare / s) * 100).toFixed(0).padStart(3)} %  ${v.name}${order}`);
    await conn.run(`DROP TABLE IF EXISTS raw`);
    await conn.run(`DROP TABLE IF EXISTS ps`);
  }
  conn.closeSync();
  inst.closeSync();
} finally {
  removeSpillDir(spill);
  rmSync(out, { recursive: true, force: true });
}
