/**
 * Writes one year's Taobao order report (订单报表) and item report (宝贝报表), GB18030 with CRLF
 * as the seller centre exports them, newest order first. The two yearly exports overlap: the 2025
 * export repeats December 2024 with the statuses those orders had a year later.
 *
 * Deliberate defects, which the pipeline must handle (tests check they are present):
 * - `duplicateRow`: one ordinary order row is written twice in a row (an exact duplicate).
 * - `cutOffLastLine`: the last row is cut mid-row with no line ending, as an interrupted download.
 * Other quirks appear in a few rows: 订单编号 as `="2024…"`, money as `¥1,234.50`, times as
 * `2024/3/1 8:05`, 收货地址 with only a province.
 */
import type { Random } from "./random.ts";
import type { CanaryLog } from "./makePerson.ts";
import type { Order } from "./simulateOrders.ts";
import type { OrderExtras } from "./orderExtras.ts";
import { CsvSink, csvLine } from "./csvSink.ts";
import { orderStatusAt, type OrderState } from "./orderStatusAt.ts";
import { formatDateTime, formatShortDateTime } from "./shopTime.ts";

export const ORDER_REPORT_HEADER = [
  "订单编号", "买家会员名", "买家支付宝账号", "买家应付货款", "买家应付邮费", "总金额", "买家实际支付金额", "订单状态", "买家留言",
  "收货人姓名", "收货地址 ", "运送方式", "联系电话", "联系手机", "订单创建时间", "订单付款时间 ", "宝贝标题 ", "宝贝种类", "物流单号 ",
  "物流公司", "订单备注", "宝贝总数量", "店铺名称", "订单关闭原因", "分阶段订单信息", "退款金额", "确认收货时间", "发货时间 ", "是否手机订单"
];
export const ITEM_REPORT_HEADER = ["订单编号", "标题", "价格", "购买数量", "外部系统编号", "商品属性", "套餐信息", "备注", "订单状态", "商家编码"];
export const SHOP_NAME = "演示店铺 Demo Shop";
/** Index of 订单创建时间: the cut-off row ends inside it. */
const CREATED_COLUMN = 14;

export interface OrderReportSpec {
  readonly orderPath: string;
  readonly itemPath: string;
  /** Orders created in [from, to) shop seconds, in the state they had at `exportAt`. */
  readonly from: number;
  readonly to: number;
  readonly exportAt: number;
  readonly duplicateRow?: boolean;
  readonly cutOffLastLine?: boolean;
}

export interface OrderReportResult {
  readonly orderRows: number;
  readonly itemRows: number;
  readonly orders: number;
  readonly duplicateOrderId: string | null;
  readonly cutOffOrderId: string | null;
}

const yuan = (cents: number) => (cents / 100).toFixed(2);
/** Plain `1234.50` in most rows; `¥1,234.50` where an export (or an Excel re-save) added the symbol. */
function formatMoney(cents: number, symbol: boolean): string {
  if (!symbol) return yuan(cents);
  const [whole, frac] = yuan(cents).split(".");
  return `¥${whole!.replace(/\B(?=(\d{3})+$)/g, ",")}.${frac}`;
}

function orderRows(o: Order, s: OrderState, x: OrderExtras | null, rng: Random, canaries: CanaryLog): string[][] {
  const c = o.customer;
  const quotedId = rng.chance(0.04);
  const symbol = rng.chance(0.02);
  const short = rng.chance(0.03);
  const provinceOnly = rng.chance(0.03);
  const time = (t: number | null) => (t === null ? "" : short ? formatShortDateTime(t) : formatDateTime(t));
  const money = (cents: number) => formatMoney(cents, symbol);
  const alipay = canaries.plant(c.index % 5 < 3 ? c.person.phone : c.person.email);
  const receiver = canaries.plant(o.shipTo.name);
  const mobile = canaries.plant(o.shipTo.phone);
  let address: string;
  if (provinceOnly) address = rng.chance(0.5) ? o.shipTo.province.short : o.shipTo.province.name;
  else {
    canaries.plant(o.shipTo.street);
    address = o.shipTo.address;
  }
  if (x) for (const v of x.personal) canaries.plant(v);
  const titles = o.lines.map((l) => l.product.title).join("，");
  const units = o.lines.reduce((n, l) => n + l.quantity, 0);
  const part = (stage: string, goods: number, postage: number, discount: number, created: number, paid: number | null, refund: number) => {
    const total = goods + postage;
    return [
      quotedId ? `="${o.id}"` : o.id, c.nick, alipay, money(goods), money(postage), money(total), money(paid === null ? 0 : total - discount),
      s.status, x?.message ?? "", receiver, address, "快递", x?.landline ?? "", mobile, time(created), time(paid), titles, String(o.lines.length),
      s.shippedAt === null ? "" : o.trackingNo, s.shippedAt === null ? "" : o.carrier, x?.note ?? "", String(units), SHOP_NAME, s.closeReason, stage,
      money(refund), time(s.receivedAt), time(s.shippedAt), o.device === "pc" ? "" : "手机订单"
    ];
  };
  if (!o.presale) return [part("", o.goodsCents, o.postageCents, o.discountCents, o.createdAt, s.paidAt, s.refundCents)];
  const p = o.presale;
  return [
    part("定金", p.depositCents, 0, 0, o.createdAt, p.depositPaidAt, 0),
    part("尾款", o.goodsCents - p.depositCents, o.postageCents, o.discountCents, p.finalCreatedAt, s.paidAt, s.refundCents)
  ];
}

/** Cuts a row in the middle of 订单创建时间: enough fields to look like a row, too few to be one. */
function cutOff(row: string[]): string {
  const line = csvLine(row.slice(0, CREATED_COLUMN + 1));
  return line.slice(0, line.length - row[CREATED_COLUMN]!.length + 7);
}

export function writeOrderReports(
  spec: OrderReportSpec,
  orders: readonly Order[],
  extras: ReadonlyMap<Order, OrderExtras>,
  rng: Random,
  canaries: CanaryLog
): OrderReportResult {
  const selected = orders.filter((o) => o.createdAt >= spec.from && o.createdAt < spec.to).reverse();
  const orderSink = new CsvSink(spec.orderPath, { encoding: "gb18030", eol: "\r\n" });
  const itemSink = new CsvSink(spec.itemPath, { encoding: "gb18030", eol: "\r\n" });
  orderSink.row(ORDER_REPORT_HEADER);
  itemSink.row(ITEM_REPORT_HEADER);
  const duplicateAt = spec.duplicateRow ? Math.floor(selected.length / 2) : -1;
  let duplicateOrderId: string | null = null;
  let cutOffOrderId: string | null = null;
  selected.forEach((o, i) => {
    const state = orderStatusAt(o, spec.exportAt);
    const rows = orderRows(o, state, extras.get(o) ?? null, rng, canaries);
    const last = i === selected.length - 1;
    rows.forEach((row, j) => {
      if (spec.cutOffLastLine && last && j === rows.length - 1) {
        orderSink.raw(cutOff(row));
        cutOffOrderId = o.id;
        return;
      }
      orderSink.row(row);
    });
    if (duplicateOrderId === null && i >= duplicateAt && duplicateAt >= 0 && !o.presale) {
      orderSink.row(rows[0]!);
      duplicateOrderId = o.id;
    }
    for (const l of o.lines) {
      itemSink.row([o.id, l.product.title, yuan(l.product.priceCents), String(l.quantity), "", l.variant,
        l.product.category.code === "CD" ? "官方标配" : "", "", state.status, l.product.sku]);
    }
  });
  orderSink.close();
  itemSink.close();
  return { orderRows: orderSink.rows - 1, itemRows: itemSink.rows - 1, orders: selected.length, duplicateOrderId, cutOffOrderId };
}
