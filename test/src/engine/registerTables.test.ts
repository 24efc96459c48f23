import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { referencedTables, registerTables } from "../../../src/engine/registerTables.ts";
import { OVERVIEW_KPIS_SQL } from "../../../src/analyses/overviewKpis.ts";
import { OVERVIEW_SERIES_SQL } from "../../../src/analyses/overviewSeries.ts";
import { openNodeWasmDb, type NodeWasmDb } from "./openNodeWasmDb.ts";

describe("referencedTables", () => {
  it("matches whole words only, case-insensitively", () => {
    const tables = ["orders", "order_items", "overview_daily"];
    expect(referencedTables("select * from ORDERS o join order_items i using (order_id)", tables)).toEqual([
      "orders",
      "order_items"
    ]);
    expect(referencedTables("select * from orders_backup", tables)).toEqual([]);
  });

  it("ignores comments and string literals", () => {
    const sql = `SELECT CASE WHEN x THEN 'events' ELSE 'it''s orders' END -- sums of orders\n FROM order_items /* events */`;
    expect(referencedTables(sql, ["orders", "order_items", "events"])).toEqual(["order_items"]);
  });

  it("lets the overview's queries load only the compact facts", () => {
    const all = ["orders", "events", "sales_days", "people_days", "visit_days", "traffic_daily"];
    for (const sql of [OVERVIEW_KPIS_SQL, OVERVIEW_SERIES_SQL]) {
      const used = referencedTables(sql, all);
      expect(used).toContain("sales_days");
      expect(used).toContain("people_days");
      expect(used).toContain("visit_days");
      expect(used.filter((t) => t === "orders" || t === "events")).toEqual([]);
    }
  });
});

describe("registerTables", () => {
  let dir: string;
  let db: NodeWasmDb;
  const fetched: string[] = [];
  let bytes: Record<string, Uint8Array>;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "shoplens-tables-"));
    const instance = await DuckDBInstance.create(":memory:");
    const conn = await instance.connect();
    await conn.run(`COPY (SELECT range::INTEGER AS n FROM range(3)) TO '${dir}/small.parquet' (FORMAT parquet)`);
    await conn.run(`COPY (SELECT range::INTEGER AS n FROM range(1000)) TO '${dir}/large.parquet' (FORMAT parquet)`);
    conn.closeSync();
    bytes = { small: readFileSync(`${dir}/small.parquet`), large: readFileSync(`${dir}/large.parquet`) };
    db = await openNodeWasmDb();
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("loads only the tables a query names, once each", async () => {
    const source = (name: string) => async () => {
      fetched.push(name);
      return bytes[name];
    };
    const tables = registerTables(db, { small: source("small"), large: source("large") });
    expect(await tables.query("SELECT count(*)::INTEGER AS n FROM small")).toEqual([{ n: 3 }]);
    expect(fetched).toEqual(["small"]);
    expect(await tables.query("SELECT max(small.n) AS m FROM small, large WHERE large.n = $1", [999])).toEqual([{ m: 2 }]);
    await tables.load();
    expect(fetched).toEqual(["small", "large"]);
  });

  it("names the table when its source fails", async () => {
    const tables = registerTables(db, {
      broken: async () => {
        throw new Error("HTTP 404");
      }
    });
    await expect(tables.query("SELECT * FROM broken")).rejects.toThrow("could not load table broken: HTTP 404");
  });
});
