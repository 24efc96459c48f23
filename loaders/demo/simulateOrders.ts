/**
 * Turns customers into orders with full timelines (created, paid, shipped, received, refunded).
 * Purchases arrive as a Poisson process thinned by the calendar's day weights while the customer
 * is alive; after each purchase the customer drops out with their dropout probability (BG/NBD).
 * The exports later read each order's state "as of" their export time from this timeline.
 */
import type { Random } from "./random.ts";
import type { Customer } from "./buildCustomers.ts";
import type { Product } from "./buildCatalog.ts";
import { NO_ONE_DIGITS } from "./buildCatalog.ts";
import type { Person } from "./makePerson.ts";
import { ProductPicker } from "./productPicker.ts";
import { CATEGORIES, COMPANIONS } from "./catalogVocab.ts";
import { DAY_WEIGHTS, HOUR_WEIGHTS, MAX_DAY_WEIGHT, PRESALE_WINDOWS, SINGLES_DAY_HOUR_WEIGHTS, isCourierHoliday, isSinglesDay } from "./shopCalendar.ts";
import { DAY, DAYS, HOUR, MINUTE, dateParts } from "./shopTime.ts";
import { BUYER_SOURCE_WEIGHTS, DEVICES, DEVICE_WEIGHTS, TRAFFIC_SOURCES } from "./trafficSources.ts";

export interface OrderLine {
  readonly product: Product;
  readonly quantity: number;
  /** 商品属性, e.g. `颜色分类：白色;尺码：M`. */
  readonly variant: string;
}

export interface Refund {
  readonly cents: number;
  readonly requestedAt: number;
  readonly doneAt: number;
  /** Full refund closes the order (交易关闭); partial leaves it 交易成功. */
  readonly full: boolean;
}

export interface Presale {
  readonly depositCents: number;
  readonly depositPaidAt: number;
  /** When the 尾款 part opened (its own 订单创建时间). */
  readonly finalCreatedAt: number;
}

export interface Order {
  id: string;
  readonly customer: Customer;
  readonly createdAt: number;
  readonly lines: readonly OrderLine[];
  readonly goodsCents: number;
  readonly postageCents: number;
  readonly discountCents: number;
  /** Payment (for pre-sale: of the 尾款); null = never paid. */
  readonly paidAt: number | null;
  readonly presale: Presale | null;
  readonly shippedAt: number | null;
  readonly receivedAt: number | null;
  readonly refund: Refund | null;
  /** For unpaid orders: when and why they closed. */
  readonly closedAt: number | null;
  readonly closeReason: string;
  readonly source: string;
  readonly device: (typeof DEVICES)[number];
  readonly shipTo: Person;
  readonly carrier: string;
  readonly trackingNo: string;
}

const END = DAYS * DAY;
const MEAN_DAY_WEIGHT = DAY_WEIGHTS.reduce((a, b) => a + b, 0) / DAYS;
const CARRIERS = [
  { name: "中通快递", prefix: "7", length: 14, weight: 30 },
  { name: "圆通速递", prefix: "YT", length: 13, weight: 25 },
  { name: "韵达快递", prefix: "4", length: 14, weight: 18 },
  { name: "顺丰速运", prefix: "SF", length: 13, weight: 15 },
  { name: "申通快递", prefix: "77", length: 13, weight: 10 },
  { name: "邮政EMS", prefix: "E", length: 12, weight: 2 }
];
const UNPAID_REASONS = ["买家未付款", "买家未付款", "买家未付款", "买家不想买了", "拍错了/多拍了", "其他原因"];

function timeOfDay(rng: Random, day: number): number {
  const hours = isSinglesDay(day) ? SINGLES_DAY_HOUR_WEIGHTS : HOUR_WEIGHTS;
  return day * DAY + rng.weightedIndex(hours) * HOUR + rng.int(0, 59) * MINUTE + rng.int(0, 59);
}

/** Next purchase time after t: thinning of a Poisson process with the calendar as intensity. */
function nextPurchase(rng: Random, t: number, ratePerYear: number): number {
  const maxRatePerSecond = ((ratePerYear / 365) * (MAX_DAY_WEIGHT / MEAN_DAY_WEIGHT)) / DAY;
  for (;;) {
    t += rng.exponential(maxRatePerSecond);
    if (t >= END) return END;
    const day = Math.floor(t / DAY);
    if (rng.next() < DAY_WEIGHTS[day]! / MAX_DAY_WEIGHT) return timeOfDay(rng, day);
  }
}

/** Parcels leave 9:00–19:00 and not while couriers are off for 春节. */
function shipWindow(rng: Random, t: number): number {
  let day = Math.floor(t / DAY);
  let hour = Math.floor((t % DAY) / HOUR);
  if (hour >= 19) {
    day++;
    hour = 9;
  } else if (hour < 9) hour = 9;
  while (isCourierHoliday(day)) day++;
  const base = day * DAY + hour * HOUR;
  return Math.round(Math.max(base, t)) + rng.int(0, 3 * HOUR);
}

function campaignBacklogDays(day: number): number {
  const p = dateParts(day);
  if (p.month === 11 && p.date <= 12) return 2.5;
  if (p.month === 6 && p.date <= 18) return 1.5;
  if (p.month === 12 && p.date >= 10 && p.date <= 13) return 1;
  return 0;
}

export interface OrderContext {
  readonly rng: Random;
  readonly picker: ProductPicker;
}

function makeLines(ctx: OrderContext, c: Customer, t: number, campaign: boolean): OrderLine[] {
  const { rng, picker } = ctx;
  const count = 1 + rng.weightedIndex(campaign ? [55, 28, 12, 5] : [72, 20, 6, 2]);
  const lines: OrderLine[] = [];
  for (let i = 0; i < count; i++) {
    const cat = rng.chance(0.6) ? rng.pick(c.favouriteCategories) : -1;
    let product = picker.pick(rng, t, cat);
    // Big spenders take the dearer of two candidates.
    const other = picker.pick(rng, t, cat);
    if (rng.chance(c.premium) === other.priceCents > product.priceCents) product = other;
    if (lines.some((l) => l.product === product)) continue;
    lines.push(lineFor(rng, product));
  }
  // Cross-sell: a face cream often comes with masks, a power bank with a phone case.
  const companion = lines.length ? COMPANIONS[lines[0]!.product.category.name] : undefined;
  if (companion && rng.chance(companion.chance)) {
    const extra = picker.pick(rng, t, CATEGORIES.findIndex((c) => c.name === companion.category));
    if (!lines.some((l) => l.product === extra)) lines.push(lineFor(rng, extra));
  }
  return lines;
}

function lineFor(rng: Random, product: Product): OrderLine {
  const cs = product.category;
  const parts: string[] = [];
  if (cs.colors.length) parts.push(`颜色分类：${rng.pick(cs.colors)}`);
  if (cs.sizeLabel && cs.sizes.length) parts.push(`${cs.sizeLabel}：${rng.pick(cs.sizes)}`);
  const quantity = 1 + rng.weightedIndex(cs.sizeLabel === "尺码" ? [90, 8, 2] : [78, 16, 6]);
  return { product, quantity, variant: parts.join(";") };
}

function trackingNumber(rng: Random, carrier: (typeof CARRIERS)[number]): string {
  return carrier.prefix + rng.chars(NO_ONE_DIGITS, carrier.length - carrier.prefix.length);
}

function makeOrder(ctx: OrderContext, c: Customer, t: number): Order {
  const { rng } = ctx;
  const day = Math.floor(t / DAY);
  const campaign = DAY_WEIGHTS[day]! > 1.6;
  const lines = makeLines(ctx, c, t, campaign);
  const goodsCents = lines.reduce((s, l) => s + l.product.priceCents * l.quantity, 0);
  const shipTo = rng.chance(0.85) ? c.person : c.giftee;
  const postageCents = shipTo.province.remote ? 1500 : goodsCents < 4900 ? 600 : 0;
  // 满300减40 on campaign days, shop coupons otherwise.
  const discountCents = campaign
    ? Math.floor(goodsCents / 30000) * 4000 + (rng.chance(0.5) ? 1000 : 0)
    : rng.chance(0.15) && goodsCents >= 9900 ? rng.pick([500, 1000, 2000]) : 0;
  const source = TRAFFIC_SOURCES[rng.weightedIndex(BUYER_SOURCE_WEIGHTS)]!.name;
  const device = rng.weighted(DEVICES, DEVICE_WEIGHTS);
  const carrier = rng.weighted(CARRIERS, CARRIERS.map((k) => k.weight));
  const base = { customer: c, createdAt: t, lines, goodsCents, postageCents, discountCents, source, device, shipTo, carrier: carrier.name };

  const window = PRESALE_WINDOWS.find((w) => day >= w.depositFrom && day < w.finalDay);
  let presale: Presale | null = null;
  let paidAt: number | null;
  if (window && rng.chance(0.45) && goodsCents >= 5000) {
    const finalCreatedAt = timeOfDay(rng, window.finalDay);
    presale = { depositCents: Math.max(1000, Math.round(goodsCents * 0.2 / 100) * 100), depositPaidAt: t + rng.int(10, 300), finalCreatedAt };
    paidAt = rng.chance(0.97) ? finalCreatedAt + rng.int(5, 1800) : null;
  } else {
    const r = rng.next();
    paidAt = r < 0.075 ? null : r < 0.8 ? t + rng.int(5, 120) : r < 0.96 ? t + rng.int(120, 2 * HOUR) : t + rng.int(2 * HOUR, 20 * HOUR);
  }
  if (paidAt === null) {
    const reason = presale ? "买家未付尾款" : rng.pick(UNPAID_REASONS);
    const closedAt = presale ? presale.finalCreatedAt + 2 * DAY : reason === "买家未付款" ? t + DAY : t + rng.int(60, 6 * HOUR);
    return { ...base, id: "", paidAt, presale, shippedAt: null, receivedAt: null, refund: null, closedAt, closeReason: reason, trackingNo: "" };
  }

  const paidCents = goodsCents + postageCents - discountCents;
  const worst = Math.min(...lines.map((l) => l.product.quality));
  const sizeRisk = lines.some((l) => l.product.runsSmall) ? 0.06 : 0;
  const pFull = 0.02 + 0.2 * (1 - worst) + sizeRisk;
  let shippedAt: number | null = shipWindow(rng, paidAt + rng.gamma(2, 10 * HOUR) + campaignBacklogDays(Math.floor(paidAt / DAY)) * rng.next() * DAY);
  if (rng.chance(0.04)) shippedAt = shipWindow(rng, shippedAt + rng.int(3, 8) * DAY); // out of stock
  const transit = (1 + rng.weightedIndex([30, 35, 20, 10, 5]) + (shipTo.province.remote ? 3 : 0)) * DAY + rng.int(0, 10 * HOUR);
  let receivedAt: number | null = Math.min(shippedAt + transit + Math.round(rng.exponential(1 / (1.5 * DAY))), shippedAt + 10 * DAY);
  let refund: Refund | null = null;
  const r = rng.next();
  if (r < pFull * 0.3) {
    // Cancelled before shipping.
    const requestedAt = paidAt + Math.round(rng.exponential(1 / (5 * HOUR)));
    if (requestedAt < shippedAt) {
      refund = { cents: paidCents, requestedAt, doneAt: requestedAt + rng.int(10 * MINUTE, DAY), full: true };
      shippedAt = null;
      receivedAt = null;
    }
  } else if (r < pFull) {
    // Returned after delivery, before confirming receipt.
    const requestedAt = shippedAt + transit + rng.int(2 * HOUR, 4 * DAY);
    refund = { cents: paidCents, requestedAt, doneAt: requestedAt + rng.int(2 * DAY, 7 * DAY), full: true };
    receivedAt = null;
  } else if (r < pFull + 0.012) {
    // Partial refund (价保, a missing gift, a small flaw) after receipt.
    const requestedAt = receivedAt + rng.int(HOUR, 5 * DAY);
    const cents = Math.max(100, Math.round((paidCents * rng.uniform(0.05, 0.3)) / 100) * 100);
    refund = { cents: Math.min(cents, paidCents), requestedAt, doneAt: requestedAt + rng.int(HOUR, 3 * DAY), full: false };
  }
  const trackingNo = shippedAt === null ? "" : trackingNumber(rng, carrier);
  return { ...base, id: "", paidAt, presale, shippedAt, receivedAt, refund, closedAt: null, closeReason: "", trackingNo };
}

/** All orders of all customers, sorted by creation time, with unique 订单编号. */
export function simulateOrders(rng: Random, customers: readonly Customer[], products: readonly Product[]): Order[] {
  const ctx: OrderContext = { rng, picker: new ProductPicker(products) };
  const orders: Order[] = [];
  for (const c of customers) {
    // Customers who joined before 2024 may already have churned.
    if (c.registeredAt < 0 && rng.chance(0.45)) continue;
    let t = Math.max(0, c.registeredAt);
    if (c.buysOnJoin && t < END) t = Math.min(END - 1, t + Math.round(rng.exponential(1 / (2 * HOUR))));
    else t = nextPurchase(rng, t, c.rate);
    while (t < END) {
      orders.push(makeOrder(ctx, c, t));
      if (rng.chance(c.dropout)) break;
      t = nextPurchase(rng, t, c.rate);
    }
  }
  orders.sort((a, b) => a.createdAt - b.createdAt || a.customer.index - b.customer.index);
  const ids = new Set<string>();
  for (const o of orders) {
    const year = String(dateParts(Math.floor(o.createdAt / DAY)).year);
    // No digit 1 after the year: an 11-digit mobile number can never hide inside an order id.
    let id: string;
    do id = year + rng.chars(NO_ONE_DIGITS, 15);
    while (ids.has(id));
    ids.add(id);
    o.id = id;
  }
  return orders;
}
