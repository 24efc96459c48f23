/**
 * The set-based log path must write exactly what the record-by-record path writes, and must step
 * aside (leaving the slow path to find and report defects) whenever a file is not provably clean.
 */
import { mkdtempSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { runOnDir, type FixtureRun } from "../../helpers/runOnFiles.ts";

const HEADER = "event_time,visitor_id,member_nick,session_id,event_type,item_id,category,traffic_source,device,page,element";
const CLEAN = [
  HEADER,
  "2024-03-01T08:05:00+08:00,v1,tb_alice,s1,pv,100,连衣裙,手淘搜索,mobile,item,",
  "2024-03-01T08:06:10+08:00,v1,tb_alice,s1,cart,100,连衣裙,手淘搜索,mobile,item,add_to_cart_button",
  "2024-03-01T23:59:59+08:00,v2,,s2,click,,,抖音,app,home,banner",
  "2024-03-02T00:00:00+00:00,v3,,s3,buy,101,T恤,直接访问,pc,checkout,"
].join("\n") + "\n";

const runs: FixtureRun[] = [];
afterEach(() => runs.splice(0).forEach((r) => r.close()));

async function load(content: string, fast: "on" | "off") {
  const dir = mkdtempSync(join(tmpdir(), "fastlog-"));
  mkdirSync(join(dir, "events"));
  writeFileSync(join(dir, "events", "log.csv"), content);
  process.env.SHOPLENS_FAST_PATH = fast;
  try {
    const run = await runOnDir(dir);
    runs.push(run);
    const rows = await run.db.query(`SELECT * FROM events ORDER BY event_at, visitor_id, event_type`);
    return { run, rows };
  } finally {
    delete process.env.SHOPLENS_FAST_PATH;
  }
}

describe("set-based reading of clean logs", () => {
  it("writes the same rows, quality and quarantine as the record-by-record path", async () => {
    const fast = await load(CLEAN, "on");
    const slow = await load(CLEAN, "off");
    expect(fast.rows).toEqual(slow.rows);
    expect(fast.run.quality).toEqual(slow.run.quality);
    expect(fast.rows).toHaveLength(4);
    // The +00:00 event is 08:00 in the shop's zone; the +08:00 ones keep their wall time.
    expect(fast.rows.map((r) => (r.event_at as Date).toISOString().slice(0, 19))).toEqual([
      "2024-03-01T08:05:00",
      "2024-03-01T08:06:10",
      "2024-03-01T23:59:59",
      "2024-03-02T08:00:00"
    ]);
    expect(fast.rows.map((r) => r.event_type)).toEqual(["view", "cart", "click", "buy"]);
  });

  it.each([
    ["a quoted field", CLEAN.replace("连衣裙,手淘搜索,mobile,item,\n", '"连衣裙",手淘搜索,mobile,item,\n')],
    ["an untrimmed cell", CLEAN.replace(",v2,", ", v2,")],
    ["an unknown event type", CLEAN.replace(",click,", ",like,")],
    ["a cut-off last line", CLEAN + "2024-03-03T00:00:00+08:00,v4"],
    ["a blank line", CLEAN.replace("\n2024-03-01T23", "\n\n2024-03-01T23")],
    ["a time without an offset", CLEAN.replace("2024-03-01T23:59:59+08:00", "2024-03-01 23:59:59")]
  ])("leaves a file with %s to the record-by-record path, with the same result", async (_name, content) => {
    const fast = await load(content, "on");
    const slow = await load(content, "off");
    expect(fast.rows).toEqual(slow.rows);
    expect(fast.run.quality).toEqual(slow.run.quality);
    expect(await fast.run.db.query("SELECT * FROM quarantine")).toEqual(await slow.run.db.query("SELECT * FROM quarantine"));
  });
});
