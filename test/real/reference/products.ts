// Reference product analysis (per-product sales, buyers, price bands, ABC classes, 动销率 /
// sell-through, change vs the previous period) for olist/subset_2017_10k/.
//
// Conventions:
// - Raw files are read in place (orders, order_items, customers, products and the SUBSET folder's
//   product_category_name_translation.csv) and parsed once per process per folder (cache).
// - Purchase = order with non-empty (after trim) order_approved_at AND order_status not "canceled"
//   and not "unavailable". Payment time = order_approved_at as written ("YYYY-MM-DD HH:MM:SS",
//   local wall clock, no zone conversion; any other shape throws); its date = first 10 characters.
// - Period [from, to]: dates YYYY-MM-DD, both inclusive, on the payment DATE. Previous period = the
//   same number of days immediately before `from` (e.g. 2017-10-01…12-31 → 2017-07-01…09-30;
//   2017-01-01…12-31 (365 d) → 2016-01-02…2016-12-31).
// - Line = one order_items.csv row = one unit; its `price` is the unit price (freight ignored), parsed
//   exactly as integer cents. All sums are integer cents; currency figures are cents / 100 at the end.
//   Lines whose order_id is not in orders.csv are ignored (counted, file-wide).
// - Customer = customers.customer_unique_id via orders.customer_id → customers.customer_id. Purchases
//   whose customer_id is not in customers.csv have no customer: they count for sales / units / orders
//   but not for buyers / newBuyers / repeatBuyers (counted: `purchasesWithoutCustomer`).
// - First purchase of a customer = their earliest purchase over the WHOLE file (regardless of the
//   period) by order_approved_at string (full timestamp), ties by order_id ascending (string order).
// - Category: products.csv product_category_name (trimmed) → English via the translation file;
//   Portuguese name when untranslated; null when empty or when the product is missing from products.csv.
// - Per product sold in the period (≥ 1 line in a purchase in the period):
//   sales = Σ price; units = #lines; orders = #distinct orders; buyers = #distinct customers;
//   newBuyers = #distinct customers with a line of the product in their first purchase;
//   repeatBuyers = #distinct customers with a line of the product in a purchase that is not their
//   first (a customer may be in both); avgPrice = sales / units (float, currency units; the exact
//   rational is avgPriceNum/avgPriceDen in cents); refundOrders = 0, refundRate = refundOrders /
//   orders = 0 (Olist exports no refunds).
// - priceBand: group = category (null is its own group); values = avgPrice of the group's products
//   sold in the period; q1, q2 = numpy "linear" quantiles at 1/3 and 2/3 computed EXACTLY on
//   rationals: h = (n−1)·i/3, f = ⌊h⌋, r = (n−1)·i − 3f, q = x_f + (r/3)(x_{f+1} − x_f).
//   band = "low" if avgPrice ≤ q1, "mid" if ≤ q2, else "high" (exact rational comparison).
//   `bandCutEqualities` counts products whose avgPrice equals an interpolated cut (r ≠ 0 and
//   x_f ≠ x_{f+1}) exactly: there a float implementation may legitimately land either side.
// - ABC over products sold in the period: sort by sales desc, ties product_id asc; cum = Σ sales of
//   the products with STRICTLY HIGHER sales (0 for the first): products with equal sales share a
//   class, placed by where their tie group starts; A if 10·cum < 8·total, B if 100·cum < 95·total,
//   else C (integer cents). shareBefore = cum / total (float, for information).
// - Sell-through (动销率): listed = distinct product_id in products.csv; sellingListed = listed with ≥ 1
//   line in the period; rate = sellingListed / listed; soldNotListed = products sold in the period
//   that are absent from products.csv.
// - Change: for every product sold in the period OR the previous period, change = sales − prevSales
//   (`changes` Map); rising = change > 0, falling = change < 0 (counts over that union).
// - Totals (period): purchases (orders, including purchases without lines — `purchasesWithoutItems`),
//   lines, sales, buyers = distinct customers with a purchase in the period (also given restricted to
//   purchases with lines), productsSold = distinct products with a line.
import { readCsvObjects, decimalToScaled, DATASETS } from "./csv.ts";
import { join } from "node:path";

export const PRODUCTS_OLIST_DIR = join(DATASETS, "olist/subset_2017_10k");

export interface ProductsRefOptions {
  from: string; // YYYY-MM-DD inclusive
  to: string; // YYYY-MM-DD inclusive
}
export type PriceBand = "low" | "mid" | "high";
export type AbcClass = "A" | "B" | "C";

export interface ProductRefRow {
  productId: string;
  category: string | null;
  listed: boolean;
  sales: number;
  salesCents: number;
  units: number;
  orders: number;
  buyers: number;
  newBuyers: number;
  repeatBuyers: number;
  avgPrice: number;
  avgPriceNum: number; // cents
  avgPriceDen: number; // units
  refundOrders: number;
  refundRate: number;
  priceBand: PriceBand;
  abc: AbcClass;
  abcRank: number; // 1-based position in the ABC order
  shareBefore: number;
  prevSales: number;
  prevSalesCents: number;
  change: number;
  changeCents: number;
}

interface Line { orderId: string; productId: string; cents: number }
interface Purchase { orderId: string; approved: string; date: string; cust: string | null }
interface Loaded {
  purchases: Purchase[];
  linesByOrder: Map<string, Line[]>;
  firstOrder: Map<string, string>; // customer_unique_id → order_id of first purchase
  category: Map<string, string | null>; // listed product → category
  listed: Set<string>;
  ordersRows: number;
  purchasesTotal: number;
  ordersWithoutCustomerAll: number;
  linesWithoutOrder: number;
  duplicateProductRows: number;
  untranslatedCategories: string[];
}

const cache = new Map<string, Loaded>();
const TS = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

function load(dir: string): Loaded {
  const hit = cache.get(dir);
  if (hit) return hit;
  const orders = readCsvObjects(join(dir, "orders.csv")).rows;
  const items = readCsvObjects(join(dir, "order_items.csv")).rows;
  const customers = readCsvObjects(join(dir, "customers.csv")).rows;
  const products = readCsvObjects(join(dir, "products.csv")).rows;
  const trans = readCsvObjects(join(dir, "product_category_name_translation.csv")).rows;

  const unique = new Map<string, string>();
  for (const c of customers) unique.set(c.customer_id.trim(), c.customer_unique_id.trim());

  const english = new Map<string, string>();
  for (const t of trans) english.set(t.product_category_name.trim(), t.product_category_name_english.trim());
  const category = new Map<string, string | null>();
  const listed = new Set<string>();
  let duplicateProductRows = 0;
  const untranslated = new Set<string>();
  for (const p of products) {
    const id = p.product_id.trim();
    if (listed.has(id)) { duplicateProductRows++; continue; }
    listed.add(id);
    const pt = p.product_category_name.trim();
    if (pt === "") category.set(id, null);
    else {
      const en = english.get(pt);
      if (en === undefined || en === "") untranslated.add(pt);
      category.set(id, en !== undefined && en !== "" ? en : pt);
    }
  }

  const orderIds = new Set<string>();
  const purchases: Purchase[] = [];
  let ordersWithoutCustomerAll = 0;
  for (const o of orders) {
    const id = o.order_id.trim();
    if (orderIds.has(id)) throw new Error(`duplicate order_id ${id}`);
    orderIds.add(id);
    const approved = o.order_approved_at.trim();
    const status = o.order_status.trim();
    if (approved === "" || status === "canceled" || status === "unavailable") continue;
    if (!TS.test(approved)) throw new Error(`bad order_approved_at ${JSON.stringify(approved)}`);
    const cust = unique.get(o.customer_id.trim()) ?? null;
    if (cust === null) ordersWithoutCustomerAll++;
    purchases.push({ orderId: id, approved, date: approved.slice(0, 10), cust });
  }

  const linesByOrder = new Map<string, Line[]>();
  let linesWithoutOrder = 0;
  for (const it of items) {
    const orderId = it.order_id.trim();
    if (!orderIds.has(orderId)) { linesWithoutOrder++; continue; }
    const line: Line = { orderId, productId: it.product_id.trim(), cents: decimalToScaled(it.price, 2) };
    let arr = linesByOrder.get(orderId);
    if (!arr) linesByOrder.set(orderId, (arr = []));
    arr.push(line);
  }

  // first purchase per customer over the whole file
  const first = new Map<string, Purchase>();
  for (const p of purchases) {
    if (p.cust === null) continue;
    const cur = first.get(p.cust);
    if (!cur || p.approved < cur.approved || (p.approved === cur.approved && p.orderId < cur.orderId)) first.set(p.cust, p);
  }
  const firstOrder = new Map<string, string>();
  for (const [c, p] of first) firstOrder.set(c, p.orderId);

  const loaded: Loaded = {
    purchases, linesByOrder, firstOrder, category, listed,
    ordersRows: orders.length, purchasesTotal: purchases.length, ordersWithoutCustomerAll,
    linesWithoutOrder, duplicateProductRows, untranslatedCategories: [...untranslated].sort(),
  };
  cache.set(dir, loaded);
  return loaded;
}

// ---------- dates ----------
function dayNumber(d: string): number {
  if (!DAY.test(d)) throw new Error(`bad date ${JSON.stringify(d)}`);
  const t = Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10)));
  const back = new Date(t).toISOString().slice(0, 10);
  if (back !== d) throw new Error(`invalid date ${d}`);
  return t / 86400000;
}
function dayString(n: number): string {
  return new Date(n * 86400000).toISOString().slice(0, 10);
}

// ---------- exact rationals (BigInt) ----------
interface Rat { num: bigint; den: bigint } // den > 0
const cmp = (a: Rat, b: Rat): number => {
  const l = a.num * b.den, r = b.num * a.den;
  return l < r ? -1 : l > r ? 1 : 0;
};
/** numpy "linear" quantile at p = i/3 of ascending rationals, exact. Also tells whether it interpolated strictly between two distinct values. */
function tercile(sorted: Rat[], i: 1 | 2): { q: Rat; interpolated: boolean } {
  const n = sorted.length;
  const f = Math.floor(((n - 1) * i) / 3);
  const r = (n - 1) * i - 3 * f;
  const a = sorted[f];
  if (r === 0) return { q: a, interpolated: false };
  const b = sorted[f + 1];
  if (cmp(a, b) === 0) return { q: a, interpolated: false };
  const R = BigInt(r);
  // a + (r/3)(b − a) = (3·a.num·b.den + r(b.num·a.den − a.num·b.den)) / (3·a.den·b.den)
  const num = 3n * a.num * b.den + R * (b.num * a.den - a.num * b.den);
  return { q: { num, den: 3n * a.den * b.den }, interpolated: true };
}
const ratValue = (x: Rat, unit = 100) => Number(x.num) / Number(x.den) / unit;

// ---------- aggregation ----------
interface Agg { cents: number; units: number; orders: Set<string>; buyers: Set<string>; newB: Set<string>; repB: Set<string> }

function aggregate(L: Loaded, fromDay: string, toDay: string) {
  const per = new Map<string, Agg>();
  let purchases = 0, lines = 0, cents = 0, withoutItems = 0, withoutCustomer = 0;
  const buyers = new Set<string>();
  const buyersWithLines = new Set<string>();
  for (const p of L.purchases) {
    if (p.date < fromDay || p.date > toDay) continue;
    purchases++;
    if (p.cust === null) withoutCustomer++;
    else buyers.add(p.cust);
    const ls = L.linesByOrder.get(p.orderId);
    if (!ls || ls.length === 0) { withoutItems++; continue; }
    if (p.cust !== null) buyersWithLines.add(p.cust);
    const isFirst = p.cust !== null && L.firstOrder.get(p.cust) === p.orderId;
    for (const l of ls) {
      lines++;
      cents += l.cents;
      let a = per.get(l.productId);
      if (!a) per.set(l.productId, (a = { cents: 0, units: 0, orders: new Set(), buyers: new Set(), newB: new Set(), repB: new Set() }));
      a.cents += l.cents;
      a.units++;
      a.orders.add(p.orderId);
      if (p.cust !== null) {
        a.buyers.add(p.cust);
        (isFirst ? a.newB : a.repB).add(p.cust);
      }
    }
  }
  return { per, purchases, lines, cents, withoutItems, withoutCustomer, buyers, buyersWithLines };
}

export function productsOlist(opts: ProductsRefOptions, dir = PRODUCTS_OLIST_DIR) {
  const L = load(dir);
  const fromN = dayNumber(opts.from), toN = dayNumber(opts.to);
  if (toN < fromN) throw new Error(`to < from: ${opts.from} … ${opts.to}`);
  const days = toN - fromN + 1;
  const prevFrom = dayString(fromN - days), prevTo = dayString(fromN - 1);

  const cur = aggregate(L, opts.from, opts.to);
  const prev = aggregate(L, prevFrom, prevTo);
  const catOf = (id: string): string | null => (L.category.has(id) ? L.category.get(id)! : null);

  // price bands per category group
  const groups = new Map<string | null, string[]>();
  for (const id of cur.per.keys()) {
    const c = catOf(id);
    let g = groups.get(c);
    if (!g) groups.set(c, (g = []));
    g.push(id);
  }
  const avgRat = (id: string): Rat => {
    const a = cur.per.get(id)!;
    return { num: BigInt(a.cents), den: BigInt(a.units) };
  };
  const band = new Map<string, PriceBand>();
  const priceCuts = new Map<string | null, { n: number; q1: number; q2: number }>();
  let bandCutEqualities = 0;
  for (const [c, ids] of groups) {
    const sorted = ids.map(avgRat).sort(cmp);
    const t1 = tercile(sorted, 1), t2 = tercile(sorted, 2);
    priceCuts.set(c, { n: ids.length, q1: ratValue(t1.q), q2: ratValue(t2.q) });
    for (const id of ids) {
      const v = avgRat(id);
      if ((t1.interpolated && cmp(v, t1.q) === 0) || (t2.interpolated && cmp(v, t2.q) === 0)) bandCutEqualities++;
      band.set(id, cmp(v, t1.q) <= 0 ? "low" : cmp(v, t2.q) <= 0 ? "mid" : "high");
    }
  }

  // ABC
  const order = [...cur.per.keys()].sort((a, b) => {
    const d = cur.per.get(b)!.cents - cur.per.get(a)!.cents;
    return d !== 0 ? d : a < b ? -1 : a > b ? 1 : 0;
  });
  const total = cur.cents;
  const abc = new Map<string, { cls: AbcClass; rank: number; shareBefore: number }>();
  let cum = 0;
  let groupStart = 0;
  let groupCents = -1;
  order.forEach((id, k) => {
    const cents = cur.per.get(id)!.cents;
    if (cents !== groupCents) {
      groupStart = cum;
      groupCents = cents;
    }
    const cls: AbcClass = 10 * groupStart < 8 * total ? "A" : 100 * groupStart < 95 * total ? "B" : "C";
    abc.set(id, { cls, rank: k + 1, shareBefore: total === 0 ? 0 : groupStart / total });
    cum += cents;
  });

  const products = new Map<string, ProductRefRow>();
  const abcCounts: Record<AbcClass, number> = { A: 0, B: 0, C: 0 };
  const bandCounts: Record<PriceBand, number> = { low: 0, mid: 0, high: 0 };
  for (const id of order) {
    const a = cur.per.get(id)!;
    const prevCents = prev.per.get(id)?.cents ?? 0;
    const x = abc.get(id)!;
    const b = band.get(id)!;
    abcCounts[x.cls]++;
    bandCounts[b]++;
    products.set(id, {
      productId: id,
      category: catOf(id),
      listed: L.listed.has(id),
      sales: a.cents / 100,
      salesCents: a.cents,
      units: a.units,
      orders: a.orders.size,
      buyers: a.buyers.size,
      newBuyers: a.newB.size,
      repeatBuyers: a.repB.size,
      avgPrice: a.cents / a.units / 100,
      avgPriceNum: a.cents,
      avgPriceDen: a.units,
      refundOrders: 0,
      refundRate: 0 / a.orders.size,
      priceBand: b,
      abc: x.cls,
      abcRank: x.rank,
      shareBefore: x.shareBefore,
      prevSales: prevCents / 100,
      prevSalesCents: prevCents,
      change: (a.cents - prevCents) / 100,
      changeCents: a.cents - prevCents,
    });
  }

  const changes = new Map<string, { sales: number; prevSales: number; change: number; changeCents: number }>();
  let rising = 0, falling = 0, flat = 0;
  const union = new Set<string>([...cur.per.keys(), ...prev.per.keys()]);
  for (const id of [...union].sort()) {
    const s = cur.per.get(id)?.cents ?? 0, ps = prev.per.get(id)?.cents ?? 0;
    const d = s - ps;
    if (d > 0) rising++; else if (d < 0) falling++; else flat++;
    changes.set(id, { sales: s / 100, prevSales: ps / 100, change: d / 100, changeCents: d });
  }

  let sellingListed = 0, soldNotListed = 0;
  for (const id of cur.per.keys()) if (L.listed.has(id)) sellingListed++; else soldNotListed++;
  const listed = L.listed.size;

  let withNew = 0, withRepeat = 0, withBoth = 0;
  for (const r of products.values()) {
    if (r.newBuyers > 0) withNew++;
    if (r.repeatBuyers > 0) withRepeat++;
    if (r.newBuyers > 0 && r.repeatBuyers > 0) withBoth++;
  }

  return {
    period: { from: opts.from, to: opts.to, days },
    previousPeriod: { from: prevFrom, to: prevTo, days },
    totals: {
      purchases: cur.purchases,
      purchasesWithoutItems: cur.withoutItems,
      purchasesWithoutCustomer: cur.withoutCustomer,
      lines: cur.lines,
      sales: cur.cents / 100,
      salesCents: cur.cents,
      buyers: cur.buyers.size,
      buyersWithLines: cur.buyersWithLines.size,
      productsSold: cur.per.size,
    },
    previousTotals: {
      purchases: prev.purchases,
      lines: prev.lines,
      sales: prev.cents / 100,
      salesCents: prev.cents,
      buyers: prev.buyers.size,
      productsSold: prev.per.size,
    },
    sellThrough: { listed, sellingListed, rate: listed === 0 ? 0 : sellingListed / listed, soldNotListed },
    abcCounts,
    bandCounts,
    bandCutEqualities,
    productsWithNewBuyers: withNew,
    productsWithRepeatBuyers: withRepeat,
    productsWithBoth: withBoth,
    rising, falling, flat,
    products, // Map product_id → row, in ABC order (sales desc, product_id asc)
    priceCuts, // Map category (null = no category) → { n, q1, q2 } in currency units
    changes, // Map product_id → change, products sold in the period or the previous one
    file: {
      orders: L.ordersRows,
      purchases: L.purchasesTotal,
      purchasesWithoutCustomer: L.ordersWithoutCustomerAll,
      customersWithFirstPurchase: L.firstOrder.size,
      linesWithoutOrder: L.linesWithoutOrder,
      duplicateProductRows: L.duplicateProductRows,
      untranslatedCategories: L.untranslatedCategories,
    },
  };
}

// ---------- self-check of the exact tercile on a toy example, then the CLI ----------
function selfCheck() {
  const r = (n: number, d = 1): Rat => ({ num: BigInt(n), den: BigInt(d) });
  const vals = [r(1), r(2), r(3), r(4), r(10)]; // numpy: quantile(.., 1/3) = 2.333…, 2/3 = 3.666…
  const q1 = tercile(vals, 1).q, q2 = tercile(vals, 2).q;
  if (cmp(q1, r(7, 3)) !== 0 || cmp(q2, r(11, 3)) !== 0) throw new Error("self-check tercile 5");
  const four = [r(1), r(2), r(3), r(4)]; // h = 1, 2 → exactly 2 and 3
  if (cmp(tercile(four, 1).q, r(2)) !== 0 || cmp(tercile(four, 2).q, r(3)) !== 0) throw new Error("self-check tercile 4");
  const one = [r(5, 2)];
  if (cmp(tercile(one, 1).q, r(5, 2)) !== 0 || cmp(tercile(one, 2).q, r(5, 2)) !== 0) throw new Error("self-check tercile 1");
  if (dayString(dayNumber("2017-10-01") - 92) !== "2017-07-01") throw new Error("self-check prev period");
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith("products.ts")) {
  selfCheck();
  for (const [from, to] of [["2017-01-01", "2017-12-31"], ["2017-10-01", "2017-12-31"]]) {
    const res = productsOlist({ from, to });
    const top3 = [...res.products.values()].slice(0, 3).map((p) => {
      const { salesCents: _s, avgPriceNum: _n, avgPriceDen: _d, prevSalesCents: _p, changeCents: _c, ...rest } = p;
      return rest;
    });
    const { products: _p, priceCuts, changes: _c, ...head } = res;
    console.log(JSON.stringify({ ...head, priceCutGroups: priceCuts.size, top3 }));
  }
}
