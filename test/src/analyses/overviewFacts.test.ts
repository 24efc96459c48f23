import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { memoryDb } from "../../../loaders/nodeDb.ts";
import { TableStore } from "../../../loaders/pipeline/tableStore.ts";
import { deriveOverviewFacts } from "../../../loaders/pipeline/deriveOverviewFacts.ts";
import { fixtureDb, order } from "../../helpers/fixtureDb.ts";

// Worked by hand:
//   events 03-04: v1 view, v1 view, v1 buy, v2 cart, (no visitor) view      03-05: v1 view
//   → visitor_days: (03-04, v1: 3 events, 2 views, bought), (03-04, v2: 1, 0, no),
//     (03-04, null: 1, 1, no), (03-05, v1: 1, 1, no); visitors numbered v1 = 1, v2 = 2.
//   orders: a (c1, paid 03-04 100), b (c1, paid 03-04 50, refund 20), c (c2, paid 03-05 30 USD),
//     d (c1 cancelled after paying), e (c3 unpaid), f (no customer, paid 03-05 10)
//   → purchase_days: (03-04 CNY c1: 2 purchases, 1 refunded, 150 paid, 130 net),
//     (03-05 USD c2: 1, 0, 30, 30), (03-05 CNY null: 1, 0, 10, 10); buyers c1 = 1, c2 = 2.
//   → purchase_currencies: CNY 3 purchases (2 with a buyer), USD 1 (1).
const rows = [
  `INSERT INTO events (event_at, visitor_id, event_type) VALUES
     ('2024-03-04 08:00:00', 'v1', 'view'), ('2024-03-04 08:01:00', 'v1', 'view'), ('2024-03-04 08:02:00', 'v1', 'buy'),
     ('2024-03-04 09:00:00', 'v2', 'cart'), ('2024-03-04 10:00:00', NULL, 'view'), ('2024-03-05 23:59:59', 'v1', 'view')`,
  order({ id: "a", customer: "c1", ordered: "2024-03-04 09:00:00", paid: "2024-03-04 09:01:00", paidAmount: 100 }),
  order({ id: "b", customer: "c1", ordered: "2024-03-04 10:00:00", paid: "2024-03-04 10:01:00", paidAmount: 50, refund: 20 }),
  order({ id: "c", customer: "c2", ordered: "2024-03-05 10:00:00", paid: "2024-03-05 10:01:00", paidAmount: 30, currency: "USD" }),
  order({ id: "d", customer: "c1", ordered: "2024-03-05 10:00:00", paid: "2024-03-05 10:01:00", paidAmount: 999, status: "cancelled" }),
  order({ id: "e", customer: "c3", ordered: "2024-03-05 11:00:00", paid: null, status: "pending_payment" }),
  order({ id: "f", customer: null, ordered: "2024-03-05 12:00:00", paid: "2024-03-05 12:00:00", paidAmount: 10 })
];

let fx: Awaited<ReturnType<typeof fixtureDb>>;
beforeAll(async () => {
  fx = await fixtureDb(rows);
});
afterAll(() => fx.close());

const iso = (d: unknown) => (d instanceof Date ? d.toISOString().slice(0, 10) : String(d));

describe("overview facts", () => {
  it("keeps one row per visitor per day, with views and whether they bought", async () => {
    const got = await fx.db.query<any>(`SELECT * FROM visitor_days ORDER BY date, visitor NULLS LAST`);
    expect(got.map((r) => ({ ...r, date: iso(r.date) }))).toEqual([
      { date: "2024-03-04", visitor: 1, events: 3, page_views: 2, bought: true },
      { date: "2024-03-04", visitor: 2, events: 1, page_views: 0, bought: false },
      { date: "2024-03-04", visitor: null, events: 1, page_views: 1, bought: false },
      { date: "2024-03-05", visitor: 1, events: 1, page_views: 1, bought: false }
    ]);
  });

  it("keeps purchases only, per paying day, currency and buyer, with the money summed", async () => {
    const got = await fx.db.query<any>(`SELECT * FROM purchase_days ORDER BY date, currency, buyer NULLS LAST`);
    expect(got.map((r) => ({ ...r, date: iso(r.date) }))).toEqual([
      { date: "2024-03-04", currency: "CNY", buyer: 1, purchases: 2, refunded_purchases: 1, amount_paid: 150, net_amount: 130 },
      { date: "2024-03-05", currency: "CNY", buyer: null, purchases: 1, refunded_purchases: 0, amount_paid: 10, net_amount: 10 },
      { date: "2024-03-05", currency: "USD", buyer: 2, purchases: 1, refunded_purchases: 0, amount_paid: 30, net_amount: 30 }
    ]);
  });

  it("lists each currency paid in once, with how many purchases carry a buyer", async () => {
    const got = await fx.db.query<any>(`SELECT * FROM purchase_currencies ORDER BY currency`);
    expect(got).toEqual([
      { currency: "CNY", purchases: 3, keyed_purchases: 2 },
      { currency: "USD", purchases: 1, keyed_purchases: 1 }
    ]);
  });

  it("is materialised by the pipeline step with the same rows, reconciled against the sources", async () => {
    const m = await memoryDb();
    try {
      await new TableStore(m.conn).createCanonical();
      for (const sql of rows) await m.conn.run(sql);
      const said: string[] = [];
      await deriveOverviewFacts(m.conn, (s) => said.push(s));
      expect(said).toEqual(["derived visitor_days: 4 rows", "derived purchase_days: 3 rows", "derived purchase_currencies: 2 rows"]);
      const view = await fx.db.query(`SELECT * FROM purchase_days`);
      const table = await m.db.query(`SELECT date, currency, buyer, purchases, refunded_purchases, amount_paid, net_amount FROM purchase_days`);
      expect(new Set(table.map((r) => JSON.stringify(r)))).toEqual(new Set(view.map((r) => JSON.stringify(r))));
    } finally {
      m.close();
    }
  });
});
