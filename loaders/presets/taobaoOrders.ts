/**
 * Taobao/Tmall order report (已卖出的宝贝 → 导出订单), full or trimmed form → orders.
 * Pre-sale parts (定金 / 尾款 rows sharing one 订单编号) are staged and merged by finalizeSql.
 */
import { splitAddress } from "../clean/provinces.ts";
import { headerScore } from "./headerScore.ts";
import { RowError, type MappedRow, type Preset, type PresetContext } from "./preset.ts";
import { recordReader } from "./recordReader.ts";
import { roundMoney } from "./roundMoney.ts";
import { stageRow, tableRow } from "./tableRow.ts";
import { taobaoOrderStatus } from "./taobaoOrderStatus.ts";
import { TAOBAO_PRESALE_SQL } from "./taobaoPresaleSql.ts";

const REQUIRED = ["订单编号", "总金额", "买家实际支付金额", "收货地址", "订单创建时间", "订单付款时间", "退款金额"];
const OPTIONAL = [
  "买家会员名", "买家支付宝账号", "买家应付货款", "买家应付邮费", "订单状态", "买家留言", "收货人姓名",
  "运送方式", "联系电话", "联系手机", "宝贝标题", "宝贝种类", "物流单号", "物流公司", "订单备注",
  "宝贝总数量", "店铺名称", "订单关闭原因", "分阶段订单信息", "确认收货时间", "发货时间", "是否手机订单"
];
/** Columns that identify a person: remembered so they are masked wherever they recur in free text. */
const PERSONAL = ["买家会员名", "买家支付宝账号", "收货人姓名", "联系电话", "联系手机"];

type PresalePart = "deposit" | "balance" | null;

/** 分阶段订单信息 names one stage per row; a cell naming both stages describes a whole pre-sale order. */
function presalePart(stageInfo: string | null): PresalePart | "whole" {
  if (!stageInfo) return null;
  const deposit = stageInfo.includes("定金");
  const balance = stageInfo.includes("尾款");
  if (deposit && balance) return "whole";
  return deposit ? "deposit" : balance ? "balance" : null;
}

function mapTaobaoOrder(record: Readonly<Record<string, string>>, ctx: PresetContext): MappedRow[] {
  const r = recordReader(record, ctx);
  const orderId = r.required("订单编号");
  for (const col of PERSONAL) {
    const v = r.text(col);
    if (v) ctx.rememberPersonal(v);
  }
  const nick = r.text("买家会员名");
  const address = r.text("收货地址");
  const { province } = address ? splitAddress(address) : { province: null };
  // The street part is personal; remember the whole address so it is masked if quoted anywhere.
  if (address && address !== province) ctx.rememberPersonal(address);

  const orderedAt = r.time("订单创建时间");
  if (orderedAt === null) throw new RowError("missing_value", "订单创建时间 is empty");
  const paidAt = r.time("订单付款时间");
  const shippedAt = r.time("发货时间");
  const receivedAt = r.time("确认收货时间");
  const total = r.number("总金额");
  const refund = r.number("退款金额") ?? 0;
  const paidAmount = r.number("买家实际支付金额") ?? (paidAt === null ? 0 : null);
  const goods = r.number("买家应付货款");
  const postage = r.number("买家应付邮费");
  const discount = orderDiscount(goods, postage, total, paidAt === null ? null : paidAmount);

  const statusText = r.text("订单状态");
  const status = statusText
    ? taobaoOrderStatus(statusText, paidAt !== null, refund)
    : inferStatus(paidAt, shippedAt, receivedAt, refund, paidAmount);
  if (status === null) throw new RowError("unknown_status", `订单状态 not recognised: "${statusText}"`);

  const values = {
    order_id: orderId,
    customer_id: nick ? ctx.pseudonymize(nick) : null,
    ordered_at: orderedAt,
    paid_at: paidAt,
    shipped_at: shippedAt,
    received_at: receivedAt,
    status,
    amount_total: total,
    amount_paid: paidAmount,
    postage,
    discount,
    refund_amount: refund,
    refunded_at: null, // the report has no refund time (refundTimeKnown: false)
    currency: "CNY",
    channel: "taobao",
    province
  };
  const part = presalePart(r.text("分阶段订单信息"));
  if (part === "deposit" || part === "balance") {
    const snapshotAt = Math.max(orderedAt, paidAt ?? -Infinity, shippedAt ?? -Infinity, receivedAt ?? -Infinity);
    const { channel: _channel, refunded_at: _refundedAt, ...staged } = values;
    return [stageRow("stage_taobao_presale_parts", { ...staged, part, snapshot_at: snapshotAt, source_file: ctx.sourceFile })];
  }
  return [tableRow("orders", { ...values, is_presale: part === "whole" })];
}

/**
 * What the buyer did not pay of the list amount. Shops discount before the total (应付货款 +
 * 应付邮费 − 总金额) and Taobao deducts at payment (红包, 积分: 总金额 − 实际支付), so for a paid
 * order both count (应付货款 + 应付邮费 − 实际支付); an unpaid order only has the first. Without
 * 应付货款/应付邮费 (trimmed form) the payment-time part is all that is known (schema: amount_total − amount_paid).
 */
function orderDiscount(goods: number | null, postage: number | null, total: number | null, paid: number | null): number | null {
  const listed = goods !== null && postage !== null ? goods + postage : null;
  const charged = paid ?? total;
  if (listed !== null) return charged === null ? null : roundMoney(listed - charged);
  return total !== null && paid !== null ? roundMoney(total - paid) : null;
}

/**
 * Trimmed exports without 订单状态: the furthest step the times show; a refund of everything paid
 * means refunded (a partial refund leaves the order where it was).
 */
function inferStatus(
  paidAt: number | null,
  shippedAt: number | null,
  receivedAt: number | null,
  refund: number,
  paidAmount: number | null
) {
  if (paidAt === null) return "pending_payment" as const;
  if (refund > 0 && paidAmount !== null && refund >= paidAmount) return "refunded" as const;
  if (receivedAt !== null) return "completed" as const;
  if (shippedAt !== null) return "shipped" as const;
  return "paid" as const;
}

export const taobaoOrders: Preset = {
  id: "taobao-orders",
  label: { en: "Taobao/Tmall order report", zh: "淘宝/天猫 订单报表" },
  tables: ["orders"],
  hasHeader: true,
  defaultTimeZone: "Asia/Shanghai",
  defaultCurrency: "CNY",
  refundTimeKnown: false,
  detect: (input) => headerScore(input, { required: REQUIRED, optional: OPTIONAL }),
  map: mapTaobaoOrder,
  finalizeSql: TAOBAO_PRESALE_SQL,
  snapshotTimeColumns: ["received_at", "refunded_at", "shipped_at", "paid_at", "ordered_at"]
};
