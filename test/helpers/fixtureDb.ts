/**
 * An in-memory Node DuckDB with every canonical table created empty, for hand-worked fixtures:
 * insert a few rows with plain SQL, run a shared query, compare with numbers worked out by hand.
 */
import { ALL_TABLES, createTableSql } from "../../src/schema.ts";
import { OVERVIEW_FACTS } from "../../src/analyses/overviewFacts.ts";
import { memoryDb } from "../../loaders/nodeDb.ts";

/**
 * The overview's compact facts are views here (the pipeline materialises the same SELECTs), so a
 * fixture inserts orders and events only and the facts follow.
 */
export async function fixtureDb(inserts: string[] = []) {
  const m = await memoryDb();
  for (const spec of Object.values(ALL_TABLES)) {
    if (!(spec.name in OVERVIEW_FACTS)) await m.conn.run(createTableSql(spec));
  }
  for (const [name, sql] of Object.entries(OVERVIEW_FACTS)) await m.conn.run(`CREATE VIEW "${name}" AS ${sql}`);
  for (const sql of inserts) await m.conn.run(sql);
  return m;
}

/** An orders row with defaults, as SQL VALUES text, so fixtures name only what matters. */
export function order(o: {
  id: string;
  customer?: string | null;
  ordered: string;
  paid?: string | null;
  status?: string;
  paidAmount?: number;
  refund?: number;
  /** When the refund happened; omitted = unknown (null). */
  refundedAt?: string;
  currency?: string;
}): string {
  const q = (v: string | null | undefined) => (v === null || v === undefined ? "NULL" : `'${v}'`);
  return `INSERT INTO orders (order_id, customer_id, ordered_at, paid_at, status, amount_total, amount_paid, refund_amount, refunded_at, currency)
    VALUES (${q(o.id)}, ${o.customer === undefined ? "'c1'" : q(o.customer)}, TIMESTAMP ${q(o.ordered)}, ${o.paid ? `TIMESTAMP ${q(o.paid)}` : "NULL"},
    ${q(o.status ?? "completed")}, ${o.paidAmount ?? 100}, ${o.paid ? (o.paidAmount ?? 100) : 0}, ${o.refund ?? 0}, ${o.refundedAt ? `TIMESTAMP ${q(o.refundedAt)}` : "NULL"}, ${q(o.currency ?? "CNY")})`;
}
