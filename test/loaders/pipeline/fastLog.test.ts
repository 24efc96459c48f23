/**
 * The set-based log path must write exactly what the record-by-record path writes, and must step
 * aside (leaving the slow path to find and report defects) whenever a file is not provably clean.
 */
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { runOnDir, type FixtureRun } from "../../helpers/runOnFiles.ts";
import { runPipeline } from "../../../loaders/pipeline/runPipeline.ts";
import { tryFastLog } from "../../../loaders/pipeline/fastLog.ts";
import { TableStore } from "../../../loaders/pipeline/tableStore.ts";
import { IdMap } from "../../../loaders/pipeline/idMap.ts";
import { createPseudonymKeyTable } from "../../../loaders/clean/pseudonymSql.ts";
import { pseudonymOf } from "../../../loaders/clean/pseudonymize.ts";
import { instantToLocal } from "../../../loaders/clean/zoneOffset.ts";
import { shopEvents } from "../../../loaders/presets/shopEvents.ts";
import { memoryDb } from "../../../loaders/nodeDb.ts";
import { fakeContext } from "../presets/fakeContext.ts";

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
    ["a time without an offset", CLEAN.replace("2024-03-01T23:59:59+08:00", "2024-03-01 23:59:59")],
    // Whitespace RE2's \s does not know but cleanText collapses or trims.
    ["a full-width space inside a cell", CLEAN.replace("连衣裙,手淘搜索,mobile,item,\n", "连衣裙\u3000新款,手淘搜索,mobile,item,\n")],
    ["a no-break space before an id", CLEAN.replace(",v2,", ",\u00a0v2,")],
    ["a tab inside a cell", CLEAN.replace(",抖音,", ",抖\t音,")],
    ["two spaces inside a cell", CLEAN.replace(",直接访问,", ",直接  访问,")],
    ["an Excel guard", CLEAN.replace(",101,", ",'101,")],
    ["a date that does not exist", CLEAN.replace("2024-03-01T23:59:59+08:00", "2024-02-30T23:59:59+08:00")],
    ["an offset beyond ±14:59", CLEAN.replace("2024-03-01T23:59:59+08:00", "2024-03-01T23:59:59+15:00")],
    // DuckDB's cast reads 24:00:00 as the next midnight; parseDateTime rejects it.
    ["an hour of 24", CLEAN.replace("2024-03-01T23:59:59+08:00", "2024-03-01T24:00:00+08:00")],
    ["a second of 60", CLEAN.replace("2024-03-01T23:59:59+08:00", "2024-03-01T23:59:60+08:00")]
  ])("leaves a file with %s to the record-by-record path, with the same result", async (_name, content) => {
    const fast = await load(content, "on");
    const slow = await load(content, "off");
    expect(fast.rows).toEqual(slow.rows);
    expect(fast.run.quality).toEqual(slow.run.quality);
    expect(await fast.run.db.query("SELECT * FROM quarantine")).toEqual(await slow.run.db.query("SELECT * FROM quarantine"));
  });

  it("converts times to a shop zone with daylight saving exactly as the record-by-record path, across a transition", async () => {
    const lines = [
      "2024-03-10T06:59:59+00:00", // 01:59:59 EST
      "2024-03-10T07:00:00+00:00", // 03:00:00 EDT: the clocks jumped
      "2024-03-10T02:30:00-05:00",
      "2024-11-03T05:30:00+00:00", // 01:30 EDT, then an hour later 01:30 EST again
      "2024-11-03T06:30:00+00:00",
      "2024-11-03T12:15:00+05:45",
      "2024-06-01T23:59:59+14:00"
    ].map((t, i) => `${t},v${i},,s${i},pv,,,,,,`);
    const rows: unknown[][] = [];
    for (const fast of ["on", "off"] as const) {
      const dir = mkdtempSync(join(tmpdir(), "fastlog-dst-"));
      mkdirSync(join(dir, "events"));
      writeFileSync(join(dir, "shoplens.config.json"), JSON.stringify({ shop: { timeZone: "America/New_York" } }));
      writeFileSync(join(dir, "events", "log.csv"), [HEADER, ...lines].join("\n") + "\n");
      process.env.SHOPLENS_FAST_PATH = fast;
      try {
        const run = await runOnDir(dir);
        runs.push(run);
        rows.push(await run.db.query(`SELECT event_at, visitor_id FROM events ORDER BY visitor_id`));
      } finally {
        delete process.env.SHOPLENS_FAST_PATH;
      }
    }
    expect(rows[0]).toEqual(rows[1]);
    expect((rows[0] as { event_at: Date }[]).map((r) => r.event_at.toISOString().slice(0, 19)).sort()).toEqual([
      "2024-03-10T01:59:59",
      "2024-03-10T03:00:00",
      "2024-03-10T03:30:00",
      "2024-06-01T05:59:59",
      "2024-11-03T01:30:00",
      "2024-11-03T01:30:00",
      "2024-11-03T01:30:00"
    ]);
  });

  it("writes the same private id map as the record-by-record path, in first-seen order", async () => {
    const maps: string[] = [];
    for (const fast of ["on", "off"]) {
      const dir = mkdtempSync(join(tmpdir(), "fastlog-ids-"));
      mkdirSync(join(dir, "data", "events"), { recursive: true });
      // v1's member nick is also a visitor id later, and tb_alice repeats: each pseudonym once.
      writeFileSync(join(dir, "data", "events", "log.csv"), CLEAN + "2024-03-03T00:00:00+08:00,tb_alice,v1,s4,pv,100,连衣裙,手淘搜索,mobile,item,\n");
      process.env.SHOPLENS_FAST_PATH = fast;
      try {
        const r = await runPipeline({ dataDir: join(dir, "data"), outDir: join(dir, "out"), pseudonymKey: "k", privateDir: join(dir, "private") });
        expect(r.files[0].rowsRead).toBe(5);
      } finally {
        delete process.env.SHOPLENS_FAST_PATH;
      }
      maps.push(readFileSync(join(dir, "private", "id-map.tsv"), "utf8"));
    }
    expect(maps[0]).toBe(maps[1]);
    expect(maps[0].trim().split("\n").map((l) => l.split("\t")[1])).toEqual(["original_id", "v1", "tb_alice", "v2", "v3"]);
  });

  it("masks ids it pseudonymised in SQL in the raw text of records quarantined elsewhere", async () => {
    const dir = mkdtempSync(join(tmpdir(), "fastlog-mask-"));
    mkdirSync(join(dir, "events"));
    // a.csv is clean (set-based); b.csv has a quoted field (record by record) and a line with an
    // unknown event type naming, outside the personal columns (which are blanked anyway), a
    // visitor and a member seen only in a.csv.
    writeFileSync(join(dir, "events", "a.csv"), CLEAN.replace(",v3,", ",visitor_secret_3,"));
    writeFileSync(
      join(dir, "events", "b.csv"),
      [HEADER, '2024-03-04T08:00:00+08:00,v9,,s9,pv,"100",连衣裙,手淘搜索,mobile,item,', "2024-03-04T09:00:00+08:00,v9,,visitor_secret_3,like,,tb_alice,,,,"].join("\n") + "\n"
    );
    const run = await runOnDir(dir);
    runs.push(run);
    expect(run.files.map((f) => f.rowsRead)).toEqual([4, 2]);
    const q = await run.db.query<{ raw_text: string }>(`SELECT raw_text FROM quarantine`);
    expect(q).toHaveLength(1);
    expect(q[0].raw_text).not.toContain("visitor_secret_3");
    expect(q[0].raw_text).not.toContain("tb_alice");
    expect(q[0].raw_text).toContain("like");
  });

  async function direct(content: string, zone: string) {
    const dir = mkdtempSync(join(tmpdir(), "fastlog-direct-"));
    writeFileSync(join(dir, "log.csv"), content);
    const env = await memoryDb();
    try {
      const store = new TableStore(env.conn);
      await store.createCanonical();
      const ids = await IdMap.create(env.conn);
      await createPseudonymKeyTable(env.conn, "k");
      store.pseudonyms = { keyTable: "_pseudonym_key", ids };
      const ctx = fakeContext({ shopTimeZone: zone });
      const report = await tryFastLog({
        path: join(dir, "log.csv"), relPath: "log.csv", preset: shopEvents, encoding: "utf-8", delimiter: ",",
        header: HEADER.split(","), ctx, store
      });
      const rows = await env.db.query<{ event_at: Date; visitor_id: string; customer_id: string | null; _line: number }>(
        `SELECT event_at, visitor_id, customer_id, _line FROM events ORDER BY rowid`
      );
      ids.close();
      const idRows = Number((await env.conn.runAndReadAll(`SELECT count(*) FROM ${IdMap.table}`)).getRows()[0][0]);
      return { report, ctx, rows, idRows };
    } finally {
      env.close();
    }
  }

  it("really takes the set-based path for a clean file: pseudonyms in SQL, rows in file order", async () => {
    const { report, ctx, rows } = await direct(CLEAN, "Asia/Shanghai");
    expect(report?.rowsRead).toBe(4);
    expect(ctx.remembered).toEqual(["tb_alice"]);
    expect(rows.map(({ visitor_id, customer_id, _line }) => ({ visitor_id, customer_id, _line }))).toEqual([
      { visitor_id: pseudonymOf("k", "v1"), customer_id: pseudonymOf("k", "tb_alice"), _line: 2 },
      { visitor_id: pseudonymOf("k", "v1"), customer_id: pseudonymOf("k", "tb_alice"), _line: 3 },
      { visitor_id: pseudonymOf("k", "v2"), customer_id: null, _line: 4 },
      { visitor_id: pseudonymOf("k", "v3"), customer_id: null, _line: 5 }
    ]);
  });

  it("really takes the set-based path in a shop zone with daylight saving, with the record path's times", async () => {
    const times = ["2024-03-10T06:59:59+00:00", "2024-03-10T07:00:00+00:00", "2024-11-03T05:30:00+00:00", "2024-11-03T12:15:00+05:45"];
    const { report, rows } = await direct([HEADER, ...times.map((t, i) => `${t},v${i},,s,pv,,,,,,`)].join("\n") + "\n", "America/New_York");
    expect(report?.rowsRead).toBe(4);
    expect(rows.map((r) => r.event_at.getTime())).toEqual(times.map((t) => instantToLocal(Date.parse(t), "America/New_York")));
  });

  it("really takes the set-based path for a log with a stray time decades early, with the record path's times", async () => {
    const times = ["1970-01-01T08:00:00+08:00", "2024-03-10T06:59:59+00:00", "2024-03-10T07:00:00+00:00", "2024-11-03T05:30:00+00:00"];
    const { report, rows } = await direct([HEADER, ...times.map((t, i) => `${t},v${i},,s,pv,,,,,,`)].join("\n") + "\n", "America/New_York");
    expect(report?.rowsRead).toBe(4);
    expect(rows.map((r) => r.event_at.getTime())).toEqual(times.map((t) => instantToLocal(Date.parse(t), "America/New_York")));
  });

  it("leaves nothing behind when it steps aside: no rows, no ids, no remembered values", async () => {
    const { report, ctx, rows, idRows } = await direct(CLEAN.replace("2024-03-01T23:59:59+08:00", "2024-03-01T24:00:00+08:00"), "Asia/Shanghai");
    expect(report).toBeNull();
    expect(rows).toEqual([]);
    expect(idRows).toBe(0);
    expect(ctx.remembered).toEqual([]);
  });
});
