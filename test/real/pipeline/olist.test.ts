/**
 * Real data: the Olist 2017 subset (10,000 orders with their items, customers and products) plus
 * the official category translation (olist/product_category_name_translation.csv, with its BOM
 * and CRLF), through the whole pipeline, reconciled with the independent reference
 * (test/real/reference/olist.ts).
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { olist, OLIST_DIR } from "../reference/olist.ts";
import { readCsvObjects } from "../reference/csv.ts";
import { productsOlist } from "../reference/products.ts";
import { productTable } from "../../../src/analyses/products/productTable.ts";
import { sellThrough } from "../../../src/analyses/products/sellThrough.ts";
import { abcSummary } from "../../../src/analyses/products/productSummaries.ts";
import { DATASETS, realTitle, accountedFor, cents, pseudonymOf, rawPersonKeys, runReal } from "../helpers/realRun.ts";
import type { FixtureRun } from "../../helpers/runOnFiles.ts";

const PRODUCT_PERIODS = [
  { from: "2017-01-01", to: "2017-12-31" },
  { from: "2017-10-01", to: "2017-12-31" }
];

const FILES = {
  "customers.csv": "olist/subset_2017_10k/customers.csv",
  "orders.csv": "olist/subset_2017_10k/orders.csv",
  "order_items.csv": "olist/subset_2017_10k/order_items.csv",
  "products.csv": "olist/subset_2017_10k/products.csv",
  "product_category_name_translation.csv": "olist/product_category_name_translation.csv"
};

/** Olist status → canonical status, as the reference's status counts must land. */
const STATUS_MAP: Record<string, string> = {
  delivered: "completed",
  shipped: "shipped",
  canceled: "cancelled",
  unavailable: "cancelled",
  invoiced: "paid",
  processing: "paid",
  approved: "paid",
  created: "pending_payment"
};

describe.skipIf(!existsSync(DATASETS))(realTitle("olist subset + official category translation"), () => {
  let run: FixtureRun;
  let ref!: ReturnType<typeof olist>;

  beforeAll(async () => {
    ref = olist();
    run = await runReal(FILES);
  });
  afterAll(() => run?.close());

  it("reads each file with its Olist preset, in São Paulo time", async () => {
    const presets = Object.fromEntries(run.files.map((f) => [f.source_file, f.preset.id]));
    expect(presets).toEqual({
      "customers.csv": "olist-customers",
      "orders.csv": "olist-orders",
      "order_items.csv": "olist-items",
      "products.csv": "olist-products",
      "product_category_name_translation.csv": "olist-category-translation"
    });
    const sources = await run.db.query<{ source_file: string; preset: string }>(`SELECT source_file, preset FROM sources`);
    expect(Object.fromEntries(sources.map((s) => [s.source_file, s.preset]))).toEqual(presets);
    expect(run.shopTimeZone).toBe("America/Sao_Paulo");
  });

  it("reconciles every file exactly", () => {
    const q = Object.fromEntries(run.quality.map((r) => [r.source_file, r]));
    for (const r of run.quality) expect(accountedFor(r), r.source_file).toBe(r.rows_read);
    const shape = (f: string) => {
      const r = q[f];
      return { table: r.table_name, read: r.rows_read, written: r.rows_written, quarantined: r.rows_quarantined, excluded: r.rows_excluded };
    };
    expect(shape("orders.csv")).toEqual({ table: "orders", read: ref.orders.rows, written: ref.orders.rows, quarantined: 0, excluded: 0 });
    expect(shape("order_items.csv")).toEqual({ table: "order_items", read: ref.orderItems.rows, written: ref.orderItems.rows, quarantined: 0, excluded: 0 });
    expect(shape("products.csv")).toEqual({ table: "products", read: ref.products.rows, written: ref.products.rows, quarantined: 0, excluded: 0 });
    // One customers row per person: the 10,000 per-order customer ids fold into 9,920 persons.
    expect(shape("customers.csv")).toEqual({
      table: "customers", read: ref.customers.rows, written: ref.customers.distinctUniqueIdInCustomersFile, quarantined: 0, excluded: 0
    });
    expect(q["customers.csv"].duplicates_exact + q["customers.csv"].duplicates_key + q["customers.csv"].rows_merged).toBe(
      ref.customers.rows - ref.customers.distinctUniqueIdInCustomersFile
    );
    // The translation only feeds staging: all 71 records accounted as merged.
    expect(q["product_category_name_translation.csv"]).toMatchObject({ rows_read: ref.products.translationRows, rows_written: 0, rows_merged: 71 });
    expect(run.tableRows).toMatchObject({
      orders: 10_000, order_items: ref.orderItems.rows, customers: 9_920, products: ref.products.rows, quarantine: 0
    });
  });

  it("maps every Olist status onto the canonical vocabulary with the reference's counts", async () => {
    const rows = await run.db.query<{ status: string; n: number }>(`SELECT status, count(*) AS n FROM orders GROUP BY 1`);
    const expected: Record<string, number> = {};
    for (const [s, n] of Object.entries(ref.orders.statusCounts)) expected[STATUS_MAP[s]] = (expected[STATUS_MAP[s]] ?? 0) + n;
    expect(Object.fromEntries(rows.map((r) => [r.status, r.n]))).toEqual(expected);
    // completed 9,649; cancelled 57 + 98; paid 43 + 47; shipped 104; pending_payment 2
    expect(expected).toEqual({ completed: 9649, shipped: 104, cancelled: 155, paid: 90, pending_payment: 2 });
    const [p] = await run.db.query<{ unpaid: number }>(`SELECT count(*) FILTER (WHERE paid_at IS NULL) AS unpaid FROM orders`);
    expect(p.unpaid).toBe(ref.orders.nullOrderApprovedAt); // 16
  });

  it("keys orders by the person (customer_unique_id): 9,920 distinct customers, 79 with 2+ orders", async () => {
    const [r] = await run.db.query<{ persons: number; repeaters: number; missing: number; not_in_customers: number }>(
      `WITH per AS (SELECT customer_id, count(*) AS n FROM orders GROUP BY 1)
       SELECT (SELECT count(DISTINCT customer_id) FROM orders) AS persons,
              (SELECT count(*) FROM per WHERE n >= 2) AS repeaters,
              (SELECT count(*) FROM orders WHERE customer_id IS NULL) AS missing,
              (SELECT count(*) FROM orders WHERE customer_id NOT IN (SELECT customer_id FROM customers)) AS not_in_customers`
    );
    expect(r).toEqual({
      persons: ref.customers.distinctUniqueIdAmongOrders,
      repeaters: ref.customers.uniqueCustomersWith2PlusOrders,
      missing: 0,
      not_in_customers: 0
    });
    // Order by order, the person is the pseudonym of the customer's customer_unique_id.
    const unique = new Map(readCsvObjects(join(OLIST_DIR, "customers.csv")).rows.map((c) => [c.customer_id, c.customer_unique_id]));
    const expected = Object.fromEntries(
      readCsvObjects(join(OLIST_DIR, "orders.csv")).rows.map((o) => [o.order_id, pseudonymOf(unique.get(o.customer_id)!)])
    );
    const got = await run.db.query<{ order_id: string; customer_id: string }>(`SELECT order_id, customer_id FROM orders`);
    expect(Object.fromEntries(got.map((o) => [o.order_id, o.customer_id]))).toEqual(expected);
  });

  it("totals every order as Σ price + Σ freight, and leaves orders without items without an amount", async () => {
    const rows = await run.db.query<{ order_id: string; amount_total: number | null }>(`SELECT order_id, amount_total FROM orders`);
    const withAmount = rows.filter((r) => r.amount_total !== null);
    expect(Object.fromEntries(withAmount.map((r) => [r.order_id, cents(r.amount_total!)]))).toEqual(
      Object.fromEntries(ref.orderItems.orderTotal)
    );
    expect(rows.length - withAmount.length).toBe(ref.orders.ordersWithoutItems); // 111
    const [t] = await run.db.query<{ price: number; freight: number }>(
      `SELECT (SELECT sum(unit_price * quantity) FROM order_items) AS price, (SELECT sum(postage) FROM orders) AS freight`
    );
    expect(cents(t.price)).toBe(ref.orderItems.grandTotalPrice);
    expect(cents(t.freight)).toBe(ref.orderItems.grandTotalFreight);
  });

  it("translates product categories with the official table (pc_gamer has no translation and stays)", async () => {
    const translation = new Map(
      readCsvObjects(join(DATASETS, "olist/product_category_name_translation.csv")).rows.map((t) => [
        t.product_category_name.trim(), t.product_category_name_english.trim()
      ])
    );
    const expected = Object.fromEntries(
      readCsvObjects(join(OLIST_DIR, "products.csv")).rows.map((p) => {
        const pt = p.product_category_name.trim();
        return [p.product_id, pt === "" ? null : (translation.get(pt) ?? pt)];
      })
    );
    const got = await run.db.query<{ product_id: string; category: string | null }>(`SELECT product_id, category FROM products`);
    expect(Object.fromEntries(got.map((p) => [p.product_id, p.category]))).toEqual(expected);
    const [c] = await run.db.query<{ distinct_categories: number; empty: number; untranslated: number }>(
      `SELECT count(DISTINCT category) AS distinct_categories, count(*) FILTER (WHERE category IS NULL) AS empty,
              count(*) FILTER (WHERE category = 'pc_gamer') AS untranslated FROM products`
    );
    expect(c).toEqual({
      distinct_categories: ref.products.distinctCategories,
      empty: ref.products.emptyCategory,
      untranslated: ref.products.productsWithUntranslatedCategory
    });
    // Order lines carry their product's (translated) category.
    const [l] = await run.db.query<{ mismatched: number }>(
      `SELECT count(*) AS mismatched FROM order_items i JOIN products p USING (product_id) WHERE i.category IS DISTINCT FROM p.category`
    );
    expect(l.mismatched).toBe(0);
  });

  it("writes no raw customer_unique_id or customer_id: customer keys are c_ + 16 hex", async () => {
    expect(await rawPersonKeys(run.db)).toEqual([]);
  });

  // The product analysis on the same run (one pipeline run instead of two keeps CI short), product
  // by product against an independent computation over the raw rows (test/real/reference/
  // products.ts, written from the spec and the raw files without seeing src/; it reads the
  // subset's copy of the category translation, whose rows equal the official file's).
  for (const p of PRODUCT_PERIODS) {
    it(`products ${p.from} … ${p.to}: every product's sales, units, orders, buyers, new/repeat buyers, price band, ABC class and change agree`, async () => {
      const ref = productsOlist(p);
      const ours = await productTable.run(run.db, { ...p, currency: "BRL", level: "product" });
      // Ours lists products sold in the period or the previous one; the reference's `changes` too.
      expect(ours.length).toBe(ref.changes.size);
      const sold = ours.filter((r) => r.abc !== null);
      expect(sold.length).toBe(ref.products.size);
      expect(sold.length).toBeGreaterThan(2000);
      for (const r of sold) {
        const e = ref.products.get(r.item);
        expect(e, r.item).toBeDefined();
        expect(
          { sales: r.sales, units: r.units, orders: r.orders, buyers: r.buyers, newBuyers: r.new_buyers, repeatBuyers: r.repeat_buyers, band: r.price_band, abc: r.abc, category: r.category, prev: r.prev_sales, refund: r.refund_rate },
          r.item
        ).toEqual({ sales: e!.sales, units: e!.units, orders: e!.orders, buyers: e!.buyers, newBuyers: e!.newBuyers, repeatBuyers: e!.repeatBuyers, band: e!.priceBand, abc: e!.abc, category: e!.category, prev: e!.prevSales, refund: e!.refundRate });
        expect(r.avg_price!, r.item).toBeCloseTo(e!.avgPrice, 9);
      }
      for (const r of ours) expect(Math.round(r.change * 100), r.item).toBe(ref.changes.get(r.item)!.changeCents);
      const abc = abcSummary(ours);
      expect(abc.map((x) => x.products)).toEqual([ref.abcCounts.A, ref.abcCounts.B, ref.abcCounts.C]);
      expect(Math.round(abc.reduce((s, x) => s + x.sales, 0) * 100)).toBe(ref.totals.salesCents);
    });

    it(`products ${p.from} … ${p.to}: sell-through (动销率) agrees`, async () => {
      const ref = productsOlist(p);
      const [ours] = await sellThrough.run(run.db, { ...p, currency: "BRL" });
      expect({ listed: ours!.listed, selling: ours!.selling, soldNotListed: ours!.sold_not_listed }).toEqual({
        listed: ref.sellThrough.listed,
        selling: ref.sellThrough.sellingListed,
        soldNotListed: ref.sellThrough.soldNotListed
      });
    });
  }
});
