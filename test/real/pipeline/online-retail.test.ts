/**
 * Real data: the first 1,000 lines of the UCI Online Retail export through the whole pipeline,
 * reconciled with the independent reference (test/real/reference/onlineRetail.ts).
 *
 * The pipeline drops exact duplicate records of entity exports (readSourceFile: keyed tables), so
 * its invoice amounts must match the reference's variant *without* duplicate lines
 * (`invoiceAmountWithoutDuplicateLines`, grand total 24,608.48), not the one with them (24,705.38).
 */
import { existsSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { onlineRetail, ONLINE_RETAIL_FILE } from "../reference/onlineRetail.ts";
import { readCsvObjects } from "../reference/csv.ts";
import { DATASETS, realTitle, accountedFor, cents, pseudonymOf, rawPersonKeys, runReal } from "../helpers/realRun.ts";
import type { FixtureRun } from "../../helpers/runOnFiles.ts";

const FILE = "online_retail_first1000.csv";

/** Invoices none of whose lines has a CustomerID, read with the reference's own CSV parser. */
function invoicesWithoutCustomer(): string[] {
  const byInvoice = new Map<string, boolean>();
  for (const r of readCsvObjects(ONLINE_RETAIL_FILE).rows) {
    const inv = r.InvoiceNo.trim();
    byInvoice.set(inv, (byInvoice.get(inv) ?? false) || r.CustomerID.trim() !== "");
  }
  return [...byInvoice].filter(([, has]) => !has).map(([inv]) => inv).sort();
}

describe.skipIf(!existsSync(DATASETS))(realTitle("online-retail"), () => {
  let run: FixtureRun;
  let ref!: ReturnType<typeof onlineRetail>;

  beforeAll(async () => {
    ref = onlineRetail();
    run = await runReal({ [FILE]: "online-retail/online_retail_first1000.csv" });
  });
  afterAll(() => run?.close());

  it("is read with the uci-online-retail preset, in UK time", async () => {
    expect(run.files.map((f) => [f.source_file, f.preset.id])).toEqual([[FILE, "uci-online-retail"]]);
    const sources = await run.db.query<{ preset: string; source_time_zone: string }>(`SELECT preset, source_time_zone FROM sources`);
    expect(sources).toEqual([{ preset: "uci-online-retail", source_time_zone: "Europe/London" }]);
  });

  it("reconciles exactly: 1,000 lines read, 23 exact duplicates dropped, the rest folded into one order per invoice", () => {
    const [row, ...rest] = run.quality.filter((r) => r.source_file === FILE);
    expect(rest).toEqual([]);
    expect(row.rows_read).toBe(ref.rows); // 1,000
    expect(row.rows_quarantined).toBe(0);
    expect(row.rows_excluded).toBe(0);
    expect(row.duplicates_exact).toBe(ref.exactDuplicateLines); // 23
    expect(row.duplicates_key).toBe(0);
    expect(row.superseded).toBe(0);
    // Every other line is kept: written as an order line (primary table order_items) or merged
    // into its invoice (primary table orders); either way 977 lines are accounted as kept.
    expect(["order_items", "orders"]).toContain(row.table_name);
    expect(row.rows_written - row.rows_derived + row.rows_merged).toBe(ref.rows - ref.exactDuplicateLines); // 977
    expect(accountedFor(row)).toBe(row.rows_read);
    const derived = run.quality.filter((r) => r.source_file !== FILE);
    expect(derived.map((r) => [r.table_name, r.rows_written, r.rows_derived])).toEqual([
      ["orders", ref.distinctInvoices, ref.distinctInvoices]
    ]);
    for (const d of derived) expect(accountedFor(d)).toBe(d.rows_read);
    expect(run.tableRows.orders).toBe(ref.distinctInvoices); // 66
    expect(run.tableRows.order_items).toBe(ref.rows - ref.exactDuplicateLines); // 977
  });

  it("has one order per invoice, cancellations as cancelled orders", async () => {
    const [r] = await run.db.query<{ orders: number; ids: number; cancelled: number; completed: number; c_prefixed: number }>(
      `SELECT count(*) AS orders, count(DISTINCT order_id) AS ids,
              count(*) FILTER (WHERE status = 'cancelled') AS cancelled, count(*) FILTER (WHERE status = 'completed') AS completed,
              count(*) FILTER (WHERE order_id LIKE 'C%') AS c_prefixed
       FROM orders`
    );
    expect(r).toEqual({
      orders: ref.distinctInvoices,
      ids: ref.distinctInvoices,
      cancelled: ref.cancellationInvoices,
      completed: ref.nonCancelledInvoices,
      c_prefixed: ref.cancellationInvoices
    });
  });

  it("totals every non-cancelled invoice like the reference without duplicate lines", async () => {
    const rows = await run.db.query<{ order_id: string; amount_total: number; amount_paid: number }>(
      `SELECT order_id, amount_total, amount_paid FROM orders WHERE status <> 'cancelled'`
    );
    const got = Object.fromEntries(rows.map((r) => [r.order_id, cents(r.amount_total)]));
    expect(got).toEqual(Object.fromEntries(ref.invoiceAmountWithoutDuplicateLines));
    expect(rows.every((r) => r.amount_paid === r.amount_total)).toBe(true);
    const [t] = await run.db.query<{ total: number }>(`SELECT sum(amount_paid) AS total FROM orders`);
    expect(cents(t.total)).toBe(ref.grandTotalWithoutDuplicateLines); // 24,608.48
  });

  it("leaves customer_id null on invoices without CustomerID (never one anonymous customer)", async () => {
    const rows = await run.db.query<{ order_id: string }>(`SELECT order_id FROM orders WHERE customer_id IS NULL ORDER BY 1`);
    expect(rows.map((r) => r.order_id)).toEqual(invoicesWithoutCustomer());
    expect(rows.length).toBe(ref.linesWithoutCustomerId); // the one line without id is a one-line invoice
    // Customers: exactly the reference's distinct CustomerIDs, with the reference's invoice counts.
    const per = await run.db.query<{ customer_id: string; n: number }>(
      `SELECT customer_id, count(*) AS n FROM orders WHERE customer_id IS NOT NULL AND status <> 'cancelled' GROUP BY 1`
    );
    const expected = Object.fromEntries([...ref.customerNonCancelledInvoiceCount].map(([c, n]) => [pseudonymOf(c), n]));
    expect(Object.fromEntries(per.map((r) => [r.customer_id, r.n]))).toEqual(expected);
    const [d] = await run.db.query<{ n: number }>(`SELECT count(DISTINCT customer_id) AS n FROM orders`);
    expect(d.n).toBe(ref.distinctCustomers); // 48
  });

  it("keeps UK wall time (shop zone Europe/London = UTC in December)", async () => {
    expect(run.shopTimeZone).toBe("Europe/London");
    const [r] = await run.db.query<{ lo: string; hi: string }>(
      `SELECT strftime(min(ordered_at), '%Y-%m-%d %H:%M:%S') AS lo, strftime(max(ordered_at), '%Y-%m-%d %H:%M:%S') AS hi FROM orders`
    );
    expect(r).toEqual({ lo: ref.minInvoiceDate, hi: ref.maxInvoiceDate });
  });

  it("writes no raw CustomerID: customer keys are c_ + 16 hex", async () => {
    expect(await rawPersonKeys(run.db)).toEqual([]);
  });
});
