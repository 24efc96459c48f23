import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { memoryDb } from "../../../loaders/nodeDb.ts";
import { collectGarbage, setDuckDbMemory } from "../../../loaders/pipeline/memoryBudget.ts";

describe("memoryBudget", () => {
  it("changes DuckDB's memory limit and back, keeping the data", async () => {
    const env = await memoryDb();
    try {
      await env.conn.run(`CREATE TABLE t AS SELECT range AS i, md5(range::VARCHAR) AS s FROM range(200000)`);
      await setDuckDbMemory(env.conn, "64MB");
      const limit = async () => String((await env.conn.runAndReadAll(`SELECT current_setting('memory_limit')`)).getRows()[0][0]);
      expect(await limit()).toMatch(/^6[0-9]\.\d MiB$/);
      await setDuckDbMemory(env.conn, "1GB");
      expect(await limit()).toMatch(/^9[0-9]{2}\.\d MiB$/);
      expect(Number((await env.conn.runAndReadAll(`SELECT count(DISTINCT s) FROM t`)).getRows()[0][0])).toBe(200000);
    } finally {
      env.close();
    }
  });

  /** Bytes of heap that collectGarbage() frees right after `fill`-filled garbage is dropped. */
  function freedAfterGarbage(fill: number): number {
    // Large arrays live in V8's large-object space, which only a full collection frees.
    let garbage: number[][] | null = Array.from({ length: 20 }, () => new Array(500_000).fill(fill));
    expect(garbage.length).toBe(20);
    garbage = null;
    const before = process.memoryUsage().heapUsed;
    collectGarbage();
    return before - process.memoryUsage().heapUsed;
  }

  it("collects garbage without node's --expose-gc", () => {
    expect(freedAfterGarbage(1.5)).toBeGreaterThan(40 * 2 ** 20);
    // …and again, once the flag that exposed it is cleared, which no later context sees.
    if (!("gc" in globalThis)) expect(runInNewContext("typeof gc")).toBe("undefined");
    expect(freedAfterGarbage(2.5)).toBeGreaterThan(40 * 2 ** 20);
  });
});
