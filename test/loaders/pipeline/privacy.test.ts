/**
 * Personal data planted in a Taobao order report, a member export and reviews (nicknames, names,
 * phones, e-mails, Alipay accounts, street addresses; in their own columns and typed into free
 * text) must not reach any output file: not the canonical tables, not the quality or quarantine
 * tables, not the JSON the pages read first. Public mode additionally publishes no customer-level
 * rows and no raw quarantine text.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runOnFiles, type FixtureRun } from "../../helpers/runOnFiles.ts";
import { TABLES } from "../../../src/schema.ts";

const ORDER_HEADER =
  "订单编号,买家会员名,买家支付宝账号,买家应付货款,买家应付邮费,总金额,买家实际支付金额,订单状态,买家留言,收货人姓名,收货地址,运送方式,联系电话,联系手机,订单创建时间,订单付款时间,宝贝标题,宝贝种类,物流单号,物流公司,订单备注,宝贝总数量,店铺名称,订单关闭原因,分阶段订单信息,退款金额,确认收货时间,发货时间,是否手机订单";
const COLUMNS = ORDER_HEADER.split(",");

const csvCell = (v: string) => (/[",\n\r]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
const orderLine = (cells: Record<string, string>) => COLUMNS.map((c) => csvCell(cells[c] ?? "")).join(",");

/** Every value below is personal and must not appear in any output byte. */
const PLANTED = {
  nick1: "tb_晓梅2019",
  alipay1: "xiaomei.li@example.com",
  name1: "李晓梅",
  address1: "浙江省杭州市西湖区文三路398号5栋301室",
  street1: "文三路398号",
  phone1: "13912345678",
  landline1: "0571-88886666",
  nick2: "leiming_88",
  alipay2: "13722223333",
  name2: "雷鸣",
  address2: "广东省深圳市南山区科技园路1号",
  street2: "科技园路1号",
  nick3: "tb_zw1985",
  name3: "张伟",
  phone3: "15811112222",
  email3: "zhangwei@example.org",
  region3: "北京市朝阳区建国路88号",
  street3: "建国路88号",
  freeTextEmail: "lm@example.net"
} as const;
const P = PLANTED;

const ORDERS = [
  ORDER_HEADER,
  orderLine({
    订单编号: "1001", 买家会员名: P.nick1, 买家支付宝账号: P.alipay1, 买家应付货款: "100.00", 买家应付邮费: "5.00", 总金额: "105.00",
    买家实际支付金额: "105.00", 订单状态: "交易成功", 买家留言: `请联系${P.name1} ${P.phone1}，或发邮件 ${P.alipay1}`,
    收货人姓名: P.name1, 收货地址: P.address1, 运送方式: "快递", 联系电话: P.landline1, 联系手机: P.phone1,
    订单创建时间: "2024-01-01 10:00:00", 订单付款时间: "2024-01-01 10:05:00", 宝贝标题: "保温杯", 宝贝总数量: "1",
    退款金额: "0", 确认收货时间: "2024-01-05 09:00:00", 发货时间: "2024-01-02 08:00:00"
  }),
  orderLine({
    订单编号: "1002", 买家会员名: P.nick2, 买家支付宝账号: P.alipay2, 买家应付货款: "50.00", 买家应付邮费: "0.00", 总金额: "50.00",
    买家实际支付金额: "50.00", 订单状态: "买家已付款，等待卖家发货", 收货人姓名: P.name2, 收货地址: P.address2,
    联系手机: P.alipay2, 订单创建时间: "2024-01-03 10:00:00", 订单付款时间: "2024-01-03 10:01:00",
    订单备注: `${P.name2}要求改地址到${P.street2}`, 退款金额: "0"
  }),
  // Cut off inside 收货地址, no final newline: the buyer is a repeat buyer, so every value is known.
  orderLine({
    订单编号: "1004", 买家会员名: P.nick1, 买家支付宝账号: P.alipay1, 买家应付货款: "88.00", 买家应付邮费: "0.00", 总金额: "88.00",
    买家实际支付金额: "88.00", 订单状态: "交易成功", 收货人姓名: P.name1, 收货地址: P.address1
  }).slice(0, -22)
].join("\n");

const MEMBERS = [
  "买家会员名,姓名,手机号,邮箱,性别,出生日期,所在地区,会员等级,注册时间,注册渠道",
  `${P.nick1},${P.name1},${P.phone1},${P.alipay1},女,1990-05-06,${P.address1},黄金会员,2023-05-01 10:00:00,手淘`,
  `${P.nick3},${P.name3},${P.phone3},${P.email3},男,1985-01-01,${P.region3},普通会员,2023-06-01 09:00:00,PC`,
  ""
].join("\n");

const REVIEWS = [
  "评价时间,订单编号,宝贝ID,买家会员名,评分,评价内容,追评内容",
  `2024-01-10 12:00:00,1001,5001,${P.nick1},5,${P.name1}说：很好！有问题打${P.phone1},`,
  `2024-01-11 09:00:00,1002,5002,${P.nick2},4,"${P.nick2} here, email ${P.freeTextEmail}, ship to ${P.street2} please",追评 by ${P.name2}`,
  `2024-01-12 09:00:00,1003,5003,${P.nick3},3,${P.name3}：发到${P.street3}，电话${P.phone3},`,
  ""
].join("\n");

const FILES = { "订单报表.csv": ORDERS, "会员.csv": MEMBERS, "评价.csv": REVIEWS };

/** Every .parquet and .json file the run wrote, as bytes. */
function outputFiles(run: FixtureRun): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  for (const f of readdirSync(run.outDir, { recursive: true }) as string[]) {
    if (/\.(parquet|json)$/.test(f)) out.set(f, readFileSync(join(run.outDir, f)));
  }
  return out;
}

/** [file, value] for every planted value found in the raw bytes of an output file. */
function plantedInBytes(run: FixtureRun, values: readonly string[]): [string, string][] {
  const hits: [string, string][] = [];
  for (const [file, bytes] of outputFiles(run)) {
    for (const v of values) if (bytes.includes(Buffer.from(v, "utf8"))) hits.push([file, v]);
  }
  return hits;
}

/**
 * The byte search cannot see inside zstd-compressed Parquet pages, so every value of every
 * published table is also decoded and searched: [table, value] for each hit.
 */
async function plantedInValues(run: FixtureRun, values: readonly string[]): Promise<[string, string][]> {
  const hits: [string, string][] = [];
  for (const table of Object.keys(run.tableRows)) {
    const text = JSON.stringify(await run.db.query(`SELECT * FROM "${table}"`));
    for (const v of values) if (text.includes(v)) hits.push([table, v]);
  }
  return hits;
}

const VALUES = Object.values(PLANTED);

describe("internal mode: personal data never reaches an output file", () => {
  let run: FixtureRun;
  beforeAll(async () => {
    run = await runOnFiles(FILES);
  });
  afterAll(() => run?.close());

  it("loads what it should (so the searches below look at real output)", async () => {
    expect(run.tableRows).toMatchObject({ orders: 2, customers: 2, feedback: 3, quarantine: 1 });
    expect([...outputFiles(run).keys()].sort()).toEqual(expect.arrayContaining(["orders.parquet", "feedback.parquet", "build_info.json"]));
  });

  it("no planted value in the bytes of any .parquet or .json", () => {
    // Positive control: the byte search does find text that is there.
    expect(plantedInBytes(run, ["Asia/Shanghai"]).map(([f]) => f)).toContain("build_info.json");
    expect(plantedInBytes(run, VALUES)).toEqual([]);
  });

  it("no planted value in any decoded value of any published table", async () => {
    expect((await plantedInValues(run, ["[NAME]", "[PHONE]"])).map(([t]) => t)).toContain("feedback"); // control
    expect(await plantedInValues(run, VALUES)).toEqual([]);
  });

  it("free text keeps its words and loses the personal data", async () => {
    expect(await run.db.query("SELECT feedback_id, text FROM feedback ORDER BY 1")).toEqual([
      { feedback_id: "1001-5001", text: "[NAME]说：很好！有问题打[PHONE]" },
      { feedback_id: "1002-5002", text: "[NAME] here, email [EMAIL], ship to [ADDRESS] please 追评：追评 by [NAME]" },
      // "发到" goes with the address: the masker over-reaches a little, which is the safe side.
      { feedback_id: "1003-5003", text: "[NAME]：[ADDRESS]，电话[PHONE]" }
    ]);
  });

  it("the quarantined cut-off row keeps its shape but no raw nickname, name, account or address", async () => {
    const rows = await run.db.query<{ line_number: number; reason_code: string; raw_text: string }>(
      "SELECT line_number, reason_code, raw_text FROM quarantine"
    );
    expect(rows.map((r) => [r.line_number, r.reason_code])).toEqual([[4, "field_count"]]);
    const raw = rows[0].raw_text;
    // Every non-empty cell under a personal column is masked by position: 买家会员名, 买家支付宝账号,
    // 收货人姓名 and the cut-off 收货地址 (买家留言 is empty and stays empty).
    expect(raw).toBe("1004,[MASKED],[MASKED],88.00,0.00,88.00,88.00,交易成功,,[MASKED],[MASKED]");
    for (const v of VALUES) expect(raw).not.toContain(v);
  });

  it("customer keys are pseudonyms that still link orders, members and reviews", async () => {
    const [{ n }] = await run.db.query<{ n: number }>(
      `SELECT count(*)::INTEGER AS n FROM orders o JOIN customers c USING (customer_id) JOIN feedback f USING (customer_id)
       WHERE o.order_id = '1001'`
    );
    expect(n).toBe(1);
  });
});

describe("quarantine text of records no preset could map", () => {
  // A cut-off or shifted row is never mapped, so nothing in it is remembered for masking; the cells
  // under personal columns (买家会员名, 收货地址) are masked by position instead.
  it("do not reveal a nickname that appears only in a cut-off row", async () => {
    const run = await runOnFiles({
      "orders.csv":
        "订单编号,买家会员名,总金额,买家实际支付金额,订单状态,收货地址,订单创建时间,订单付款时间,退款金额\n" +
        "1001,tb_alice,10.00,10.00,交易成功,上海,2024-01-01 10:00:00,2024-01-01 10:05:00,0\n" +
        "1003,tb_only_in_cut_row,88.00,88.00,交易成功,上海"
    });
    try {
      const [q] = await run.db.query<{ reason_code: string; raw_text: string }>("SELECT reason_code, raw_text FROM quarantine");
      expect(q.reason_code).toBe("field_count");
      expect(q.raw_text).not.toContain("tb_only_in_cut_row");
      expect(q.raw_text).toBe("1003,[MASKED],88.00,88.00,交易成功,[MASKED]");
    } finally {
      run.close();
    }
  });

  // V8's JSON.parse messages quote the input (`..."er_nick":tb_晓梅2019,""...`), and the reason IS
  // published in public mode: the reason keeps only the position, never the record text. (Node 20's
  // "Unexpected token" message carries no position, so the reason is then just "not valid JSON".)
  it("do not reveal personal data through the reason of a bad JSON line (public mode)", async () => {
    const run = await runOnFiles(
      {
        "track.jsonl": [
          `{"event_time":"2024-01-01T10:00:00+08:00","visitor_id":"v001","member_nick":"${P.nick3}","event_type":"pv","item_id":"5001"}`,
          `{"event_time":"2024-01-01T10:01:00+08:00","visitor_id":"v002","member_nick":${P.nick1},"event_type":"pv","item_id":"5001"}`,
          ""
        ].join("\n")
      },
      { mode: "public" }
    );
    try {
      expect(run.tableRows.quarantine).toBe(1);
      expect(await plantedInValues(run, [P.nick1, P.nick3])).toEqual([]);
      expect(plantedInBytes(run, [P.nick1, P.nick3])).toEqual([]);
      const [q] = await run.db.query<{ reason_code: string; reason: string; raw_text: string | null }>(
        "SELECT reason_code, reason, raw_text FROM quarantine"
      );
      expect(q.reason_code).toBe("bad_json");
      expect(q.reason).toMatch(/^not valid JSON( \(at character \d+ of the line\))?$/);
      expect(q.raw_text).toBeNull();
    } finally {
      run.close();
    }
  });
});

describe("public mode", () => {
  let run: FixtureRun;
  beforeAll(async () => {
    run = await runOnFiles(FILES, { mode: "public" });
  });
  afterAll(() => run?.close());

  it("writes every customer-level table with its schema and zero rows", async () => {
    const customerTables = Object.values(TABLES).filter((t) => t.grain === "customer").map((t) => t.name);
    expect(customerTables).toEqual(["customers", "orders", "order_items", "events", "searches", "feedback", "experiments"]);
    for (const t of customerTables) {
      expect(run.tableRows[t], t).toBe(0);
      const cols = await run.db.query<{ column_name: string }>(`SELECT column_name FROM (DESCRIBE SELECT * FROM "${t}")`);
      expect(cols.map((c) => c.column_name), t).toEqual(TABLES[t as keyof typeof TABLES].columns.map((c) => c.name));
    }
  });

  it("keeps the quarantine's line and reason but publishes no raw text", async () => {
    expect(await run.db.query("SELECT source_file, line_number, reason_code, raw_text FROM quarantine")).toEqual([
      { source_file: "订单报表.csv", line_number: 4, reason_code: "field_count", raw_text: null }
    ]);
  });

  it("still publishes the per-file quality rows", async () => {
    expect(
      await run.db.query("SELECT source_file, table_name, rows_read, rows_written, rows_quarantined FROM quality ORDER BY source_file")
    ).toEqual([
      { source_file: "会员.csv", table_name: "customers", rows_read: 2, rows_written: 2, rows_quarantined: 0 },
      { source_file: "订单报表.csv", table_name: "orders", rows_read: 3, rows_written: 2, rows_quarantined: 1 },
      { source_file: "评价.csv", table_name: "feedback", rows_read: 3, rows_written: 3, rows_quarantined: 0 }
    ]);
  });

  it("no planted value in any output byte or decoded value", async () => {
    expect(plantedInBytes(run, VALUES)).toEqual([]);
    expect(await plantedInValues(run, VALUES)).toEqual([]);
  });
});
