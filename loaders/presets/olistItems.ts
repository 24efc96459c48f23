/**
 * Olist order_items.csv → order_items (one unit per line, as Olist writes them), plus
 * `stage_olist_items` so finalizeSql can total each order: amount = Σ price + Σ freight_value,
 * postage = Σ freight_value; amount_paid = amount when the order was approved, else 0.
 *
 * Staging columns: order_id, line_no, price, freight. Idempotent: a line staged twice counts once,
 * and the UPDATE recomputes from scratch.
 */
import { headerScore } from "./headerScore.ts";
import { RowError, type MappedRow, type Preset, type PresetContext } from "./preset.ts";
import { recordReader } from "./recordReader.ts";
import { stageRow, tableRow } from "./tableRow.ts";

const REQUIRED = ["order_id", "order_item_id", "product_id", "price"];
const OPTIONAL = ["seller_id", "shipping_limit_date", "freight_value"];

function mapOlistItem(record: Readonly<Record<string, string>>, ctx: PresetContext): MappedRow[] {
  const r = recordReader(record, ctx);
  const orderId = r.required("order_id");
  const lineNo = r.integer("order_item_id");
  if (lineNo === null || lineNo < 1) throw new RowError("bad_value", `order_item_id must be ≥ 1: "${r.text("order_item_id")}"`);
  const price = r.number("price");
  return [
    tableRow("order_items", {
      order_id: orderId,
      line_no: lineNo,
      product_id: r.required("product_id"),
      quantity: 1,
      unit_price: price
    }),
    stageRow("stage_olist_items", { order_id: orderId, line_no: lineNo, price: price ?? 0, freight: r.number("freight_value") ?? 0 })
  ];
}

export const olistItems: Preset = {
  id: "olist-items",
  label: { en: "Olist order items", zh: "Olist 订单明细" },
  tables: ["order_items"],
  hasHeader: true,
  defaultTimeZone: "America/Sao_Paulo",
  defaultCurrency: "BRL",
  detect: (input) => headerScore(input, { required: REQUIRED, optional: OPTIONAL }),
  map: mapOlistItem,
  finalizeSql: [
    `UPDATE orders SET amount_total = s.total,
       amount_paid = CASE WHEN orders.paid_at IS NULL THEN 0 ELSE s.total END,
       postage = s.freight
     FROM (
       SELECT order_id, round(sum(price) + sum(freight), 2) AS total, round(sum(freight), 2) AS freight
       FROM (
         SELECT order_id::VARCHAR AS order_id, line_no::BIGINT AS line_no,
           any_value(price::DOUBLE) AS price, any_value(freight::DOUBLE) AS freight
         FROM stage_olist_items GROUP BY 1, 2
       ) GROUP BY order_id
     ) s
     WHERE orders.order_id = s.order_id`,
    // Olist lines carry no category; take the product's (translated or not: see olist-category-translation).
    `UPDATE order_items SET category = p.category FROM products p
     WHERE order_items.product_id = p.product_id AND order_items.category IS NULL AND p.category IS NOT NULL
       AND order_items.order_id IN (SELECT order_id::VARCHAR FROM stage_olist_items)`
  ]
};
