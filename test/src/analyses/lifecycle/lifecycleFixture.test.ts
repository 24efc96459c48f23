/**
 * Lifecycle on a shop worked by hand (month grain, through 2024-03-31, CNY):
 *   c1  01-05 100 and 01-05 50 (one purchase day), 02-29 40 (last day of February), 03-31 23:59 10
 *   c2  01-31 80 (last day of January), 03-01 60
 *   c3  02-01 00:00 70
 *   c4  03-15 30; a cancelled order on 01-10
 *   (no id) 01-20 55 — never a customer
 * Cohorts: Jan {c1, c2}, Feb {c3}, Mar {c4}. Jan cohort: k0 both (230), k1 c1 (40), k2 both (70).
 * Growth: Jan 2 new; Feb c3 new, c1 returning, c2 dormant; Mar c4 new, c1 returning,
 * c2 resurrecting, c3 dormant.
 * Purchase-day gaps: c1 55 then 31, c2 30. Spells for Kaplan–Meier (days, event?): c1 55 ✓, 31 ✓,
 * 0 ✗; c2 30 ✓, 30 ✗; c3 59 ✗; c4 16 ✗ → S: 1 until 30, 0.8 at 30, 0.5333 at 31, 0.2667 at 55.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixtureDb, order } from "../../../helpers/fixtureDb.ts";
import { cohortRetention, weightedRetention } from "../../../../src/analyses/lifecycle/cohortRetention.ts";
import { lifecycleGrowth } from "../../../../src/analyses/lifecycle/lifecycleGrowth.ts";
import { repurchaseGaps } from "../../../../src/analyses/lifecycle/repurchaseGaps.ts";
import { timeToRepurchase } from "../../../../src/analyses/lifecycle/timeToRepurchase.ts";
import { kaplanMeier, derivedThresholds } from "../../../../src/analyses/lifecycle/kaplanMeier.ts";
import { lifecycleStageSummary, lifecycleStageCustomers, lifecycleTransitions, lifecycleStageSizes } from "../../../../src/analyses/lifecycle/lifecycleStages.ts";
import { lifecycleDefaults } from "../../../../src/analyses/lifecycle/lifecycleDefaults.ts";
import { categoryCycles } from "../../../../src/analyses/lifecycle/categoryCycles.ts";

const o = (id: string, customer: string | null, paid: string, amount: number, status?: string) =>
  order({ id, customer, ordered: paid, paid, paidAmount: amount, status });

let fx: Awaited<ReturnType<typeof fixtureDb>>;
beforeAll(async () => {
  fx = await fixtureDb([
    o("1a", "c1", "2024-01-05 10:00:00", 100),
    o("1b", "c1", "2024-01-05 18:00:00", 50),
    o("1c", "c1", "2024-02-29 12:00:00", 40),
    o("1d", "c1", "2024-03-31 23:59:00", 10),
    o("2a", "c2", "2024-01-31 23:00:00", 80),
    o("2b", "c2", "2024-03-01 00:00:00", 60),
    o("3a", "c3", "2024-02-01 00:00:00", 70),
    o("4a", "c4", "2024-03-15 10:00:00", 30),
    o("4x", "c4", "2024-01-10 10:00:00", 999, "cancelled"),
    o("xa", null, "2024-01-20 10:00:00", 55)
  ]);
});
afterAll(() => fx.close());

const base = { currency: "CNY", through: "2024-03-31", grain: "month" as const };
const month = (d: Date) => d.toISOString().slice(0, 7);

describe("cohort retention", () => {
  it("counts exactly-k and k-or-later actives and revenue per cohort, every period complete", async () => {
    const rows = await cohortRetention.run(fx.db, base);
    expect(rows.map((r) => [month(r.cohort), r.k, r.size, r.active, r.active_or_later, r.revenue, r.complete, r.left_censored])).toEqual([
      ["2024-01", 0, 2, 2, 2, 230, true, true],
      ["2024-01", 1, 2, 1, 2, 40, true, true],
      ["2024-01", 2, 2, 2, 2, 70, true, true],
      ["2024-02", 0, 1, 1, 1, 70, true, true],
      ["2024-02", 1, 1, 0, 0, 0, true, true],
      ["2024-03", 0, 1, 1, 1, 30, true, true]
    ]);
    expect(weightedRetention(rows)).toEqual([
      { k: 0, exactly: 1, or_later: 1, cohorts: 3 },
      { k: 1, exactly: 1 / 3, or_later: 2 / 3, cohorts: 2 },
      { k: 2, exactly: 1, or_later: 1, cohorts: 1 }
    ]);
  });

  it("marks the period containing the end date incomplete and drops what comes after it", async () => {
    const rows = await cohortRetention.run(fx.db, { ...base, through: "2024-03-30", censorPeriods: 1 });
    const jan2 = rows.find((r) => month(r.cohort) === "2024-01" && r.k === 2)!;
    // c1's 03-31 purchase does not exist yet; c2 still bought on 03-01.
    expect([jan2.active, jan2.complete]).toEqual([1, false]);
    expect(rows.filter((r) => r.left_censored).map((r) => month(r.cohort))).toEqual(["2024-01", "2024-01", "2024-01"]);
    expect(weightedRetention(rows).map((w) => w.k)).toEqual([0, 1]);
  });

  it("by week: weeks start on Monday", async () => {
    const rows = await cohortRetention.run(fx.db, { ...base, grain: "week" });
    // 2024-01-05 is a Friday: c1's cohort week starts Monday 2024-01-01; c2 (Wednesday 01-31) in the week of 01-29.
    expect([...new Set(rows.map((r) => r.cohort.toISOString().slice(0, 10)))].slice(0, 2)).toEqual(["2024-01-01", "2024-01-29"]);
    expect(rows.find((r) => r.cohort.toISOString().startsWith("2024-01-01") && r.k === 8)?.active).toBe(1); // c1 on 02-29
  });
});

describe("growth accounting", () => {
  it("splits each month's actives into new, returning and resurrecting, and counts the dormant", async () => {
    const rows = await lifecycleGrowth.run(fx.db, base);
    // Repurchase rate: in January c1 paid two orders (on one day), c2 one → 1/2; then nobody twice.
    expect(rows.map((r) => [month(r.period), r.active, r.new, r.returning, r.resurrecting, r.dormant, r.repurchase_rate])).toEqual([
      ["2024-01", 2, 2, 0, 0, 0, 0.5],
      ["2024-02", 2, 1, 1, 0, 1, 0],
      ["2024-03", 3, 1, 1, 1, 1, 0]
    ]);
    for (let i = 1; i < rows.length; i++) expect(rows[i].active).toBe(rows[i - 1].active + rows[i].new + rows[i].resurrecting - rows[i].dormant);
  });
});

describe("repurchase", () => {
  it("measures gaps between purchase days (same-day orders are one), by step", async () => {
    const rows = await repurchaseGaps.run(fx.db, { currency: "CNY", through: "2024-03-31" });
    const step1 = rows.filter((r) => r.step === 1);
    expect(step1[0]).toMatchObject({ step_gaps: 2, median_days: 30, p80_days: 55 });
    expect(step1.filter((r) => r.gaps > 0).map((r) => [r.band_lo, r.band_hi, r.gaps])).toEqual([
      [15, 30, 1],
      [31, 60, 1]
    ]);
    expect(rows.filter((r) => r.step === 2)[0]).toMatchObject({ step_gaps: 1, median_days: 31 });
  });

  it("estimates time to the next purchase with Kaplan–Meier, customers who did not come back counted as censored", async () => {
    const spells = await timeToRepurchase.run(fx.db, { currency: "CNY", through: "2024-03-31" });
    expect(spells).toEqual([
      { days: 0, events: 0, censored: 1 },
      { days: 16, events: 0, censored: 1 },
      { days: 30, events: 1, censored: 1 },
      { days: 31, events: 1, censored: 0 },
      { days: 55, events: 1, censored: 0 },
      { days: 59, events: 0, censored: 1 }
    ]);
    const km = kaplanMeier(spells);
    expect(km.map((p) => [p.days, p.atRisk, Math.round(p.survival * 1e4) / 1e4])).toEqual([
      [0, 7, 1],
      [16, 6, 1],
      [30, 5, 0.8],
      [31, 3, 0.5333],
      [55, 2, 0.2667],
      [59, 1, 0.2667]
    ]);
    // F̂ = 0.7333 at 59 days; 80 % and 95 % of it are first reached at 55 days; churn is pushed one day past at risk.
    expect(derivedThresholds(km)).toMatchObject({ atRiskDays: 55, churnDays: 56, horizonDays: 59 });
  });
});

describe("lifecycle stages", () => {
  const stages = { currency: "CNY", asOf: "2024-03-31", windowDays: 30, atRiskDays: 40, churnDays: 50, matureOrders: 3, matureSpend: 150 };

  it("assigns each customer one stage, in the stated order", async () => {
    const rows = await lifecycleStageCustomers.run(fx.db, { ...stages, stage: "all" });
    expect(Object.fromEntries(rows.map((r) => [r.customer_id, [r.stage, r.orders, r.revenue, r.recency]]))).toEqual({
      c1: ["mature", 4, 200, 0],
      c2: ["nurture", 2, 140, 30],
      c3: ["churned", 1, 70, 59],
      c4: ["acquisition", 1, 30, 16]
    });
    const risk = await lifecycleStageCustomers.run(fx.db, { ...stages, atRiskDays: 20, stage: "at_risk" });
    expect(risk.map((r) => r.customer_id)).toEqual(["c2"]);
  });

  it("summarises stages with revenue, shares and AOV, empty stages included", async () => {
    const rows = await lifecycleStageSummary.run(fx.db, stages);
    expect(rows.map((r) => [r.stage, r.customers, r.revenue, r.orders, r.aov])).toEqual([
      ["acquisition", 1, 30, 1, 30],
      ["nurture", 1, 140, 2, 70],
      ["mature", 1, 200, 4, 50],
      ["at_risk", 0, 0, 0, null],
      ["churned", 1, 70, 1, 70],
      ["reactivated", 0, 0, 0, null]
    ]);
    expect(rows.reduce((s, r) => s + (r.revenue_share ?? 0), 0)).toBeCloseTo(1, 12);
  });

  it("moves customers between stages from one date to another", async () => {
    // On 02-29 c1 had just come back after 55 days (> 50): reactivated; c2 and c3 were new.
    const rows = await lifecycleTransitions.run(fx.db, { ...stages, fromAsOf: "2024-02-29" });
    expect(rows.map((r) => [r.from_stage, r.to_stage, r.customers])).toEqual([
      ["acquisition", "churned", 1],
      ["acquisition", "nurture", 1],
      ["none", "acquisition", 1],
      ["reactivated", "mature", 1]
    ]);
    const sizes = await lifecycleStageSizes.run(fx.db, { ...stages, dates: ["2024-01-31", "2024-02-29"] });
    expect(sizes.filter((s) => s.as_of.toISOString().startsWith("2024-01-31")).map((s) => [s.stage, s.customers])).toEqual([["acquisition", 2]]);
  });

  it("derives the maturity defaults from the data", async () => {
    // Orders per customer 1, 1, 2, 4: the discrete 80th percentile is the smallest count with at
    // least 80 % of customers at or below it — 4 (2 covers only 75 %); median spend of those with ≥ 4 orders: c1's 200.
    const [d] = await lifecycleDefaults.run(fx.db, { currency: "CNY", through: "2024-03-31" });
    expect(d).toEqual({ customers: 4, mature_orders: 4, mature_spend: 200 });
  });

  it("rejects thresholds that contradict each other", () => {
    expect(() => lifecycleStageSummary.params({ ...stages, churnDays: 30 })).toThrow("churn (30 days) must be longer than at risk (40 days)");
    expect(() => lifecycleTransitions.params({ ...stages, fromAsOf: "2024-04-30" })).toThrow("invalid fromAsOf");
  });
});

describe("repurchase cycle per category", () => {
  it("measures gaps between days a customer bought the same category", async () => {
    const line = (order: string, n: number, category: string) =>
      `INSERT INTO order_items (order_id, line_no, category, quantity) VALUES ('${order}', ${n}, '${category}', 1)`;
    // c1 buys tea on 01-05 (both orders: one day), 02-29 and 03-31, cups on 01-05 and 03-31; c2 tea on 01-31 and 03-01.
    for (const sql of [line("1a", 1, "tea"), line("1b", 1, "tea"), line("1b", 2, "cups"), line("1c", 1, "tea"), line("1d", 1, "tea"), line("1d", 2, "cups"), line("2a", 1, "tea"), line("2b", 1, "tea")]) {
      await fx.conn.run(sql);
    }
    const rows = await categoryCycles.run(fx.db, { currency: "CNY", through: "2024-03-31", minGaps: 1 });
    // tea gaps: 55, 31 (c1), 30 (c2) → median 31, p80 55; cups: 86 (01-05 → 03-31).
    expect(rows).toEqual([
      { category: "tea", customers: 2, gaps: 3, median_days: 31, p80_days: 55 },
      { category: "cups", customers: 1, gaps: 1, median_days: 86, p80_days: 86 }
    ]);
    expect(await categoryCycles.run(fx.db, { currency: "CNY", through: "2024-03-31", minGaps: 2 })).toHaveLength(1);
  });
});
