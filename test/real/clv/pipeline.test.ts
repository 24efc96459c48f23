/**
 * Real data, end to end: CDNOW_sample.txt through the pipeline (orders Parquet), the page's
 * transactions query and the page's model check with the as-of date 1998-06-30 and a 39-week
 * holdout — which puts the calibration end at 1997-09-30, the published setting. The summary
 * must equal cdnow_customers_summary.csv customer by customer, and BG/NBD and Gamma-Gamma must
 * land on the published parameters (REFERENCE-NUMBERS.md).
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DATASETS, realTitle, pseudonymOf, runReal } from "../helpers/realRun.ts";
import type { FixtureRun } from "../../helpers/runOnFiles.ts";
import { clvTransactions } from "../../../src/analyses/clv/clvTransactions.ts";
import { modelCheck } from "../../../src/analyses/clv/customerValue.ts";
import { ClvError } from "../../../src/clv/index.ts";

const CDNOW = join(DATASETS, "cdnow");

describe.skipIf(!existsSync(DATASETS))(realTitle("CLV through the pipeline on CDNOW_sample"), () => {
  let run: FixtureRun;
  beforeAll(async () => {
    run = await runReal({ "CDNOW_sample.txt": "cdnow/CDNOW_sample.txt" });
  });
  afterAll(() => run?.close());

  it("reproduces the published calibration summary and the BG/NBD and Gamma-Gamma parameters", async () => {
    const rows = await clvTransactions.run(run.db, { currency: "USD", through: "1998-06-30" });
    const check = modelCheck(rows, { asOf: "1998-06-30", holdoutWeeks: 39, unit: "week", model: "bgnbd", horizonMonths: 12, monthlyDiscountRate: 0.01, margin: 1 });
    if (check instanceof ClvError) throw check;
    expect(check.calibrationEnd).toBe("1997-09-30");

    // The pipeline keys customers by the pseudonym of the master id; the summary file by sample id.
    const sampleOf = new Map<string, string>();
    for (const line of readFileSync(join(CDNOW, "CDNOW_sample.txt"), "utf8").split(/\r?\n/)) {
      const f = line.trim().split(/\s+/);
      if (f.length === 5) sampleOf.set(pseudonymOf(String(Number(f[0]))), String(Number(f[1])));
    }
    const published = new Map(
      readFileSync(join(CDNOW, "cdnow_customers_summary.csv"), "utf8")
        .trim()
        .split(/\r?\n/)
        .slice(1)
        .map((l) => l.split(","))
        .map(([id, x, tx, T]) => [id, [Number(x), Number(tx), Number(T)]])
    );
    const s = check.summary;
    expect(s.customerIds.length).toBe(2357);
    const r2 = (v: number) => Math.round(v * 100) / 100;
    const wrong = s.customerIds
      .map((id, i) => ({ id: sampleOf.get(String(id)), ours: [s.x[i], r2(s.tx[i]), r2(s.T[i])] }))
      .filter((c) => JSON.stringify(c.ours) !== JSON.stringify(published.get(c.id!)));
    expect(wrong.slice(0, 3)).toEqual([]);

    if (check.bgnbd instanceof ClvError) throw check.bgnbd;
    const p = check.bgnbd.params;
    expect([p.r, p.alpha, p.a, p.b].map((v) => v.toFixed(2))).toEqual(["0.24", "4.41", "0.79", "2.43"]);
    expect(check.bgnbd.logLikelihood).toBeCloseTo(-9582.43, 1);
    if (check.spend instanceof ClvError) throw check.spend;
    const g = check.spend.params;
    expect([g.p, g.q, g.v].map((v) => v.toFixed(2))).toEqual(["6.25", "3.74", "15.44"]);
    expect(check.spendExcluded).toBe(0);
  });
});
