/**
 * 评价 export (UTF-8 BOM): about a third of completed order lines get a review within two weeks of
 * receipt. Ratings follow the product's latent quality, its sizing, the shipping delay and chance
 * service or packaging trouble; the text names the same aspects with matching sentiment. A few
 * reviews carry canary personal data or HTML markup (for the escaping tests downstream).
 */
import type { Random } from "./random.ts";
import type { CanaryLog } from "./makePerson.ts";
import type { Order } from "./simulateOrders.ts";
import { CsvSink } from "./csvSink.ts";
import { EN_FOLLOW_UP, ZH_FOLLOW_UP, reviewText, type Aspect } from "./reviewText.ts";
import { DAY, DAYS, formatDateTime } from "./shopTime.ts";

export const REVIEW_HEADER = ["评价时间", "订单编号", "宝贝ID", "买家会员名", "评分", "评价内容", "追评内容"];
const BEAUTY = new Set(["口红", "面霜", "防晒霜", "面膜"]);
const MARKUP = ["<script>alert(1)</script>", "<b>好</b>", "<img src=x onerror=alert(1)>", "&lt;3 <i>love it</i>"];

export interface ReviewStats {
  readonly reviews: number;
  readonly english: number;
  readonly withMarkup: number;
}

export function writeReviews(path: string, orders: readonly Order[], rng: Random, canaries: CanaryLog): ReviewStats {
  const rows: { t: number; cells: string[] }[] = [];
  let english = 0;
  let withMarkup = 0;
  for (const o of orders) {
    if (o.receivedAt === null || o.paidAt === null || o.shippedAt === null || o.refund?.full) continue;
    const late = o.shippedAt - o.paidAt > 3 * DAY || o.receivedAt - o.shippedAt > 6 * DAY;
    for (const line of o.lines) {
      if (!rng.chance(0.3)) continue;
      const t = o.receivedAt + Math.round(rng.gamma(1.2, 1.5 * DAY));
      if (t >= DAYS * DAY) continue;
      const p = line.product;
      const qualityGood = rng.next() < p.quality;
      const sizeOk = !(p.runsSmall && rng.chance(0.7));
      const colorOk = !(p.colorOff && rng.chance(0.6));
      const packagingOk = rng.chance(0.96);
      const serviceOk = rng.chance(0.94);
      const score = 5 - (qualityGood ? 0 : 2.2) - (late ? 1 : 0) - (sizeOk ? 0 : 0.8) - (colorOk ? 0 : 0.6) - (packagingOk ? 0 : 0.6) - (serviceOk ? 0 : 0.8) + rng.normal(0, 0.5);
      const rating = Math.max(1, Math.min(5, Math.round(score)));
      const aspects = new Map<Aspect, boolean>([["quality", qualityGood]]);
      if (late || rng.chance(0.5)) aspects.set("logistics", !late);
      if (p.category.sizeLabel === "尺码" && (!sizeOk || rng.chance(0.35))) aspects.set("size", sizeOk);
      if (p.category.colors.length && (!colorOk || rng.chance(0.2))) aspects.set("color", colorOk);
      if (!packagingOk) aspects.set("packaging", false);
      if (!serviceOk || rng.chance(0.12)) aspects.set("service", serviceOk);
      if (BEAUTY.has(p.category.name) && rng.chance(0.5)) aspects.set("effect", qualityGood);
      if (rng.chance(0.3)) aspects.set("value", rating >= 4);
      const en = rng.chance(0.1);
      if (en) english++;
      let text = reviewText(rng, aspects, rating, en);
      if (rng.chance(0.004)) text += en ? ` Call me ${canaries.plant(o.customer.person.phone)}` : `有问题请联系${canaries.plant(o.customer.person.phone)}`;
      else if (rng.chance(0.002)) text = `帮${canaries.plant(o.customer.giftee.name)}买的，${text}`;
      else if (rng.chance(0.001)) text += ` 邮箱${canaries.plant(o.customer.person.email)}`;
      if (rng.chance(0.0015)) {
        text += rng.pick(MARKUP);
        withMarkup++;
      }
      const followUps = en ? EN_FOLLOW_UP : ZH_FOLLOW_UP;
      const followUp = rng.chance(0.08) ? rng.pick(qualityGood ? followUps.pos : followUps.neg) : "";
      rows.push({ t, cells: [formatDateTime(t), o.id, p.itemId, o.customer.nick, String(rating), text, followUp] });
    }
  }
  rows.sort((a, b) => a.t - b.t);
  const sink = new CsvSink(path, { bom: true });
  sink.row(REVIEW_HEADER);
  for (const r of rows) sink.row(r.cells);
  sink.close();
  return { reviews: rows.length, english, withMarkup };
}
