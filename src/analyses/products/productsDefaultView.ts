/**
 * The Products page at its default settings (products_default.json), computed at build time by
 * the page's own queries: the last 90 days of payments, product level, and basket rules at the
 * category level. Aggregates only (per product, never per customer).
 */
import type { Db } from "../../query.js";
import { dataSpan, lastDaysOf } from "../dateRange.js";
import { productTable, type ProductRow } from "./productTable.js";
import { sellThrough, type SellThroughRow } from "./sellThrough.js";
import { productDailyTable, type ProductDailyRow } from "./productDailyTable.js";
import { basketRules, type BasketRulesResult } from "./basketRules.js";
import type { BasketLevel } from "./basketTransactions.js";
import type { ProductLevel } from "./productOptions.js";

export interface ProductSettings {
  from: string;
  to: string;
  currency: string;
  level: ProductLevel;
  basketLevel: BasketLevel;
  minSupport: number;
  minConfidence: number;
}

/** Rules as JSON carries them: an infinite conviction (confidence 1) becomes null. */
export type StoredBasket = Omit<BasketRulesResult, "rules"> & { rules: (Omit<BasketRulesResult["rules"][number], "conviction"> & { conviction: number | null })[] };

export interface ProductsDefaultView {
  orders: { from: string; to: string } | null;
  daily: { from: string; to: string } | null;
  settings: ProductSettings;
  table: ProductRow[];
  sellThrough: SellThroughRow | null;
  dailyTable: ProductDailyRow[];
  basket: StoredBasket | null;
}

export const DEFAULT_PRODUCT_DAYS = 90;

export function defaultProductSettings(range: { from: string; to: string }, currency: string): ProductSettings {
  return { ...range, currency, level: "product", basketLevel: "category", minSupport: 0.005, minConfidence: 0.1 };
}

export function storeBasket(b: BasketRulesResult): StoredBasket {
  return { ...b, rules: b.rules.map((r) => ({ ...r, conviction: Number.isFinite(r.conviction) ? r.conviction : null })) };
}

export async function productsDefaultView(db: Db, currency: string): Promise<ProductsDefaultView | null> {
  const [orders] = await db.query<{ a: string | null; b: string | null }>(
    `SELECT strftime(min(o.paid_at), '%Y-%m-%d') AS a, strftime(max(o.paid_at), '%Y-%m-%d') AS b
     FROM orders o WHERE o.order_id IN (SELECT order_id FROM order_items)`
  );
  const ordersSpan = orders?.a && orders.b ? { from: orders.a, to: orders.b } : null;
  const daily = await dataSpan(db, "product_daily", "date");
  const base = ordersSpan ?? daily;
  if (!base) return null;
  const s = defaultProductSettings(lastDaysOf(base.from, base.to, DEFAULT_PRODUCT_DAYS), currency);
  return {
    orders: ordersSpan,
    daily,
    settings: s,
    table: ordersSpan ? await productTable.run(db, s) : [],
    sellThrough: ordersSpan ? ((await sellThrough.run(db, s))[0] ?? null) : null,
    dailyTable: daily ? await productDailyTable.run(db, s) : [],
    basket: ordersSpan
      ? storeBasket(await basketRules(db, { ...s, level: s.basketLevel, minSupport: s.minSupport, minConfidence: s.minConfidence }))
      : null
  };
}
