/**
 * Real data: monthly cohort tables for CDNOW (master file) and the Online Retail sample, through
 * the pipeline and the page's cohortRetention query, compared cohort by cohort with an independent
 * plain-TypeScript computation over the raw rows (test/real/reference/cohorts.ts, written without
 * seeing src/). Customers without an id are excluded and counted, never one anonymous customer.
 */
import { existsSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cohortsCdnow, cohortsOnlineRetail, type CohortRefResult } from "../reference/cohorts.ts";
import { onlineRetail } from "../reference/onlineRetail.ts";
import { DATASETS, realTitle, runReal } from "../helpers/realRun.ts";
import type { FixtureRun } from "../../helpers/runOnFiles.ts";
import { cohortRetention, weightedRetention } from "../../../src/analyses/lifecycle/cohortRetention.ts";
import { rfmCounts } from "../../../src/analyses/rfm/rfmCounts.ts";

const CASES = [
  { title: "cdnow master", files: { "CDNOW_master.txt": "cdnow/CDNOW_master.txt" }, currency: "USD", ref: () => cohortsCdnow() },
  { title: "online retail sample", files: { "online_retail_first1000.csv": "online-retail/online_retail_first1000.csv" }, currency: "GBP", ref: () => withoutDuplicateLines(cohortsOnlineRetail()) }
] as const;

/**
 * The pipeline drops the 23 exact duplicate lines of the Online Retail sample (documented and
 * counted in its quality table; test/real/pipeline/online-retail.test.ts). The cohort reference
 * keeps them, so its revenue is lowered by what those lines add, per the independent invoice
 * reference. The sample has one cohort and one period (every row is dated 2010-12-01), so the
 * whole difference belongs to that single cell.
 */
function withoutDuplicateLines(ref: CohortRefResult): CohortRefResult {
  const inv = onlineRetail();
  let dupCents = 0;
  for (const [invoice, amount] of inv.invoiceAmount) dupCents += Math.round((amount - (inv.invoiceAmountWithoutDuplicateLines.get(invoice) ?? 0)) * 100);
  if (ref.cohorts.length !== 1 || ref.cohorts[0].cells.length !== 1) throw new Error("expected one cohort with one period");
  const [cohort] = ref.cohorts;
  return { ...ref, cohorts: [{ ...cohort, cells: [{ ...cohort.cells[0], revenueCents: cohort.cells[0].revenueCents - dupCents }] }] };
}

for (const c of CASES) {
  describe.skipIf(!existsSync(DATASETS))(realTitle(`monthly cohorts on ${c.title}`), () => {
    let run: FixtureRun;
    let ref: CohortRefResult;
    beforeAll(async () => {
      ref = c.ref();
      run = await runReal(c.files);
    });
    afterAll(() => run?.close());

    it("has the reference's cohorts, sizes, left-censoring flags and every cell", async () => {
      const rows = await cohortRetention.run(run.db, { currency: c.currency, through: ref.dataEnd, grain: "month" });
      const ours = [...new Set(rows.map((r) => r.cohort.toISOString().slice(0, 7)))].map((cohort) => {
        const cells = rows.filter((r) => r.cohort.toISOString().startsWith(cohort));
        return {
          cohort,
          size: cells[0].size,
          leftCensored: cells[0].left_censored,
          cells: cells.map((r) => ({ k: r.k, active: r.active, activeOrLater: r.active_or_later, revenueCents: Math.round(r.revenue * 100), complete: r.complete }))
        };
      });
      expect(ours).toEqual(ref.cohorts);
      expect(ours.reduce((s, r) => s + r.size, 0)).toBe(ref.customers);
      const weighted = weightedRetention(rows);
      expect(weighted.map((w) => w.k)).toEqual(ref.weighted.map((w) => w.k));
      weighted.forEach((w, i) => {
        expect(w.exactly).toBeCloseTo(ref.weighted[i].exactly, 12);
        expect(w.or_later).toBeCloseTo(ref.weighted[i].orLater, 12);
      });
    });

    it("excludes and counts purchases without a customer id", async () => {
      const [n] = await rfmCounts.run(run.db, { asOf: ref.dataEnd, currency: c.currency });
      expect({ counted: n.counted, noCustomer: n.no_customer, customers: n.customers }).toEqual({
        counted: ref.purchases,
        noCustomer: ref.excludedNoCustomer?.invoices ?? 0,
        customers: ref.customers
      });
    });
  });
}
