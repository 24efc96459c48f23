/**
 * Real data: the product analysis on the Olist subset, run through the pipeline and the shared
 * product queries, compared product by product with an independent computation over the raw rows
 * (test/real/reference/products.ts, written from the spec and the raw files without seeing src/).
 */
import { existsSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { productsOlist } from "../reference/products.ts";
import { DATASETS, realTitle, runReal } from "../helpers/realRun.ts";
import type { FixtureRun } from "../../helpers/runOnFiles.ts";
import { productTable } from "../../../src/analyses/products/productTable.ts";
import { sellThrough } from "../../../src/analyses/products/sellThrough.ts";
import { abcSummary } from "../../../src/analyses/products/productSummaries.ts";

const FILES = {
  "customers.csv": "olist/subset_2017_10k/customers.csv",
  "orders.csv": "olist/subset_2017_10k/orders.csv",
  "order_items.csv": "olist/subset_2017_10k/order_items.csv",
  "products.csv": "olist/subset_2017_10k/products.csv",
  "product_category_name_translation.csv": "olist/subset_2017_10k/product_category_name_translation.csv"
};

const PERIODS = [
  { from: "2017-01-01", to: "2017-12-31" },
  { from: "2017-10-01", to: "2017-12-31" }
];

describe.skipIf(!existsSync(DATASETS))(realTitle("Products on the Olist subset"), () => {
  let run: FixtureRun;
  beforeAll(async () => {
    run = await runReal(FILES);
  });
  afterAll(() => run?.close());

  for (const p of PERIODS) {
    it(`${p.from} … ${p.to}: every product's sales, units, orders, buyers, new/repeat buyers, price band, ABC class and change agree`, async () => {
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

    it(`${p.from} … ${p.to}: sell-through (动销率) agrees`, async () => {
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
