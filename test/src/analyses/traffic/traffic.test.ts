/**
 * Traffic on a behaviour log and orders worked by hand (range 2024-05-01 Wed … 2024-05-02 Thu, session
 * gap 30 min, CNY). Events (src = traffic source, dev = device):
 *   v1 (k1)  05-01 09:00:00 view src 抖音 dev mobile · 09:05 click item/add-to-cart · 09:06 click item/(no
 *            element) · 09:10 cart · 09:40:00 buy (gap exactly 30:00: same session)
 *            | 10:10:01 view src 直通车 dev pc (gap 30:01: new session)
 *   v2 (k2)  04-20 12:00 view src 抖音 dev mobile · 12:01 click home/banner (before the range)
 *            | 05-02 14:00 view src 手淘搜索 dev mobile · 14:01 click home/banner · 14:05 buy
 *   v3 (—)   05-01 20:00 view (no source, no device) · 20:01, 20:02 click home/banner · 20:03 click home/search-box
 *   v4 (k4)  05-02 08:00 view dev app (no source) · 08:01 view src 抖音 dev mobile · 08:02 click (no page)/banner
 * Sessions in the range (first-touch = first event carrying the value):
 *   S1 v1 05-01 09:00     抖音   mobile  bought  k1
 *   S2 v1 05-01 10:10:01  直通车 pc      —       k1
 *   S3 v2 05-02 14:00     手淘搜索 mobile bought k2   (v2's first event in the log is 04-20: returning)
 *   S4 v3 05-01 20:00     (unknown) (unknown) —   —    (new)
 *   S5 v4 05-02 08:00     抖音   app     —       k4   (source from the 08:01 event, device from 08:00; new)
 * → 4 visitors, 5 sessions, buyers v1 v2. v1 is new (first log event 05-01 09:00) for 抖音, the source
 *   of their first session — and in the 直通车 row too: new means first seen in the range.
 * Orders (paid unless said; purchase = paid and not cancelled; CNY; placed in the range):
 *   o1  k1 05-01 09:40:00 100  → S1 (latest k1 session started ≤ 09:40)          抖音
 *   o2  k1 05-02 10:10:01  50  → S2 started exactly 24 h before: inside            直通车
 *   o3  k1 05-02 10:10:02  30  → S2 is 24 h + 1 s before: outside → unattributed
 *   o4  k2 05-02 14:05     80  → S3                                                手淘搜索
 *   o5  k2 05-02 14:06    999 cancelled (paid) → not a purchase
 *   o6  —  05-01 12:00     20  no customer → a purchase, unattributed
 *   o7  k4 05-02 08:05    unpaid → not a purchase
 *   o8  k4 05-02 08:10     10 USD → not in CNY
 *   o9  k1 04-30 12:00     70  before the range
 *   o10 k4 05-02 08:00:00  40  → S5, placed the second the session starts           抖音
 *   o11 k2 05-02 15:00     60  refunded (still a purchase) → S3                     手淘搜索
 * Purchases: o1 o2 o3 o4 o6 o10 o11 = 7, 380; attributed o1 o2 o4 o10 o11 = 5, 330; without customer 1 (o6);
 * without a session 1 (o3).
 * By source: 抖音 S1 S5: 2 visitors (both new), 1 buyer (v1), o1 + o10 = 140, AOV 70, RPV 70;
 *   直通车 S2: 1 visitor (new), 0 buyers (v1 bought in S1, a 抖音 session), o2 50;
 *   手淘搜索 S3: 1 returning, 1 buyer, o4 + o11 = 140, AOV 70, RPV 140; (unknown) S4: 1 new, no orders.
 * traffic_daily (生意参谋; visitors / PV / paying buyers / paid CNY; 下单买家数 = paying + 3, never used):
 *   抖音 05-01 100 / 300 / 5 / 500, 05-02 120 / 360 / 7 / 700.5, 05-03 999 … (outside);
 *   直通车 05-01 50 / 80 / 2 / 150; 手淘搜索 05-02 0 / 0 / 0 / 0.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixtureDb, order } from "../../../helpers/fixtureDb.ts";
import { trafficSources, type TrafficSourceOptions } from "../../../../src/analyses/traffic/trafficSources.ts";
import { trafficTotals } from "../../../../src/analyses/traffic/trafficTotals.ts";
import { punchCard, type PunchMeasure } from "../../../../src/analyses/traffic/punchCard.ts";
import { pageClicks } from "../../../../src/analyses/traffic/pageClicks.ts";
import { trafficDaily } from "../../../../src/analyses/traffic/trafficDaily.ts";

const q = (v: string | null | undefined) => (v == null ? "NULL" : `'${v}'`);
const ev = (v: string, customer: string | null, at: string, type: string, o: { src?: string; dev?: string; page?: string; element?: string } = {}) =>
  `INSERT INTO events (event_at, visitor_id, customer_id, event_type, traffic_source, device, page, element)
   VALUES (TIMESTAMP '2024-${at}', '${v}', ${q(customer)}, '${type}', ${q(o.src)}, ${q(o.dev)}, ${q(o.page)}, ${q(o.element)})`;
const day = (date: string, source: string, visitors: number, pv: number, paying: number, paid: number) =>
  // 下单买家数 (order_buyers) is set to paying + 3 so that a conversion from it would show.
  `INSERT INTO traffic_daily VALUES (DATE '${date}', '${source}', ${visitors}, ${pv}, ${paying + 3}, ${paying}, ${paid}, 'CNY')`;

const INSERTS = [
  ev("v1", "k1", "05-01 09:00:00", "view", { src: "抖音", dev: "mobile", page: "home" }),
  ev("v1", "k1", "05-01 09:05:00", "click", { page: "item", element: "add-to-cart" }),
  ev("v1", "k1", "05-01 09:06:00", "click", { page: "item" }),
  ev("v1", "k1", "05-01 09:10:00", "cart"),
  ev("v1", "k1", "05-01 09:40:00", "buy"),
  ev("v1", "k1", "05-01 10:10:01", "view", { src: "直通车", dev: "pc" }),
  ev("v2", "k2", "04-20 12:00:00", "view", { src: "抖音", dev: "mobile" }),
  ev("v2", "k2", "04-20 12:01:00", "click", { page: "home", element: "banner" }),
  ev("v2", "k2", "05-02 14:00:00", "view", { src: "手淘搜索", dev: "mobile" }),
  ev("v2", "k2", "05-02 14:01:00", "click", { page: "home", element: "banner" }),
  ev("v2", "k2", "05-02 14:05:00", "buy"),
  ev("v3", null, "05-01 20:00:00", "view"),
  ev("v3", null, "05-01 20:01:00", "click", { page: "home", element: "banner" }),
  ev("v3", null, "05-01 20:02:00", "click", { page: "home", element: "banner" }),
  ev("v3", null, "05-01 20:03:00", "click", { page: "home", element: "search-box" }),
  ev("v4", "k4", "05-02 08:00:00", "view", { dev: "app" }),
  ev("v4", "k4", "05-02 08:01:00", "view", { src: "抖音", dev: "mobile" }),
  ev("v4", "k4", "05-02 08:02:00", "click", { element: "banner" }),
  order({ id: "o1", customer: "k1", ordered: "2024-05-01 09:40:00", paid: "2024-05-01 09:40:00", paidAmount: 100 }),
  order({ id: "o2", customer: "k1", ordered: "2024-05-02 10:10:01", paid: "2024-05-02 10:10:01", paidAmount: 50 }),
  order({ id: "o3", customer: "k1", ordered: "2024-05-02 10:10:02", paid: "2024-05-02 10:10:02", paidAmount: 30 }),
  order({ id: "o4", customer: "k2", ordered: "2024-05-02 14:05:00", paid: "2024-05-02 14:05:00", paidAmount: 80 }),
  order({ id: "o5", customer: "k2", ordered: "2024-05-02 14:06:00", paid: "2024-05-02 14:06:00", paidAmount: 999, status: "cancelled" }),
  order({ id: "o6", customer: null, ordered: "2024-05-01 12:00:00", paid: "2024-05-01 12:00:00", paidAmount: 20 }),
  order({ id: "o7", customer: "k4", ordered: "2024-05-02 08:05:00", status: "pending_payment", paidAmount: 15 }),
  order({ id: "o8", customer: "k4", ordered: "2024-05-02 08:10:00", paid: "2024-05-02 08:10:00", paidAmount: 10, currency: "USD" }),
  order({ id: "o9", customer: "k1", ordered: "2024-04-30 12:00:00", paid: "2024-04-30 12:00:00", paidAmount: 70 }),
  order({ id: "o10", customer: "k4", ordered: "2024-05-02 08:00:00", paid: "2024-05-02 08:00:00", paidAmount: 40 }),
  order({ id: "o11", customer: "k2", ordered: "2024-05-02 15:00:00", paid: "2024-05-02 15:00:00", paidAmount: 60, status: "refunded", refund: 60 }),
  day("2024-05-01", "抖音", 100, 300, 5, 500),
  day("2024-05-02", "抖音", 120, 360, 7, 700.5),
  day("2024-05-03", "抖音", 999, 999, 99, 9999),
  day("2024-05-01", "直通车", 50, 80, 2, 150),
  day("2024-05-02", "手淘搜索", 0, 0, 0, 0)
];

const RANGE: TrafficSourceOptions = { from: "2024-05-01", to: "2024-05-02", gapMinutes: 30, dim: "source", currency: "CNY" };
const COLS = ["value", "visitors", "sessions", "new_visitors", "returning_visitors", "buyers", "conversion", "orders", "revenue", "aov", "revenue_per_visitor"] as const;
const sources = async (o: Partial<TrafficSourceOptions> = {}) =>
  (await trafficSources.run(fx.db, { ...RANGE, ...o })).map((r) => COLS.map((c) => r[c]));
const totals = async (o: Partial<TrafficSourceOptions> = {}) => (await trafficTotals.run(fx.db, { ...RANGE, ...o }))[0]!;

let fx: Awaited<ReturnType<typeof fixtureDb>>;
beforeAll(async () => {
  fx = await fixtureDb(INSERTS);
});
afterAll(() => fx.close());

describe("trafficSources", () => {
  it("per source: first-touch sessions, distinct visitors, new vs returning, buyers and last-touch orders", async () => {
    // value, visitors, sessions, new, returning, buyers, conversion, orders, revenue, AOV, revenue per visitor
    expect(await sources()).toEqual([
      ["抖音", 2, 2, 2, 0, 1, 0.5, 2, 140, 70, 70], // S1 S5; o1 100 + o10 40 (placed the second S5 starts)
      ["(unknown)", 1, 1, 1, 0, 0, 0, 0, 0, null, 0], // v3: no source on any event
      ["手淘搜索", 1, 1, 0, 1, 1, 1, 2, 140, 70, 140], // v2 first seen 04-20; o4 80 + o11 60 (refunded, still a purchase)
      ["直通车", 1, 1, 1, 0, 0, 0, 1, 50, 50, 50] // v1's second session (v1 is new: first seen 05-01); o2 exactly 24 h after it; o3 1 s later is not
    ]);
  });

  it("per device: the first event carrying a device names the session", async () => {
    // mobile S1 S3: v1 (new), v2 (returning); both bought; o1 100 + o4 80 + o11 60 = 240 over 3 orders.
    // app S5 (v4's 08:00 event, not the later mobile one): o10 40. pc S2: o2 50. (unknown) S4.
    expect(await sources({ dim: "device" })).toEqual([
      ["mobile", 2, 2, 1, 1, 2, 1, 3, 240, 80, 120],
      ["(unknown)", 1, 1, 1, 0, 0, 0, 0, 0, null, 0],
      ["app", 1, 1, 1, 0, 0, 0, 1, 40, 40, 40],
      ["pc", 1, 1, 1, 0, 0, 0, 1, 50, 50, 50]
    ]);
  });

  it("a visitor is new when their first event in the whole log is in the range", async () => {
    // 04-20 alone: v2's first session (抖音), their first event ever → new. No order in that day.
    expect(await sources({ from: "2024-04-20", to: "2024-04-20" })).toEqual([["抖音", 1, 1, 1, 0, 0, 0, 0, 0, null, 0]]);
  });

  it("returns no rows for a date range without events", async () => {
    expect(await sources({ from: "2024-06-01", to: "2024-06-30" })).toEqual([]);
  });
});

describe("trafficTotals", () => {
  it("reconciles visitors once, orders attributed, without a session and without a customer", async () => {
    const t = await totals();
    // v1 is in two source rows (抖音, 直通车) but counts once: 4 visitors, 5 sessions, buyers v1 v2.
    expect(t).toEqual({
      visitors: 4, sessions: 5, buyers: 2,
      orders: 7, revenue: 380, // o1 o2 o3 o4 o6 o10 o11; not o5 (cancelled), o7 (unpaid), o8 (USD), o9 (before)
      attributed_orders: 5, attributed_revenue: 330, // o1 o2 o4 o10 o11
      orders_without_customer: 1 // o6
    });
    expect(t.orders - t.attributed_orders - t.orders_without_customer).toBe(1); // o3: no session in the 24 h before
  });

  it("a gap one second longer than the limit splits; a longer gap setting merges and moves the attribution", async () => {
    // gap 31 min: v1's 09:40:00 → 10:10:01 (30:01) no longer splits, so S1 S2 are one session started
    // 09:00 (抖音, mobile). o2 (05-02 10:10:01) is then 25 h 10 min 1 s after it: unattributed.
    expect(await totals({ gapMinutes: 31 })).toMatchObject({ sessions: 4, visitors: 4, attributed_orders: 4, attributed_revenue: 280 });
    expect(await sources({ gapMinutes: 31 })).toEqual([
      ["抖音", 2, 2, 2, 0, 1, 0.5, 2, 140, 70, 70],
      ["(unknown)", 1, 1, 1, 0, 0, 0, 0, 0, null, 0],
      ["手淘搜索", 1, 1, 0, 1, 1, 1, 2, 140, 70, 140]
    ]);
  });

  it("an empty range gives a zero line", async () => {
    expect(await totals({ from: "2024-06-01", to: "2024-06-30" })).toEqual({
      visitors: 0, sessions: 0, buyers: 0, orders: 0, revenue: 0, attributed_orders: 0, attributed_revenue: 0, orders_without_customer: 0
    });
  });

  it("attributes to the buyer's latest session in the 24 h before the order even when it started the day before the range", async () => {
    // Range 05-02 alone. Purchases: o2 50, o3 30, o4 80, o10 40, o11 60 = 5, 260.
    // Rule (METRICS.revenue_per_visitor): the buyer's latest session that started within the 24 hours
    // before the order; "the others' buyers have no such session in the behaviour log". k1's latest
    // session before o2 is S2 (05-01 10:10:01, exactly 24 h before) → attributed; o3 is not.
    // → attributed o2 o4 o10 o11 = 4, 230.
    expect(await totals({ from: "2024-05-02", to: "2024-05-02" })).toMatchObject({
      orders: 5, revenue: 260, attributed_orders: 4, attributed_revenue: 230, orders_without_customer: 0
    });
  });
});

describe("punchCard", () => {
  const card = async (measure: PunchMeasure, o: { from?: string; to?: string } = {}) => {
    const rows = await punchCard.run(fx.db, { from: "2024-05-01", to: "2024-05-02", gapMinutes: 30, measure, ...o });
    return { rows, nonzero: rows.filter((r) => r.value !== 0).map((r) => [r.dow, r.hour, r.value]) };
  };

  it("is a full 7 × 24 grid, Monday = 1, hours 0…23, zero-filled", async () => {
    const { rows } = await card("sessions");
    expect(rows).toHaveLength(168);
    expect(rows[0]).toEqual({ dow: 1, hour: 0, value: 0 });
    expect(rows[167]).toEqual({ dow: 7, hour: 23, value: 0 });
    expect(rows.map((r) => [r.dow, r.hour])).toEqual(Array.from({ length: 168 }, (_, i) => [Math.floor(i / 24) + 1, i % 24]));
  });

  it("counts sessions by their start, every event, and purchase events (2024-05-01 is a Wednesday)", async () => {
    // Sessions: S1 Wed 9, S2 Wed 10 (10:10:01), S4 Wed 20, S5 Thu 8, S3 Thu 14.
    expect((await card("sessions")).nonzero).toEqual([[3, 9, 1], [3, 10, 1], [3, 20, 1], [4, 8, 1], [4, 14, 1]]);
    // Events in the range: Wed 9 v1 ×5, Wed 10 v1 ×1, Wed 20 v3 ×4, Thu 8 v4 ×3, Thu 14 v2 ×3 (04-20 excluded).
    expect((await card("events")).nonzero).toEqual([[3, 9, 5], [3, 10, 1], [3, 20, 4], [4, 8, 3], [4, 14, 3]]);
    // Buy events: v1 Wed 09:40, v2 Thu 14:05.
    expect((await card("purchases")).nonzero).toEqual([[3, 9, 1], [4, 14, 1]]);
    // 04-20 is a Saturday: v2's view and click at 12.
    expect((await card("events", { from: "2024-04-20", to: "2024-04-20" })).nonzero).toEqual([[6, 12, 2]]);
  });

  it("is all zeros for a range without events", async () => {
    const { rows, nonzero } = await card("events", { from: "2024-06-01", to: "2024-06-30" });
    expect(rows).toHaveLength(168);
    expect(nonzero).toEqual([]);
  });
});

describe("pageClicks", () => {
  const clicks = async (from = "2024-05-01", to = "2024-05-02") =>
    (await pageClicks.run(fx.db, { from, to })).map((r) => [r.page, r.element, r.clicks, r.visitors, r.share_of_page]);

  it("counts clicks by page and element, a click without an element in its own row, shares of all the page's clicks", async () => {
    // home: banner v2 + v3 ×2 = 3 clicks by 2 visitors, search-box 1 (v3) → 3/4, 1/4;
    // item: add-to-cart 1 (v1) and v1's 09:06 click without an element → 1/2 each ("(no element)"
    // sorts before "add-to-cart"); (unknown) page: banner 1 (v4) → 1. Pages by clicks 4, 2, 1.
    expect(await clicks()).toEqual([
      ["home", "banner", 3, 2, 0.75],
      ["home", "search-box", 1, 1, 0.25],
      ["item", "(no element)", 1, 1, 0.5],
      ["item", "add-to-cart", 1, 1, 0.5],
      ["(unknown)", "banner", 1, 1, 1]
    ]);
    // 04-20: v2's banner click only.
    expect(await clicks("2024-04-20", "2024-04-20")).toEqual([["home", "banner", 1, 1, 1]]);
    expect(await clicks("2024-06-01", "2024-06-30")).toEqual([]);
  });

  it("rejects invalid dates naming the option", () => {
    expect(() => pageClicks.params({ from: "2024-13-01", to: "2024-05-02" })).toThrow("invalid from: 2024-13-01");
    expect(() => pageClicks.params({ from: "2024-05-01", to: "2024-5-2" })).toThrow("invalid to: 2024-5-2");
    expect(() => pageClicks.params({ from: "2024-05-03", to: "2024-05-02" })).toThrow("invalid date range: 2024-05-03 is after 2024-05-02");
  });
});

describe("trafficDaily", () => {
  const daily = async (from: string, to: string) => await trafficDaily.run(fx.db, { from, to, currency: "CNY" });

  it("sums the platform's daily rows over the range, conversion = paying buyers ÷ visitors", async () => {
    const rows = await daily("2024-05-01", "2024-05-02");
    // 抖音: 2 days, 100 + 120 = 220 visitors, 660 PV, 5 + 7 = 12 paying, 500 + 700.5 = 1200.5;
    //   conversion 12 / 220 = 0.054545…, per visitor 1200.5 / 220 = 5.456818… → 5.4568. 05-03 is outside.
    // 直通车: 1 day, 50, 80, 2, 150 → 0.04, 3. 手淘搜索: 0 visitors → no ratio (null).
    expect(rows.map((r) => [r.source, r.days, r.visitors, r.page_views, r.paying_buyers, r.paid_amount, r.revenue_per_visitor])).toEqual([
      ["抖音", 2, 220, 660, 12, 1200.5, 5.4568],
      ["直通车", 1, 50, 80, 2, 150, 3],
      ["手淘搜索", 1, 0, 0, 0, 0, null]
    ]);
    expect(rows[0]!.conversion).toBeCloseTo(12 / 220, 12);
    expect(rows[1]!.conversion).toBeCloseTo(0.04, 12);
    expect(rows[2]!.conversion).toBeNull();
  });

  it("a single day, and an empty range", async () => {
    const rows = await daily("2024-05-01", "2024-05-01");
    expect(rows.map((r) => [r.source, r.days, r.visitors, r.paying_buyers, r.paid_amount, r.conversion, r.revenue_per_visitor])).toEqual([
      ["抖音", 1, 100, 5, 500, 0.05, 5],
      ["直通车", 1, 50, 2, 150, 0.04, 3]
    ]);
    expect(await daily("2024-06-01", "2024-06-30")).toEqual([]);
    expect(() => trafficDaily.params({ from: "2024-05-01", to: "2024-02-30", currency: "CNY" })).toThrow("invalid to: 2024-02-30");
  });
});

describe("options", () => {
  it("rejects invalid options naming the option", () => {
    expect(() => trafficSources.params({ ...RANGE, from: "2024-05-02", to: "2024-05-01" })).toThrow("invalid date range: 2024-05-02 is after 2024-05-01");
    expect(() => trafficTotals.params({ ...RANGE, gapMinutes: 0 })).toThrow("invalid gapMinutes: 0");
    expect(() => trafficSources.params({ ...RANGE, dim: "city" as never })).toThrow("invalid dim: city");
    expect(() => trafficSources.params({ ...RANGE, from: "2024-02-30" })).toThrow("invalid from: 2024-02-30");
    expect(() => punchCard.params({ ...RANGE, measure: "clicks" as never })).toThrow("invalid measure: clicks");
    expect(() => punchCard.params({ ...RANGE, measure: "events", from: "2024-05-03" })).toThrow("invalid date range");
    expect(() => punchCard.params({ ...RANGE, measure: "events", from: "2024-05-02", to: "2024-05-02" })).not.toThrow();
  });
});
