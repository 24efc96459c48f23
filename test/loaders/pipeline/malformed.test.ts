/**
 * The malformed-export corpus (test/fixtures/malformed/, written by make.ts): every folder is a
 * data folder run through the real pipeline, and each test pins its exact outcome — the thrown
 * error, or the quarantine rows and the quality row, and for valid but tricky files the values
 * written. Bug markers (`it.fails`) would say what should happen instead; none is open at present.
 *
 * Quarantined raw text: every non-empty cell under a personal column (买家会员名, 买家留言, 收货地址,
 * 访客…, user_id; see PERSONAL_COLUMN in readSourceFile.ts) is replaced by `[MASKED]` BY POSITION
 * (so a shifted or cut-off row has whatever sits at those positions masked), the cells are re-joined
 * with the record's delimiter, and then values remembered from mapped rows are masked as [NAME].
 */
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runOnDir, runOnFiles, type FixtureRun } from "../../helpers/runOnFiles.ts";
import { UnrecognisedFileError } from "../../../loaders/pipeline/readSourceFile.ts";
import { FIXTURE_DIR, TB_HEADER, fixtureFiles } from "../../fixtures/malformed/make.ts";
import { ORDER_STATUSES } from "../../../src/schema.ts";

/** Every fixture folder, each exercised by at least one test below. */
const CASES = [
  "bad-number",
  "crlf",
  "empty-file",
  "empty-order-id",
  "empty-order-time",
  "exact-duplicates-events",
  "exact-duplicates-orders",
  "excel-guard",
  "gb18030-four-byte",
  "generic-mapping",
  "header-bom-spaces",
  "header-only",
  "impossible-date",
  "json-array-bad-element",
  "jsonl-bad-line",
  "jsonl-lone-cr",
  "lone-cr",
  "mixed-dates",
  "money-formats",
  "multiline-quoted",
  "out-of-window",
  "pii-free-text",
  "same-order-export-date",
  "same-order-twice",
  "same-order-two-files",
  "semicolon",
  "sycm-title-lines",
  "taobao-cutoff-gb18030",
  "tianchi-cutoff",
  "tianchi-cutoff-timestamp",
  "too-few-fields",
  "too-many-fields",
  "tsv",
  "unknown-behavior",
  "unknown-status",
  "unrecognised",
  "unterminated-quote",
  "utf16le-unicode-text"
] as const;
type Case = (typeof CASES)[number];

const runs: FixtureRun[] = [];
afterAll(() => {
  for (const r of runs) r.close();
});

async function load(dir: Case): Promise<FixtureRun> {
  const run = await runOnDir(join(FIXTURE_DIR, dir));
  runs.push(run);
  return run;
}

/** The load must fail: returns the error it failed with. */
async function loadError(dir: Case): Promise<Error> {
  try {
    const run = await load(dir);
    throw new Error(`expected the load of ${dir} to fail; it wrote ${JSON.stringify(run.tableRows)}`);
  } catch (e) {
    return e as Error;
  }
}

interface Counts {
  read: number;
  written: number;
  quarantined?: number;
  excluded?: number;
  merged?: number;
  derived?: number;
  exact?: number;
  key?: number;
  superseded?: number;
}

/** A quality row as published (quality.parquet), counts only. */
function quality(table: string, c: Counts) {
  return {
    table_name: table,
    rows_read: c.read,
    rows_written: c.written,
    rows_quarantined: c.quarantined ?? 0,
    rows_excluded: c.excluded ?? 0,
    rows_merged: c.merged ?? 0,
    rows_derived: c.derived ?? 0,
    duplicates_exact: c.exact ?? 0,
    duplicates_key: c.key ?? 0,
    superseded: c.superseded ?? 0
  };
}

async function qualityOf(run: FixtureRun, file: string) {
  return run.db.query(
    `SELECT table_name, rows_read, rows_written, rows_quarantined, rows_excluded, rows_merged, rows_derived,
       duplicates_exact, duplicates_key, superseded
     FROM quality WHERE source_file = $1`,
    [file]
  );
}

async function quarantineOf(run: FixtureRun) {
  return run.db.query(
    "SELECT source_file, line_number, reason_code, reason, raw_text FROM quarantine ORDER BY source_file, line_number"
  );
}

async function sourcesOf(run: FixtureRun) {
  return run.db.query("SELECT source_file, preset, encoding, export_date::VARCHAR AS export_date FROM sources ORDER BY source_file");
}

/** Times and dates are compared as DuckDB prints them (`::VARCHAR`), whatever the Db adapter returns. */

describe("the corpus on disk", () => {
  it("is exactly what make.ts generates, byte for byte", () => {
    const files = fixtureFiles();
    for (const [rel, bytes] of Object.entries(files)) {
      expect(new Uint8Array(readFileSync(join(FIXTURE_DIR, rel))), rel).toEqual(bytes);
    }
    const onDisk = CASES.flatMap((d) => readdirSync(join(FIXTURE_DIR, d)).map((f) => `${d}/${f}`)).sort();
    expect(onDisk).toEqual(Object.keys(files).sort());
  });

  it("holds at least 30 raw export files, one folder per case, each folder tested here", () => {
    const dirs = readdirSync(FIXTURE_DIR).filter((d) => statSync(join(FIXTURE_DIR, d)).isDirectory()).sort();
    expect(dirs).toEqual([...CASES].sort());
    const exports = Object.keys(fixtureFiles()).filter((f) => !f.endsWith("shoplens.config.json"));
    expect(exports.length).toBeGreaterThanOrEqual(30);
  });

  it("really has the encodings and line endings it claims", () => {
    const bytes = (rel: string) => readFileSync(join(FIXTURE_DIR, rel));
    expect([...bytes("header-bom-spaces/orders.csv").subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect([...bytes("utf16le-unicode-text/评价.txt").subarray(0, 2)]).toEqual([0xff, 0xfe]);
    // 订 is B6 A9 in GB18030 (E8 AE A2 in UTF-8); 𠮷 is a four-byte GB18030 sequence.
    expect([...bytes("taobao-cutoff-gb18030/订单报表.csv").subarray(0, 2)]).toEqual([0xb6, 0xa9]);
    expect(bytes("gb18030-four-byte/评价.csv").includes(Buffer.from([0x95, 0x34, 0xb2, 0x35]))).toBe(true);
    expect(bytes("crlf/orders.csv").toString("utf8")).toMatch(/0\r\n1002/);
    expect(bytes("lone-cr/orders.csv").toString("utf8")).not.toMatch(/\n/);
    expect(bytes("taobao-cutoff-gb18030/订单报表.csv").at(-1)).not.toBe(0x0a);
    expect(bytes("tianchi-cutoff/UserBehavior.csv").toString("utf8").endsWith("4181361,p")).toBe(true);
  });
});

describe("cut-off and unbalanced records are quarantined, never dropped", () => {
  it("taobao-cutoff-gb18030: GB18030 order report whose last line stops mid-row without a newline", async () => {
    const run = await load("taobao-cutoff-gb18030");
    expect(await sourcesOf(run)).toEqual([{ source_file: "订单报表.csv", preset: "taobao-orders", encoding: "gb18030", export_date: null }]);
    expect(await quarantineOf(run)).toEqual([
      {
        source_file: "订单报表.csv",
        line_number: 4,
        reason_code: "field_count",
        reason: "expected 12 fields, found 7 (cut-off or shifted line)",
        // 买家会员名 and the cut-off 收货地址 are masked by position; the empty 买家留言 stays empty
        raw_text: "1003,[MASKED],88.00,88.00,交易成功,,[MASKED]"
      }
    ]);
    expect(await qualityOf(run, "订单报表.csv")).toEqual([quality("orders", { read: 3, written: 2, quarantined: 1 })]);
    expect(await run.db.query("SELECT order_id, status, province, amount_total FROM orders ORDER BY order_id")).toEqual([
      { order_id: "1001", status: "completed", province: "浙江", amount_total: 105 },
      { order_id: "1002", status: "shipped", province: "上海", amount_total: 59.9 }
    ]);
  });

  it("tianchi-cutoff: header-less log whose last line stops inside behavior_type", async () => {
    const run = await load("tianchi-cutoff");
    expect(await quarantineOf(run)).toEqual([
      {
        source_file: "UserBehavior.csv",
        line_number: 4,
        reason_code: "field_count",
        reason: "expected 5 fields, found 4 (cut-off or shifted line)",
        // user_id (first column of the header-less log) is masked by position; item and category stay
        raw_text: "[MASKED],3830808,4181361,p"
      }
    ]);
    expect(await qualityOf(run, "UserBehavior.csv")).toEqual([quality("events", { read: 4, written: 3, quarantined: 1 })]);
  });

  // The last line `3,3830808,4181361,pv,15115` (no newline) still has five fields; the fragment
  // "15115" is not 10-digit Unix seconds, so the record is quarantined as a bad timestamp, not
  // excluded as an event in 1970 (out_of_window).
  it("tianchi-cutoff-timestamp: a last line cut inside the timestamp is quarantined, not excluded", async () => {
    const run = await load("tianchi-cutoff-timestamp");
    expect(await quarantineOf(run)).toEqual([
      {
        source_file: "UserBehavior.csv",
        line_number: 3,
        reason_code: "bad_timestamp",
        reason: 'timestamp not 10-digit Unix seconds: "15115"',
        raw_text: "[MASKED],3830808,4181361,pv,15115"
      }
    ]);
    expect(await qualityOf(run, "UserBehavior.csv")).toEqual([quality("events", { read: 3, written: 2, quarantined: 1 })]);
    expect(run.files[0].excludedByReason).toEqual({});
    expect(await run.db.query("SELECT event_type FROM events ORDER BY event_at")).toEqual([{ event_type: "view" }, { event_type: "fav" }]);
  });

  it("unterminated-quote: a quote opened in 买家留言 and never closed swallows the rest of the file as one record", async () => {
    const run = await load("unterminated-quote");
    expect(await quarantineOf(run)).toEqual([
      {
        source_file: "orders.csv",
        line_number: 3,
        reason_code: "unterminated_quote",
        reason: "a quoted field is never closed (file cut off?)",
        // Six fields: the unclosed 买家留言 holds the rest of the file (lines 3–4), so masking it by
        // position masks all of that text; the opening quote is lost in the re-join.
        raw_text: "1002,[MASKED],59.90,59.90,交易成功,[MASKED]"
      }
    ]);
    // Both counters see two records after the header: line 2, and lines 3–4 as one.
    expect(await qualityOf(run, "orders.csv")).toEqual([quality("orders", { read: 2, written: 1, quarantined: 1 })]);
  });

  it("too-many-fields: an unquoted comma in 买家留言 shifts the row; trailing empty cells are harmless", async () => {
    const run = await load("too-many-fields");
    expect(await quarantineOf(run)).toEqual([
      {
        source_file: "orders.csv",
        line_number: 3,
        reason_code: "field_count",
        reason: "expected 12 fields, found 13 (cut-off or shifted line)",
        // By position: 买家会员名 (1), 买家留言 (5 = 请发顺丰) and 收货地址 (6 = 谢谢, shifted); 上海 slid to 7
        raw_text: "1002,[MASKED],59.90,59.90,交易成功,[MASKED],[MASKED],上海,2024-01-02 11:00:00,2024-01-02 11:01:00,,,0"
      }
    ]);
    expect(await qualityOf(run, "orders.csv")).toEqual([quality("orders", { read: 3, written: 2, quarantined: 1 })]);
    expect(await run.db.query("SELECT order_id FROM orders ORDER BY 1")).toEqual([{ order_id: "1001" }, { order_id: "1003" }]);
  });

  it("too-few-fields: a row missing a column in the middle of the file", async () => {
    const run = await load("too-few-fields");
    expect(await quarantineOf(run)).toEqual([
      {
        source_file: "orders.csv",
        line_number: 3,
        reason_code: "field_count",
        reason: "expected 12 fields, found 11 (cut-off or shifted line)",
        // By position: 买家会员名 (1), 买家留言 (5 = 上海, shifted) and 收货地址 (6 = the creation time, shifted)
        raw_text: "1002,[MASKED],59.90,59.90,交易成功,[MASKED],[MASKED],2024-01-02 11:01:00,,,0"
      }
    ]);
    expect(await qualityOf(run, "orders.csv")).toEqual([quality("orders", { read: 3, written: 2, quarantined: 1 })]);
  });
});

describe("bad cells are quarantined with the column and the value", () => {
  it("bad-number: 总金额 `12元abc`", async () => {
    const run = await load("bad-number");
    expect(await quarantineOf(run)).toEqual([
      {
        source_file: "orders.csv",
        line_number: 3,
        reason_code: "bad_number",
        reason: '总金额: not a number: "12元abc"',
        raw_text: "1002,[MASKED],12元abc,12.00,交易成功,,[MASKED],2024-01-02 11:00:00,2024-01-02 11:01:00,,,0"
      }
    ]);
    expect(await qualityOf(run, "orders.csv")).toEqual([quality("orders", { read: 2, written: 1, quarantined: 1 })]);
  });

  it("impossible-date: 2024-02-30 is quarantined, the leap day 2024-02-29 loads", async () => {
    const run = await load("impossible-date");
    expect(await quarantineOf(run)).toEqual([
      {
        source_file: "orders.csv",
        line_number: 3,
        reason_code: "bad_date",
        reason: '订单创建时间: not a date: "2024-02-30 10:00:00"',
        raw_text: "1002,[MASKED],10.00,10.00,交易成功,,[MASKED],2024-02-30 10:00:00,2024-02-30 10:05:00,,,0"
      }
    ]);
    expect(await qualityOf(run, "orders.csv")).toEqual([quality("orders", { read: 2, written: 1, quarantined: 1 })]);
    expect(await run.db.query("SELECT order_id, ordered_at::VARCHAR AS ordered_at FROM orders")).toEqual([
      { order_id: "1001", ordered_at: "2024-02-29 10:00:00" }
    ]);
  });

  it("empty-order-id: 订单编号 left empty", async () => {
    const run = await load("empty-order-id");
    expect(await quarantineOf(run)).toEqual([
      {
        source_file: "orders.csv",
        line_number: 3,
        reason_code: "missing_value",
        reason: "订单编号 is empty",
        raw_text: ",[MASKED],10.00,10.00,交易成功,,[MASKED],2024-01-02 10:00:00,2024-01-02 10:05:00,,,0"
      }
    ]);
    expect(await qualityOf(run, "orders.csv")).toEqual([quality("orders", { read: 2, written: 1, quarantined: 1 })]);
  });

  it("empty-order-time: 订单创建时间 left empty", async () => {
    const run = await load("empty-order-time");
    expect(await quarantineOf(run)).toEqual([
      {
        source_file: "orders.csv",
        line_number: 3,
        reason_code: "missing_value",
        reason: "订单创建时间 is empty",
        raw_text: "1002,[MASKED],10.00,10.00,交易成功,,[MASKED],,2024-01-02 10:05:00,,,0"
      }
    ]);
    expect(await qualityOf(run, "orders.csv")).toEqual([quality("orders", { read: 2, written: 1, quarantined: 1 })]);
  });

  it("unknown-status: an order status the report never writes", async () => {
    const run = await load("unknown-status");
    expect(await quarantineOf(run)).toEqual([
      {
        source_file: "orders.csv",
        line_number: 3,
        reason_code: "unknown_status",
        reason: '订单状态 not recognised: "TRADE_FINISHED"',
        raw_text: "1002,[MASKED],10.00,10.00,TRADE_FINISHED,,[MASKED],2024-01-02 10:00:00,2024-01-02 10:05:00,,,0"
      }
    ]);
    expect(await qualityOf(run, "orders.csv")).toEqual([quality("orders", { read: 2, written: 1, quarantined: 1 })]);
  });

  it("unknown-behavior: a Tianchi behavior type other than pv/fav/cart/buy", async () => {
    const run = await load("unknown-behavior");
    expect(await quarantineOf(run)).toEqual([
      {
        source_file: "UserBehavior.csv",
        line_number: 2,
        reason_code: "unknown_event_type",
        reason: 'behavior_type not pv/fav/cart/buy: "like"',
        raw_text: "[MASKED],2333346,2520771,like,1511561733" // user_id masked by position
      }
    ]);
    expect(await qualityOf(run, "UserBehavior.csv")).toEqual([quality("events", { read: 3, written: 2, quarantined: 1 })]);
    expect(await run.db.query("SELECT event_type FROM events ORDER BY event_at")).toEqual([{ event_type: "view" }, { event_type: "cart" }]);
  });

  it("tsv: a TAB-separated site-search log; commas inside values are data; a bad 结果数", async () => {
    const run = await load("tsv");
    expect(await quarantineOf(run)).toEqual([
      {
        source_file: "搜索日志.tsv",
        line_number: 3,
        reason_code: "bad_number",
        reason: '结果数: not a number: "many"',
        raw_text: "2024-01-01 10:01:00\t[MASKED]\ts2\t保温杯\tmany\t否" // 访客ID masked, re-joined with TAB
      }
    ]);
    expect(await qualityOf(run, "搜索日志.tsv")).toEqual([quality("searches", { read: 3, written: 2, quarantined: 1 })]);
    expect(await run.db.query("SELECT query, results_count, clicked FROM searches ORDER BY searched_at")).toEqual([
      { query: "连衣裙,夏季", results_count: 25, clicked: true },
      { query: "雨伞", results_count: 0, clicked: false }
    ]);
  });

  it("sycm-title-lines: GB18030 生意参谋 export with three title lines above the header", async () => {
    const run = await load("sycm-title-lines");
    expect(await sourcesOf(run)).toEqual([{ source_file: "流量来源.csv", preset: "sycm-traffic", encoding: "gb18030", export_date: null }]);
    expect(await quarantineOf(run)).toEqual([
      {
        source_file: "流量来源.csv",
        line_number: 7,
        reason_code: "bad_number",
        reason: '访客数: not a number: "abc"',
        // 访客数 (a visitor COUNT) matches PERSONAL_COLUMN's 访客, so its cell is masked too (over-masking,
        // the safe side); the bad value is still in the reason.
        raw_text: "2024-01-02,手淘搜索,[MASKED],310,11,9,1100.00,8.18%"
      }
    ]);
    // Title lines and the header are not records.
    expect(await qualityOf(run, "流量来源.csv")).toEqual([quality("traffic_daily", { read: 3, written: 2, quarantined: 1 })]);
    expect(await run.db.query("SELECT date::VARCHAR AS date, source, visitors, paid_amount FROM traffic_daily ORDER BY source")).toEqual([
      { date: "2024-01-01", source: "手淘搜索", visitors: 120, paid_amount: 1024 },
      { date: "2024-01-01", source: "直通车", visitors: 80, paid_amount: 512 }
    ]);
  });

  it("jsonl-bad-line: JSON Lines with one line missing its closing brace", async () => {
    const run = await load("jsonl-bad-line");
    const bad =
      '{"event_time":"2024-01-01T10:01:00+08:00","visitor_id":"v001","event_type":"cart","item_id":"5001"';
    expect(await quarantineOf(run)).toEqual([
      {
        source_file: "events.jsonl",
        line_number: 2,
        reason_code: "bad_json",
        // The parser stops at the end of the 98-character line; the reason quotes none of the input.
        reason: "not valid JSON (at character 98 of the line)",
        raw_text: bad.replace('"v001"', '"[NAME]"') // no cells to mask by position; the visitor id is known from line 1
      }
    ]);
    expect(await qualityOf(run, "events.jsonl")).toEqual([quality("events", { read: 3, written: 2, quarantined: 1 })]);
  });

  // The independent count of a JSON array is a bracket-depth count (not JSON.parse of the whole
  // text), so one malformed element costs one record, not the whole file.
  it("json-array-bad-element: a JSON array with one malformed element quarantines that element", async () => {
    const run = await load("json-array-bad-element");
    const bad = '{"event_time":"2024-01-01T10:01:00+08:00","visitor_id":"v001","event_type":"cart","item_id":"5001",}';
    expect(await quarantineOf(run)).toEqual([
      {
        source_file: "events.json",
        line_number: 3,
        reason_code: "bad_json",
        // The element is 100 characters; the parser stops at its last, the "}" after the trailing comma.
        reason: "not valid JSON (at character 99 of the line)",
        raw_text: bad.replace('"v001"', '"[NAME]"') // the element alone, trimmed; the visitor id is known from line 2
      }
    ]);
    expect(await qualityOf(run, "events.json")).toEqual([quality("events", { read: 3, written: 2, quarantined: 1 })]);
    expect(await run.db.query("SELECT event_at::VARCHAR AS event_at, event_type FROM events ORDER BY event_at")).toEqual([
      { event_at: "2024-01-01 10:00:00", event_type: "view" },
      { event_at: "2024-01-01 10:02:00", event_type: "buy" }
    ]);
  });

  // The independent count of JSON Lines splits on CRLF, lone CR and LF, as the parser does.
  it("jsonl-lone-cr: JSON Lines with lone-CR line endings load", async () => {
    const run = await load("jsonl-lone-cr");
    expect(await qualityOf(run, "events.jsonl")).toEqual([quality("events", { read: 2, written: 2 })]);
    expect(await quarantineOf(run)).toEqual([]);
    expect(await run.db.query("SELECT event_at::VARCHAR AS event_at, event_type FROM events ORDER BY event_at")).toEqual([
      { event_at: "2024-01-01 10:00:00", event_type: "view" },
      { event_at: "2024-01-01 10:02:00", event_type: "buy" }
    ]);
  });
});

describe("line endings and multi-line records keep line numbers right", () => {
  for (const dir of ["crlf", "lone-cr"] as const) {
    it(`${dir}: rows load, and the bad one is reported on its physical line`, async () => {
      const run = await load(dir);
      expect(await quarantineOf(run)).toEqual([
        {
          source_file: "orders.csv",
          line_number: 3,
          reason_code: "bad_date",
          reason: '订单创建时间: not a date: "2024-13-01 10:00:00"',
          raw_text: "1002,[MASKED],10.00,10.00,交易成功,,[MASKED],2024-13-01 10:00:00,2024-01-02 10:05:00,,,0"
        }
      ]);
      expect(await qualityOf(run, "orders.csv")).toEqual([quality("orders", { read: 3, written: 2, quarantined: 1 })]);
      // The last column parses (no stray CR left in "0").
      expect(await run.db.query("SELECT order_id, refund_amount FROM orders ORDER BY 1")).toEqual([
        { order_id: "1001", refund_amount: 0 },
        { order_id: "1003", refund_amount: 0 }
      ]);
    });
  }

  it("multiline-quoted: quoted fields spanning lines load merged; the next bad row keeps its physical line", async () => {
    const run = await load("multiline-quoted");
    expect(await run.db.query("SELECT feedback_id, rating, text FROM feedback ORDER BY feedback_id")).toEqual([
      { feedback_id: "1001-5001", rating: 5, text: '质量很好 会回购，推荐 "小店"' },
      { feedback_id: "1003-5003", rating: 4, text: "第一行 第二行 第三行 追评：用了一周 还不错" }
    ]);
    expect(await quarantineOf(run)).toEqual([
      {
        source_file: "评价.csv",
        line_number: 4,
        reason_code: "out_of_range",
        reason: "评分 must be 1–5: 6",
        raw_text: "2024-01-11 09:00:00,1002,5002,[MASKED],6,还行," // 买家会员名 masked by position
      }
    ]);
    expect(await qualityOf(run, "评价.csv")).toEqual([quality("feedback", { read: 3, written: 2, quarantined: 1 })]);
  });
});

describe("valid but tricky files load with the right values", () => {
  it("money-formats: ¥1,234.50, ￥, full-width digits, 元 and RMB", async () => {
    const run = await load("money-formats");
    expect(await quarantineOf(run)).toEqual([]);
    expect(await qualityOf(run, "orders.csv")).toEqual([quality("orders", { read: 3, written: 3 })]);
    expect(await run.db.query("SELECT order_id, amount_total, amount_paid, refund_amount FROM orders ORDER BY 1")).toEqual([
      { order_id: "1001", amount_total: 1234.5, amount_paid: 1234.5, refund_amount: 0 },
      { order_id: "1002", amount_total: 1234.5, amount_paid: 1234.5, refund_amount: 0 },
      { order_id: "1003", amount_total: 99, amount_paid: 99, refund_amount: 0 }
    ]);
  });

  it("mixed-dates: six date shapes in one column", async () => {
    const run = await load("mixed-dates");
    expect(await quarantineOf(run)).toEqual([]);
    expect(await qualityOf(run, "orders.csv")).toEqual([quality("orders", { read: 6, written: 6 })]);
    expect(await run.db.query("SELECT order_id, ordered_at::VARCHAR AS ordered_at, status FROM orders ORDER BY 1")).toEqual([
      { order_id: "1001", ordered_at: "2024-01-05 10:00:00", status: "pending_payment" },
      { order_id: "1002", ordered_at: "2024-01-06 09:05:00", status: "pending_payment" },
      { order_id: "1003", ordered_at: "2024-01-07 08:30:00", status: "pending_payment" },
      { order_id: "1004", ordered_at: "2024-01-08 07:15:00", status: "pending_payment" },
      { order_id: "1005", ordered_at: "2024-01-09 23:59:59", status: "pending_payment" },
      { order_id: "1006", ordered_at: "2024-01-10 12:00:00", status: "pending_payment" }
    ]);
  });

  it("excel-guard: =\"…\" and a leading apostrophe are stripped from order ids and money", async () => {
    const run = await load("excel-guard");
    expect(await quarantineOf(run)).toEqual([]);
    expect(await run.db.query("SELECT order_id, amount_total FROM orders ORDER BY 1")).toEqual([
      { order_id: "2024010112345678901", amount_total: 105 },
      { order_id: "2024010112345678902", amount_total: 20 }
    ]);
    expect(await qualityOf(run, "orders.csv")).toEqual([quality("orders", { read: 2, written: 2 })]);
  });

  it("header-bom-spaces: UTF-8 BOM and blanks around header cells", async () => {
    const run = await load("header-bom-spaces");
    expect(await sourcesOf(run)).toEqual([{ source_file: "orders.csv", preset: "taobao-orders", encoding: "utf-8-bom", export_date: null }]);
    expect(await qualityOf(run, "orders.csv")).toEqual([quality("orders", { read: 1, written: 1 })]);
    expect(await run.db.query("SELECT order_id, status, amount_paid FROM orders")).toEqual([
      { order_id: "1001", status: "completed", amount_paid: 10 }
    ]);
  });

  it("header-only: a report with a header and no rows loads, with a zero quality row", async () => {
    const run = await load("header-only");
    expect(await qualityOf(run, "orders.csv")).toEqual([quality("orders", { read: 0, written: 0 })]);
    expect(run.tableRows.orders).toBe(0);
  });

  it("utf16le-unicode-text: Excel's Unicode text (UTF-16LE + BOM, TAB, CRLF)", async () => {
    const run = await load("utf16le-unicode-text");
    expect(await sourcesOf(run)).toEqual([{ source_file: "评价.txt", preset: "taobao-reviews", encoding: "utf-16le", export_date: null }]);
    expect(await qualityOf(run, "评价.txt")).toEqual([quality("feedback", { read: 2, written: 2 })]);
    expect(await run.db.query("SELECT feedback_id, rating, text, lang FROM feedback ORDER BY 1")).toEqual([
      { feedback_id: "1001-5001", rating: 5, text: "很好，物流快", lang: "zh" },
      { feedback_id: "1002-5002", rating: 3, text: "Not bad, a bit small", lang: "en" }
    ]);
  });

  it("gb18030-four-byte: a four-byte GB18030 character and € decode exactly", async () => {
    const run = await load("gb18030-four-byte");
    expect(await sourcesOf(run)).toEqual([{ source_file: "评价.csv", preset: "taobao-reviews", encoding: "gb18030", export_date: null }]);
    expect(await run.db.query("SELECT text FROM feedback")).toEqual([{ text: "𠮷祥如意，€10 的优惠券很实在" }]);
  });

  it("semicolon: a semicolon-delimited file whose values contain commas", async () => {
    const run = await load("semicolon");
    expect(await qualityOf(run, "ab_assignments.csv")).toEqual([quality("experiments", { read: 2, written: 2 })]);
    expect(await run.db.query("SELECT experiment_id, variant, assigned_at::VARCHAR AS assigned_at FROM experiments ORDER BY variant")).toEqual([
      { experiment_id: "exp_banner", variant: "A", assigned_at: "2024-01-01 10:00:00" },
      { experiment_id: "exp_banner", variant: "B,green", assigned_at: "2024-01-01 10:05:00" }
    ]);
  });

  it("generic-mapping: an unknown CSV read through a mapping in shoplens.config.json", async () => {
    const run = await load("generic-mapping");
    expect(await sourcesOf(run)).toEqual([{ source_file: "erp_orders.csv", preset: "generic", encoding: "utf-8", export_date: null }]);
    expect(await qualityOf(run, "erp_orders.csv")).toEqual([quality("orders", { read: 2, written: 2 })]);
    const rows = await run.db.query<Record<string, unknown>>(
      "SELECT order_id, ordered_at::VARCHAR AS ordered_at, paid_at::VARCHAR AS paid_at, status, amount_paid, currency, customer_id FROM orders ORDER BY 1"
    );
    expect(rows.map(({ customer_id: _c, ...r }) => r)).toEqual([
      { order_id: "A-1001", ordered_at: "2024-03-01 10:00:00", paid_at: "2024-03-01 10:02:00", status: "completed", amount_paid: 1299, currency: "CNY" },
      { order_id: "A-1002", ordered_at: "2024-03-02 11:00:00", paid_at: null, status: "pending_payment", amount_paid: 0, currency: "CNY" }
    ]);
    // 会员 is a customer key: pseudonymised, never stored as written.
    for (const r of rows) expect(r.customer_id).toMatch(/^c_[0-9a-f]{16}$/);
  });

  // The generic preset checks orders.status (and events.event_type, feedback.kind) against the
  // canonical vocabulary: a value outside it is quarantined, nothing off-vocabulary is written.
  it("generic mapping: an order status outside the canonical vocabulary is quarantined, not written", async () => {
    const files = fixtureFiles();
    const run = await runOnFiles({
      "shoplens.config.json": files["generic-mapping/shoplens.config.json"],
      "erp_orders.csv": "单号,下单时间,付款时间,状态,实付金额,会员\nA-2001,2024-03-01 10:00:00,2024-03-01 10:02:00,已完成,10.00,vip_wang\n"
    });
    runs.push(run);
    expect(await run.db.query("SELECT order_id, status FROM orders")).toEqual([]);
    expect(await qualityOf(run, "erp_orders.csv")).toEqual([quality("orders", { read: 1, written: 0, quarantined: 1 })]);
    expect(await quarantineOf(run)).toEqual([
      {
        source_file: "erp_orders.csv",
        line_number: 2,
        reason_code: "unknown_value",
        reason:
          `status "已完成" is not one of ${ORDER_STATUSES.join(", ")}; ` +
          `map it with "values": {"status": {"已完成": "…"}} in shoplens.config.json`,
        // No header here matches PERSONAL_COLUMN (会员 is not 会员名), so nothing is masked by position;
        // the member key was pseudonymised (and so remembered) before the status was checked.
        raw_text: "A-2001,2024-03-01 10:00:00,2024-03-01 10:02:00,已完成,10.00,[NAME]"
      }
    ]);
  });

  it("generic mapping: a \"values\" mapping in the source entry maps the export's own statuses", async () => {
    const files = fixtureFiles();
    const config = JSON.parse(Buffer.from(files["generic-mapping/shoplens.config.json"]).toString("utf8"));
    config.sources[0].values = { status: { 已完成: "completed", 待付款: "pending_payment" } };
    const run = await runOnFiles({
      "shoplens.config.json": JSON.stringify(config),
      "erp_orders.csv":
        "单号,下单时间,付款时间,状态,实付金额,会员\n" +
        "A-2001,2024-03-01 10:00:00,2024-03-01 10:02:00,已完成,10.00,vip_wang\n" +
        "A-2002,2024-03-02 11:00:00,,待付款,0,vip_li\n" +
        // canonical values still pass unmapped; a value neither canonical nor mapped is still quarantined
        "A-2003,2024-03-03 12:00:00,2024-03-03 12:01:00,paid,20.00,vip_li\n" +
        "A-2004,2024-03-04 12:00:00,2024-03-04 12:01:00,已发货,30.00,vip_li\n"
    });
    runs.push(run);
    expect(await run.db.query("SELECT order_id, status FROM orders ORDER BY 1")).toEqual([
      { order_id: "A-2001", status: "completed" },
      { order_id: "A-2002", status: "pending_payment" },
      { order_id: "A-2003", status: "paid" }
    ]);
    expect((await quarantineOf(run)).map((q) => [q.line_number, q.reason_code])).toEqual([[5, "unknown_value"]]);
    expect(await qualityOf(run, "erp_orders.csv")).toEqual([quality("orders", { read: 4, written: 3, quarantined: 1 })]);
  });

  it("pii-free-text: phone, e-mail, name and street typed into review text are masked", async () => {
    const run = await load("pii-free-text");
    expect(await qualityOf(run, "订单报表.csv")).toEqual([quality("orders", { read: 1, written: 1 })]);
    expect(await qualityOf(run, "评价.csv")).toEqual([quality("feedback", { read: 2, written: 2 })]);
    expect(await run.db.query("SELECT feedback_id, text FROM feedback ORDER BY 1")).toEqual([
      { feedback_id: "1001-5001", text: "收到了，[NAME]很满意，电话[PHONE]，邮箱[EMAIL] 追评：寄到[ADDRESS]了" },
      { feedback_id: "1001-5002", text: "[NAME] says: call me on [PHONE]" }
    ]);
    // 买家留言 is not a column of any table; the order keeps only province and a pseudonym.
    const [order] = await run.db.query<Record<string, unknown>>("SELECT * FROM orders");
    expect(JSON.stringify(order)).not.toMatch(/王小明|13912345678|wxm@example\.com|文三路|tb_wxm/);
    expect(order.province).toBe("浙江");
  });
});

describe("duplicates and later exports", () => {
  it("exact-duplicates-orders: a repeated order row is dropped before mapping and counted", async () => {
    const run = await load("exact-duplicates-orders");
    expect(await qualityOf(run, "orders.csv")).toEqual([quality("orders", { read: 3, written: 2, exact: 1 })]);
    expect(await quarantineOf(run)).toEqual([]);
  });

  it("exact-duplicates-events: a repeated event line is dropped in SQL and counted", async () => {
    const run = await load("exact-duplicates-events");
    expect(await qualityOf(run, "UserBehavior.csv")).toEqual([quality("events", { read: 3, written: 2, exact: 1 })]);
  });

  it("a header line repeated inside a file is excluded as repeated_header, before exact-duplicate removal", async () => {
    // Two exports pasted together by hand, header and all, twice: the two repeated headers are
    // identical records, yet both are excluded as headers — neither is counted as a duplicate.
    const row1 = "1001,tb_alice,10.00,10.00,交易成功,,上海,2024-01-01 10:00:00,2024-01-01 10:05:00,,,0";
    const row2 = "1002,tb_bob,20.00,20.00,交易成功,,上海,2024-01-02 10:00:00,2024-01-02 10:05:00,,,0";
    const run = await runOnFiles({ "orders.csv": [TB_HEADER, row1, TB_HEADER, row2, TB_HEADER, ""].join("\n") });
    runs.push(run);
    expect(await qualityOf(run, "orders.csv")).toEqual([quality("orders", { read: 4, written: 2, excluded: 2 })]);
    expect(run.files[0].excludedByReason).toEqual({ repeated_header: 2 });
    expect(await quarantineOf(run)).toEqual([]);
    expect(await run.db.query("SELECT order_id FROM orders ORDER BY 1")).toEqual([{ order_id: "1001" }, { order_id: "1002" }]);
  });

  it("CDNOW: identical lines are separate purchases (kept); the master file's header line is not a record", async () => {
    const run = await runOnFiles({
      "CDNOW_master.txt": [
        " customer_id  date number_of_cds  dollar_value",
        " 00001 19970101  1   11.77",
        " 00001 19970101  1   11.77",
        " 00002 19970112  2   12.00",
        ""
      ].join("\r\n")
    });
    runs.push(run);
    expect(run.files.map((f) => f.preset.id)).toEqual(["cdnow-master"]);
    // rows_read counts the three purchases, not the header line; no duplicate is dropped.
    expect(await qualityOf(run, "CDNOW_master.txt")).toEqual([quality("orders", { read: 3, written: 3 })]);
    expect(run.files[0].excludedByReason).toEqual({});
    expect(await run.db.query("SELECT order_id, amount_paid FROM orders ORDER BY 1")).toEqual([
      { order_id: "cdnow-1-19970101-1", amount_paid: 11.77 },
      { order_id: "cdnow-1-19970101-2", amount_paid: 11.77 },
      { order_id: "cdnow-2-19970112-1", amount_paid: 12 }
    ]);
  });

  it("CDNOW sample: identical lines are kept too", async () => {
    const run = await runOnFiles({
      "CDNOW_sample.txt": ["  4  1 19970101  2  29.33", "  4  1 19970101  2  29.33", "  18 2 19970101  1  14.96", ""].join("\n")
    });
    runs.push(run);
    expect(run.files.map((f) => f.preset.id)).toEqual(["cdnow-sample"]);
    expect(await qualityOf(run, "CDNOW_sample.txt")).toEqual([quality("orders", { read: 3, written: 3 })]);
  });

  it("same-order-twice: one order id twice in a file; the latest status time wins, not the later line", async () => {
    const run = await load("same-order-twice");
    expect(await qualityOf(run, "orders.csv")).toEqual([quality("orders", { read: 3, written: 2, key: 1 })]);
    expect(await run.db.query("SELECT order_id, status, received_at::VARCHAR AS received_at FROM orders ORDER BY 1")).toEqual([
      { order_id: "1001", status: "completed", received_at: "2024-01-05 09:00:00" },
      { order_id: "1002", status: "paid", received_at: null }
    ]);
  });

  it("same-order-two-files: the export with the later status times wins, whatever the file names", async () => {
    const run = await load("same-order-two-files");
    expect(await qualityOf(run, "a-export.csv")).toEqual([quality("orders", { read: 2, written: 2 })]);
    expect(await qualityOf(run, "b-export.csv")).toEqual([quality("orders", { read: 2, written: 1, superseded: 1 })]);
    expect(await run.db.query("SELECT order_id, status FROM orders ORDER BY 1")).toEqual([
      { order_id: "1001", status: "completed" },
      { order_id: "1002", status: "paid" },
      { order_id: "1003", status: "pending_payment" }
    ]);
  });

  it("same-order-export-date: declared export dates beat the files' status times", async () => {
    const run = await load("same-order-export-date");
    expect(await sourcesOf(run)).toEqual([
      { source_file: "a-later.csv", preset: "taobao-orders", encoding: "utf-8", export_date: "2024-02-01 00:00:00" },
      { source_file: "b-earlier.csv", preset: "taobao-orders", encoding: "utf-8", export_date: "2024-01-10 00:00:00" }
    ]);
    expect(await qualityOf(run, "a-later.csv")).toEqual([quality("orders", { read: 1, written: 1 })]);
    expect(await qualityOf(run, "b-earlier.csv")).toEqual([quality("orders", { read: 2, written: 1, superseded: 1 })]);
    expect(await run.db.query("SELECT order_id, status, refund_amount FROM orders ORDER BY 1")).toEqual([
      { order_id: "1001", status: "refunded", refund_amount: 105 },
      { order_id: "1002", status: "paid", refund_amount: 0 }
    ]);
  });

  it("same-order-export-date: without the config, b-earlier's later status time (01-09) wins instead", async () => {
    const files = fixtureFiles();
    const run = await runOnFiles({
      "a-later.csv": files["same-order-export-date/a-later.csv"],
      "b-earlier.csv": files["same-order-export-date/b-earlier.csv"]
    });
    runs.push(run);
    expect(await qualityOf(run, "a-later.csv")).toEqual([quality("orders", { read: 1, written: 0, superseded: 1 })]);
    expect(await run.db.query("SELECT status FROM orders WHERE order_id = '1001'")).toEqual([{ status: "completed" }]);
  });
});

describe("windows", () => {
  it("out-of-window: Tianchi events outside 2017-11-25 … 12-03 (China time) are excluded and counted", async () => {
    const run = await load("out-of-window");
    expect(await qualityOf(run, "UserBehavior.csv")).toEqual([quality("events", { read: 5, written: 2, excluded: 3 })]);
    expect(run.files[0].excludedByReason).toEqual({ out_of_window: 3 });
    expect(await quarantineOf(run)).toEqual([]);
    expect(await run.db.query("SELECT event_at::VARCHAR AS event_at, event_type FROM events ORDER BY event_at")).toEqual([
      { event_at: "2017-11-25 00:00:00", event_type: "view" },
      { event_at: "2017-12-03 23:59:59", event_type: "buy" }
    ]);
  });
});

describe("files that cannot be read fail the load with a message that says what to do", () => {
  const unrecognised = (file: string, seen: string) =>
    `${file}: not a recognised export. Expected the header of a known export (Taobao/Tmall order or item report, ` +
    `生意参谋 traffic/item/search-term export, Tianchi or REES46 behaviour log, UCI Online Retail, Olist, Shopify, ` +
    `CDNOW, reviews or search logs; see docs/export-formats.md) within the first 10 lines; first line seen: ` +
    `[${seen}]. To read it anyway, declare a mapping in shoplens.config.json, e.g. ` +
    `{"sources":[{"match":"${file}","preset":"generic","table":"orders","columns":{"order_id":"<header>","ordered_at":"<header>"}}]}, ` +
    `or {"match":"${file}","skip":true} to ignore the file.`;

  it("unrecognised: a JD-style export no preset knows", async () => {
    const e = await loadError("unrecognised");
    expect(e).toBeInstanceOf(UnrecognisedFileError);
    expect(e.message).toBe(unrecognised("jd_orders.csv", "订单号, 商品名称, 订购数量, 下单时间, 订单金额"));
  });

  it("empty-file: a zero-byte export", async () => {
    const e = await loadError("empty-file");
    expect(e).toBeInstanceOf(UnrecognisedFileError);
    expect(e.message).toBe(unrecognised("orders.csv", "(empty file)"));
  });
});
