/**
 * clvTransactions on a hand-worked shop (through 2024-03-31):
 *   c1  03-01 100 and 03-01 50 (same day: one row of 150), 03-10 40
 *   c2  03-05 80 refunded in full 03-20 (gone); 03-06 60 with 20 refunded 04-05 (after: kept whole)
 *   c3  03-07 90 refunded 30, refund time unknown (deducted) → 60; 03-08 cancelled
 *   c4  04-01 70 (after the date)        (no id) 03-02 55 (left out)
 * Day numbers: 2024-03-01 is day 19783 since 1970-01-01.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixtureDb, order } from "../../../helpers/fixtureDb.ts";
import { clvTransactions } from "../../../../src/analyses/clv/clvTransactions.ts";

let fx: Awaited<ReturnType<typeof fixtureDb>>;
beforeAll(async () => {
  fx = await fixtureDb([
    order({ id: "1a", customer: "c1", ordered: "2024-03-01 09:00:00", paid: "2024-03-01 09:00:00", paidAmount: 100 }),
    order({ id: "1b", customer: "c1", ordered: "2024-03-01 22:00:00", paid: "2024-03-01 23:59:59", paidAmount: 50 }),
    order({ id: "1c", customer: "c1", ordered: "2024-03-10 09:00:00", paid: "2024-03-10 09:00:00", paidAmount: 40 }),
    order({ id: "2a", customer: "c2", ordered: "2024-03-05 09:00:00", paid: "2024-03-05 09:00:00", paidAmount: 80, refund: 80, refundedAt: "2024-03-20 10:00:00", status: "refunded" }),
    order({ id: "2b", customer: "c2", ordered: "2024-03-06 09:00:00", paid: "2024-03-06 09:00:00", paidAmount: 60, refund: 20, refundedAt: "2024-04-05 10:00:00" }),
    order({ id: "3a", customer: "c3", ordered: "2024-03-07 09:00:00", paid: "2024-03-07 09:00:00", paidAmount: 90, refund: 30 }),
    order({ id: "3b", customer: "c3", ordered: "2024-03-08 09:00:00", paid: "2024-03-08 09:00:00", paidAmount: 500, status: "cancelled" }),
    order({ id: "4a", customer: "c4", ordered: "2024-03-31 23:00:00", paid: "2024-04-01 00:00:01", paidAmount: 70 }),
    order({ id: "xa", customer: null, ordered: "2024-03-02 09:00:00", paid: "2024-03-02 09:00:00", paidAmount: 55 })
  ]);
});
afterAll(() => fx.close());

describe("clvTransactions", () => {
  it("merges same-day purchases, applies refunds known by the date, drops cancelled, later and id-less orders", async () => {
    expect(await clvTransactions.run(fx.db, { currency: "CNY", through: "2024-03-31" })).toEqual([
      { customer_id: "c1", day: 19783, amount: 150 },
      { customer_id: "c1", day: 19792, amount: 40 },
      { customer_id: "c2", day: 19788, amount: 60 },
      { customer_id: "c3", day: 19789, amount: 60 }
    ]);
  });

  it("includes later purchases and refunds when the date moves", async () => {
    const rows = await clvTransactions.run(fx.db, { currency: "CNY", through: "2024-04-30" });
    expect(rows.find((r) => r.customer_id === "c2")).toEqual({ customer_id: "c2", day: 19788, amount: 40 });
    expect(rows.find((r) => r.customer_id === "c4")).toEqual({ customer_id: "c4", day: 19814, amount: 70 });
  });

  it("rejects a bad date", () => {
    expect(() => clvTransactions.params({ currency: "CNY", through: "2024-02-30" })).toThrow("invalid through: 2024-02-30");
  });
});
