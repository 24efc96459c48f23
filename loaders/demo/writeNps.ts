/**
 * NPS survey export (UTF-8 BOM): some buyers answer a survey a few days after a completed order.
 * Scores drop after a refund or a late parcel, so NPS agrees with the order history.
 */
import type { Random } from "./random.ts";
import type { CanaryLog } from "./makePerson.ts";
import type { Order } from "./simulateOrders.ts";
import { CsvSink } from "./csvSink.ts";
import { DAY, DAYS, HOUR, formatDateTime } from "./shopTime.ts";

export const NPS_HEADER = ["提交时间", "买家会员名", "推荐意愿", "意见建议"];

const PRAISE = ["衣服质量很好，会推荐给朋友", "发货快，包装好", "客服很专业", "款式好看，价格合适", "Great shop, fast shipping"];
const NEUTRAL = ["希望多上新款", "尺码表可以更详细一点", "活动规则太复杂了", "希望有更多优惠券"];
const CRITICISM = ["物流太慢，希望改进", "退款处理太慢了", "质量不稳定，有好有坏", "客服回复太慢", "Size chart is wrong, please fix"];

export function writeNps(path: string, orders: readonly Order[], rng: Random, canaries: CanaryLog): number {
  const trouble = new Set<number>();
  const lastCompleted = new Map<number, Order>();
  for (const o of orders) {
    if (o.refund || (o.paidAt !== null && o.shippedAt !== null && o.shippedAt - o.paidAt > 3 * DAY)) trouble.add(o.customer.index);
    if (o.receivedAt !== null) lastCompleted.set(o.customer.index, o);
  }
  const rows: { t: number; cells: string[] }[] = [];
  for (const [index, o] of lastCompleted) {
    if (!rng.chance(0.12)) continue;
    const t = o.receivedAt! + rng.int(2 * DAY, 6 * DAY) + rng.int(0, 10 * HOUR);
    if (t >= DAYS * DAY) continue;
    const score = Math.max(0, Math.min(10, Math.round(rng.normal(trouble.has(index) ? 5.5 : 8.4, 1.7))));
    let text = "";
    if (rng.chance(0.6)) text = rng.pick(score >= 9 ? PRAISE : score >= 7 ? NEUTRAL : CRITICISM);
    if (text && rng.chance(0.02)) text += `，回访请打${canaries.plant(o.customer.person.phone)}`;
    rows.push({ t, cells: [formatDateTime(t), o.customer.nick, String(score), text] });
  }
  rows.sort((a, b) => a.t - b.t);
  const sink = new CsvSink(path, { bom: true });
  sink.row(NPS_HEADER);
  for (const r of rows) sink.row(r.cells);
  sink.close();
  return rows.length;
}
