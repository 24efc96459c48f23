import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { overviewKpis } from "../../../src/analyses/overviewKpis.ts";
import { overviewSeries } from "../../../src/analyses/overviewSeries.ts";
import { fixtureDb, order } from "../../helpers/fixtureDb.ts";

// The week of Monday 2024-03-04 … Sunday 2024-03-10, worked by hand:
//   o1 c1 paid Mon 100        o2 c1 paid Wed 50 (same buyer, same week: one buyer for the week)
//   o3 c2 paid Thu 200, refund 80 (stays in GMV; net 120; refunded order)
//   o4 c3 cancelled after paying → not a purchase     o5 c4 never paid → not a purchase
//   o6 c5 paid Mon 03-11 (next week)                    o7 c2 ordered 03-03 but paid 03-04 → counts (by payment time)
//   events: visitors v1..v4 in the week (v1 twice), 3 views.
// Week: GMV 100+50+200+30 = 380; net 300; paid orders 4; buyers {c1, c2} = 2; 客单价 190; AOV 95;
//       conversion: 1 of the 4 log visitors bought (v4) = 0.25; repurchase: c1 (2 orders) and c2 (2 orders) → 2/2 = 1; refund rate 1/4.
const rows = [
  order({ id: "o1", customer: "c1", ordered: "2024-03-04 09:00:00", paid: "2024-03-04 09:01:00", paidAmount: 100 }),
  order({ id: "o2", customer: "c1", ordered: "2024-03-06 20:00:00", paid: "2024-03-06 20:05:00", paidAmount: 50 }),
  order({ id: "o3", customer: "c2", ordered: "2024-03-07 10:00:00", paid: "2024-03-07 10:00:30", paidAmount: 200, refund: 80, status: "refunded" }),
  order({ id: "o4", customer: "c3", ordered: "2024-03-05 10:00:00", paid: "2024-03-05 10:00:30", paidAmount: 999, status: "cancelled" }),
  order({ id: "o5", customer: "c4", ordered: "2024-03-05 11:00:00", paid: null, status: "pending_payment" }),
  order({ id: "o6", customer: "c5", ordered: "2024-03-11 00:00:00", paid: "2024-03-11 00:00:01", paidAmount: 70 }),
  order({ id: "o7", customer: "c2", ordered: "2024-03-03 23:59:00", paid: "2024-03-04 00:00:00", paidAmount: 30 }),
  `INSERT INTO events (event_at, visitor_id, event_type) VALUES
     ('2024-03-04 08:00:00', 'v1', 'view'), ('2024-03-09 08:00:00', 'v1', 'cart'),
     ('2024-03-05 08:00:00', 'v2', 'view'), ('2024-03-10 23:59:59', 'v3', 'view'),
     ('2024-03-06 08:00:00', 'v4', 'buy'),  ('2024-03-11 00:00:00', 'v9', 'view')`
];

let fx: Awaited<ReturnType<typeof fixtureDb>>;
beforeAll(async () => {
  fx = await fixtureDb(rows);
});
afterAll(() => fx.close());

describe("overviewKpis", () => {
  it("computes the dictionary's metrics for a week, worked by hand", async () => {
    const [k] = await overviewKpis.run(fx.db, { from: "2024-03-04", to: "2024-03-10" });
    expect(k).toEqual({
      currency: "CNY",
      gmv: 380,
      net_sales: 300,
      paid_orders: 4,
      paying_buyers: 2,
      arpu: 190,
      aov: 95,
      visitors: 4,
      page_views: 3,
      visitors_basis: "events",
      conversion: 0.25,
      repurchase_rate: 1,
      refund_rate: 0.25
    });
  });

  it("counts a buyer once per period, not once per day", async () => {
    const days = await overviewSeries.run(fx.db, { from: "2024-03-04", to: "2024-03-10", grain: "day" });
    const week = await overviewSeries.run(fx.db, { from: "2024-03-04", to: "2024-03-10", grain: "week" });
    const sumOfDays = days.reduce((s, d) => s + (d.paying_buyers ?? 0), 0);
    expect(sumOfDays).toBe(4); // c1+c2 on Mon, c1 Wed, c2 Thu
    expect(week).toHaveLength(1);
    expect(week[0].paying_buyers).toBe(2);
    expect(week[0].gmv).toBe(380);
  });

  it("includes the first and last instant of the range and nothing outside it", async () => {
    const [k] = await overviewKpis.run(fx.db, { from: "2024-03-11", to: "2024-03-11" });
    expect(k.gmv).toBe(70);
    expect(k.visitors).toBe(1);
  });

  it("returns zero money and null ratios for a range without purchases", async () => {
    const [k] = await overviewKpis.run(fx.db, { from: "2023-01-01", to: "2023-01-31" });
    expect(k).toMatchObject({ gmv: 0, paid_orders: 0, paying_buyers: 0, arpu: null, aov: null, conversion: null });
  });

  it("reports buyer metrics as unknown when the export has no customer key", async () => {
    const m = await fixtureDb([order({ id: "x1", customer: null, ordered: "2024-01-01 10:00:00", paid: "2024-01-01 10:00:00" })]);
    const [k] = await overviewKpis.run(m.db, { from: "2024-01-01", to: "2024-01-01" });
    expect(k.paying_buyers).toBeNull();
    expect(k.arpu).toBeNull();
    expect(k.gmv).toBe(100);
    m.close();
  });

  it("falls back to 生意参谋 daily visitors and says so", async () => {
    const m = await fixtureDb([
      order({ id: "x1", customer: "c1", ordered: "2024-01-01 10:00:00", paid: "2024-01-01 10:00:00" }),
      `INSERT INTO traffic_daily (date, source, visitors, page_views, paying_buyers) VALUES ('2024-01-01', 'a', 30, 90, 3), ('2024-01-01', 'b', 10, 10, 1), ('2024-01-02', 'a', 99, 99, 9)`
    ]);
    const [k] = await overviewKpis.run(m.db, { from: "2024-01-01", to: "2024-01-01" });
    expect(k).toMatchObject({ visitors: 40, page_views: 100, visitors_basis: "daily_aggregate", conversion: 4 / 40 });
    m.close();
  });

  it("keeps currencies apart", async () => {
    const m = await fixtureDb([
      order({ id: "a", customer: "c1", ordered: "2024-01-01 10:00:00", paid: "2024-01-01 10:00:00", paidAmount: 10, currency: "CNY" }),
      order({ id: "b", customer: "c2", ordered: "2024-01-01 10:00:00", paid: "2024-01-01 10:00:00", paidAmount: 7, currency: "USD" })
    ]);
    const k = await overviewKpis.run(m.db, { from: "2024-01-01", to: "2024-01-01" });
    expect(k.map((r) => [r.currency, r.gmv])).toEqual([["CNY", 10], ["USD", 7]]);
    m.close();
  });

  it("rejects invalid options with the option's name", () => {
    expect(() => overviewKpis.params({ from: "2024-13-01", to: "2024-12-31" })).toThrow("invalid from: 2024-13-01");
    expect(() => overviewKpis.params({ from: "2024-02-01", to: "2024-01-01" })).toThrow("invalid range");
    expect(() => overviewSeries.params({ from: "2024-01-01", to: "2024-01-02", grain: "hour" as "day" })).toThrow("invalid grain: hour");
  });
});
