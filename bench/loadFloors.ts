/**
 * npm run bench:load-floors [-- --log <csv>] [--runs 3]
 *
 * Ways to load the behaviour log that do far less than the pipeline, each timed against the bare
 * `COPY (FROM read_csv(...)) TO parquet` in the same process, to show where a load that must
 * replace ids by keyed pseudonyms (privacy) can get at best. Each variant is one DuckDB statement
 * or a few, with the pipeline's threads (2) and memory limit; none checks a cell, converts a time,
 * numbers a line, counts a record or looks for duplicates. Where a variant's output could lose the
 * file's order, the rows out of order are counted (the log is in time order: bare COPY keeps it).
 * Each variant is timed in every one of --runs rounds and its median reported. Default log: the
 * L demo shop's (`npm run bench:load -- --scale L` generates it).
 */
import { mkdirSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import type { DuckDBConnection } from "@duckdb/node-api";
import { createPseudonymKeyTable, pseudonymSql } from "../loaders/clean/pseudonymSql.ts";
import { createSpillDir, removeSpillDir } from "../loaders/pipeline/spillDir.ts";
import { ROOT } from "../loaders/pipeline/paths.ts";
import { scalar } from "../loaders/pipeline/scalar.ts";
import { bareCopy, csvOf, openBenchDb, PARQUET, pseudonymsOfIds, tableFloor } from "./logLoads.ts";

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1]! : fallback;
};
const log = resolve(arg("log", join(ROOT, "bench/out/load-L/shop/events/行为日志.csv")));
const runs = Number(arg("runs", "3"));
const out = join(ROOT, "bench/out/load-floors");
mkdirSync(out, { recursive: true });
const csv = csvOf(log);
const file = (name: string) => join(out, `${name}.parquet`);
const parquet = (name: string) => `'${file(name)}'`;

/** Rows of a written file whose event_time sorts before the previous row's (the log's own order). */
async function outOfOrder(conn: DuckDBConnection, name: string, column = "event_time"): Promise<number> {
  return scalar(
    conn,
    `SELECT count(*) FROM (SELECT ${column} AS a FROM read_parquet(${parquet(name)}))
       POSITIONAL JOIN (SELECT true AS nx, ${column} AS b FROM read_parquet(${parquet(name)}) OFFSET 1) WHERE nx AND a > b`
  );
}

interface Variant {
  name: string;
  /** Statements whose time counts. */
  run: (conn: DuckDBConnection) => Promise<unknown>;
  /** After timing: rows out of the file's order, when the variant could lose it. */
  order?: (conn: DuckDBConnection) => Promise<number>;
}

const idColumns = (p1: string, p2: string) => `* REPLACE (${p1}.val AS visitor_id, ${p2}.val AS member_nick)`;

const variants: Variant[] = [
  { name: "bare COPY read_csv → Parquet (the baseline)", run: (c) => bareCopy(c, log, file("bare")) },
  { name: "read into a table, write the table", run: (c) => tableFloor(c, log, file("table"), false) },
  {
    name: "… plus pseudonyms of the distinct ids put in place (UPDATE … FROM)",
    run: (c) => tableFloor(c, log, file("update"), true),
    order: (c) => outOfOrder(c, "update")
  },
  {
    name: "pseudonyms by HMAC per row, read and write in one COPY",
    run: (c) =>
      c.run(`COPY (SELECT * REPLACE (${pseudonymSql("visitor_id")} AS visitor_id, ${pseudonymSql("member_nick")} AS member_nick) FROM ${csv})
        TO ${parquet("hmac")} ${PARQUET}`),
    order: (c) => outOfOrder(c, "hmac")
  },
  {
    name: "pseudonyms of the distinct ids (one read), then a hash join from the CSV straight into Parquet",
    run: async (c) => {
      await pseudonymsOfIds(c, csv);
      await c.run(`COPY (SELECT ${idColumns("p1", "p2")} FROM ${csv} r LEFT JOIN ps p1 ON p1.raw = r.visitor_id LEFT JOIN ps p2 ON p2.raw = r.member_nick)
        TO ${parquet("join")} ${PARQUET}`);
    },
    order: (c) => outOfOrder(c, "join")
  },
  {
    name: "read into a table, then an inner join where every row matches (empty ids mapped too) into Parquet",
    run: async (c) => {
      await c.run(`CREATE OR REPLACE TABLE raw AS FROM ${csv}`);
      await pseudonymsOfIds(c, "raw");
      await c.run(`INSERT INTO ps VALUES ('', NULL)`);
      await c.run(`COPY (SELECT ${idColumns("p1", "p2")} FROM raw r JOIN ps p1 ON p1.raw = coalesce(r.visitor_id, '')
        JOIN ps p2 ON p2.raw = coalesce(r.member_nick, '')) TO ${parquet("inner")} ${PARQUET}`);
    },
    order: (c) => outOfOrder(c, "inner")
  },
  {
    name: "read into a table, write it sorted by time and position (what a lost order costs to restore)",
    run: async (c) => {
      await c.run(`CREATE OR REPLACE TABLE raw AS FROM ${csv}`);
      await c.run(`COPY (FROM raw ORDER BY event_time, rowid) TO ${parquet("sorted")} ${PARQUET}`);
    }
  }
];

const spill = createSpillDir();
try {
  const db = await openBenchDb(spill);
  const conn = db.conn;
  // The HMAC-per-row variant reads the key table; the others create it themselves.
  await createPseudonymKeyTable(conn, "bench");
  // Every variant once per round, the rounds one after another: a single timing of each moved
  // the ratios by several points between two runs of this bench on a quiet machine.
  const times = variants.map(() => [] as number[]);
  const orders: (number | null)[] = variants.map(() => null);
  for (let round = 0; round < runs; round++) {
    for (const [k, v] of variants.entries()) {
      const t0 = performance.now();
      await v.run(conn);
      times[k]!.push((performance.now() - t0) / 1000);
      if (v.order && round === runs - 1) orders[k] = await v.order(conn);
      await conn.run(`DROP TABLE IF EXISTS raw`);
      await conn.run(`DROP TABLE IF EXISTS ps`);
    }
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const bare = median(times[0]!);
  console.log(`median of ${runs} rounds (min–max); share of the bare COPY's median`);
  for (const [k, v] of variants.entries()) {
    const t = times[k]!;
    const order = orders[k] === null ? "" : `; ${orders[k]!.toLocaleString("en")} rows out of the file's order`;
    console.log(
      `${median(t).toFixed(2).padStart(6)} s (${Math.min(...t).toFixed(2)}–${Math.max(...t).toFixed(2)})  ` +
        `${((bare / median(t)) * 100).toFixed(0).padStart(3)} %  ${v.name}${order}`
    );
  }
  db.close();
} finally {
  removeSpillDir(spill);
  rmSync(out, { recursive: true, force: true });
}
