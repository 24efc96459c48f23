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
import { byteFacts } from "../../../loaders/pipeline/byteFacts.ts";
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
    // Null rates per column, worked by hand from the four records.
    const nullRates = async (run: FixtureRun) =>
      Object.fromEntries(
        (await run.db.query<{ column_name: string; null_rate: number }>(
          `SELECT column_name, null_rate FROM quality_columns WHERE table_name = 'events' AND source_file = 'events/log.csv'`
        )).map((r) => [r.column_name, r.null_rate])
      );
    expect(await nullRates(fast.run)).toEqual(await nullRates(slow.run));
    expect(await nullRates(fast.run)).toMatchObject({ event_at: 0, visitor_id: 0, customer_id: 0.5, product_id: 0.25, category: 0.25, page: 0, element: 0.5 });
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

  it("really takes the set-based path for a clean file whose cells hold single spaces (checked cell by cell)", async () => {
    const { report, rows } = await direct(CLEAN.replace("手淘搜索", "手淘 搜索").replace(",banner", ",top banner"), "Asia/Shanghai");
    expect(report?.rowsRead).toBe(4);
    expect(rows.map((r) => r._line)).toEqual([2, 3, 4, 5]);
  });

  it("leaves nothing behind when it steps aside: no rows, no ids, no remembered values", async () => {
    const { report, ctx, rows, idRows } = await direct(CLEAN.replace("2024-03-01T23:59:59+08:00", "2024-03-01T24:00:00+08:00"), "Asia/Shanghai");
    expect(report).toBeNull();
    expect(rows).toEqual([]);
    expect(idRows).toBe(0);
    expect(ctx.remembered).toEqual([]);
  });
});

describe("byteFacts", () => {
  const file = (content: string) => {
    const dir = mkdtempSync(join(tmpdir(), "bytefacts-"));
    writeFileSync(join(dir, "log.csv"), content);
    return join(dir, "log.csv");
  };

  it("counts lines and finds a file plain only when no byte could make a cell unclean, wherever reads split it", () => {
    const plain = CLEAN + "2024-03-03T00:00:00+08:00,v4,,s4,pv,,限时…“特惠”,,,,\n"; // … and “” are not whitespace
    // Each character the cell check matches, in the middle of a cell and as the file's last bytes.
    const dirty = [" ", "\t", "\u000b", "\f", "=", "'", "\u00a0", "\u1680", "\u2000", "\u200a", "\u200b", "\u200d", "\u2028", "\u2029", "\u202f", "\u205f", "\u2060", "\u3000", "\ufeff"];
    for (const chunk of [1, 2, 3, 5, 64, 1 << 20]) {
      expect(byteFacts(file(plain), chunk)).toEqual({ lines: 6, clean: true, plain: true });
      for (const ch of dirty) {
        const inside = plain.replace("限时", `限${ch}时`);
        expect(byteFacts(file(inside), chunk), `U+${ch.codePointAt(0)!.toString(16)} inside, reads of ${chunk}`).toMatchObject({ lines: 6, plain: false });
        expect(byteFacts(file(plain + "2024-03-04T00:00:00+08:00,v5" + ch), chunk), `U+${ch.codePointAt(0)!.toString(16)} last`).toMatchObject({ lines: 7, plain: false });
      }
    }
  });

  it("finds quotes, carriage returns, blank lines and a byte-order mark unclean", () => {
    for (const content of [CLEAN.replace(",v2,", ',"v2",'), CLEAN.replace(/\n/g, "\r\n"), CLEAN.replace("\n2024-03-01T23", "\n\n2024-03-01T23"), "\ufeff" + CLEAN]) {
      expect(byteFacts(file(content), 7).clean).toBe(false);
    }
  });
});

describe("set-based reading of several logs", () => {
  it("appends a second clean log to the first, and a clean log to rows read record by record, as the record path does", async () => {
    const second = [HEADER, "2024-03-05T10:00:00+08:00,v1,tb_alice,s7,pv,100,连衣裙,手淘搜索,mobile,item,", "2024-03-05T10:01:00+08:00,v8,,s8,buy,102,外套,抖音,app,checkout,"].join("\n") + "\n";
    const spaced = second.replace("手淘搜索", "手淘 搜索"); // a plain-space cell: clean, but not byte-plain
    for (const [a, b] of [[CLEAN, second], ['"' + HEADER.replace(",", '",') + CLEAN.slice(HEADER.length), spaced]]) {
      const results = [];
      for (const fast of ["on", "off"] as const) {
        const dir = mkdtempSync(join(tmpdir(), "fastlog-two-"));
        mkdirSync(join(dir, "events"));
        writeFileSync(join(dir, "events", "a.csv"), a);
        writeFileSync(join(dir, "events", "b.csv"), b);
        process.env.SHOPLENS_FAST_PATH = fast;
        try {
          const run = await runOnDir(dir);
          runs.push(run);
          results.push({ rows: await run.db.query(`SELECT * FROM events ORDER BY event_at, visitor_id, event_type`), quality: run.quality });
        } finally {
          delete process.env.SHOPLENS_FAST_PATH;
        }
      }
      expect(results[0]).toEqual(results[1]);
      expect(results[0].rows).toHaveLength(6);
    }
  });
});
