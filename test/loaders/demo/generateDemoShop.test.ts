import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import iconv from "iconv-lite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateDemoShop, type DemoShopResult } from "../../../loaders/demo/generateDemoShop.ts";
import { parseCsv, readRecords, readText } from "./readDemoFile.ts";

// Headers as docs/export-formats.md lists them (trailing spaces where the real Taobao export has them).
const HEADERS: Record<string, string[]> = {
  "taobao/订单报表-2024.csv": ["订单编号", "买家会员名", "买家支付宝账号", "买家应付货款", "买家应付邮费", "总金额", "买家实际支付金额", "订单状态", "买家留言", "收货人姓名", "收货地址 ", "运送方式", "联系电话", "联系手机", "订单创建时间", "订单付款时间 ", "宝贝标题 ", "宝贝种类", "物流单号 ", "物流公司", "订单备注", "宝贝总数量", "店铺名称", "订单关闭原因", "分阶段订单信息", "退款金额", "确认收货时间", "发货时间 ", "是否手机订单"],
  "taobao/宝贝报表-2024.csv": ["订单编号", "标题", "价格", "购买数量", "外部系统编号", "商品属性", "套餐信息", "备注", "订单状态", "商家编码"],
  "sycm/流量来源-日报.csv": ["统计日期", "流量来源", "访客数", "浏览量", "下单买家数", "支付买家数", "支付金额", "支付转化率"],
  "sycm/商品效果-日报.csv": ["统计日期", "商品ID", "商品名称", "商品访客数", "商品浏览量", "加购件数", "商品收藏人数", "支付件数", "支付买家数", "支付金额"],
  "sycm/引流搜索词-日报.csv": ["统计日期", "搜索词", "访客数", "支付买家数", "支付金额", "支付转化率"],
  "crm/会员信息.csv": ["买家会员名", "姓名", "手机号", "邮箱", "性别", "出生日期", "所在地区", "会员等级", "注册时间", "注册渠道"],
  "catalog/商品.csv": ["宝贝ID", "商家编码", "宝贝标题", "类目", "品牌", "一口价", "价格档", "上架时间"],
  "reviews/评价.csv": ["评价时间", "订单编号", "宝贝ID", "买家会员名", "评分", "评价内容", "追评内容"],
  "reviews/投诉.csv": ["创建时间", "订单编号", "买家会员名", "投诉类型", "投诉内容"],
  "reviews/NPS调查.csv": ["提交时间", "买家会员名", "推荐意愿", "意见建议"],
  "search/站内搜索.csv": ["搜索时间", "访客ID", "会话ID", "搜索词", "结果数", "是否点击"],
  "events/行为日志.csv": ["event_time", "visitor_id", "member_nick", "session_id", "event_type", "item_id", "category", "traffic_source", "device", "page", "element"],
  "experiments/AB分组.csv": ["experiment_id", "visitor_id", "variant", "assigned_at"]
};
HEADERS["taobao/订单报表-2025.csv"] = HEADERS["taobao/订单报表-2024.csv"]!;
HEADERS["taobao/宝贝报表-2025.csv"] = HEADERS["taobao/宝贝报表-2024.csv"]!;
const GB18030_FILES = Object.keys(HEADERS).filter((f) => f.startsWith("taobao/"));

const root = mkdtempSync(join(tmpdir(), "demo-shop-"));
const dirA = join(root, "a");
const dirB = join(root, "b");
const dirC = join(root, "c");
const dirBig = join(root, "big");
let small: DemoShopResult;
let big: DemoShopResult;

beforeAll(async () => {
  small = await generateDemoShop(dirA, { seed: 7, customers: 400 });
  await generateDemoShop(dirB, { seed: 7, customers: 400 });
  await generateDemoShop(dirC, { seed: 8, customers: 400 });
  big = await generateDemoShop(dirBig, { seed: 11, customers: 4000 });
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const money = (s: string) => Number(s.replace(/[¥,]/g, "") || 0);
const orderId = (s: string) => s.replace(/^="?|"$/g, "");

describe("generateDemoShop", () => {
  it("is deterministic: same seed gives identical bytes, another seed different files", () => {
    for (const f of small.files) expect(readFileSync(join(dirB, f)).equals(readFileSync(join(dirA, f))), f).toBe(true);
    expect(readFileSync(join(dirC, "taobao/订单报表-2024.csv")).equals(readFileSync(join(dirA, "taobao/订单报表-2024.csv")))).toBe(false);
    expect(readFileSync(join(dirC, "events/行为日志.csv")).equals(readFileSync(join(dirA, "events/行为日志.csv")))).toBe(false);
  });

  it("writes every promised file, and the shop config", () => {
    expect(small.files).toEqual([...Object.keys(HEADERS), "shoplens.config.json"].sort());
    for (const f of small.files) expect(statSync(join(dirA, f)).size, f).toBeGreaterThan(50);
    expect(JSON.parse(readFileSync(join(dirA, "shoplens.config.json"), "utf8"))).toEqual({
      shop: { name: "演示店铺 Demo Shop", timeZone: "Asia/Shanghai", currency: "CNY" }
    });
    expect(existsSync(join(dirA, "canaries.json"))).toBe(false);
  });

  it("writes Taobao exports in GB18030 that are not valid UTF-8, the others in UTF-8", () => {
    for (const f of GB18030_FILES) {
      const bytes = readFileSync(join(dirA, f));
      expect(() => new TextDecoder("utf-8", { fatal: true }).decode(bytes), f).toThrow();
      expect(iconv.decode(bytes, "gb18030")).toContain("订单编号");
    }
    for (const f of ["crm/会员信息.csv", "reviews/评价.csv", "sycm/流量来源-日报.csv"]) {
      expect([...readFileSync(join(dirA, f)).subarray(0, 3)], f).toEqual([0xef, 0xbb, 0xbf]);
    }
  });

  it("uses exactly the documented headers, after the 生意参谋 title lines", () => {
    for (const [f, header] of Object.entries(HEADERS)) expect(readRecords(dirA, f).header, f).toEqual(header);
    const sycm = readText(dirA, "sycm/流量来源-日报.csv").split("\n");
    expect(sycm.slice(0, 3)).toEqual(["生意参谋 流量来源", "统计日期：2024-01-01~2025-12-31", ""]);
  });

  it("plants canaries of every kind and every one is in the raw files, none in the catalogue", () => {
    const c = big.canaries;
    expect(c.some((v) => /^1[3-9]\d{9}$/.test(v))).toBe(true);
    expect(c.some((v) => /^[^@\s]+@[\w.]+$/.test(v))).toBe(true);
    expect(c.some((v) => /^\d{17}[\dX]$/.test(v))).toBe(true);
    expect(c.some((v) => /^[\u4e00-\u9fff]{3}$/.test(v))).toBe(true);
    expect(c.some((v) => /号\d+栋\d+室$/.test(v))).toBe(true);
    const text = big.files.filter((f) => f.endsWith(".csv")).map((f) => readText(dirBig, f)).join("\n");
    const tokens = new Set(text.split(/[,\r\n" ]+/));
    const missing = c.filter((v) => !tokens.has(v) && !text.includes(v));
    expect(missing).toEqual([]);
    const catalogue = readText(dirBig, "catalog/商品.csv");
    expect(c.filter((v) => catalogue.includes(v))).toEqual([]);
    // Free text carries some too (buyer messages, reviews), not only the PII columns.
    const reviews = readText(dirBig, "reviews/评价.csv") + readText(dirBig, "taobao/订单报表-2025.csv");
    expect(/请联系我1[3-9]\d{9}|有问题请联系1[3-9]\d{9}/.test(reviews)).toBe(true);
  });

  it("has exactly one duplicated order row in 2024 and a cut-off last line in 2025", () => {
    const lines2024 = readText(dirBig, "taobao/订单报表-2024.csv").split("\r\n").filter(Boolean);
    const seen = new Set<string>();
    const dups = lines2024.filter((l) => (seen.has(l) ? true : (seen.add(l), false)));
    expect(dups).toHaveLength(1);
    const text2025 = readText(dirBig, "taobao/订单报表-2025.csv");
    expect(text2025.endsWith("\n")).toBe(false);
    const rows = parseCsv(text2025);
    expect(rows.at(-1)!.length).toBeLessThan(HEADERS["taobao/订单报表-2025.csv"]!.length);
    expect(rows.slice(0, -1).every((r) => r.length === 29)).toBe(true);
  });

  it("writes pre-sale orders as 定金 and 尾款 rows with one 订单编号, and overlapping yearly exports", () => {
    const y24 = readRecords(dirBig, "taobao/订单报表-2024.csv").records;
    const y25 = readRecords(dirBig, "taobao/订单报表-2025.csv").records;
    const stages = new Map<string, string[]>();
    for (const r of y24) if (r["分阶段订单信息"]) stages.set(orderId(r["订单编号"]!), [...(stages.get(orderId(r["订单编号"]!)) ?? []), r["分阶段订单信息"]!]);
    expect(stages.size).toBeGreaterThan(10);
    for (const s of stages.values()) expect(s.sort()).toEqual(["定金", "尾款"].sort());
    const status24 = new Map(y24.map((r) => [orderId(r["订单编号"]!), r["订单状态"]]));
    const december = y25.filter((r) => status24.has(orderId(r["订单编号"]!)));
    expect(december.length).toBeGreaterThan(100);
    expect(december.every((r) => /^2024[-/]12/.test(r["订单创建时间"]!) || r["订单创建时间"]!.length < 12)).toBe(true);
    expect(december.some((r) => status24.get(orderId(r["订单编号"]!)) === "卖家已发货，等待买家确认" && r["订单状态"] === "交易成功")).toBe(true);
    expect(y24.some((r) => r["订单编号"]!.startsWith('="'))).toBe(true);
    expect(y24.some((r) => r["买家实际支付金额"]!.startsWith("¥"))).toBe(true);
    expect(y24.some((r) => /^\d{4}\/\d{1,2}\/\d{1,2} \d{1,2}:\d{2}$/.test(r["订单创建时间"]!))).toBe(true);
    expect(y24.some((r) => ["上海", "广东省", "广东", "上海市"].includes(r["收货地址"]!))).toBe(true);
    expect(y24.some((r) => r["订单状态"] === "交易关闭" && r["订单关闭原因"] === "买家未付款" && r["订单付款时间"] === "")).toBe(true);
  });

  it("has a Pareto revenue curve and a 双十一 peak", () => {
    // Latest state per order: the 2025 export supersedes 2024 rows of the same order.
    const latest = new Map<string, Record<string, string>[]>();
    for (const f of ["taobao/订单报表-2024.csv", "taobao/订单报表-2025.csv"]) {
      const byId = new Map<string, Record<string, string>[]>();
      for (const r of readRecords(dirBig, f).records) {
        if (r["店铺名称"] === "") continue; // the cut-off row
        const id = orderId(r["订单编号"]!);
        byId.set(id, [...(byId.get(id) ?? []), r]);
      }
      for (const [id, rows] of byId) latest.set(id, rows);
    }
    const spend = new Map<string, number>();
    const perDay = new Map<string, number>();
    for (const rows of latest.values()) {
      const net = rows.reduce((s, r) => s + money(r["买家实际支付金额"]!) - money(r["退款金额"]!), 0);
      spend.set(rows[0]!["买家会员名"]!, (spend.get(rows[0]!["买家会员名"]!) ?? 0) + net);
      const d = rows[0]!["订单创建时间"]!.replace(/^(\d{4})\/(\d{1,2})\/(\d{1,2}).*/, (_, y, m, dd) => `${y}-${m.padStart(2, "0")}-${dd.padStart(2, "0")}`).slice(0, 10);
      perDay.set(d, (perDay.get(d) ?? 0) + 1);
    }
    const values = [...spend.values()].filter((v) => v > 0).sort((a, b) => b - a);
    const top = values.slice(0, Math.round(values.length * 0.2)).reduce((a, b) => a + b, 0);
    const share = top / values.reduce((a, b) => a + b, 0);
    expect(share).toBeGreaterThan(0.58);
    expect(share).toBeLessThan(0.72);
    const counts = [...perDay.values()].sort((a, b) => a - b);
    const median = counts[Math.floor(counts.length / 2)]!;
    expect(perDay.get("2024-11-11")!).toBeGreaterThan(6 * median);
    expect(perDay.get("2025-11-11")!).toBeGreaterThan(6 * median);
  });

  it("keeps 生意参谋 paid amounts equal to the orders' paid amounts and splits the A/B test about 50/50", () => {
    const sycmPaid = readRecords(dirBig, "sycm/流量来源-日报.csv").records.reduce((s, r) => s + money(r["支付金额"]!), 0);
    expect(readRecords(dirBig, "sycm/流量来源-日报.csv").records.every((r) => /^\d+\.\d{2}%$/.test(r["支付转化率"]!))).toBe(true);
    const rows = [...readRecords(dirBig, "taobao/订单报表-2024.csv").records, ...readRecords(dirBig, "taobao/订单报表-2025.csv").records];
    const seen = new Set<string>();
    let paid = 0;
    for (const r of rows) {
      const key = orderId(r["订单编号"]!) + r["分阶段订单信息"];
      if (seen.has(key) || r["店铺名称"] === "") continue;
      seen.add(key);
      if (r["订单付款时间"]) paid += money(r["买家实际支付金额"]!);
    }
    expect(Math.abs(sycmPaid - paid) / paid).toBeLessThan(0.01);
    const ab = readRecords(dirBig, "experiments/AB分组.csv").records.filter((r) => r.experiment_id === "checkout_button_2025");
    const b = ab.filter((r) => r.variant === "B").length / ab.length;
    expect(b).toBeGreaterThan(0.45);
    expect(b).toBeLessThan(0.55);
  });
});
