/**
 * A/B tests: the reference arithmetic (REFERENCE-NUMBERS.md) through the page's reading layer, and
 * the per-variant SQL on an experiment worked by hand:
 *   v1 A  assigned 03-01 10:00, buy event 03-02 09:00                    → converted, revenue 0
 *   v2 A  assigned 03-01 11:00, nothing                                  → not converted
 *   v3 B  assigned 03-01 12:00; the log ties v3 to customer k3, whose order of 80 is placed
 *         03-01 13:00                                                    → converted, revenue 80
 *   v4 B  assigned 03-02 08:00; customer k4 orders 50 on 03-04 09:00      → converted only when the
 *         window reaches 03-04 (to the experiment's end: 03-03 00:00 → no; 3 days → yes)
 *   v5    assigned to A and to B                                         → excluded from both (mixed)
 *   v6 B  no assignment time: its window starts at the first assignment (03-01 10:00); buy 03-01 20:00
 * Experiment end = last assignment day (03-02) + 1 day = 03-03 00:00.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixtureDb, order } from "../../../helpers/fixtureDb.ts";
import { abVariants, type AbVariantRow } from "../../../../src/analyses/abtests/abVariants.ts";
import { abExperiments } from "../../../../src/analyses/abtests/abExperiments.ts";
import { readExperiment, parseSplit } from "../../../../src/analyses/abtests/abResults.ts";
import { defaultControl } from "../../../../src/analyses/abtests/abDefaultView.ts";

const row = (variant: string, visitors: number, converters: number, rpv_mean = 0, rpv_var: number | null = 1): AbVariantRow => ({
  variant, assigned: visitors, visitors, converters, revenue: rpv_mean * visitors, rpv_mean, rpv_var, mixed: 0, no_time: 0
});

describe("reading an experiment", () => {
  it("reproduces the published two-proportion arithmetic", () => {
    const read = readExperiment([row("A", 2000, 200), row("B", 2000, 250)], { control: "A", alpha: 0.05, correction: "none", plannedPerArm: 0 });
    const c = read.comparisons.find((x) => x.metric === "conversion")!;
    expect(c.difference).toBeCloseTo(0.025, 12);
    expect(c.statistic.toFixed(3)).toBe("2.502");
    expect(c.pValue.toFixed(4)).toBe("0.0124");
    expect([c.ciLow.toFixed(4), c.ciHigh.toFixed(4)]).toEqual(["0.0054", "0.0446"]);
    expect(c.significant).toBe(true);
    expect(read.srm!.mismatch).toBe(false);
  });

  it("adjusts p-values over every comparison and can turn a finding non-significant", () => {
    // Conversion p = 0.012351; revenue per visitor identical (p = 1). Holm: 0.012351 × 2 = 0.0247.
    const read = readExperiment([row("A", 2000, 200, 10, 4), row("B", 2000, 250, 10, 4)], { control: "A", alpha: 0.05, correction: "holm", plannedPerArm: 0 });
    expect(read.comparisons.map((c) => [c.metric, Number(c.adjustedP.toFixed(4))])).toEqual([["conversion", 0.0247], ["rpv", 1]]);
    const strict = readExperiment([row("A", 2000, 200, 10, 4), row("B", 2000, 250, 10, 4), row("C", 2000, 250, 10, 4)], { control: "A", alpha: 0.02, correction: "holm", plannedPerArm: 0 });
    // Four comparisons: the two conversion p's 0.0124 → 0.0124 × 4 = 0.0496 and × 3 → 0.0496 (running max) ≥ 0.02.
    expect(strict.comparisons.filter((c) => c.metric === "conversion").every((c) => !c.significant)).toBe(true);
  });

  it("warns loudly on a sample ratio mismatch and on reading early", () => {
    // 5,000 vs 4,600 for a 50/50 design: χ² = 2 · 200² / 4,800 = 16.67, p = 0.00004 < 0.001.
    const read = readExperiment([row("A", 5000, 500), row("B", 4600, 460)], { control: "A", alpha: 0.05, correction: "bh", plannedPerArm: 6000 });
    expect(read.srm!.chiSquare).toBeCloseTo(16.667, 3);
    expect(read.srm!.mismatch).toBe(true);
    expect(read.early).toEqual({ smallest: 4600, planned: 6000 });
    // 5,000 vs 4,850: χ² = 2 · 75² / 4,925 = 2.28, p = 0.13: no alarm, and no early warning once planned is met.
    const fine = readExperiment([row("A", 5000, 500), row("B", 4850, 485)], { control: "A", alpha: 0.05, correction: "bh", plannedPerArm: 4800 });
    expect(fine.srm!.mismatch).toBe(false);
    expect(fine.early).toBeNull();
  });

  it("checks the split against the designed weights, not only an even one", () => {
    // 9,000 vs 1,000 is a glaring mismatch for 50/50 and exactly right for 90/10.
    const rows = [row("A", 9000, 900), row("B", 1000, 100)];
    expect(readExperiment(rows, { control: "A", alpha: 0.05, correction: "holm", plannedPerArm: 0 }).srm!.mismatch).toBe(true);
    const designed = readExperiment(rows, { control: "A", alpha: 0.05, correction: "holm", plannedPerArm: 0, expectedShares: parseSplit("90/10", 2) });
    expect(designed.srm!.chiSquare).toBeCloseTo(0, 10);
    expect(designed.srm!.mismatch).toBe(false);
    expect(parseSplit("1:1:2", 3)).toEqual([1, 1, 2]);
    expect(() => parseSplit("50/50", 3)).toThrow('invalid split "50/50": expected 3 positive numbers');
  });

  it("names the reason a comparison cannot be made instead of failing the page", () => {
    const read = readExperiment([row("A", 1, 0, 0, null), row("B", 10, 1, 5, 2)], { control: "A", alpha: 0.05, correction: "holm", plannedPerArm: 0 });
    expect(read.skipped.map((s) => s.metric)).toEqual(["rpv"]);
    expect(() => readExperiment([row("A", 10, 1)], { control: "X", alpha: 0.05, correction: "holm", plannedPerArm: 0 })).toThrow("control variant not found: X");
  });

  it("picks a control a reader would expect", () => {
    expect(defaultControl(["B", "A"])).toBe("A");
    expect(defaultControl(["treatment", "control"])).toBe("control");
    expect(defaultControl(["v2", "v1"])).toBe("v1");
  });
});

describe("per-variant SQL", () => {
  let fx: Awaited<ReturnType<typeof fixtureDb>>;
  const x = (v: string, variant: string, at: string | null) =>
    `INSERT INTO experiments VALUES ('exp', '${v}', '${variant}', ${at ? `TIMESTAMP '2024-03-${at}'` : "NULL"})`;
  const ev = (v: string, at: string, type: string, customer = "NULL") =>
    `INSERT INTO events (event_at, visitor_id, customer_id, event_type) VALUES (TIMESTAMP '2024-03-${at}', '${v}', ${customer}, '${type}')`;
  beforeAll(async () => {
    fx = await fixtureDb([
      x("v1", "A", "01 10:00:00"), x("v2", "A", "01 11:00:00"), x("v3", "B", "01 12:00:00"), x("v4", "B", "02 08:00:00"),
      x("v5", "A", "01 10:30:00"), x("v5", "B", "01 10:30:00"), x("v6", "B", null),
      ev("v1", "02 09:00:00", "buy"), ev("v3", "01 12:30:00", "view", "'k3'"), ev("v4", "02 08:10:00", "view", "'k4'"), ev("v6", "01 20:00:00", "buy"),
      order({ id: "o3", customer: "k3", ordered: "2024-03-01 13:00:00", paid: "2024-03-01 13:00:00", paidAmount: 80 }),
      order({ id: "o4", customer: "k4", ordered: "2024-03-04 09:00:00", paid: "2024-03-04 09:00:00", paidAmount: 50 })
    ]);
  });
  afterAll(() => fx.close());

  it("counts converters and revenue per visitor in each visitor's window, excluding mixed visitors", async () => {
    const rows = await abVariants.run(fx.db, { experiment: "exp", days: 0, currency: "CNY" });
    expect(rows.map((r) => [r.variant, r.assigned, r.visitors, r.converters, r.revenue, r.mixed, r.no_time])).toEqual([
      ["A", 3, 2, 1, 0, 1, 1],
      ["B", 4, 3, 2, 80, 1, 1]
    ]);
    // B's revenue per visitor: (80 + 0 + 0) / 3 with sample variance of [80, 0, 0] = 6400 / 3 … = 2133.33
    expect(rows[1]!.rpv_mean).toBeCloseTo(80 / 3, 10);
    expect(rows[1]!.rpv_var).toBeCloseTo(((80 - 80 / 3) ** 2 + 2 * (80 / 3) ** 2) / 2, 6);
  });

  it("extends each visitor's window to N days after assignment when asked", async () => {
    const rows = await abVariants.run(fx.db, { experiment: "exp", days: 3, currency: "CNY" });
    expect(rows.find((r) => r.variant === "B")).toMatchObject({ converters: 3, revenue: 130 });
    expect(() => abVariants.params({ experiment: "exp", days: -1, currency: "CNY" })).toThrow("invalid days: -1");
  });

  it("lists experiments with their variants", async () => {
    expect(await abExperiments.run(fx.db, {})).toEqual([{ experiment_id: "exp", first_at: "2024-03-01", last_at: "2024-03-02", variants: "A,B", visitors: 6 }]);
  });
});
