/**
 * 投诉 export (UTF-8 BOM): complaints arise from refunds, late parcels and defective batches, so
 * complaint topics line up with the order facts. A few carry the buyer's phone or 身份证 number.
 */
import type { Random } from "./random.ts";
import type { CanaryLog } from "./makePerson.ts";
import type { Order } from "./simulateOrders.ts";
import { CsvSink } from "./csvSink.ts";
import { DAY, DAYS, HOUR, formatDateTime } from "./shopTime.ts";

export const COMPLAINT_HEADER = ["创建时间", "订单编号", "买家会员名", "投诉类型", "投诉内容"];

const TEXTS: Record<string, readonly string[]> = {
  物流问题: ["付款五天了还没发货", "物流信息一直不更新", "快递员没打电话就放驿站了", "说好的顺丰结果发了别的快递"],
  质量问题: ["收到就有破洞", "穿了一次就开线了", "用了之后脸上过敏", "充电宝充不进电"],
  描述不符: ["实物和图片颜色差很多", "尺码和描述的不一样", "材质不是描述的纯棉"],
  退款纠纷: ["退货寄回去一周了还没退款", "申请退款被拒绝", "退款金额不对，少退了邮费"],
  服务态度: ["客服态度恶劣", "客服一直不回复", "催发货被客服拉黑"],
  发票问题: ["申请开发票一直没开", "发票抬头开错了"]
};

export function writeComplaints(path: string, orders: readonly Order[], rng: Random, canaries: CanaryLog): number {
  const rows: { t: number; cells: string[] }[] = [];
  for (const o of orders) {
    if (o.paidAt === null) continue;
    let type = "";
    let t = 0;
    const worst = Math.min(...o.lines.map((l) => l.product.quality));
    if (o.refund?.full && rng.chance(0.35)) {
      type = rng.pick(o.shippedAt === null ? ["退款纠纷", "服务态度"] : ["退款纠纷", "质量问题", "描述不符"]);
      t = o.refund.requestedAt + rng.int(HOUR, 3 * DAY);
    } else if (o.shippedAt !== null && o.shippedAt - o.paidAt > 4 * DAY && rng.chance(0.25)) {
      type = "物流问题";
      t = o.paidAt + rng.int(3 * DAY, 4 * DAY);
    } else if (o.receivedAt !== null && worst < 0.5 && rng.chance(0.1)) {
      type = rng.pick(["质量问题", "描述不符"]);
      t = o.receivedAt + rng.int(HOUR, 7 * DAY);
    } else if (rng.chance(0.004)) {
      type = rng.pick(["服务态度", "发票问题"]);
      t = o.paidAt + rng.int(HOUR, 10 * DAY);
    }
    if (!type || t >= DAYS * DAY) continue;
    let text = rng.pick(TEXTS[type]!);
    if (rng.chance(0.03)) text += `，我的电话${canaries.plant(o.customer.person.phone)}，请尽快处理`;
    else if (type === "发票问题" && rng.chance(0.3)) text += `，身份证号${canaries.plant(o.customer.person.idNumber)}`;
    rows.push({ t, cells: [formatDateTime(t), o.id, o.customer.nick, type, text] });
  }
  rows.sort((a, b) => a.t - b.t);
  const sink = new CsvSink(path, { bom: true });
  sink.row(COMPLAINT_HEADER);
  for (const r of rows) sink.row(r.cells);
  sink.close();
  return rows.length;
}
