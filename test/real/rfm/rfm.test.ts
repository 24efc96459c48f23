/**
 * Real data: RFM for CDNOW (master file) and the Olist subset, run through the pipeline and the
 * shared RFM queries, compared customer by customer with an independent computation in plain
 * TypeScript over the raw rows (test/real/reference/rfm.ts, written without seeing src/).
 */
import { existsSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rfmCdnow, rfmOlist, type RfmRefOptions, type RfmRefResult } from "../reference/rfm.ts";
import { DATASETS, realTitle, pseudonymOf, runReal } from "../helpers/realRun.ts";
import type { FixtureRun } from "../../helpers/runOnFiles.ts";
import { rfmCustomers } from "../../../src/analyses/rfm/rfmCustomers.ts";
import { rfmCounts } from "../../../src/analyses/rfm/rfmCounts.ts";
import { rfmConcentration } from "../../../src/analyses/rfm/rfmConcentration.ts";
import { rfmSegments } from "../../../src/analyses/rfm/rfmSegments.ts";
import { rfmSummary } from "../../../src/analyses/rfm/rfmSummary.ts";
import type { RfmOptions } from "../../../src/analyses/rfm/rfmScoring.ts";

const CUTS = { r: [30, 90, 180, 365], f: [1, 2, 3, 5], m: [50, 100, 200, 500] };

/** Option sets compared: the default, the variants, and user cut points. */
const VARIANTS: { name: string; opts: Omit<RfmRefOptions, "asOf"> }[] = [
  { name: "default (5 quantile bins, orders, net, mean)", opts: {} },
  { name: "3 bins, distinct days, average order value, median", opts: { bins: 3, frequency: "days", monetary: "aov", basis: "median" } },
  { name: "cut points, weights 2-1-1", opts: { cuts: CUTS, weights: [2, 1, 1] } }
];

const toOptions = (asOf: string, currency: string, o: Omit<RfmRefOptions, "asOf">): RfmOptions => ({
  asOf,
  currency,
  bins: o.bins,
  frequency: o.frequency,
  monetary: o.monetary,
  basis: o.basis,
  weights: o.weights,
  ...(o.cuts ? { scoring: "cuts" as const, cuts: o.cuts } : {})
});

const CASES = [
  {
    title: "cdnow master",
    files: { "CDNOW_master.txt": "cdnow/CDNOW_master.txt" },
    currency: "USD",
    dates: ["1998-06-30", "1997-09-30"],
    ref: rfmCdnow
  },
  {
    title: "olist subset",
    files: {
      "customers.csv": "olist/subset_2017_10k/customers.csv",
      "orders.csv": "olist/subset_2017_10k/orders.csv",
      "order_items.csv": "olist/subset_2017_10k/order_items.csv"
    },
    currency: "BRL",
    dates: ["2017-12-31", "2017-06-30"],
    ref: rfmOlist
  }
] as const;

for (const c of CASES) {
  describe.skipIf(!existsSync(DATASETS))(realTitle(`RFM on ${c.title}`), () => {
    let run: FixtureRun;
    beforeAll(async () => {
      run = await runReal(c.files);
    });
    afterAll(() => run?.close());

    for (const asOf of c.dates) {
      for (const v of VARIANTS) {
        it(`as of ${asOf}, ${v.name}: every customer's R, F, M, scores, total, segment and eight class agree`, async () => {
          const ref: RfmRefResult = c.ref({ asOf, ...v.opts });
          const opts = toOptions(asOf, c.currency, v.opts);
          const ours = await rfmCustomers.run(run.db, { ...opts, scheme: "named", segment: "all" });
          expect(ours.length).toBe(ref.customers.size);
          expect(ours.length).toBeGreaterThan(1000);
          const expected = new Map(
            [...ref.customers.values()].map((r) => [
              pseudonymOf(r.id),
              [r.recency, r.frequency, r.monetary, r.lastPurchase, r.rScore, r.fScore, r.mScore, r.total, r.segment, r.eightClass]
            ])
          );
          const mismatches = ours
            .map((o) => ({
              id: o.customer_id,
              ours: [o.recency, o.frequency, o.monetary, o.last_purchase.toISOString().slice(0, 10), o.r_score, o.f_score, o.m_score, o.total, o.segment, o.eight_class],
              ref: expected.get(o.customer_id)
            }))
            .filter((m) => JSON.stringify(m.ours) !== JSON.stringify(m.ref));
          expect(mismatches.slice(0, 5)).toEqual([]);
          expect(mismatches.length).toBe(0);
        });
      }

      it(`as of ${asOf}: segment counts, means, medians, top shares and Gini agree`, async () => {
        const ref = c.ref({ asOf });
        const opts = toOptions(asOf, c.currency, {});
        const named = await rfmSegments.run(run.db, { ...opts, scheme: "named" });
        expect(Object.fromEntries(named.map((s) => [s.segment, s.customers]))).toEqual(ref.segmentCounts);
        const eight = await rfmSegments.run(run.db, { ...opts, scheme: "eight" });
        expect(Object.fromEntries(eight.map((s) => [s.segment, s.customers]))).toEqual(ref.eightClassCounts);
        const [s] = await rfmSummary.run(run.db, opts);
        expect(s.mean_r).toBeCloseTo(ref.means.r, 9);
        expect(s.mean_f).toBeCloseTo(ref.means.f, 9);
        expect(s.mean_m).toBeCloseTo(ref.means.m, 9);
        expect([s.median_r, s.median_f, s.median_m]).toEqual([ref.medians.r, ref.medians.f, ref.medians.m]);
        const [k] = await rfmConcentration.run(run.db, opts);
        expect(k.top1).toBeCloseTo(ref.topShare["1%"], 12);
        expect(k.top5).toBeCloseTo(ref.topShare["5%"], 12);
        expect(k.top10).toBeCloseTo(ref.topShare["10%"], 12);
        expect(k.top20).toBeCloseTo(ref.topShare["20%"], 12);
        expect(k.top50).toBeCloseTo(ref.topShare["50%"], 12);
        expect(k.gini).toBeCloseTo(ref.gini, 12);
      });

      it(`as of ${asOf}: purchases reconcile with the reference's counts`, async () => {
        const ref = c.ref({ asOf });
        const [n] = await rfmCounts.run(run.db, { asOf, currency: c.currency });
        expect({ counted: n.counted, after: n.after_as_of, customers: n.customers, noCustomer: n.no_customer }).toEqual({
          counted: ref.purchases,
          after: ref.afterAsOf,
          customers: ref.customers.size,
          noCustomer: 0
        });
      });
    }
  });
}
