/**
 * Taobao 宝贝报表 (item report) → order_items; line_no = position of the line within its order in
 * the file. The report has no item id, so product_id starts as 商家编码; finalizeSql swaps in the
 * catalogue's 宝贝ID where the catalogue (shop-products) maps that 商家编码 to exactly one item, so
 * lines join products, reviews and 生意参谋 item rows, which all use 宝贝ID. Idempotent: a swapped
 * line no longer has product_id = sku.
 */
import { headerScore } from "./headerScore.ts";
import { RowError, type MappedRow, type Preset, type PresetContext } from "./preset.ts";
import { nextOrdinal } from "./nextOrdinal.ts";
import { recordReader } from "./recordReader.ts";
import { tableRow } from "./tableRow.ts";

const REQUIRED = ["订单编号", "标题", "价格", "购买数量"];
const OPTIONAL = ["外部系统编号", "商品属性", "套餐信息", "备注", "订单状态", "商家编码"];

function mapTaobaoItem(record: Readonly<Record<string, string>>, ctx: PresetContext): MappedRow[] {
  const r = recordReader(record, ctx);
  const orderId = r.required("订单编号");
  const quantity = r.integer("购买数量");
  if (quantity === null) throw new RowError("missing_value", "购买数量 is empty");
  const sku = r.text("商家编码");
  return [
    tableRow("order_items", {
      order_id: orderId,
      line_no: nextOrdinal(ctx, "taobao-items:lines", orderId),
      // The report carries no item id; 商家编码 is the shop's own product code, the best stable key.
      product_id: sku,
      sku,
      title: r.text("标题"),
      quantity,
      unit_price: r.number("价格")
    })
  ];
}

export const taobaoItems: Preset = {
  id: "taobao-items",
  label: { en: "Taobao item report (宝贝报表)", zh: "淘宝 宝贝报表" },
  tables: ["order_items"],
  hasHeader: true,
  defaultTimeZone: "Asia/Shanghai",
  defaultCurrency: "CNY",
  detect: (input) => headerScore(input, { required: REQUIRED, optional: OPTIONAL }),
  map: mapTaobaoItem,
  finalizeSql: [
    `UPDATE order_items SET product_id = p.product_id
     FROM (SELECT sku, any_value(product_id) AS product_id FROM products WHERE sku IS NOT NULL
           GROUP BY sku HAVING count(DISTINCT product_id) = 1) p
     WHERE order_items.product_id = order_items.sku AND order_items.sku = p.sku`
  ]
};
