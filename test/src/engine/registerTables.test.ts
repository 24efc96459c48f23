import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { referencedTables, registerTables } from "../../../src/engine/registerTables.ts";
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
