import { describe, expect, it } from "vitest";
import { cdnowMaster } from "../../../loaders/presets/cdnowMaster.ts";
import { cdnowSample } from "../../../loaders/presets/cdnowSample.ts";
import { RowError, RowExcluded } from "../../../loaders/presets/preset.ts";
import { shopifyOrders } from "../../../loaders/presets/shopifyOrders.ts";
import { uciOnlineRetail } from "../../../loaders/presets/uciOnlineRetail.ts";
import { at, fakeContext, rec } from "./fakeContext.ts";
import { runFinalize } from "./finalizeHarness.ts";

describe("uci-online-retail", () => {
  const h = "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country";
  const lines = [
    "536365,85123A,WHITE HEART,6,2010-12-01 08:26:00,2.55,17850,United Kingdom",
    "536365,71053,LANTERN,2,2010-12-01 08:26:00,3.39,17850,United Kingdom",
    "536370,22728,ALARM CLOCK,24,2010-12-01 08:45:00,3.75,,France",
    "C536379,D,Discount,-1,2010-12-01 09:41:00,27.50,14527.0,United Kingdom"
  ];

  it("emits numbered lines and builds one order per invoice in finalizeSql", async () => {
    const ctx = fakeContext({ sourceTimeZone: "Europe/London", shopTimeZone: "Europe/London" });
    const rows = lines.flatMap((l) => uciOnlineRetail.map(rec(h, l), ctx));
    const items = rows.filter((r) => r.table === "order_items").map((r) => [r.row.order_id, r.row.line_no, r.row.quantity, r.row.unit_price]);
    expect(items).toEqual([["536365", 1, 6, 2.55], ["536365", 2, 2, 3.39], ["536370", 1, 24, 3.75], ["C536379", 1, 1, 27.5]]);

    const db = await runFinalize(rows, [...uciOnlineRetail.finalizeSql!, ...uciOnlineRetail.finalizeSql!]);
    const orders = await db.query(
      "SELECT order_id, customer_id, ordered_at::VARCHAR AS o, status, amount_total, amount_paid, refund_amount, refunded_at::VARCHAR AS r, currency, province FROM orders ORDER BY order_id"
    );
    db.close();
    expect(orders).toEqual([
      { order_id: "536365", customer_id: "p:17850", o: "2010-12-01 08:26:00", status: "completed", amount_total: 22.08, amount_paid: 22.08, refund_amount: 0, r: null, currency: "GBP", province: "United Kingdom" },
      { order_id: "536370", customer_id: null, o: "2010-12-01 08:45:00", status: "completed", amount_total: 90, amount_paid: 90, refund_amount: 0, r: null, currency: "GBP", province: "France" },
      { order_id: "C536379", customer_id: "p:14527", o: "2010-12-01 09:41:00", status: "cancelled", amount_total: 27.5, amount_paid: 0, refund_amount: 27.5, r: "2010-12-01 09:41:00", currency: "GBP", province: "United Kingdom" }
    ]);
  });

  it("excludes stock write-offs and accounting adjustments", () => {
    const ctx = fakeContext();
    expect(() => uciOnlineRetail.map(rec(h, "536414,22139,,-56,2010-12-01 11:52:00,0,,United Kingdom"), ctx)).toThrow(RowExcluded);
    expect(() => uciOnlineRetail.map(rec(h, "A563185,B,Adjust bad debt,1,2011-08-12 14:50:00,11062.06,,United Kingdom"), ctx)).toThrow(RowExcluded);
    expect(() => uciOnlineRetail.map(rec(h, "536365,X,,six,2010-12-01 08:26:00,1,,UK"), ctx)).toThrow(RowError);
  });
});

describe("shopify-orders", () => {
  const h =
    "Name,Email,Financial Status,Paid at,Fulfillment Status,Fulfilled at,Currency,Subtotal,Shipping,Taxes,Total,Discount Amount,Created at,Lineitem quantity,Lineitem name,Lineitem price,Lineitem sku,Billing Name,Shipping Province,Refunded Amount,Vendor,Id";
  it("takes order fields from an order's first row and numbers its lines", () => {
    const ctx = fakeContext({ sourceTimeZone: "UTC", shopTimeZone: "America/New_York" });
    const rows = [
      "#1001,Ann@Example.com,paid,2024-01-05 10:32:11 -0500,fulfilled,2024-01-06 09:00:00 -0500,USD,40.00,5.00,0,40.00,5.00,2024-01-05 10:30:00 -0500,2,Mug,10.00,MUG-1,Ann Lee,NY,0,Acme,555",
      "#1001,Ann@Example.com,,,,,,,,,,,,1,Tea,20.00,TEA-1,,,,Acme,",
      "#1002,,refunded,2024-01-07 12:00:00 -0500,,,USD,9,0,0,9,0,2024-01-07 11:59:00 -0500,1,Tea,9,TEA-1,,,9.00,,556"
    ].flatMap((l) => shopifyOrders.map(rec(h, l), ctx));
    expect(rows.map((r) => r.table)).toEqual(["orders", "order_items", "order_items", "orders", "order_items"]);
    expect(rows[0].row).toEqual({
      order_id: "#1001", customer_id: "p:ann@example.com", ordered_at: at("2024-01-05 10:30:00"), paid_at: at("2024-01-05 10:32:11"),
      shipped_at: at("2024-01-06 09:00:00"), received_at: null, status: "completed", amount_total: 40, amount_paid: 40, postage: 5,
      discount: 5, refund_amount: 0, refunded_at: null, currency: "USD", channel: "shopify", province: "NY", is_presale: false
    });
    expect(rows[2].row).toMatchObject({ order_id: "#1001", line_no: 2, sku: "TEA-1", quantity: 1, unit_price: 20, brand: "Acme" });
    expect(rows[3].row).toMatchObject({ order_id: "#1002", customer_id: null, status: "refunded", amount_paid: 9, refund_amount: 9 });
    expect(ctx.remembered).toEqual(expect.arrayContaining(["Ann@Example.com", "Ann Lee"]));
  });

  it("maps pending and unfulfilled orders", () => {
    const line = (fin: string, ful: string) =>
      shopifyOrders.map(rec(h, `#1,,${fin},,${ful},,USD,1,0,0,1,0,2024-01-01 00:00:00 +0000,1,x,1,,,,,,`), fakeContext())[0].row;
    expect(line("pending", "")).toMatchObject({ status: "pending_payment", amount_paid: 0 });
    expect(line("paid", "unfulfilled")).toMatchObject({ status: "paid", amount_paid: 1 });
    expect(line("paid", "partial").status).toBe("shipped");
    expect(() => line("weird", "")).toThrow(RowError);
  });
});

describe("cdnow", () => {
  const master = (l: string) => Object.fromEntries(cdnowMaster.columns!.map((c, i) => [c, l.trim().split(/\s+/)[i]]));
  const sample = (l: string) => Object.fromEntries(cdnowSample.columns!.map((c, i) => [c, l.trim().split(/\s+/)[i]]));

  it("makes one completed USD order per line; same-day purchases stay separate", () => {
    const ctx = fakeContext({ sourceTimeZone: "America/New_York", shopTimeZone: "America/New_York" });
    const [a] = cdnowMaster.map(master(" 00001 19970101  1   11.77"), ctx);
    const [b] = cdnowMaster.map(master(" 00001 19970101  2   20.00"), ctx);
    expect(a.row).toEqual({
      order_id: "cdnow-1-19970101-1", customer_id: "p:1", ordered_at: at("1997-01-01 00:00:00"), paid_at: at("1997-01-01 00:00:00"),
      shipped_at: null, received_at: null, status: "completed", amount_total: 11.77, amount_paid: 11.77, postage: null, discount: null,
      refund_amount: 0, refunded_at: null, currency: "USD", channel: "cdnow", province: null, is_presale: false
    });
    expect(b.row.order_id).toBe("cdnow-1-19970101-2");
  });

  it("excludes the master file's header line and quarantines bad dates", () => {
    expect(() => cdnowMaster.map(master("customer_id  date number_of_cds  dollar_value"), fakeContext())).toThrow(RowExcluded);
    expect(() => cdnowMaster.map(master("00001 19971301 1 11.77"), fakeContext())).toThrow(RowError);
  });

  it("keys sample lines by master_id, matching the master file's ids", () => {
    const [s] = cdnowSample.map(sample(" 00004 0001 19970101  2   29.33"), fakeContext());
    expect(s.row).toMatchObject({ order_id: "cdnow-4-19970101-1", customer_id: "p:4", amount_paid: 29.33 });
  });
});
