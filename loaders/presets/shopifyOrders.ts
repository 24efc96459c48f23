/**
 * Shopify orders export → orders + order_items. The export has one row per line item and writes
 * order-level fields only on an order's first row, so the order row is emitted from the first row
 * seen for a Name and later rows add only lines (per-file state). Customer key = the e-mail,
 * lower-cased and pseudonymised; names, phones, e-mails and addresses are remembered for masking.
 */
import { normalizeProvince } from "../clean/provinces.ts";
import { headerScore } from "./headerScore.ts";
import { nextOrdinal } from "./nextOrdinal.ts";
import { RowError, type MappedRow, type Preset, type PresetContext } from "./preset.ts";
import { recordReader, type RecordReader } from "./recordReader.ts";
import { shopifyOrderStatus } from "./shopifyOrderStatus.ts";
import { tableRow } from "./tableRow.ts";

const REQUIRED = ["Name", "Financial Status", "Created at", "Lineitem quantity", "Lineitem name", "Total"];
const OPTIONAL = [
  "Email", "Paid at", "Fulfillment Status", "Fulfilled at", "Accepts Marketing", "Currency", "Subtotal",
  "Shipping", "Taxes", "Discount Code", "Discount Amount", "Shipping Method", "Lineitem price",
  "Lineitem compare at price", "Lineitem sku", "Lineitem requires shipping", "Lineitem taxable",
  "Lineitem fulfillment status", "Billing Name", "Billing Street", "Billing Address1", "Billing Address2",
  "Billing Company", "Billing City", "Billing Zip", "Billing Province", "Billing Country", "Billing Phone",
  "Shipping Name", "Shipping Street", "Shipping Address1", "Shipping Address2", "Shipping Company",
  "Shipping City", "Shipping Zip", "Shipping Province", "Shipping Country", "Shipping Phone", "Notes",
  "Note Attributes", "Cancelled at", "Payment Method", "Payment Reference", "Refunded Amount", "Vendor",
  "Outstanding Balance", "Employee", "Location", "Device ID", "Id", "Tags", "Risk Level", "Source",
  "Lineitem discount", "Tax 1 Name", "Tax 1 Value", "Tax 2 Name", "Tax 2 Value", "Tax 3 Name", "Tax 3 Value",
  "Tax 4 Name", "Tax 4 Value", "Tax 5 Name", "Tax 5 Value", "Phone", "Receipt Number", "Duties",
  "Billing Province Name", "Shipping Province Name", "Payment ID", "Payment Terms Name", "Next Payment Due At",
  "Payment References"
];
const PERSONAL = [
  "Email", "Billing Name", "Billing Phone", "Billing Street", "Billing Address1", "Billing Address2",
  "Shipping Name", "Shipping Phone", "Shipping Street", "Shipping Address1", "Shipping Address2", "Phone"
];

function orderRow(r: RecordReader, orderId: string, ctx: PresetContext): MappedRow {
  for (const col of PERSONAL) {
    const v = r.text(col);
    if (v) ctx.rememberPersonal(v);
  }
  const email = r.text("Email");
  const orderedAt = r.time("Created at");
  if (orderedAt === null) throw new RowError("missing_value", "Created at is empty on the order's first row");
  const financial = r.required("Financial Status");
  const status = shopifyOrderStatus(financial, r.text("Fulfillment Status"), r.text("Cancelled at") !== null);
  if (status === null) throw new RowError("unknown_status", `Financial Status not recognised: "${financial}"`);
  const total = r.number("Total");
  const paid = !["pending_payment", "cancelled"].includes(status) || r.text("Paid at") !== null;
  const provinceText = r.text("Shipping Province Name") ?? r.text("Shipping Province");
  return tableRow("orders", {
    order_id: orderId,
    customer_id: email ? ctx.pseudonymize(email.toLowerCase()) : null,
    ordered_at: orderedAt,
    paid_at: r.time("Paid at"),
    shipped_at: r.time("Fulfilled at"),
    status,
    amount_total: total,
    // partially_paid: the paid part is not exported.
    amount_paid: financial.toLowerCase() === "partially_paid" ? null : paid ? total : 0,
    postage: r.number("Shipping"),
    discount: r.number("Discount Amount"),
    refund_amount: r.number("Refunded Amount") ?? 0,
    refunded_at: null, // the export has no refund time
    currency: r.text("Currency")?.toUpperCase() ?? "USD",
    channel: "shopify",
    province: provinceText ? (normalizeProvince(provinceText) ?? provinceText) : null,
    is_presale: false
  });
}

function mapShopifyRow(record: Readonly<Record<string, string>>, ctx: PresetContext): MappedRow[] {
  const r = recordReader(record, ctx);
  const orderId = r.required("Name");
  const lineNo = nextOrdinal(ctx, "shopify:lines", orderId);
  const rows: MappedRow[] = lineNo === 1 ? [orderRow(r, orderId, ctx)] : [];
  const quantity = r.integer("Lineitem quantity");
  if (quantity === null) throw new RowError("missing_value", "Lineitem quantity is empty");
  const sku = r.text("Lineitem sku");
  rows.push(
    tableRow("order_items", {
      order_id: orderId,
      line_no: lineNo,
      product_id: sku,
      sku,
      title: r.text("Lineitem name"),
      brand: r.text("Vendor"),
      quantity,
      unit_price: r.number("Lineitem price")
    })
  );
  return rows;
}

export const shopifyOrders: Preset = {
  id: "shopify-orders",
  label: { en: "Shopify orders export", zh: "Shopify 订单导出" },
  tables: ["orders", "order_items"],
  // One record is one order line; orders are assembled from lines.
  primaryTable: "order_items",
  hasHeader: true,
  defaultTimeZone: "UTC",
  defaultCurrency: "USD",
  refundTimeKnown: false,
  detect: (input) => headerScore(input, { required: REQUIRED, optional: OPTIONAL }),
  map: mapShopifyRow,
  snapshotTimeColumns: ["shipped_at", "paid_at", "ordered_at"]
};
