/**
 * people_days counts distinct people by summing (src/analyses/overviewFacts.ts). The hand-worked
 * fixtures check a few ranges; this checks the method itself on random shops: for many random
 * ranges and every grain, the Overview's queries must equal count(DISTINCT …) taken straight from
 * the orders and events, including repeat buyers, partial first periods, second currencies,
 * buyers without a key and visitors without an id.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { overviewKpis } from "../../../src/analyses/overviewKpis.ts";
import { overviewSeries, GRAINS } from "../../../src/analyses/overviewSeries.ts";
import { IS_PURCHASE } from "../../../src/metrics/dictionary.ts";
import { fixtureDb, order } from "../../helpers/fixtureDb.ts";

/** mulberry32: a tiny seeded generator, so a failure reproduces. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DAY0 = Date.UTC(2024, 0, 29); // a Monday
const DAYS = 70;
const day = (i: number) => new Date(DAY0 + i * 86_400_000).toISOString().slice(0, 10);

function shop(seed: number): string[] {
  const r = random(seed);
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)];
  const rows: string[] = [];
  for (let i = 0; i < 160; i++) {
    const d = day(Math.floor(r() * DAYS));
    // Few buyers, so many buy again, some twice on one day.
    const customer = r() < 0.1 ? null : `c${Math.floor(r() * 14)}`;
    const status = r() < 0.1 ? "cancelled" : "completed";
    const paid = r() < 0.1 ? null : `${d} 1${Math.floor(r() * 10)}:00:00`;
    rows.push(order({ id: `o${i}`, customer, ordered: `${d} 09:00:00`, paid, status: paid ? status : "pending_payment", paidAmount: 10 + Math.floor(r() * 90), refund: r() < 0.2 ? 5 : 0, currency: r() < 0.25 ? "USD" : "CNY" }));
  }
  const events: string[] = [];
  for (let i = 0; i < 400; i++) {
    const visitor = r() < 0.05 ? "NULL" : `'v${Math.floor(r() * 25)}'`;
    events.push(`('${day(Math.floor(r() * DAYS))} 12:00:00', ${visitor}, '${pick(["view", "view", "cart", "buy"])}')`);
  }
  rows.push(`INSERT INTO events (event_at, visitor_id, event_type) VALUES ${events.join(", ")}`);
  return rows;
}

// Straight from the canonical tables: what the Overview must show.
const EXPECTED_KPIS = `
WITH p AS (SELECT o.* FROM orders o WHERE ${IS_PURCHASE} AND o.paid_at::DATE BETWEEN $1::DATE AND $2::DATE),
per_buyer AS (SELECT currency, customer_id, count(*) AS n FROM p WHERE customer_id IS NOT NULL GROUP BY ALL),
e AS (SELECT * FROM events WHERE event_at::DATE BETWEEN $1::DATE AND $2::DATE)
SELECT c.currency,
  (SELECT count(*) FROM p WHERE p.currency = c.currency)::INTEGER AS paid_orders,
  (SELECT round(coalesce(sum(amount_paid), 0), 2) FROM p WHERE p.currency = c.currency)::DOUBLE AS gmv,
  (SELECT count(*) FROM per_buyer b WHERE b.currency = c.currency)::INTEGER AS buyers,
  (SELECT count(*) FROM per_buyer b WHERE b.currency = c.currency AND n >= 2)::INTEGER AS repeaters,
  (SELECT count(DISTINCT visitor_id) FROM e)::INTEGER AS visitors,
  (SELECT count(DISTINCT visitor_id) FROM e WHERE event_type = 'buy')::INTEGER AS converted,
  (SELECT count(*) FROM e WHERE event_type = 'view')::INTEGER AS page_views
FROM (SELECT DISTINCT currency FROM orders o WHERE ${IS_PURCHASE}) c ORDER BY c.currency`;

const EXPECTED_SERIES = `
WITH p AS (SELECT o.*, date_trunc($3, o.paid_at::DATE)::DATE AS period FROM orders o WHERE ${IS_PURCHASE} AND o.paid_at::DATE BETWEEN $1::DATE AND $2::DATE),
e AS (SELECT *, date_trunc($3, event_at::DATE)::DATE AS period FROM events WHERE event_at::DATE BETWEEN $1::DATE AND $2::DATE)
SELECT p.period, p.currency, count(*)::INTEGER AS paid_orders, count(DISTINCT p.customer_id)::INTEGER AS buyers,
  (SELECT count(DISTINCT visitor_id) FROM e WHERE e.period = p.period)::INTEGER AS visitors
FROM p GROUP BY ALL ORDER BY 1, 2`;

const SEEDS = [1, 2, 3];
const dbs = new Map<number, Awaited<ReturnType<typeof fixtureDb>>>();
beforeAll(async () => {
  for (const seed of SEEDS) dbs.set(seed, await fixtureDb(shop(seed)));
});
afterAll(() => {
  for (const fx of dbs.values()) fx.close();
});

describe("the Overview's distinct counts, summed from people_days", () => {
  for (const seed of SEEDS) {
    it(`equal count(DISTINCT …) over random ranges and grains (shop ${seed})`, async () => {
      const fx = dbs.get(seed)!;
      const r = random(seed * 7919);
      let repeatersSeen = 0;
      for (let k = 0; k < 25; k++) {
        const a = Math.floor(r() * DAYS);
        const b = Math.min(DAYS - 1, a + Math.floor(r() * 40));
        const range = { from: day(a), to: day(b) };
        const kpis = await overviewKpis.run(fx.db, range);
        const want = await fx.db.query<any>(EXPECTED_KPIS, [range.from, range.to]);
        expect(kpis.map((x) => x.currency).sort()).toEqual(want.map((x) => x.currency));
        for (const w of want) {
          const got = kpis.find((x) => x.currency === w.currency)!;
          const where = `${range.from}…${range.to} ${w.currency}`;
          expect(got.paid_orders, where).toBe(w.paid_orders);
          expect(got.gmv, where).toBe(w.gmv);
          expect(got.paying_buyers, where).toBe(w.buyers);
          expect(got.repurchase_rate, where).toBe(w.buyers > 0 ? w.repeaters / w.buyers : null);
          expect(got.visitors, where).toBe(w.visitors);
          expect(got.page_views, where).toBe(w.page_views);
          expect(got.conversion, where).toBe(w.visitors > 0 ? w.converted / w.visitors : null);
          repeatersSeen += w.repeaters;
        }
        for (const grain of GRAINS) {
          const series = await overviewSeries.run(fx.db, { ...range, grain });
          const wantSeries = await fx.db.query<any>(EXPECTED_SERIES, [range.from, range.to, grain]);
          const simple = (rows: any[], buyers: string) =>
            rows.map((x) => ({ period: x.period.toISOString().slice(0, 10), currency: x.currency, paid_orders: x.paid_orders, buyers: x[buyers], visitors: x.visitors }));
          expect(simple(series, "paying_buyers"), `${grain} ${range.from}…${range.to}`).toEqual(simple(wantSeries, "buyers"));
        }
      }
      // The shop must exercise repeat buying, or the check above proves little.
      expect(repeatersSeen).toBeGreaterThan(20);
    });
  }
});
