/**
 * Olist orders.csv → orders (BRL, America/Sao_Paulo). customer_id here is Olist's per-order
 * customer key; olist-customers' finalizeSql replaces it with the person (customer_unique_id),
 * and olist-items' finalizeSql fills the amounts, which orders.csv does not carry.
 */
import type { OrderStatus } from "../../src/schema.ts";
import { headerScore } from "./headerScore.ts";
import { RowError, type MappedRow, type Preset, type PresetContext } from "./preset.ts";
import { recordReader } from "./recordReader.ts";
import { tableRow } from "./tableRow.ts";

const REQUIRED = ["order_id", "customer_id", "order_status", "order_purchase_timestamp"];
const OPTIONAL = [
  "order_approved_at", "order_delivered_carrier_date", "order_delivered_customer_date", "order_estimated_delivery_date"
];
const STATUSES: Record<string, OrderStatus> = {
  delivered: "completed",
  shipped: "shipped",
  canceled: "cancelled",
  unavailable: "cancelled",
  invoiced: "paid",
  processing: "paid",
  approved: "paid",
  created: "pending_payment"
};

function mapOlistOrder(record: Readonly<Record<string, string>>, ctx: PresetContext): MappedRow[] {
  const r = recordReader(record, ctx);
  const statusText = r.required("order_status");
  const status = STATUSES[statusText.toLowerCase()];
  if (!status) throw new RowError("unknown_status", `order_status not recognised: "${statusText}"`);
  const orderedAt = r.time("order_purchase_timestamp");
  if (orderedAt === null) throw new RowError("missing_value", "order_purchase_timestamp is empty");
  const paidAt = r.time("order_approved_at");
  return [
    tableRow("orders", {
      order_id: r.required("order_id"),
      customer_id: ctx.pseudonymize(r.required("customer_id")),
      ordered_at: orderedAt,
      paid_at: paidAt,
      shipped_at: r.time("order_delivered_carrier_date"),
      received_at: r.time("order_delivered_customer_date"),
      status,
      // A cancelled order that had been paid was presumably refunded, but the amount is not exported.
      refund_amount: status === "cancelled" && paidAt !== null ? null : 0,
      currency: "BRL",
      channel: "olist",
      is_presale: false
    })
  ];
}

export const olistOrders: Preset = {
  id: "olist-orders",
  label: { en: "Olist orders", zh: "Olist 订单" },
  tables: ["orders"],
  hasHeader: true,
  defaultTimeZone: "America/Sao_Paulo",
  defaultCurrency: "BRL",
  refundTimeKnown: false,
  detect: (input) => headerScore(input, { required: REQUIRED, optional: OPTIONAL }),
  map: mapOlistOrder,
  snapshotTimeColumns: ["received_at", "shipped_at", "paid_at", "ordered_at"]
};
