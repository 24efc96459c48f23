import { describe, expect, it } from "vitest";
import { olistCategoryTranslation } from "../../../loaders/presets/olistCategoryTranslation.ts";
import { olistCustomers } from "../../../loaders/presets/olistCustomers.ts";
import { olistItems } from "../../../loaders/presets/olistItems.ts";
import { olistOrders } from "../../../loaders/presets/olistOrders.ts";
import { olistProducts } from "../../../loaders/presets/olistProducts.ts";
import { RowError, type Preset } from "../../../loaders/presets/preset.ts";
import { at, fakeContext, rec } from "./fakeContext.ts";
import { runFinalize } from "./finalizeHarness.ts";

const ORDERS = "order_id,customer_id,order_status,order_purchase_timestamp,order_approved_at,order_delivered_carrier_date,order_delivered_customer_date,order_estimated_delivery_date";
const ITEMS = "order_id,order_item_id,product_id,seller_id,shipping_limit_date,price,freight_value";
const CUSTOMERS = "customer_id,customer_unique_id,customer_zip_code_prefix,customer_city,customer_state";
const PRODUCTS = "product_id,product_category_name,product_name_lenght";
const TRANSLATION = "product_category_name,product_category_name_english";

const load = (preset: Preset, header: string, lines: string[]) => {
  const ctx = fakeContext({ sourceTimeZone: "America/Sao_Paulo", shopTimeZone: "America/Sao_Paulo" });
  return lines.flatMap((l) => preset.map(rec(header, l), ctx));
};

describe("olist", () => {
  it.each([
    ["delivered", "completed"], ["shipped", "shipped"], ["canceled", "cancelled"], ["unavailable", "cancelled"],
    ["invoiced", "paid"], ["processing", "paid"], ["approved", "paid"], ["created", "pending_payment"]
  ])("maps order_status %s to %s", (olist, status) => {
    const [out] = load(olistOrders, ORDERS, [`o1,c1,${olist},2017-10-02 10:56:33,2017-10-02 11:07:15,,,`]);
    expect(out.row.status).toBe(status);
  });

  it("maps an order: paid_at = approval, shipped = handed to carrier, received = delivered", () => {
    const [out] = load(olistOrders, ORDERS, ["o1,c1,delivered,2017-10-02 10:56:33,2017-10-02 11:07:15,2017-10-04 19:55:00,2017-10-10 21:25:13,2017-10-18 00:00:00"]);
    expect(out.row).toEqual({
      order_id: "o1", customer_id: "p:c1", ordered_at: at("2017-10-02 10:56:33"), paid_at: at("2017-10-02 11:07:15"),
      shipped_at: at("2017-10-04 19:55:00"), received_at: at("2017-10-10 21:25:13"), status: "completed",
      amount_total: null, amount_paid: null, postage: null, discount: null, refund_amount: 0, refunded_at: null,
      currency: "BRL", channel: "olist", province: null, is_presale: false
    });
    expect(() => load(olistOrders, ORDERS, ["o1,c1,lost,2017-10-02 10:56:33,,,,"])).toThrow(RowError);
  });

  it("resolves persons, amounts and English categories in finalizeSql", async () => {
    const rows = [
      ...load(olistOrders, ORDERS, [
        "o1,c1,delivered,2017-10-02 10:56:33,2017-10-02 11:07:15,,,",
        "o2,c2,created,2017-11-05 09:00:00,,,,",
        "o3,c3,delivered,2017-12-01 08:00:00,2017-12-01 09:00:00,,,"
      ]),
      ...load(olistItems, ITEMS, ["o1,1,prodA,s1,,10.50,2.25", "o1,2,prodB,s1,,20.00,2.25", "o2,1,prodA,s1,,10.50,3.00", "o3,1,prodB,s9,,5,1"]),
      // c1 and c3 are the same person (u1): Olist issues a customer_id per order.
      ...load(olistCustomers, CUSTOMERS, ["c1,u1,01001,sao paulo,SP", "c2,u2,20000,rio de janeiro,RJ", "c3,u1,01001,sao paulo,SP"]),
      ...load(olistProducts, PRODUCTS, ["prodA,beleza_saude,40", "prodB,pet_shop,12"]),
      ...load(olistCategoryTranslation, TRANSLATION, ["beleza_saude,health_beauty", "pet_shop,pet_shop"])
    ];
    const sql = [olistItems, olistCustomers, olistCategoryTranslation].flatMap((p) => p.finalizeSql!);
    const db = await runFinalize(rows, [...sql, ...sql]); // twice: idempotent
    const orders = await db.query("SELECT order_id, customer_id, amount_total, amount_paid, postage, province FROM orders ORDER BY order_id");
    const customers = await db.query("SELECT customer_id, first_seen_date::VARCHAR AS d, province, city FROM customers ORDER BY customer_id, d");
    const items = await db.query("SELECT order_id, line_no, category FROM order_items ORDER BY order_id, line_no");
    const products = await db.query("SELECT product_id, category FROM products ORDER BY product_id");
    db.close();
    expect(orders).toEqual([
      { order_id: "o1", customer_id: "p:u1", amount_total: 35, amount_paid: 35, postage: 4.5, province: "SP" },
      { order_id: "o2", customer_id: "p:u2", amount_total: 13.5, amount_paid: 0, postage: 3, province: "RJ" },
      { order_id: "o3", customer_id: "p:u1", amount_total: 6, amount_paid: 6, postage: 1, province: "SP" }
    ]);
    expect(customers).toEqual([
      { customer_id: "p:u1", d: "2017-10-02", province: "SP", city: "sao paulo" },
      { customer_id: "p:u1", d: "2017-10-02", province: "SP", city: "sao paulo" },
      { customer_id: "p:u2", d: "2017-11-05", province: "RJ", city: "rio de janeiro" }
    ]);
    expect(products).toEqual([{ product_id: "prodA", category: "health_beauty" }, { product_id: "prodB", category: "pet_shop" }]);
    expect(items).toEqual([
      { order_id: "o1", line_no: 1, category: "health_beauty" },
      { order_id: "o1", line_no: 2, category: "pet_shop" },
      { order_id: "o2", line_no: 1, category: "health_beauty" },
      { order_id: "o3", line_no: 1, category: "pet_shop" }
    ]);
  });
});
