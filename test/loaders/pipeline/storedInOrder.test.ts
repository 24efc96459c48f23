import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { memoryDb } from "../../../loaders/nodeDb.ts";
import { storedInOrder } from "../../../loaders/pipeline/storedInOrder.ts";
import { hasRepeats } from "../../../loaders/pipeline/resolveTables.ts";

let env: Awaited<ReturnType<typeof memoryDb>>;
beforeEach(async () => {
  env = await memoryDb();
});
afterEach(() => env.close());

async function table(rows: [string | null, string, number][]) {
  await env.conn.run(`CREATE OR REPLACE TABLE t (ts TIMESTAMP, _source VARCHAR, _line INTEGER)`);
  for (const [at, s, l] of rows) {
    await env.conn.run(`INSERT INTO t VALUES (${at === null ? "NULL" : `'${at}'`}, '${s}', ${l})`);
  }
}
const KEYS = ['"ts"', "_source", "_line"];

describe("storedInOrder", () => {
  it("says yes for rows stored in (time, source, line) order, ties broken by the later keys", async () => {
    await table([
      ["2024-01-01 00:00", "a", 2],
      ["2024-01-01 00:00", "a", 3],
      ["2024-01-01 00:00", "b", 1],
      ["2024-01-02 00:00", "a", 4],
      [null, "a", 5]
    ]);
    expect(await storedInOrder(env.conn, "t", KEYS)).toBe(true);
  });

  it("says no when a later row sorts first, on any key", async () => {
    await table([["2024-01-02 00:00", "a", 2], ["2024-01-01 00:00", "a", 3]]);
    expect(await storedInOrder(env.conn, "t", KEYS)).toBe(false);
    await table([["2024-01-01 00:00", "a", 3], ["2024-01-01 00:00", "a", 2]]);
    expect(await storedInOrder(env.conn, "t", KEYS)).toBe(false);
    await table([["2024-01-01 00:00", "b", 2], ["2024-01-01 00:00", "a", 3]]);
    expect(await storedInOrder(env.conn, "t", KEYS)).toBe(false);
  });

  it("puts NULLs last, as ORDER BY does", async () => {
    await table([[null, "a", 2], ["2024-01-01 00:00", "a", 3]]);
    expect(await storedInOrder(env.conn, "t", KEYS)).toBe(false);
  });

  it("looks past deleted rows (rowids with gaps)", async () => {
    await table([["2024-01-02 00:00", "a", 1], ["2024-01-03 00:00", "a", 2], ["2024-01-01 00:00", "a", 3]]);
    await env.conn.run(`DELETE FROM t WHERE _line = 2`);
    expect(await storedInOrder(env.conn, "t", KEYS)).toBe(false);
    await env.conn.run(`DELETE FROM t WHERE _line = 3`);
    expect(await storedInOrder(env.conn, "t", KEYS)).toBe(true);
  });

  it("when it says yes, writing as stored gives the rows in the order the sort gives", async () => {
    await env.conn.run(`CREATE TABLE big AS SELECT TIMESTAMP '2024-01-01' + INTERVAL (i // 3) SECOND AS ts, 'f' AS _source, i::INTEGER AS _line,
      md5(i::VARCHAR) AS payload FROM range(300000) r(i)`);
    expect(await storedInOrder(env.conn, "big", KEYS)).toBe(true);
    const { mkdtempSync } = await import("node:fs");
    const dir = mkdtempSync((await import("node:os")).tmpdir() + "/sorted-");
    await env.conn.run(`COPY (SELECT ts, _line, payload FROM big) TO '${dir}/a.parquet' (FORMAT parquet, COMPRESSION zstd)`);
    await env.conn.run(`COPY (SELECT ts, _line, payload FROM big ORDER BY ts, _source, _line) TO '${dir}/b.parquet' (FORMAT parquet, COMPRESSION zstd)`);
    const differ = await env.conn.runAndReadAll(
      `SELECT count(*) FROM read_parquet('${dir}/a.parquet', file_row_number = true) a
       JOIN read_parquet('${dir}/b.parquet', file_row_number = true) b USING (file_row_number)
       WHERE a._line <> b._line OR a.payload <> b.payload`
    );
    expect(Number(differ.getRows()[0][0])).toBe(0);
    // …and a shuffled copy of the same table is not taken for sorted.
    await env.conn.run(`CREATE TABLE shuffled AS SELECT * FROM big ORDER BY hash(_line)`);
    expect(await storedInOrder(env.conn, "shuffled", KEYS)).toBe(false);
  });
});

describe("storedInOrder on a table of many row groups", () => {
  // 400,000 rows span four of DuckDB's row groups (122,880 rows each) and are scanned in parallel.
  const make = (order: string) =>
    env.conn.run(`CREATE OR REPLACE TABLE big AS SELECT * FROM (SELECT TIMESTAMP '2024-01-01' + INTERVAL (i) SECOND AS ts, 'f' AS _source,
      (i + 2)::INTEGER AS _line FROM range(400000) r(i)) ORDER BY ${order}`);

  it("finds the one pair stored the wrong way round, anywhere, across row groups too", async () => {
    await make("_line");
    expect(await storedInOrder(env.conn, "big", KEYS)).toBe(true);
    for (const at of [2, 122_881, 245_761, 300_000, 400_000]) {
      // Rows `at` and `at + 1` (by _line) swapped in storage.
      await make(`CASE _line WHEN ${at} THEN ${at + 1} WHEN ${at + 1} THEN ${at} ELSE _line END`);
      expect(await storedInOrder(env.conn, "big", KEYS), `swap at ${at}`).toBe(false);
    }
  });

  it("pairs rows across deleted ones", async () => {
    await make("_line");
    // The row after 200,000 removed: still in order; then 200,000 moved to sort after its successor.
    await env.conn.run(`DELETE FROM big WHERE _line = 200001`);
    expect(await storedInOrder(env.conn, "big", KEYS)).toBe(true);
    await env.conn.run(`UPDATE big SET ts = ts + INTERVAL 2 SECOND WHERE _line = 200000`);
    expect(await storedInOrder(env.conn, "big", KEYS)).toBe(true);
    await env.conn.run(`UPDATE big SET ts = ts + INTERVAL 1 SECOND WHERE _line = 200000`);
    expect(await storedInOrder(env.conn, "big", KEYS)).toBe(false);
  });
});

describe("hasRepeats", () => {
  it("finds rows equal on the given columns, NULLs equal, and nothing when there are none", async () => {
    await env.conn.run(`CREATE TABLE r (a VARCHAR, b INTEGER, c DOUBLE)`);
    await env.conn.run(`INSERT INTO r VALUES ('x', 1, 0.0), ('x', 2, NULL), ('y', NULL, -0.0)`);
    expect(await hasRepeats(env.conn, "r", "a, b, c")).toBe(false);
    expect(await hasRepeats(env.conn, "r", "a")).toBe(true);
    await env.conn.run(`INSERT INTO r VALUES ('y', NULL, 0.0)`);
    expect(await hasRepeats(env.conn, "r", "a, b, c")).toBe(true);
    await env.conn.run(`INSERT INTO r VALUES ('x', 2, NULL)`);
    expect(await hasRepeats(env.conn, "r", "a, b")).toBe(true);
  });

  it("with a probe, finds the same repeats: none when rows share only the probe, and rows equal on every column", async () => {
    await env.conn.run(`CREATE TABLE p AS SELECT i // 2 AS t, 'v' || (i // 2) AS v, i AS payload FROM range(300000) r(i)`);
    // Every (t, v) probe repeats, but payload tells the rows apart.
    expect(await hasRepeats(env.conn, "p", "t, v, payload", "t, v")).toBe(false);
    expect(await hasRepeats(env.conn, "p", "t, v, payload", "t")).toBe(false);
    await env.conn.run(`INSERT INTO p VALUES (149999, 'v149999', 12)`);
    // A row equal to another only on the probe, then one equal on every column.
    expect(await hasRepeats(env.conn, "p", "t, v, payload", "t, v")).toBe(false);
    await env.conn.run(`INSERT INTO p VALUES (123456, 'v123456', 246913)`);
    expect(await hasRepeats(env.conn, "p", "t, v, payload", "t, v")).toBe(true);
    expect(await hasRepeats(env.conn, "p", "t, v, payload")).toBe(true);
  });
});
