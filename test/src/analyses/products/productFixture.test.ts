/**
 * The product queries on a shop worked by hand: period 2024-06-01 … 06-30 (30 days), so the previous
 * period is 05-02 … 05-31; CNY.
 *
 * Catalogue (products): P1 shoes X sku P1-S listed 01-01 · P2 shoes Y (no sku) listing date unknown ·
 *   P3 bags X sku P3-STD listed 06-30 (the period's last day) · P4 bags Z listed 03-01 · P6 bags Z listed
 *   07-01 (after the period) · P7 bags Z listed 05-28. P5 (bags, no brand) is sold but not in the catalogue.
 * Orders (lines: product sku qty×unit; k = customer):
 *   o00 k1 04-10 10:00      P3 P3-STD 1×80     before both periods: k1's first purchase ever
 *   o01 k2 05-01 23:59:59   P2 1×999           the day before the previous period: k2's first purchase
 *   o02 k1 05-10            P1 P1-S 1×100      previous
 *   o03 k2 05-20            P2 2×50            previous
 *   o04 k2 05-25            P7 2×100           previous
 *   o05 k2 05-31 23:59:59   P4 1×30            previous (its last second)
 *   o10 k1 06-01 00:00:00   P1 P1-S 2×100 + P3 P3-STD 1×40
 *   o11 k3 06-01 cancelled after paying: P4 5×100 → not a purchase (P4 sells nothing in June)
 *   o12 k3 06-05            P1 P1-L 1×300      k3's first purchase
 *   o13 k3 06-10            P2 1×60
 *   o14 k4 06-12 12:00:00   P2 1×40, refunded 06-20 (known by the period's end)
 *   o15 k4 06-12 12:00:00   P7 1×50 + P2 1×20  same second as o14: the first purchase is o14 (order id)
 *   o16 k5 06-15            P5 1×10 (no brand) k5's first purchase
 *   o17 —  06-20            P1 (no sku) 1×200, title "Runner v2": no customer
 *   o18 k2 06-25            P3 P3-STD 1×80, refunded 07-03 (after the period's end: not a refund yet)
 *   o19 k5 06-17 USD        P3 1×1000 → other currency · o20 k1 07-01 00:00 P1 → after · o21 k2 unpaid P2
 *   o22 k5 06-28 paid, no lines
 * Per product in June (sales, units, orders, buyers, new = bought in their first purchase ever, repeat):
 *   P1 200 + 300 + 200 = 700, 4, 3, 2 (k1 k3; o17 has none), new k3 (o12), repeat k1 (o10); avg 175; prev o02 100
 *   P2 60 + 40 + 20 = 120, 3, 3, 2 (k3 k4), new k4 (o14), repeat k3 (o13) and k4 (o15): k4 is both; refunds 1/3;
 *      avg 40; prev o03 100 (o01 is before the previous period)
 *   P3 40 + 80 = 120, 2, 2, 2, new 0 (k1's and k2's first purchases were o00 and o01), repeat 2; refunds 0; avg 60; prev 0
 *   P7 50, 1, 1, 1, new 0 (o15 is not k4's first), repeat 1; avg 50; prev o04 200
 *   P5 10, 1, 1, 1, new 1; avg 10; prev 0 · P4 nothing in June, prev o05 30
 * ABC (cents; equal sales share a class): 70000 P1, {12000 P2, 12000 P3}, 5000 P7, 1000 P5; total 100000.
 *   Before: P1 0 A; {P2 P3} 70000 < 80000 A (alone, the second would start at 82000: B); P7 94000 < 95000 B;
 *   P5 99000 C.
 * Price bands (quantile_cont 1/3, 2/3 of avg_price within the category, items sold in June):
 *   shoes [40, 175]: 40 + 135/3 = 85, 40 + 2·135/3 = 130 → P2 low, P1 high;
 *   bags [10, 50, 60]: positions 2/3 and 4/3 → 10 + 40·2/3 = 36.67, 50 + 10/3 = 53.33 → P5 low, P7 mid, P3 high.
 * Reviews (kind review, with a rating, written in June): P1 5 (06-10), 4 (06-30 23:00) → 4.5; not 05-31 23:59 nor
 *   07-01 00:00 (both 1 star). P2: a complaint and a review without rating → none. P3 4, 5, 5 → 4.666… → 4.67.
 *   P4 2 (not sold in June, still rated). P6 is in no row; a review without product counts nowhere.
 * SKU level (item = sku, else product id; a product's reviews go to its catalogue sku): P1-S 200 (k1 repeat, prev 100,
 *   rating 4.5), P1-L 300 (k3 new), P1 (no sku) 200; shoes prices [40, 100, 200, 300] put the cuts exactly on
 *   100 and 200 (positions 1 and 2) → P2 low, P1-S low (= cut), P1 mid (= cut), P1-L high.
 *   ABC: 30000 A, {20000 ×2} before 30000 A, {12000 ×2} before 70000 A, 5000 before 94000 B, 1000 C.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixtureDb, order } from "../../../helpers/fixtureDb.ts";
import { productTable, type ProductRow } from "../../../../src/analyses/products/productTable.ts";
import { sellThrough } from "../../../../src/analyses/products/sellThrough.ts";
import { productDailyTable } from "../../../../src/analyses/products/productDailyTable.ts";
import { abcCurve, abcSummary, movers } from "../../../../src/analyses/products/productSummaries.ts";
import { basketItems, basketTransactions, ITEM_SEPARATOR } from "../../../../src/analyses/products/basketTransactions.ts";
import { basketRules } from "../../../../src/analyses/products/basketRules.ts";
import { previousPeriod, type ProductOptions } from "../../../../src/analyses/products/productOptions.ts";

const q = (v: string | number | null | undefined) => (v == null ? "NULL" : typeof v === "number" ? String(v) : `'${v}'`);
const product = (id: string, sku: string | null, title: string, category: string, brand: string, listed: string | null) =>
  `INSERT INTO products (product_id, sku, title, category, brand, price, currency, listed_date)
   VALUES (${q(id)}, ${q(sku)}, ${q(title)}, ${q(category)}, ${q(brand)}, 1, 'CNY', ${listed ? `DATE '${listed}'` : "NULL"})`;
const line = (orderId: string, n: number, p: string, sku: string | null, title: string, category: string, brand: string | null, qty: number, unit: number) =>
  `INSERT INTO order_items (order_id, line_no, product_id, sku, title, category, brand, quantity, unit_price)
   VALUES (${q(orderId)}, ${n}, ${q(p)}, ${q(sku)}, ${q(title)}, ${q(category)}, ${q(brand)}, ${qty}, ${unit})`;
const paid = (id: string, customer: string | null, at: string, amount: number, extra: Partial<Parameters<typeof order>[0]> = {}) =>
  order({ id, customer, ordered: at, paid: at, paidAmount: amount, ...extra });
const review = (id: string, productId: string | null, rating: number | null, at: string, kind = "review") =>
  `INSERT INTO feedback (feedback_id, kind, created_at, product_id, rating) VALUES (${q(id)}, ${q(kind)}, TIMESTAMP '${at}', ${q(productId)}, ${q(rating)})`;
const daily = (date: string, id: string, title: string, v: (number | null)[], currency: string | null) =>
  `INSERT INTO product_daily VALUES (DATE '${date}', ${q(id)}, ${q(title)}, ${v.map(q).join(", ")}, ${q(currency)})`;

const INSERTS = [
  product("P1", "P1-S", "Runner", "shoes", "X", "2024-01-01"),
  product("P2", null, "Court", "shoes", "Y", null),
  product("P3", "P3-STD", "Tote", "bags", "X", "2024-06-30"),
  product("P4", null, "Clutch", "bags", "Z", "2024-03-01"),
  product("P6", null, "Duffel", "bags", "Z", "2024-07-01"),
  product("P7", null, "Backpack", "bags", "Z", "2024-05-28"),

  paid("o00", "k1", "2024-04-10 10:00:00", 80),
  line("o00", 1, "P3", "P3-STD", "Tote", "bags", "X", 1, 80),
  paid("o01", "k2", "2024-05-01 23:59:59", 999),
  line("o01", 1, "P2", null, "Court", "shoes", "Y", 1, 999),
  paid("o02", "k1", "2024-05-10 10:00:00", 100),
  line("o02", 1, "P1", "P1-S", "Runner", "shoes", "X", 1, 100),
  paid("o03", "k2", "2024-05-20 10:00:00", 100),
  line("o03", 1, "P2", null, "Court", "shoes", "Y", 2, 50),
  paid("o04", "k2", "2024-05-25 10:00:00", 200),
  line("o04", 1, "P7", null, "Backpack", "bags", "Z", 2, 100),
  paid("o05", "k2", "2024-05-31 23:59:59", 30),
  line("o05", 1, "P4", null, "Clutch", "bags", "Z", 1, 30),
  paid("o10", "k1", "2024-06-01 00:00:00", 240),
  line("o10", 1, "P1", "P1-S", "Runner", "shoes", "X", 2, 100),
  line("o10", 2, "P3", "P3-STD", "Tote", "bags", "X", 1, 40),
  paid("o11", "k3", "2024-06-01 09:00:00", 500, { status: "cancelled" }),
  line("o11", 1, "P4", null, "Clutch", "bags", "Z", 5, 100),
  paid("o12", "k3", "2024-06-05 10:00:00", 300),
  line("o12", 1, "P1", "P1-L", "Runner", "shoes", "X", 1, 300),
  paid("o13", "k3", "2024-06-10 10:00:00", 60),
  line("o13", 1, "P2", null, "Court", "shoes", "Y", 1, 60),
  paid("o14", "k4", "2024-06-12 12:00:00", 40, { status: "refunded", refund: 40, refundedAt: "2024-06-20 10:00:00" }),
  line("o14", 1, "P2", null, "Court", "shoes", "Y", 1, 40),
  paid("o15", "k4", "2024-06-12 12:00:00", 70),
  line("o15", 1, "P7", null, "Backpack", "bags", "Z", 1, 50),
  line("o15", 2, "P2", null, "Court", "shoes", "Y", 1, 20),
  paid("o16", "k5", "2024-06-15 10:00:00", 10),
  line("o16", 1, "P5", null, "Mystery", "bags", null, 1, 10),
  paid("o17", null, "2024-06-20 10:00:00", 200),
  line("o17", 1, "P1", null, "Runner v2", "shoes", "X", 1, 200),
  paid("o18", "k2", "2024-06-25 10:00:00", 80, { refund: 80, refundedAt: "2024-07-03 10:00:00" }),
  line("o18", 1, "P3", "P3-STD", "Tote", "bags", "X", 1, 80),
  paid("o19", "k5", "2024-06-17 10:00:00", 1000, { currency: "USD" }),
  line("o19", 1, "P3", "P3-STD", "Tote", "bags", "X", 1, 1000),
  paid("o20", "k1", "2024-07-01 00:00:00", 100),
  line("o20", 1, "P1", "P1-S", "Runner", "shoes", "X", 1, 100),
  order({ id: "o21", customer: "k2", ordered: "2024-06-18 10:00:00", status: "pending_payment", paidAmount: 60 }),
  line("o21", 1, "P2", null, "Court", "shoes", "Y", 1, 60),
  paid("o22", "k5", "2024-06-28 10:00:00", 5),

  review("r1", "P1", 5, "2024-06-10 10:00:00"),
  review("r2", "P1", 4, "2024-06-30 23:00:00"),
  review("r3", "P1", 1, "2024-05-31 23:59:00"),
  review("r4", "P1", 1, "2024-07-01 00:00:00"),
  review("r5", "P2", 1, "2024-06-10 10:00:00", "complaint"),
  review("r6", "P2", null, "2024-06-10 10:00:00"),
  review("r7", "P3", 4, "2024-06-15 10:00:00"),
  review("r8", "P3", 5, "2024-06-16 10:00:00"),
  review("r9", "P3", 5, "2024-06-17 10:00:00"),
  review("r10", "P4", 2, "2024-06-10 10:00:00"),
  review("r11", "P6", 3, "2024-06-10 10:00:00"),
  review("r12", null, 1, "2024-06-10 10:00:00"),

  // product_daily: visitors, page views, cart units, fav buyers, paying buyers, paid units, paid amount.
  daily("2024-06-01", "P1", "Runner", [100, 300, 10, 5, 4, 5, 500.1], "CNY"),
  daily("2024-06-30", "P1", "Runner v2", [50, 100, 5, 2, 2, 2, 200.2], "CNY"),
  daily("2024-05-31", "P1", "Old", [999, 999, 99, 99, 99, 99, 9999], "CNY"),
  daily("2024-07-01", "P1", "Next", [999, 999, 99, 99, 99, 99, 9999], "CNY"),
  daily("2024-06-10", "P2", "Court", [40, 80, 0, 1, 0, 0, 0], null),
  daily("2024-06-10", "P3", "Tote", [10, 20, 1, 1, 1, 1, 99.99], "USD"),
  daily("2024-06-11", "P9", "Zero", [0, null, null, null, null, null, null], "CNY")
];

const JUNE: ProductOptions = { from: "2024-06-01", to: "2024-06-30", currency: "CNY" };
const COLS = ["item", "product_id", "title", "category", "brand", "sales", "units", "orders", "buyers", "new_buyers", "repeat_buyers",
  "refund_rate", "rating", "reviews", "avg_price", "price_band", "abc", "prev_sales", "change"] as const;
const table = async (o: Partial<ProductOptions> = {}) => (await productTable.run(fx.db, { ...JUNE, ...o })).map((r) => COLS.map((c) => r[c]));

let fx: Awaited<ReturnType<typeof fixtureDb>>;
beforeAll(async () => {
  fx = await fixtureDb(INSERTS);
});
afterAll(() => fx.close());

describe("previousPeriod", () => {
  it("is the period of the same length just before", () => {
    expect(previousPeriod("2024-06-01", "2024-06-30")).toEqual({ from: "2024-05-02", to: "2024-05-31" });
    // March 2024 has 31 days: back to 01-30 … 02-29 (leap year).
    expect(previousPeriod("2024-03-01", "2024-03-31")).toEqual({ from: "2024-01-30", to: "2024-02-29" });
    expect(previousPeriod("2024-01-01", "2024-01-01")).toEqual({ from: "2023-12-31", to: "2023-12-31" });
  });
});

describe("productTable", () => {
  it("per product: sales, units, orders, buyers, new/repeat, refunds, rating, price band, ABC, previous period", async () => {
    expect(await table()).toEqual([
      ["P1", "P1", "Runner v2", "shoes", "X", 700, 4, 3, 2, 1, 1, 0, 4.5, 2, 175, "high", "A", 100, 600],
      ["P2", "P2", "Court", "shoes", "Y", 120, 3, 3, 2, 1, 2, 1 / 3, null, 0, 40, "low", "A", 100, 20],
      ["P3", "P3", "Tote", "bags", "X", 120, 2, 2, 2, 0, 2, 0, 4.67, 3, 60, "high", "A", 0, 120],
      ["P7", "P7", "Backpack", "bags", "Z", 50, 1, 1, 1, 0, 1, 0, null, 0, 50, "mid", "B", 200, -150],
      ["P5", "P5", "Mystery", "bags", null, 10, 1, 1, 1, 1, 0, 0, null, 0, 10, "low", "C", 0, 10],
      // Sold only in the previous period: no class, no price, no refund rate; its June review still shows.
      ["P4", "P4", "Clutch", "bags", "Z", 0, 0, 0, 0, 0, 0, null, 2, 1, null, null, null, 30, -30]
    ]);
  });

  it("per SKU: the line's sku, else its product id; product reviews go to the catalogue's sku", async () => {
    expect(await table({ level: "sku" })).toEqual([
      ["P1-L", "P1", "Runner", "shoes", "X", 300, 1, 1, 1, 1, 0, 0, null, 0, 300, "high", "A", 0, 300],
      ["P1", "P1", "Runner v2", "shoes", "X", 200, 1, 1, 0, 0, 0, 0, null, 0, 200, "mid", "A", 0, 200],
      ["P1-S", "P1", "Runner", "shoes", "X", 200, 2, 1, 1, 0, 1, 0, 4.5, 2, 100, "low", "A", 100, 100],
      ["P2", "P2", "Court", "shoes", "Y", 120, 3, 3, 2, 1, 2, 1 / 3, null, 0, 40, "low", "A", 100, 20],
      ["P3-STD", "P3", "Tote", "bags", "X", 120, 2, 2, 2, 0, 2, 0, 4.67, 3, 60, "high", "A", 0, 120],
      ["P7", "P7", "Backpack", "bags", "Z", 50, 1, 1, 1, 0, 1, 0, null, 0, 50, "mid", "B", 200, -150],
      ["P5", "P5", "Mystery", "bags", null, 10, 1, 1, 1, 1, 0, 0, null, 0, 10, "low", "C", 0, 10],
      ["P4", "P4", "Clutch", "bags", "Z", 0, 0, 0, 0, 0, 0, null, 2, 1, null, null, null, 30, -30]
    ]);
  });

  it("a one-day period: its first second counts, the previous day's last second is the previous period", async () => {
    // 06-01: o10 (00:00:00) P1 200, P3 40; o11 cancelled. Previous = 05-31: o05 P4 30 (23:59:59).
    // ABC: total 240; P1 before 0 A; P3 before 200 ≥ 192 (80 %) but < 228 (95 %) → B.
    const rows = await productTable.run(fx.db, { ...JUNE, to: "2024-06-01" });
    expect(rows.map((r) => [r.item, r.sales, r.abc, r.new_buyers, r.repeat_buyers, r.prev_sales, r.change, r.rating])).toEqual([
      ["P1", 200, "A", 0, 1, 0, 200, null],
      ["P3", 40, "B", 0, 1, 0, 40, null],
      ["P4", 0, null, 0, 0, 30, -30, null]
    ]);
  });

  it("returns no rows when neither period has a purchase", async () => {
    expect(await productTable.run(fx.db, { ...JUNE, from: "2023-01-01", to: "2023-01-31" })).toEqual([]);
  });

  it("rejects bad dates and an unknown level", () => {
    expect(() => productTable.run(fx.db, { ...JUNE, from: "2024-07-01" })).toThrow(/invalid date range: 2024-07-01 is after 2024-06-30/);
    expect(() => productTable.run(fx.db, { ...JUNE, to: "2024-06-31" })).toThrow(/invalid to: 2024-06-31/);
    expect(() => productTable.run(fx.db, { ...JUNE, level: "brand" as never })).toThrow(/invalid level: brand/);
  });
});

describe("product summaries", () => {
  let rows: ProductRow[];
  beforeAll(async () => {
    rows = await productTable.run(fx.db, JUNE);
  });

  it("abcSummary: products and sales per class, over the items sold in the period", () => {
    // 5 sold (P4 has no class): A P1 P2 P3 940; B P7 50; C P5 10; of 1000.
    expect(abcSummary(rows)).toEqual([
      { abc: "A", products: 3, product_share: 0.6, sales: 940, sales_share: 0.94 },
      { abc: "B", products: 1, product_share: 0.2, sales: 50, sales_share: 0.05 },
      { abc: "C", products: 1, product_share: 0.2, sales: 10, sales_share: 0.01 }
    ]);
  });

  it("abcCurve: cumulative sales share against product share, from (0, 0)", () => {
    // 70000, 12000, 12000, 5000, 1000 of 100000.
    expect(abcCurve(rows).map((p) => [p.customer_share, p.revenue_share])).toEqual([
      [0, 0], [0.2, 0.7], [0.4, 0.82], [0.6, 0.94], [0.8, 0.99], [1, 1]
    ]);
  });

  it("movers: largest rises and falls, ties by item id, no-change items in neither", () => {
    const m = movers(rows);
    expect(m.rising.map((r) => [r.item, r.change])).toEqual([["P1", 600], ["P3", 120], ["P2", 20], ["P5", 10]]);
    expect(m.falling.map((r) => [r.item, r.change])).toEqual([["P7", -150], ["P4", -30]]);
    const two = movers(rows, 1);
    expect([two.rising.map((r) => r.item), two.falling.map((r) => r.item)]).toEqual([["P1"], ["P7"]]);
    const tied = [{ item: "b", change: 5 }, { item: "c", change: 0 }, { item: "a", change: 5 }, { item: "d", change: -5 }] as ProductRow[];
    expect(movers(tied).rising.map((r) => r.item)).toEqual(["a", "b"]);
    expect(movers(tied).falling.map((r) => r.item)).toEqual(["d"]);
  });

  it("empty table: zero shares and a curve at the origin only", () => {
    expect(abcSummary([]).map((r) => [r.products, r.product_share, r.sales_share])).toEqual([[0, 0, 0], [0, 0, 0], [0, 0, 0]]);
    expect(abcCurve([])).toEqual([{ customer_share: 0, revenue_share: 0 }]);
  });
});

describe("sellThrough", () => {
  it("June: listed by 06-30 (or no date) P1 P2 P3 P4 P7; sold P1 P2 P3 P7 P5; P5 is not in the catalogue", async () => {
    // P6 is listed 07-01: not yet. P4's only June order was cancelled; P3's USD order does not count either.
    expect(await sellThrough.run(fx.db, JUNE)).toEqual([{ listed: 5, selling: 4, rate: 0.8, sold_not_listed: 1 }]);
  });

  it("May: P7 listed 05-28 counts; every listed product sold", async () => {
    // Listed P1 P2 P4 P7 (P3 only 06-30); sold o01 P2, o02 P1, o03 P2, o04 P7, o05 P4.
    expect(await sellThrough.run(fx.db, { ...JUNE, from: "2024-05-01", to: "2024-05-31" })).toEqual([
      { listed: 4, selling: 4, rate: 1, sold_not_listed: 0 }
    ]);
  });

  it("April: a catalogue product sold before its listing date is not selling but sold and not listed", async () => {
    // Listed P1 P2 P4; o00 sold P3, listed only 06-30: not listed by the period's end, so counted apart.
    expect(await sellThrough.run(fx.db, { ...JUNE, from: "2024-04-01", to: "2024-04-30" })).toEqual([
      { listed: 3, selling: 0, rate: 0, sold_not_listed: 1 }
    ]);
  });

  it("rejects bad dates", () => {
    expect(() => sellThrough.run(fx.db, { ...JUNE, from: "2024-02-30" })).toThrow(/invalid from: 2024-02-30/);
    expect(() => sellThrough.run(fx.db, { ...JUNE, from: "2024-07-01" })).toThrow(/invalid date range/);
  });
});

describe("productDailyTable", () => {
  it("sums the days in the range, in the currency or without one; money in cents; conversion = paying ÷ visitors", async () => {
    // P1 06-01 + 06-30 (05-31 and 07-01 are outside): 150 visitors, 400 PV, 15 cart, 7 fav, 6 paying, 7 units,
    //   500.10 + 200.20 = 700.30 (as doubles this would be 700.3000000000001), 6 / 150 = 0.04, latest title "Runner v2".
    // P2 (currency unknown: kept) 40 visitors, nothing paid: conversion 0. P3 is USD: left out.
    // P9 0 visitors and nulls: all 0, conversion null. Order: amount, then visitors, then id.
    const rows = await productDailyTable.run(fx.db, JUNE);
    expect(rows).toEqual([
      { product_id: "P1", title: "Runner v2", visitors: 150, page_views: 400, cart_units: 15, fav_buyers: 7, paying_buyers: 6, paid_units: 7, paid_amount: 700.3, conversion: 0.04 },
      { product_id: "P2", title: "Court", visitors: 40, page_views: 80, cart_units: 0, fav_buyers: 1, paying_buyers: 0, paid_units: 0, paid_amount: 0, conversion: 0 },
      { product_id: "P9", title: "Zero", visitors: 0, page_views: 0, cart_units: 0, fav_buyers: 0, paying_buyers: 0, paid_units: 0, paid_amount: 0, conversion: null }
    ]);
  });

  it("another currency picks its own rows (and those without currency)", async () => {
    const rows = await productDailyTable.run(fx.db, { ...JUNE, currency: "USD" });
    expect(rows.map((r) => [r.product_id, r.paid_amount, r.conversion])).toEqual([["P3", 99.99, 0.1], ["P2", 0, 0]]);
  });

  it("rejects from after to", () => {
    expect(() => productDailyTable.run(fx.db, { ...JUNE, from: "2024-07-01" })).toThrow(/invalid date range/);
  });
});

describe("basketTransactions", () => {
  const items = async (level: "category" | "brand" | "product") =>
    (await basketTransactions.run(fx.db, { ...JUNE, level })).map((r) => basketItems(r).join("+"));

  it("one basket per purchase with lines paid in the period, distinct items sorted, at each level", async () => {
    // o10 o12 o13 o14 o15 o16 o17 o18 (o11 cancelled, o19 USD, o20 July, o21 unpaid, o22 without lines).
    expect(await items("category")).toEqual(["bags+shoes", "shoes", "shoes", "shoes", "bags+shoes", "bags", "shoes", "bags"]);
    expect(await items("product")).toEqual(["P1+P3", "P1", "P2", "P2", "P2+P7", "P5", "P1", "P3"]);
    // o10's two lines are both brand X: one item. o16's only line has no brand: an empty basket, still counted.
    expect(await items("brand")).toEqual(["X", "X", "Y", "Y", "Y+Z", "", "X", "X"]);
  });

  it("items travel joined by the unit separator", async () => {
    const [first] = await basketTransactions.run(fx.db, { ...JUNE, level: "category" });
    expect(first).toEqual({ items: `bags${ITEM_SEPARATOR}shoes` });
    expect(basketItems({ items: "" })).toEqual([]);
  });

  it("rejects an unknown level and bad dates", () => {
    expect(() => basketTransactions.run(fx.db, { ...JUNE, level: "sku" as never })).toThrow(/invalid level: sku/);
    expect(() => basketTransactions.run(fx.db, { ...JUNE, from: "2024-07-01", level: "product" })).toThrow(/invalid date range/);
  });
});

describe("basketRules on a small selection", () => {
  it("no itemset below MIN_RULE_ORDERS (5) orders, whatever the support", async () => {
    // Products: P1 3, P2 3, P3 2, P7 1, P5 1 baskets of 8 — all below 5 orders although 0.01 × 8 asks for 1.
    const r = await basketRules(fx.db, { ...JUNE, level: "product", minSupport: 0.01, minConfidence: 0 });
    expect(r).toEqual({ transactions: 8, multiItem: 2, items: [], itemsets: 0, rules: [] });
  });

  it("categories: shoes (6 orders) is frequent; bags meets support 0.5 with only 4 orders and is not", async () => {
    const r = await basketRules(fx.db, { ...JUNE, level: "category", minSupport: 0.5, minConfidence: 0 });
    expect(r).toEqual({ transactions: 8, multiItem: 2, items: [{ item: "shoes", count: 6, support: 0.75 }], itemsets: 1, rules: [] });
  });
});
