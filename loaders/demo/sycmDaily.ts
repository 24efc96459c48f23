/**
 * The three 生意参谋 daily reports (UTF-8 BOM, three title lines before the header). Visitor and
 * page-view numbers come from the tracking log, scaled up by its sampling rate (the log holds a
 * sample of sessions); buyer and amount numbers come from every payment in the order timelines, so
 * 支付金额 matches the orders' paid amounts.
 */
import type { Product } from "./buildCatalog.ts";
import type { Order } from "./simulateOrders.ts";
import type { TrackedEvent } from "./sessionEvents.ts";
import { CsvSink } from "./csvSink.ts";
import { TRAFFIC_SOURCES } from "./trafficSources.ts";
import { formatDate } from "./shopTime.ts";

export const SYCM_TRAFFIC_HEADER = ["统计日期", "流量来源", "访客数", "浏览量", "下单买家数", "支付买家数", "支付金额", "支付转化率"];
export const SYCM_ITEMS_HEADER = ["统计日期", "商品ID", "商品名称", "商品访客数", "商品浏览量", "加购件数", "商品收藏人数", "支付件数", "支付买家数", "支付金额"];
export const SYCM_TERMS_HEADER = ["统计日期", "搜索词", "访客数", "支付买家数", "支付金额", "支付转化率"];

/** One payment: a whole order, a pre-sale 定金 or a pre-sale 尾款 (which carries the items). */
export interface Payment {
  readonly order: Order;
  readonly cents: number;
  readonly carriesItems: boolean;
}

function openSycm(path: string, title: string, header: string[]): CsvSink {
  const sink = new CsvSink(path, { bom: true });
  sink.raw(`生意参谋 ${title}\n统计日期：2024-01-01~2025-12-31\n\n`);
  sink.row(header);
  return sink;
}

const rate = (buyers: number, visitors: number) => (visitors === 0 ? "0.00%" : `${((100 * buyers) / visitors).toFixed(2)}%`);
const money = (cents: number) => (cents / 100).toFixed(2);

class Tally {
  readonly visitors = new Set<string>();
  readonly buyers = new Set<number>();
  readonly favs = new Set<string>();
  pv = 0;
  cart = 0;
  units = 0;
  cents = 0;
}

function tally<K>(map: Map<K, Tally>, key: K): Tally {
  let t = map.get(key);
  if (!t) map.set(key, (t = new Tally()));
  return t;
}

export class SycmDaily {
  private readonly traffic: CsvSink;
  private readonly items: CsvSink;
  private readonly terms: CsvSink;
  rows = 0;

  constructor(dir: string, private readonly sample: number, private readonly orderTerm: ReadonlyMap<Order, string>) {
    this.traffic = openSycm(`${dir}/流量来源-日报.csv`, "流量来源", SYCM_TRAFFIC_HEADER);
    this.items = openSycm(`${dir}/商品效果-日报.csv`, "商品效果", SYCM_ITEMS_HEADER);
    this.terms = openSycm(`${dir}/引流搜索词-日报.csv`, "引流搜索词", SYCM_TERMS_HEADER);
  }

  private scale(n: number): number {
    return Math.round(n / this.sample);
  }

  /** Writes one day from its tracked events, its payments and the orders created on it. */
  writeDay(day: number, events: readonly TrackedEvent[], payments: readonly Payment[], created: readonly Order[]): void {
    const date = formatDate(day);
    const bySource = new Map<string, Tally>();
    const byProduct = new Map<Product, Tally>();
    const byTerm = new Map<string, Tally>();
    for (const e of events) {
      const s = tally(bySource, e.plan.source.name);
      s.visitors.add(e.plan.visitorId);
      if (e.plan.term) tally(byTerm, e.plan.term).visitors.add(e.plan.visitorId);
      if (e.type === "pv") s.pv++;
      if (!e.product) continue;
      const p = tally(byProduct, e.product);
      if (e.type === "pv") {
        p.pv++;
        p.visitors.add(e.plan.visitorId);
      } else if (e.type === "cart") p.cart++;
      else if (e.type === "fav") p.favs.add(e.plan.visitorId);
    }
    const ordering = new Map<string, Set<number>>();
    for (const o of created) {
      let set = ordering.get(o.source);
      if (!set) ordering.set(o.source, (set = new Set()));
      set.add(o.customer.index);
    }
    for (const pay of payments) {
      const o = pay.order;
      const s = tally(bySource, o.source);
      s.buyers.add(o.customer.index);
      s.cents += pay.cents;
      const term = this.orderTerm.get(o);
      if (term) {
        const t = tally(byTerm, term);
        t.buyers.add(o.customer.index);
        t.cents += pay.cents;
      }
      if (!pay.carriesItems) continue;
      const paidShare = (o.goodsCents + o.postageCents - o.discountCents) / o.goodsCents;
      for (const l of o.lines) {
        const p = tally(byProduct, l.product);
        p.units += l.quantity;
        p.buyers.add(o.customer.index);
        p.cents += Math.round(l.product.priceCents * l.quantity * paidShare);
      }
    }
    for (const src of TRAFFIC_SOURCES) {
      const s = bySource.get(src.name) ?? new Tally();
      const paying = s.buyers.size;
      const visitors = Math.max(this.scale(s.visitors.size), paying);
      this.traffic.row([date, src.name, visitors, Math.max(this.scale(s.pv), visitors), ordering.get(src.name)?.size ?? 0, paying, money(s.cents), rate(paying, visitors)]);
    }
    const products = [...byProduct].sort((a, b) => a[0].index - b[0].index);
    for (const [p, s] of products) {
      const visitors = Math.max(this.scale(s.visitors.size), s.buyers.size);
      this.items.row([date, p.itemId, p.title, visitors, Math.max(this.scale(s.pv), visitors), this.scale(s.cart), this.scale(s.favs.size), s.units, s.buyers.size, money(s.cents)]);
    }
    const terms = [...byTerm].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    for (const [term, s] of terms) {
      const visitors = Math.max(this.scale(s.visitors.size), s.buyers.size);
      this.terms.row([date, term, visitors, s.buyers.size, money(s.cents), rate(s.buyers.size, visitors)]);
    }
    this.rows += TRAFFIC_SOURCES.length + products.length + terms.length;
  }

  close(): void {
    this.traffic.close();
    this.items.close();
    this.terms.close();
  }
}
