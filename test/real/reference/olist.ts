// Reference numbers for olist/subset_2017_10k/ (orders, order_items, customers, products,
// product_category_name_translation).
//
// Conventions:
// - Own CSV reader; quoted fields / quoted newlines are detected and counted per file (expected 0).
//   A leading BOM and CRLF terminators are tolerated (the top-level translation file has both).
// - "null" timestamp = empty string after trim. order_approved_at empty is the "unpaid" proxy.
// - Distinct customers = distinct customer_unique_id, obtained by joining orders.customer_id to
//   customers.customer_id. Orders whose customer_id is absent from customers.csv are counted
//   (`ordersWithoutCustomer`) and do not contribute a unique id.
// - Repeat customers = customer_unique_id with >= 2 DISTINCT order_id (all statuses counted).
//   A variant that excludes canceled/unavailable orders is also reported.
// - Money: price and freight_value parsed exactly as integer cents (at most 2 decimals in the
//   file; a value with more decimals throws). Per-order total = Σ(price + freight_value) over
//   its items; Map values are in currency units (cents/100). Orders without items are absent
//   from the Map (counted in `ordersWithoutItems`).
// - Category translation coverage: distinct non-empty product_category_name in products.csv
//   and how many have a row in subset_2017_10k/product_category_name_translation.csv;
//   the untranslated names are listed, plus products with an empty category.
import { readCsvObjects, decimalToScaled, DATASETS } from "./csv.ts";
import { join } from "node:path";

export const OLIST_DIR = join(DATASETS, "olist/subset_2017_10k");

function fileQuirks(recs: { hasQuotedNewline: boolean; strayQuote: boolean; raw: string; fields: string[] }[], width: number) {
  return {
    recordsWithQuotedNewline: recs.filter((r) => r.hasQuotedNewline).length,
    recordsWithQuotes: recs.filter((r) => r.raw.includes('"')).length,
    recordsWithStrayQuote: recs.filter((r) => r.strayQuote).length,
    recordsWithWrongFieldCount: recs.filter((r) => r.fields.length !== width).length,
  };
}

export function olist(dir = OLIST_DIR) {
  const orders = readCsvObjects(join(dir, "orders.csv"));
  const items = readCsvObjects(join(dir, "order_items.csv"));
  const customers = readCsvObjects(join(dir, "customers.csv"));
  const products = readCsvObjects(join(dir, "products.csv"));
  const trans = readCsvObjects(join(dir, "product_category_name_translation.csv"));

  const custUnique = new Map<string, string>();
  for (const c of customers.rows) custUnique.set(c.customer_id, c.customer_unique_id);

  const orderIds = new Set<string>();
  const statusCounts: Record<string, number> = {};
  let nullApproved = 0, ordersWithoutCustomer = 0;
  const nullCounts: Record<string, number> = {};
  const uniqueOrders = new Map<string, Set<string>>();
  const uniqueOrdersValid = new Map<string, Set<string>>();
  let minPurchase = "", maxPurchase = "";
  for (const o of orders.rows) {
    orderIds.add(o.order_id);
    statusCounts[o.order_status] = (statusCounts[o.order_status] ?? 0) + 1;
    for (const h of orders.header) if (o[h].trim() === "") nullCounts[h] = (nullCounts[h] ?? 0) + 1;
    if (o.order_approved_at.trim() === "") nullApproved++;
    const p = o.order_purchase_timestamp;
    if (minPurchase === "" || p < minPurchase) minPurchase = p;
    if (maxPurchase === "" || p > maxPurchase) maxPurchase = p;
    const u = custUnique.get(o.customer_id);
    if (u === undefined) { ordersWithoutCustomer++; continue; }
    let s = uniqueOrders.get(u);
    if (!s) uniqueOrders.set(u, (s = new Set()));
    s.add(o.order_id);
    if (o.order_status !== "canceled" && o.order_status !== "unavailable") {
      let v = uniqueOrdersValid.get(u);
      if (!v) uniqueOrdersValid.set(u, (v = new Set()));
      v.add(o.order_id);
    }
  }
  const nullApprovedByStatus: Record<string, number> = {};
  for (const o of orders.rows) if (o.order_approved_at.trim() === "") nullApprovedByStatus[o.order_status] = (nullApprovedByStatus[o.order_status] ?? 0) + 1;

  const orderTotalCents = new Map<string, number>();
  let priceCents = 0, freightCents = 0, itemsWithoutOrder = 0;
  const itemKeys = new Set<string>();
  let dupItemKeys = 0;
  for (const it of items.rows) {
    const p = decimalToScaled(it.price, 2), f = decimalToScaled(it.freight_value, 2);
    priceCents += p; freightCents += f;
    orderTotalCents.set(it.order_id, (orderTotalCents.get(it.order_id) ?? 0) + p + f);
    if (!orderIds.has(it.order_id)) itemsWithoutOrder++;
    const k = it.order_id + "#" + it.order_item_id;
    if (itemKeys.has(k)) dupItemKeys++; else itemKeys.add(k);
  }
  const orderTotal = new Map<string, number>();
  for (const [k, v] of orderTotalCents) orderTotal.set(k, v / 100);
  let ordersWithoutItems = 0;
  for (const id of orderIds) if (!orderTotalCents.has(id)) ordersWithoutItems++;

  const productIds = new Set(products.rows.map((p) => p.product_id));
  const itemProductsMissing = new Set(items.rows.map((i) => i.product_id).filter((id) => !productIds.has(id)));
  const transMap = new Map(trans.rows.map((t) => [t.product_category_name, t.product_category_name_english]));
  const cats = new Map<string, number>();
  let emptyCategory = 0;
  for (const p of products.rows) {
    const c = p.product_category_name.trim();
    if (c === "") { emptyCategory++; continue; }
    cats.set(c, (cats.get(c) ?? 0) + 1);
  }
  const untranslated = [...cats.keys()].filter((c) => !transMap.has(c)).sort();
  const productsUntranslated = untranslated.reduce((a, c) => a + (cats.get(c) ?? 0), 0);

  return {
    dir: "olist/subset_2017_10k",
    orders: {
      rows: orders.rows.length,
      distinctOrderId: orderIds.size,
      statusCounts,
      nullOrderApprovedAt: nullApproved,
      nullOrderApprovedAtByStatus: nullApprovedByStatus,
      emptyCountsByColumn: nullCounts,
      minPurchaseTimestamp: minPurchase,
      maxPurchaseTimestamp: maxPurchase,
      ordersWithoutCustomer,
      ordersWithoutItems,
      quirks: fileQuirks(orders.records, orders.header.length),
    },
    customers: {
      rows: customers.rows.length,
      distinctCustomerId: custUnique.size,
      distinctUniqueIdInCustomersFile: new Set(customers.rows.map((c) => c.customer_unique_id)).size,
      distinctUniqueIdAmongOrders: uniqueOrders.size,
      uniqueCustomersWith2PlusOrders: [...uniqueOrders.values()].filter((s) => s.size >= 2).length,
      uniqueCustomersWith2PlusOrdersExclCanceledUnavailable: [...uniqueOrdersValid.values()].filter((s) => s.size >= 2).length,
      maxOrdersPerUniqueCustomer: Math.max(...[...uniqueOrders.values()].map((s) => s.size)),
      quirks: fileQuirks(customers.records, customers.header.length),
    },
    orderItems: {
      rows: items.rows.length,
      distinctOrders: orderTotalCents.size,
      duplicateOrderItemKeys: dupItemKeys,
      itemsWithoutOrder,
      itemProductsMissingFromProducts: itemProductsMissing.size,
      grandTotalPrice: priceCents / 100,
      grandTotalFreight: freightCents / 100,
      grandTotalPricePlusFreight: (priceCents + freightCents) / 100,
      orderTotal, // Map order_id -> Σ(price + freight_value)
      quirks: fileQuirks(items.records, items.header.length),
    },
    products: {
      rows: products.rows.length,
      distinctProductId: productIds.size,
      emptyCategory,
      distinctCategories: cats.size,
      translatedCategories: cats.size - untranslated.length,
      untranslatedCategories: untranslated,
      productsWithUntranslatedCategory: productsUntranslated,
      translationRows: trans.rows.length,
      quirks: fileQuirks(products.records, products.header.length),
    },
  };
}
