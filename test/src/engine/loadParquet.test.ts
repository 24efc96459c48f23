import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openNodeWasmDb, type NodeWasmDb } from "./openNodeWasmDb.ts";
import { parquetRowGroupRows } from "../../../src/engine/parquetWasm.ts";

// Written by @duckdb/node-api (the loaders' engine), read back through the page's path.
const FIXTURE_SQL = `
  SELECT * FROM (VALUES
    (1::INTEGER, 9007199254740991::BIGINT, 12.5::DOUBLE, '北京 café'::VARCHAR, DATE '2024-02-29',
     TIMESTAMP '2024-02-29 23:59:58.25', true),
    (-7::INTEGER, -3::BIGINT, -0.125::DOUBLE, ''::VARCHAR, DATE '1999-12-31',
     TIMESTAMP '2000-01-01 00:00:00', false),
    (NULL::INTEGER, NULL::BIGINT, NULL::DOUBLE, NULL::VARCHAR, NULL::DATE, NULL::TIMESTAMP, NULL::BOOLEAN)
  ) t(i, b, d, s, dt, ts, flag)`;

describe("loadParquet", () => {
  let dir: string;
  let db: NodeWasmDb;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "shoplens-parquet-"));
    const file = join(dir, "fixture.parquet");
    const instance = await DuckDBInstance.create(":memory:");
    const conn = await instance.connect();
    await conn.run(`COPY (${FIXTURE_SQL}) TO '${file}' (FORMAT parquet)`);
    conn.closeSync();
    db = await openNodeWasmDb();
    await db.loadParquetFile("fixture", readFileSync(file));
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("keeps every column type", async () => {
    const types = await db.query<{ column_name: string; data_type: string }>(
      "SELECT column_name, data_type FROM information_schema.columns WHERE table_name = $1 ORDER BY ordinal_position",
      ["fixture"]
    );
    expect(types.map((r) => `${r.column_name}:${r.data_type}`)).toEqual([
      "i:INTEGER",
      "b:BIGINT",
      "d:DOUBLE",
      "s:VARCHAR",
      "dt:DATE",
      "ts:TIMESTAMP",
      "flag:BOOLEAN"
    ]);
  });

  it("returns plain values: numbers, naive dates as UTC Date, booleans, nulls", async () => {
    const rows = await db.query("SELECT * FROM fixture ORDER BY i DESC NULLS LAST");
    expect(rows).toEqual([
      {
        i: 1,
        b: 9007199254740991,
        d: 12.5,
        s: "北京 café",
        dt: new Date("2024-02-29T00:00:00Z"),
        ts: new Date("2024-02-29T23:59:58.250Z"),
        flag: true
      },
      {
        i: -7,
        b: -3,
        d: -0.125,
        s: "",
        dt: new Date("1999-12-31T00:00:00Z"),
        ts: new Date("2000-01-01T00:00:00Z"),
        flag: false
      },
      { i: null, b: null, d: null, s: null, dt: null, ts: null, flag: null }
    ]);
    expect(typeof rows[0].b).toBe("number");
  });

  it("agrees with DuckDB's own text of the stored date and time, whatever the machine's zone", async () => {
    const [row] = await db.query<{ dt: Date; ts: Date; dt_text: string; ts_text: string }>(
      "SELECT dt, ts, dt::VARCHAR AS dt_text, ts::VARCHAR AS ts_text FROM fixture WHERE i = 1"
    );
    expect(row.dt.toISOString().slice(0, 10)).toBe(row.dt_text);
    expect(row.ts.toISOString().replace("T", " ").replace(/0*Z$/, "")).toBe(row.ts_text);
  });

  it("binds positional parameters and delimited lists", async () => {
    const rows = await db.query<{ n: number }>(
      "SELECT count(*)::INTEGER AS n FROM fixture WHERE i > $1 AND s IN (SELECT unnest(string_split($2, ',')))",
      [-10, "北京 café,,x"]
    );
    expect(rows).toEqual([{ n: 2 }]);
  });

  it("converts DECIMAL and HUGEINT results to numbers", async () => {
    const rows = await db.query("SELECT 12.34::DECIMAL(10,2) AS dec, 5::HUGEINT AS huge, sum(b) AS total FROM fixture");
    expect(rows).toEqual([{ dec: 12.34, huge: 5, total: 9007199254740988 }]);
  });

  it("shows DuckDB's own error message once", async () => {
    await expect(db.query("SELECT * FROM nowhere")).rejects.toThrow(/Table with name nowhere does not exist/);
    const error = await db.query("SELEC 1").catch((e: Error) => e);
    expect((error as Error).message.match(/LINE 1/g)).toHaveLength(1);
  });
});

describe("loadParquet of a large file", () => {
  it("loads a batch of whole row groups at a time: the same rows, types and order as in one go", async () => {
    const dir = mkdtempSync(join(tmpdir(), "shoplens-parquet-batches-"));
    try {
      const file = join(dir, "groups.parquet");
      const instance = await DuckDBInstance.create(":memory:");
      const conn = await instance.connect();
      // 10,000 rows in row groups of 2,048 (DuckDB's writer cuts at whole vectors): five of them.
      await conn.run(`COPY (SELECT i::INTEGER AS i, 'v' || (i % 7) AS s, DATE '2024-01-01' + (i % 30)::INTEGER AS d,
        CASE WHEN i % 5 = 0 THEN NULL ELSE i * 0.5 END AS x FROM range(10000) r(i))
        TO '${file}' (FORMAT parquet, ROW_GROUP_SIZE 2048)`);
      conn.closeSync();
      instance.closeSync();
      const bytes = readFileSync(file);
      const groups = await parquetRowGroupRows(bytes);
      expect(groups.length).toBeGreaterThan(3);
      expect(groups.reduce((a, b) => a + b, 0)).toBe(10000);

      const db = await openNodeWasmDb();
      await db.loadParquetFile("whole", bytes);
      // Batches of at most 5,000 rows: two row groups each, three inserts, the first creating the table.
      await db.loadParquetFile("batched", bytes, 5000);
      const all = (t: string) => db.query(`SELECT * FROM ${t}`);
      const [whole, batched] = [await all("whole"), await all("batched")];
      expect(batched).toHaveLength(10000);
      expect(batched).toEqual(whole);
      expect(batched.map((r) => r.i)).toEqual(Array.from({ length: 10000 }, (_, i) => i));
      const types = (t: string) =>
        db.query(`SELECT column_name, data_type FROM information_schema.columns WHERE table_name = $1 ORDER BY ordinal_position`, [t]);
      expect(await types("batched")).toEqual(await types("whole"));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
