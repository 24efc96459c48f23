import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { memoryDb } from "../../../loaders/nodeDb.ts";
import { TableStore } from "../../../loaders/pipeline/tableStore.ts";
import { deriveOverviewFacts } from "../../../loaders/pipeline/deriveOverviewFacts.ts";
import { fixtureDb, order } from "../../helpers/fixtureDb.ts";
import { OVERVIEW_FACTS, PEOPLE } from "../../../src/analyses/overviewFacts.ts";
import { ALL_TABLES } from "../../../src/schema.ts";

// Worked by hand:
//   events 03-04: v1 view, v1 view, v1 buy, v2 cart, (no visitor) view      03-05: v1 view
//   → visit_days: 03-04 5 events, 3 views; 03-05 1 event, 1 view.
//   orders: a (c1, paid 03-04 100), b (c1, paid 03-04 50, refund 20), c (c2, paid 03-05 30 USD),
//     d (c1 cancelled after paying), e (c3 unpaid), f (no customer, paid 03-05 10),
//     g (c2, paid 03-06 20 USD)
//   → sales_days: (03-04 CNY: 2 purchases, 1 refunded, 150 paid, 130 net), (03-05 CNY: 1, 0, 10, 10),
//     (03-05 USD: 1, 0, 30, 30), (03-06 USD: 1, 0, 20, 20).
//   → people_days (date, kind, currency, since, until, people), counted in a range [d0, d1] when
//     d0 ≤ date ≤ d1 and since < d0 ≤ until:
//     visitors: v1 and v2 first seen 03-04 (03-04, 1, -, never, 03-04, 2); v1 again 03-05, counted
//       there only for ranges starting after 03-04 (03-05, 1, -, 03-04, 03-05, 1);
//     visitors who bought: v1 on 03-04 (03-04, 2, -, never, 03-04, 1);
//     buyers: c1 (03-04, 3, CNY, never, 03-04, 1), c2 (03-05, 3, USD, never, 03-05, 1) and again
//       (03-06, 3, USD, 03-05, 03-06, 1);
//     repeat buyers: c1 paid twice on 03-04 (03-04, 4, CNY, never, 03-04, 1); c2's second paying
//       day 03-06 witnesses every range that starts on or before 03-05 (03-06, 4, USD, never, 03-05, 1).
//   → purchase_currencies: CNY 3 purchases (2 with a buyer), USD 2 (2).
const rows = [
  `INSERT INTO events (event_at, visitor_id, event_type) VALUES
     ('2024-03-04 08:00:00', 'v1', 'view'), ('2024-03-04 08:01:00', 'v1', 'view'), ('2024-03-04 08:02:00', 'v1', 'buy'),
     ('2024-03-04 09:00:00', 'v2', 'cart'), ('2024-03-04 10:00:00', NULL, 'view'), ('2024-03-05 23:59:59', 'v1', 'view')`,
  order({ id: "a", customer: "c1", ordered: "2024-03-04 09:00:00", paid: "2024-03-04 09:01:00", paidAmount: 100 }),
  order({ id: "b", customer: "c1", ordered: "2024-03-04 10:00:00", paid: "2024-03-04 10:01:00", paidAmount: 50, refund: 20 }),
  order({ id: "c", customer: "c2", ordered: "2024-03-05 10:00:00", paid: "2024-03-05 10:01:00", paidAmount: 30, currency: "USD" }),
  order({ id: "d", customer: "c1", ordered: "2024-03-05 10:00:00", paid: "2024-03-05 10:01:00", paidAmount: 999, status: "cancelled" }),
  order({ id: "e", customer: "c3", ordered: "2024-03-05 11:00:00", paid: null, status: "pending_payment" }),
  order({ id: "f", customer: null, ordered: "2024-03-05 12:00:00", paid: "2024-03-05 12:00:00", paidAmount: 10 }),
  order({ id: "g", customer: "c2", ordered: "2024-03-06 10:00:00", paid: "2024-03-06 10:01:00", paidAmount: 20, currency: "USD" })
];

let fx: Awaited<ReturnType<typeof fixtureDb>>;
beforeAll(async () => {
  fx = await fixtureDb(rows);
});
afterAll(() => fx.close());

const iso = (d: unknown) => (d instanceof Date ? d.toISOString().slice(0, 10) : String(d));

describe("overview facts", () => {
  it("sums events and views per day", async () => {
    const got = await fx.db.query<any>(`SELECT * FROM visit_days ORDER BY date`);
    expect(got.map((r) => ({ ...r, date: iso(r.date) }))).toEqual([
      { date: "2024-03-04", events: 5, page_views: 3 },
      { date: "2024-03-05", events: 1, page_views: 1 }
    ]);
  });

  it("keeps purchases only, per paying day and currency, with the money summed", async () => {
    const got = await fx.db.query<any>(`SELECT * FROM sales_days ORDER BY date, currency`);
    expect(got.map((r) => ({ ...r, date: iso(r.date) }))).toEqual([
      { date: "2024-03-04", currency: "CNY", purchases: 2, refunded_purchases: 1, amount_paid: 150, net_amount: 130 },
      { date: "2024-03-05", currency: "CNY", purchases: 1, refunded_purchases: 0, amount_paid: 10, net_amount: 10 },
      { date: "2024-03-05", currency: "USD", purchases: 1, refunded_purchases: 0, amount_paid: 30, net_amount: 30 },
      { date: "2024-03-06", currency: "USD", purchases: 1, refunded_purchases: 0, amount_paid: 20, net_amount: 20 }
    ]);
  });

  it("counts each person on the one day that counts for a range, with the range starts it counts for", async () => {
    const got = await fx.db.query<any>(`SELECT * FROM people_days ORDER BY kind, date, currency`);
    const never = "0001-01-01";
    expect(got.map((r) => ({ ...r, date: iso(r.date), since: iso(r.since), until: iso(r.until) }))).toEqual([
      { date: "2024-03-04", kind: PEOPLE.visitor, currency: null, since: never, until: "2024-03-04", people: 2 },
      { date: "2024-03-05", kind: PEOPLE.visitor, currency: null, since: "2024-03-04", until: "2024-03-05", people: 1 },
      { date: "2024-03-04", kind: PEOPLE.converted, currency: null, since: never, until: "2024-03-04", people: 1 },
      { date: "2024-03-04", kind: PEOPLE.buyer, currency: "CNY", since: never, until: "2024-03-04", people: 1 },
      { date: "2024-03-05", kind: PEOPLE.buyer, currency: "USD", since: never, until: "2024-03-05", people: 1 },
      { date: "2024-03-06", kind: PEOPLE.buyer, currency: "USD", since: "2024-03-05", until: "2024-03-06", people: 1 },
      { date: "2024-03-04", kind: PEOPLE.repeater, currency: "CNY", since: never, until: "2024-03-04", people: 1 },
      { date: "2024-03-06", kind: PEOPLE.repeater, currency: "USD", since: never, until: "2024-03-05", people: 1 }
    ]);
  });

  it("lists each currency paid in once, with how many purchases carry a buyer", async () => {
    const got = await fx.db.query<any>(`SELECT * FROM purchase_currencies ORDER BY currency`);
    expect(got).toEqual([
      { currency: "CNY", purchases: 3, keyed_purchases: 2 },
      { currency: "USD", purchases: 2, keyed_purchases: 2 }
    ]);
  });

  it("is materialised by the pipeline step with the same rows, reconciled against the sources", async () => {
    const m = await memoryDb();
    try {
      await new TableStore(m.conn).createCanonical();
      for (const sql of rows) await m.conn.run(sql);
      const said: string[] = [];
      await deriveOverviewFacts(m.conn, (s) => said.push(s));
      expect(said).toEqual([
        "derived visit_days: 2 rows",
        "derived sales_days: 4 rows",
        "derived people_days: 8 rows",
        "derived purchase_currencies: 2 rows"
      ]);
      for (const name of Object.keys(OVERVIEW_FACTS)) {
        const cols = ALL_TABLES[name as keyof typeof ALL_TABLES].columns.map((c) => `"${c.name}"`).join(", ");
        const view = await fx.db.query(`SELECT ${cols} FROM ${name}`);
        const table = await m.db.query(`SELECT ${cols} FROM ${name}`);
        expect(new Set(table.map((r) => JSON.stringify(r))), name).toEqual(new Set(view.map((r) => JSON.stringify(r))));
      }
    } finally {
      m.close();
    }
  });

  it("stops the build when the facts do not account for their sources", async () => {
    const m = await memoryDb();
    try {
      await new TableStore(m.conn).createCanonical();
      for (const sql of rows) await m.conn.run(sql);
      // The derivation is sound, so make the facts disagree with their source: derive, add an
      // event, derive again into the same tables (6 + 7 events against the source's 7).
      await deriveOverviewFacts(m.conn);
      await m.conn.run(`INSERT INTO events (event_at, visitor_id, event_type) VALUES ('2024-03-07 10:00:00', 'v7', 'view')`);
      await expect(deriveOverviewFacts(m.conn)).rejects.toThrow(/visit_days accounts for 13 events, but the source tables hold 7/);
    } finally {
      m.close();
    }
  });
});
