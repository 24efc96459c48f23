/**
 * Real data: CDNOW master and sample transaction files, each in its own run (the
 * cdnow_customers_summary*.csv files are derived summaries, not exports, and stay out of the data
 * folder), reconciled with the independent reference (test/real/reference/cdnow.ts).
 *
 * CDNOW has no order id: two identical lines (same customer, day, CDs and dollars) are two
 * purchases. The reference keeps them (its day totals reproduce the published zbar for all 2,357
 * sample customers), and the preset documents that "several purchases by one customer on one day
 * stay separate orders", so no line may be dropped as a duplicate.
 */
import { existsSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cdnow } from "../reference/cdnow.ts";
import { DATASETS, realTitle, accountedFor, cents, rawPersonKeys, runReal } from "../helpers/realRun.ts";
import type { FixtureRun } from "../../helpers/runOnFiles.ts";

const ref = existsSync(DATASETS) ? cdnow() : null;

const CASES = [
  { name: "master", file: "CDNOW_master.txt", preset: "cdnow-master", expected: () => ref!.master },
  { name: "sample", file: "CDNOW_sample.txt", preset: "cdnow-sample", expected: () => ref!.sample }
] as const;

const customerSets = new Map<string, Set<string>>();

describe.skipIf(!existsSync(DATASETS))(realTitle("cdnow"), () => {
  for (const c of CASES) {
    describe(`${c.file} on its own`, () => {
      let run: FixtureRun;
      beforeAll(async () => {
        run = await runReal({ [c.file]: `cdnow/${c.file}` });
        const ids = await run.db.query<{ customer_id: string }>(`SELECT DISTINCT customer_id FROM orders`);
        customerSets.set(c.name, new Set(ids.map((r) => r.customer_id)));
      });
      afterAll(() => run?.close());

      it(`is read with the ${c.preset} preset`, async () => {
        expect(run.files.map((f) => [f.source_file, f.preset.id])).toEqual([[c.file, c.preset]]);
        const sources = await run.db.query<{ preset: string }>(`SELECT preset FROM sources`);
        expect(sources).toEqual([{ preset: c.preset }]);
      });

      it("counts records, not the header line: rows_read = the reference's transactions", () => {
        const e = c.expected();
        const [row, ...rest] = run.quality.filter((r) => r.source_file === c.file);
        expect(rest).toEqual([]);
        expect(row.table_name).toBe("orders");
        expect({ rows_read: row.rows_read, rows_excluded: row.rows_excluded, rows_quarantined: row.rows_quarantined }).toEqual({
          rows_read: e.rows, // master 69,659 (+1 header line, not a record), sample 6,919
          rows_excluded: 0,
          rows_quarantined: 0
        });
      });

      it("keeps every transaction: identical same-day purchases are separate orders, none dropped as duplicates", () => {
        const e = c.expected();
        const row = run.quality.find((r) => r.source_file === c.file)!;
        expect({ written: row.rows_written, duplicates_exact: row.duplicates_exact, duplicates_key: row.duplicates_key }).toEqual({
          written: e.rows,
          duplicates_exact: 0,
          duplicates_key: 0
        });
        expect(run.tableRows.orders).toBe(e.rows);
      });

      it("balances the quality identity", () => {
        for (const r of run.quality) expect(accountedFor(r), r.source_file).toBe(r.rows_read);
      });

      it("has the reference's customers, dates and total dollars", async () => {
        const e = c.expected();
        const [r] = await run.db.query<{ customers: number; lo: string; hi: string; dollars: number; zero: number; currencies: string }>(
          `SELECT count(DISTINCT customer_id) AS customers,
                  strftime(min(ordered_at), '%Y-%m-%d') AS lo, strftime(max(ordered_at), '%Y-%m-%d') AS hi,
                  sum(amount_paid) AS dollars, count(*) FILTER (WHERE amount_paid = 0) AS zero,
                  string_agg(DISTINCT currency, ',') AS currencies
           FROM orders`
        );
        expect({ ...r, dollars: cents(r.dollars) }).toEqual({
          customers: e.distinctCustomers,
          lo: e.minDate,
          hi: e.maxDate,
          dollars: e.totalDollars, // master 2,500,315.63; sample 244,091.94
          zero: e.rowsWithZeroDollars,
          currencies: "USD"
        });
      });

      it("writes no raw customer number: customer keys are c_ + 16 hex", async () => {
        expect(await rawPersonKeys(run.db)).toEqual([]);
      });
    });
  }

  it("gives the sample's customers the same keys as in the master file (sample ⊂ master)", () => {
    const master = customerSets.get("master")!;
    const sample = customerSets.get("sample")!;
    expect(sample.size).toBe(ref!.sample.distinctMasterIds);
    expect([...sample].filter((id) => !master.has(id))).toEqual([]);
  });
});
